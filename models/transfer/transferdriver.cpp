// TransferModel's driver half: it feeds each own row's TransferMachine with answers, events and
// ticks, and carries out the effects it returns. Every decision is the machine's.

#include "models/transfer/transfermodel.h"

#include "core/clock.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"
#include "models/transfer/transfermodelrow.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Machine = TransferMachine;

namespace {

// The LSN of the transfer's last change, carried next to the typed fields.
qint64 transferLsn(const ApiResult &result)
{
    const QJsonValue lsn = result.body.value(u"transfer"_s).toObject().value(u"lsn"_s);
    return lsn.isDouble() ? lsn.toInteger() : -1;
}

std::optional<Transfer> transferOf(const ApiResult &result)
{
    const Transfer *transfer = result.get<Transfer>();
    return transfer ? std::optional<Transfer>(*transfer) : std::nullopt;
}

} // namespace

Machine TransferModel::machine() const
{
    Machine::Config config;
    config.expectedWindow = m_settings.expectedWindow;
    config.finalWindow = m_settings.finalWindow;
    config.pollInterval = m_settings.pollInterval;
    config.retry = {m_settings.retryFirst, m_settings.retryMax};
    config.maxSendAttempts = m_settings.maxSendAttempts;
    return Machine(config);
}

void TransferModel::start()
{
    if (m_started)
        return;
    m_started = true;

    if (m_outbox->load() == TransferOutbox::LoadStatus::Corrupt)
        Q_EMIT outboxProblem(m_outbox->lastError());
    for (const QString &problem : m_outbox->quarantineReports())
        Q_EMIT outboxProblem(problem);
    if (const auto draft = m_outbox->draft())
        m_draft = *draft;
    ensureDraft();
    Q_EMIT draftChanged();

    const qint64 wallNow = QDateTime::currentMSecsSinceEpoch();
    std::vector<Row> resumed;
    std::vector<std::pair<QString, std::vector<Machine::Effect>>> firstSteps;
    for (const TransferOutbox::Entry &entry : m_outbox->entries()) {
        const qint64 sentAt = nowMs() - std::max<qint64>(0, wallNow - entry.sentAtUtcMs);
        const Machine::Step step = Machine::resumed(entry.idempotencyKey, entry.transferId, sentAt);
        Row row;
        row.entry = entry;
        row.entry.mayHaveArrived = step.state.mayHaveArrived || entry.mayHaveArrived;
        row.key = entry.idempotencyKey;
        row.state = step.state;
        row.state.mayHaveArrived = row.entry.mayHaveArrived;
        resumed.push_back(row);
        firstSteps.emplace_back(row.key, step.effects);
    }
    if (!resumed.empty()) {
        // Oldest send last, like the server's list read backwards.
        std::sort(resumed.begin(), resumed.end(),
                  [](const Row &a, const Row &b) { return a.state.sentAtMs > b.state.sentAtMs; });
        beginInsertRows({}, 0, static_cast<int>(resumed.size()) - 1);
        m_rows = std::move(resumed);
        endInsertRows();
    }
    updateWindows();
    for (const auto &[key, effects] : firstSteps) {
        if (const Row *row = rowFor(key); row && row->state.phase == Phase::Checking)
            Q_EMIT outcomeUnknown(key, row->entry.correlationId);
        for (const Machine::Effect &effect : effects)
            applyEffect(key, effect);
    }
    refreshAccount();
    refreshTransfers();
    updateTicking();
}

void TransferModel::feed(const QString &key, const Machine::Input &input)
{
    const Row *row = rowFor(key);
    if (!row || !row->own)
        return;
    apply(key, machine().next(row->state, input));
}

