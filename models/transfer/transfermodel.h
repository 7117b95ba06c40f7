#pragma once

#include "models/client/dto.h"
#include "models/sync/syncstate.h"
#include "models/transfer/moneyamount.h"
#include "models/transfer/outboxwriter.h"
#include "models/transfer/transferbalance.h"
#include "models/transfer/transfermachine.h"
#include "models/transfer/transferoutbox.h"
#include "models/transfer/transferwords.h"

#include <QAbstractListModel>
#include <QLocale>
#include <QPointer>

#include <array>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class ApiCall;
class ApiClient;
class Clock;
class EventStream;
class QTimer;
struct ApiResult;

// The money transfer screen's truth: the account, the draft in the form, and every transfer
// with its state. A transfer is never shown as done before the bank says so (unless the
// optimistic anti-pattern is chosen, which says "Sent" at once and reverses on failure), never
// sent twice (one idempotency key per draft, made before the first click, every retry with the
// same key) and never lost (the outbox on disk is written before anything goes out, and resumed
// on start).
//
// This class is the list model and the driver: each own row's life is decided by the pure
// TransferMachine; this class feeds it answers, events and ticks and carries out its effects.
// The words are TransferWords, the balance is TransferBalance.
class TransferModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Pattern { Transparent, Optimistic };
    Q_ENUM(Pattern)
    using Phase = TransferMachine::Phase;
    using Window = TransferMachine::Window;
    // The step indicator: Sent → Processing → Completed.
    enum class Step { Sent, Processing, Completed };
    Q_ENUM(Step)

    enum Role {
        KeyRole = Qt::UserRole + 1, // idempotency key (own transfers) or "server:<id>"
        TransferIdRole,
        PayeeIdRole,
        PayeeNameRole,
        AmountRole, // qint64 minor units
        AmountTextRole, // "€120.00"
        NoteRole,
        PhaseRole, // Phase as int
        WindowRole, // Window as int
        StepRole, // Step as int
        SyncStateRole, // QVariant<SyncState>
        StatusTextRole, // "In progress", "Taking longer than usual", "Completed", "Reversed"
        DetailTextRole, // "This usually takes 2 to 3 seconds."
        ReasonRole, // machine code, e.g. recipient_bank_declined
        PatternRole, // Pattern as int: how this transfer was shown when it was sent
        OwnRole, // sent from this app (its outbox) rather than only listed by the server
        CorrelationIdRole, // for inspectors only
        AttemptsRole, // requests sent for it, for inspectors
    };

    struct Settings
    {
        std::chrono::milliseconds expectedWindow {3000};
        std::chrono::milliseconds finalWindow {30000};
        std::chrono::milliseconds pollInterval {1000}; // fallback when events do not arrive
        std::chrono::milliseconds retryFirst {300};
        std::chrono::milliseconds retryMax {5000};
        std::chrono::milliseconds tick {250}; // how often windows are re-evaluated
        // Sends that certainly did not arrive (nothing listening) before "Not sent"; a 5xx is
        // never that: it may come after the commit.
        int maxSendAttempts = 4;
    };

    // What the screen shows: the server's account plus what it does not know yet.
    using Balance = TransferBalance;

    enum class Field { None, Payee, Amount, Note };
    Q_ENUM(Field)
    struct SendResult
    {
        bool sent = false;
        Field field = Field::None; // where the problem is
        MoneyAmount::Error amountError = MoneyAmount::Error::None;
        QString message; // plain words for the field's inline message
        QString key; // the idempotency key of the transfer when sent
    };

    static constexpr int maxNoteLength = 140;

    TransferModel(ApiClient *api, TransferOutbox *outbox, const Clock *clock,
                  QObject *parent = nullptr);
    ~TransferModel() override;

    void setEventStream(EventStream *events);
    void setSettings(const Settings &settings);
    Settings settings() const { return m_settings; }
    void setPattern(Pattern pattern);
    Pattern pattern() const { return m_pattern; }
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }
    // How the outbox reaches the disk (on OutboxWriter's thread); TransferOutbox::writeAtomically
    // unless a test stands in a slow or full disk. Waits for the writes already queued.
    void setOutboxWriteFunction(OutboxWriter::WriteFunction write);
    // True when every change so far has reached the disk (or was refused and reported).
    bool isOutboxWritten() const;
    // Gives each send its correlation id, e.g. SessionRecorder::beginAction("transfer", text).
    void setCorrelationIdProvider(std::function<QString(const QString &text)> provider);

    // Loads the outbox (reporting a corrupt one), resumes every unfinished transfer, fetches the
    // account and the server's list.
    void start();
    void refreshAccount();
    void refreshTransfers();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool hasAccount() const { return m_hasAccount; }
    const Account &account() const { return m_account; }
    Balance balance() const;
    // "€1,240.00 available · €120.00 pending" (the optimistic pattern hides what is pending).
    QString balanceText() const;
    QString formatAmount(qint64 minor) const;
    QString payeeName(const QString &payeeId) const;

    TransferOutbox::Draft draft() const { return m_draft; }
    // Keeps the draft's idempotency key; the outbox is written shortly after (and before any
    // send).
    void setDraft(const QString &payeeId, const QString &amountText, const QString &note);
    // The amount field's verdict with the current balance and limit.
    MoneyAmount::Parsed validateAmount(const QString &text) const;
    QString amountErrorText(MoneyAmount::Error error) const;
    // Validates the draft and sends it; refuses (with the field and words) instead when invalid
    // or while the previous send is still unanswered.
    SendResult send();
    // True while the last sent draft has no answer yet: the Send button stays disabled.
    bool isSubmitting() const { return !m_submittingKey.isEmpty(); }
    // Puts a failed transfer back into the form (the toast's "Retry").
    bool refillFrom(const QString &key);

    int rowOfKey(const QString &key) const;
    QString keyAt(int row) const;
    Phase phaseOf(const QString &key) const;
    Window windowOf(const QString &key) const;
    bool hasUnfinished() const;
    // How often each window was reached (Expected counts every send).
    int windowCount(Window window) const { return m_windowCounts.at(static_cast<int>(window)); }
    // Re-evaluates windows against the clock now; the model's timer calls it every tick.
    void updateWindows();

    static QString phaseName(Phase phase); // "sending", "checking", "pending", "completed"…
    static QString windowName(Window window); // "expected", "longer", "very_long"
    QString reasonText(const QString &reason) const;

