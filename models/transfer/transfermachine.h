#pragma once

#include "models/client/dto.h"
#include "models/sync/backoff.h"
#include "models/sync/syncstate.h"
#include "models/sync/transition.h"
#include "models/sync/writeoutcome.h"

#include <QMetaType>
#include <QString>

#include <array>
#include <chrono>
#include <optional>
#include <variant>

// One own transfer's life, as a pure function (docs/transfer.md):
//
//   (kept on disk) ─Stored─▶ Sending ─Applied─▶ Pending ─settled─▶ Completed
//        └ the disk refused ──────────────────────────▶ Failed "not_saved", nothing sent
//
//     │  ╲ Rejected ───────────────────▶ Failed (form refilled)
//     │   ╲ Unknown / StillProcessing ─▶ Checking ─look up by key─▶ found: Pending…
//     │                                     └ not found: send again with the same key
//     └ NotDelivered (nothing listening): again with the same key; "Not sent" after a few
//
// Nothing here reads a clock or touches the network: time comes in Tick, answers come already
// classified by classifyWrite/classifyRead, and what to do next comes out as effects that the
// TransferModel carries out in order.
class TransferMachine
{
    Q_GADGET

public:
    enum class Phase { Sending, Checking, Pending, Completed, Failed };
    Q_ENUM(Phase)
    // Pending is split by time since the first send; slowness alone never fails a transfer.
    enum class Window { Expected, Longer, VeryLong };
    Q_ENUM(Window)

    struct Config
    {
        std::chrono::milliseconds expectedWindow {3000};
        std::chrono::milliseconds finalWindow {30000};
        std::chrono::milliseconds pollInterval {1000};
        Backoff retry {std::chrono::milliseconds(300), std::chrono::milliseconds(5000)};
        // Sends that certainly did not arrive before "Not sent".
        int maxSendAttempts = 4;
    };

    struct State
    {
        QString key; // the idempotency key: what ties the server's transfer to this row
        Phase phase = Phase::Sending;
        Window window = Window::Expected;
        QString transferId; // once the server has told us
        bool mayHaveArrived = false; // a request went out whose answer we never saw
        bool inFlight = false; // one request per transfer at a time
        bool stored = true; // its outbox entry is on disk: nothing goes out before that
        int notDelivered = 0;
        int retries = 0; // consecutive, for the backoff
        qint64 createLsn = -1;
        qint64 settleLsn = -1;
        qint64 sentAtMs = 0; // on the injected clock
        QString reason; // machine code, e.g. recipient_bank_declined or not_sent
        QString reasonMessage; // the server's words, when we have none of our own
        std::array<bool, 3> reached {true, false, false};

        bool isFinal() const { return phase == Phase::Completed || phase == Phase::Failed; }
        friend bool operator==(const State &, const State &) = default;
    };

    // ---- inputs: one per source, already classified ----
    struct SendAnswered
    {
        WriteOutcome outcome = WriteOutcome::Unknown;
        std::optional<Transfer> transfer; // with Applied
        qint64 writeLsn = -1;
        qint64 transferLsn = -1;
        QString errorCode;
        QString message;
    };
    enum class ReadKind { ById, ByKey };
    struct ReadAnswered
    {
        ReadKind kind = ReadKind::ById;
        ReadOutcome outcome = ReadOutcome::Unavailable;
        std::optional<Transfer> transfer;
        qint64 lsn = -1;
    };
    enum class EventKind { Accepted, Settled, Failed };
    struct Event
    {
        EventKind kind = EventKind::Accepted;
        Transfer transfer;
        qint64 lsn = -1;
    };
    struct Stored // the outbox write that holds this transfer has finished
    {
        bool ok = true;
        QString message; // the disk's words when it refused
    };
    struct Reset // data.reset, or the event channel lost its place
    {
    };
    struct RetryDue
    {
    };
    struct Tick
    {
        qint64 nowMs = 0;
    };
    using Input = std::variant<SendAnswered, ReadAnswered, Event, Stored, Reset, RetryDue, Tick>;

    // ---- effects, carried out by the driver in order ----
    enum class EffectKind {
        Send, // POST the transfer with its key
        Fetch, // GET it by id
        Lookup, // GET it by idempotency key
        Schedule, // feed RetryDue after delay (replaces any earlier schedule)
        Persist, // write the row's outbox entry (transferId, mayHaveArrived)
        Forget, // final: remove it from the outbox
        RefreshAccount,
        NotifyAccepted, // the server holds it under transferId
        NotifyUnknown, // "Checking…": the answer was lost
        NotifyWindow, // window reached
        NotifyCompleted,
        NotifyFailed, // with reason / reasonMessage in the state
    };
    Q_ENUM(EffectKind)
    struct Effect
    {
        EffectKind kind = EffectKind::Send;
        std::chrono::milliseconds delay {0}; // Schedule
        Window window = Window::Expected; // NotifyWindow
        friend bool operator==(const Effect &, const Effect &) = default;
    };
    using Step = Transition<State, Effect>;

    TransferMachine() = default;
    explicit TransferMachine(Config config)
        : m_config(config)
    {
    }
    const Config &config() const { return m_config; }

    // A transfer the person just sent: the first request goes out once Stored says its outbox
    // entry is on disk (write ahead), so a crash in between loses nothing and sends nothing.
    static Step started(const QString &key, qint64 nowMs);
    // A transfer found in the outbox after a restart: whatever the last run sent may have
    // arrived, so an entry without an id is looked up by its key before anything is sent.
    static Step resumed(const QString &key, const QString &transferId, qint64 sentAtMs);

    Step next(const State &state, const Input &input) const;

    // Whether a transfer the server describes is this row's: by key when the server gives one,
    // else by id. Never by payee, amount or note: after a reset another transfer can share them.
    static bool isOurs(const State &state, const Transfer &transfer);
    // What people are told about how sure we are; the optimistic pattern claims success early.
    static SyncState syncState(Phase phase, bool optimistic);
    static Phase phaseOf(Transfer::State state);

private:
    Step onSend(State s, const SendAnswered &answer) const;
    Step onRead(State s, const ReadAnswered &answer) const;
    Step onEvent(State s, const Event &event) const;
    Step onStored(State s, const Stored &stored) const;
    Step onRetryDue(State s) const;
    Step onTick(State s, const Tick &tick) const;
    // The server holds the transfer: remember its id and follow its state.
    void learn(State &s, const Transfer &transfer, qint64 createLsn,
               std::vector<Effect> &effects) const;
    void apply(State &s, const Transfer &transfer, qint64 lsn, std::vector<Effect> &effects) const;
    void toChecking(State &s, std::vector<Effect> &effects) const;
    void retryLater(State &s, std::vector<Effect> &effects,
                    std::chrono::milliseconds atLeast = {}) const;

    Config m_config;
};

Q_DECLARE_METATYPE(TransferMachine::Effect)