void TransferModel::apply(const QString &key, const Machine::Step &step)
{
    Row *row = rowFor(key);
    if (!row)
        return;
    const bool changed = !(row->state == step.state);
    const bool becameFinal = step.state.isFinal() && !row->isFinal();
    row->state = step.state;
    row->entry.transferId = step.state.transferId;
    row->entry.mayHaveArrived = step.state.mayHaveArrived;
    if (becameFinal)
        ++row->generation; // nothing scheduled for it runs any more
    if (m_submittingKey == key && (step.state.phase == Phase::Pending || step.state.isFinal()))
        setSubmitting({});
    if (changed)
        rowChanged(*row);
    // Effects may add or remove rows: look the row up again in each.
    bool refresh = false;
    for (const Machine::Effect &effect : step.effects) {
        if (effect.kind == Machine::EffectKind::RefreshAccount)
            refresh = true;
        else
            applyEffect(key, effect);
    }
    if (refresh)
        refreshAccount();
    if (becameFinal)
        updateTicking();
}

void TransferModel::applyEffect(const QString &key, const Machine::Effect &effect)
{
    Row *row = rowFor(key);
    if (!row)
        return;
    using K = Machine::EffectKind;
    switch (effect.kind) {
    case K::Send:
        sendRequest(key);
        break;
    case K::Fetch:
        fetchRow(key, Machine::ReadKind::ById);
        break;
    case K::Lookup:
        fetchRow(key, Machine::ReadKind::ByKey);
        break;
    case K::Schedule:
        schedule(key, effect.delay);
        break;
    case K::Persist:
        if (!row->isFinal()) {
            m_outbox->put(row->entry);
            saveOutbox();
        }
        break;
    case K::Forget:
        m_outbox->remove(key);
        saveOutbox();
        break;
    case K::RefreshAccount:
        refreshAccount();
        break;
    case K::NotifyAccepted: {
        const QString transferId = row->state.transferId;
        removeHistoryRow(transferId);
        Q_EMIT transferAccepted(key, transferId);
        break;
    }
    case K::NotifyUnknown:
        Q_EMIT outcomeUnknown(key, row->entry.correlationId);
        break;
    case K::NotifyWindow:
        ++m_windowCounts[static_cast<size_t>(effect.window)];
        Q_EMIT windowReached(key, effect.window);
        break;
    case K::NotifyCompleted:
    case K::NotifyFailed:
        notifyFinal(*row);
        break;
    }
}

void TransferModel::sendRequest(const QString &key)
{
    Row *row = rowFor(key);
    if (!row || row->call)
        return; // one request in flight per transfer
    ++row->attempts;
    ApiCall *call = m_api->createTransfer(row->entry.payeeId, row->entry.amount, row->entry.note,
                                          row->key, row->entry.correlationId);
    row->call = call;
    connect(call, &ApiCall::finished, this, [this, key](const ApiResult &result) {
        if (Row *r = rowFor(key))
            r->call = nullptr;
        Machine::SendAnswered answer;
        answer.outcome = classifyWrite(result);
        answer.transfer = transferOf(result);
        answer.writeLsn = result.writeLsn;
        answer.transferLsn = transferLsn(result);
        answer.errorCode = result.errorCode;
        answer.message = result.message;
        feed(key, answer);
    });
}

void TransferModel::fetchRow(const QString &key, Machine::ReadKind kind)
{
    Row *row = rowFor(key);
    if (!row || row->call)
        return;
    ++row->attempts;
    ApiCall *call = kind == Machine::ReadKind::ById
        ? m_api->fetchTransfer(row->state.transferId, ReadConsistency::Primary,
                               row->entry.correlationId)
        : m_api->lookupTransfer(key, row->entry.correlationId);
    row->call = call;
    connect(call, &ApiCall::finished, this, [this, key, kind](const ApiResult &result) {
        if (Row *r = rowFor(key))
            r->call = nullptr;
        feed(key,
             Machine::ReadAnswered {kind, classifyRead(result), transferOf(result),
                                    transferLsn(result)});
    });
}

void TransferModel::schedule(const QString &key, std::chrono::milliseconds delay)
{
    Row *row = rowFor(key);
    if (!row)
        return;
    const quint64 generation = ++row->generation;
    QTimer::singleShot(delay, this, [this, key, generation] {
        const Row *r = rowFor(key);
        if (r && r->generation == generation)
            feed(key, Machine::RetryDue {});
    });
}