Q_SIGNALS:
    void accountChanged();
    void draftChanged();
    void submittingChanged(bool submitting);
    // The outbox file was corrupt (moved aside) or could not be written.
    void outboxProblem(const QString &message);
    // The transfer is on disk in the outbox and its first request is on the way.
    void transferSent(const QString &key, const QString &correlationId);
    void transferAccepted(const QString &key, const QString &transferId);
    // A lost answer or a timeout: shown as "Checking…", never as failed.
    void outcomeUnknown(const QString &key, const QString &correlationId);
    void windowReached(const QString &key, TransferModel::Window window);
    void transferCompleted(const QString &key, const QString &message);
    void transferFailed(const QString &key, const QString &message);
    // Optimistic pattern only: what was shown as sent has bounced.
    void transferReversed(const QString &key, const QString &message);
    // Completed or Failed, with the time since the first send on the injected clock.
    void finalStateReached(const QString &key, TransferModel::Phase phase, qint64 elapsedMs);
    // The form was filled back from a failed transfer so the person can fix and resend.
    void draftRefilled(const QString &key);
    // The draft filled back from failedKey went out as newKey: the failure has been acted on.
    void retrySent(const QString &failedKey, const QString &newKey);

private:
    struct Row;

    Row *rowFor(const QString &key);
    const Row *rowFor(const QString &key) const;
    Row *rowForTransferId(const QString &transferId);
    Row *ownRowForEvent(const Transfer &transfer, const QString &correlationId);
    void insertOwnRow(Row row);
    void removeHistoryRow(const QString &transferId);
    void rowChanged(const Row &row);
    // Queues the whole outbox for OutboxWriter; its generation, or 0 when it may not be
    // written (reported as an outboxProblem).
    quint64 saveOutbox();
    void onOutboxWritten(quint64 generation);
    void onOutboxFailed(quint64 generation, const QString &error);
    void reportOutboxProblem(const QString &message);
    void ensureDraft();
    void setSubmitting(const QString &key);
    TransferMachine machine() const;

    // The driver: one input in, the machine's effects out, in order.
    void feed(const QString &key, const TransferMachine::Input &input);
    void apply(const QString &key, const TransferMachine::Step &step);
    void applyEffect(const QString &key, const TransferMachine::Effect &effect);
    void sendRequest(const QString &key);
    void fetchRow(const QString &key, TransferMachine::ReadKind kind);
    void schedule(const QString &key, std::chrono::milliseconds delay);
    void notifyFinal(const Row &row);
    void onEvent(const BackendEvent &event);
    void verifyAll();
    void updateTicking();
    TransferWords::Facts factsOf(const Row &row) const;
    QString nextCorrelationId(const QString &text);
    qint64 nowMs() const;

    ApiClient *m_api;
    TransferOutbox *m_outbox;
    const Clock *m_clock;
    QPointer<EventStream> m_events;
    Settings m_settings;
    Pattern m_pattern = Pattern::Transparent;
    QLocale m_locale;
    std::function<QString(const QString &)> m_correlationIdProvider;

    std::vector<Row> m_rows; // newest first
    Account m_account;
    bool m_hasAccount = false;
    qint64 m_accountLsn = -1;
    TransferOutbox::Draft m_draft;
    // Which failed transfer the draft with this idempotency key was filled back from.
    struct RefilledDraft
    {
        QString draftKey;
        QString failedKey;
    } m_refilled;
    QString m_submittingKey;
    std::array<int, 3> m_windowCounts {};
    QTimer *m_tick;
    QTimer *m_draftSave;
    std::unique_ptr<OutboxWriter> m_writer;
    // Sent by the person, held until the outbox write of this generation is on disk.
    std::vector<std::pair<QString, quint64>> m_heldForDisk;
    QString m_lastOutboxProblem; // said once until a write succeeds again
    bool m_started = false;
};