void TransferModel::notifyFinal(const Row &row)
{
    const QString key = row.key;
    const Phase phase = row.state.phase;
    const Pattern shownAs = static_cast<Pattern>(row.entry.pattern);
    const qint64 elapsed = nowMs() - row.state.sentAtMs;
    const QString amountText = formatAmount(row.entry.amount);
    const QString payee = payeeName(row.entry.payeeId);
    const QString why = TransferWords::why(factsOf(row));
    if (phase == Phase::Completed) {
        Q_EMIT transferCompleted(key, tr("%1 to %2 completed.").arg(amountText, payee));
    } else {
        // Refill only an empty form: what the person is typing now is theirs too.
        if (m_draft.amountText.trimmed().isEmpty() && m_draft.note.trimmed().isEmpty())
            refillFrom(key);
        if (shownAs == Pattern::Optimistic)
            Q_EMIT transferReversed(
                key, tr("Your transfer of %1 to %2 was reversed. %3").arg(amountText, payee, why));
        else
            Q_EMIT transferFailed(
                key, tr("Your transfer of %1 to %2 failed. %3").arg(amountText, payee, why));
    }
    Q_EMIT finalStateReached(key, phase, elapsed);
}

TransferModel::Row *TransferModel::ownRowForEvent(const Transfer &transfer,
                                                  const QString &correlationId)
{
    for (Row &row : m_rows) {
        if (!row.own || row.isFinal())
            continue;
        // By key when the server says it; else by the correlation id of our own request.
        const bool ours = !transfer.idempotencyKey.isEmpty() ? transfer.idempotencyKey == row.key
                                                             : row.state.transferId.isEmpty()
                && !correlationId.isEmpty() && row.entry.correlationId == correlationId;
        if (ours)
            return &row;
    }
    return nullptr;
}

void TransferModel::onEvent(const BackendEvent &event)
{
    if (event.type == "data.reset"_L1) {
        verifyAll();
        return;
    }
    const bool accepted = event.type == "write.accepted"_L1
        && event.data.value(u"kind"_s).toString() == "transfer"_L1;
    const Machine::EventKind kind = accepted  ? Machine::EventKind::Accepted
        : event.type == "transfer.settled"_L1 ? Machine::EventKind::Settled
                                              : Machine::EventKind::Failed;
    if (!accepted && event.type != "transfer.settled"_L1 && event.type != "transfer.failed"_L1)
        return;
    QString error;
    const auto transfer = Dto::parseTransfer(event.data.value(u"transfer"_s).toObject(), &error);
    if (!transfer)
        return;

    if (accepted) {
        // Our request arrived even if its answer is lost.
        if (const Row *row = ownRowForEvent(*transfer, event.correlationId))
            feed(row->key, Machine::Event {kind, *transfer, event.lsn});
        return;
    }
    // Our own by the key it carries (also before we learned the id), else by id.
    Row *row = transfer->idempotencyKey.isEmpty() ? nullptr : rowFor(transfer->idempotencyKey);
    if (!row || !row->own)
        row = rowForTransferId(transfer->id);
    if (row) {
        if (row->own) {
            feed(row->key, Machine::Event {kind, *transfer, event.lsn});
        } else {
            row->state.phase = Machine::phaseOf(transfer->state);
            row->state.reason = transfer->reason;
            rowChanged(*row);
        }
    }
    refreshAccount();
}

void TransferModel::verifyAll()
{
    QStringList keys;
    for (const Row &row : m_rows) {
        if (row.own && !row.isFinal())
            keys.append(row.key);
    }
    for (const QString &key : std::as_const(keys))
        feed(key, Machine::Reset {});
    refreshAccount();
    refreshTransfers();
}

void TransferModel::updateWindows()
{
    QStringList keys;
    for (const Row &row : m_rows) {
        if (row.own && !row.isFinal())
            keys.append(row.key);
    }
    const qint64 now = nowMs();
    for (const QString &key : std::as_const(keys))
        feed(key, Machine::Tick {now});
}

void TransferModel::updateTicking()
{
    if (hasUnfinished()) {
        if (!m_tick->isActive())
            m_tick->start();
    } else {
        m_tick->stop();
    }
}

bool TransferModel::hasUnfinished() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [](const Row &r) { return r.own && !r.isFinal(); });
}
