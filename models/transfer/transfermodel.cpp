#include "models/transfer/transfermodel.h"

#include "core/clock.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int maxHistoryRows = 50;
const QString serverKeyPrefix = u"server:"_s;

qint64 wallNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The LSN of the transfer's last change, carried next to the typed fields.
qint64 transferLsn(const QJsonObject &transferJson)
{
    const QJsonValue lsn = transferJson.value(u"lsn"_s);
    return lsn.isDouble() ? lsn.toInteger() : -1;
}

} // namespace

struct TransferModel::Row
{
    TransferOutbox::Entry entry;
    QString key;
    bool own = true;
    Phase phase = Phase::Sending;
    Window window = Window::Expected;
    QString reason;
    QString reasonMessage; // the server's words, when we have none of our own
    qint64 sentAtMs = 0;
    qint64 finalAtMs = -1;
    qint64 createLsn = -1;
    qint64 settleLsn = -1;
    int certainFailures = 0;
    int retries = 0; // consecutive, for the backoff
    int attempts = 0;
    quint64 generation = 0; // a scheduled step runs only if nothing happened since
    QPointer<ApiCall> call;
    std::array<bool, 3> reached {};

    bool isFinal() const { return phase == Phase::Completed || phase == Phase::Failed; }
};

TransferModel::TransferModel(ApiClient *api, TransferOutbox *outbox, const Clock *clock,
                             QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
    , m_outbox(outbox)
    , m_clock(clock)
    , m_tick(new QTimer(this))
    , m_draftSave(new QTimer(this))
{
    m_tick->setInterval(m_settings.tick);
    connect(m_tick, &QTimer::timeout, this, &TransferModel::updateWindows);
    // Typing is saved in batches; the key and every send are saved at once.
    m_draftSave->setSingleShot(true);
    m_draftSave->setInterval(300ms);
    connect(m_draftSave, &QTimer::timeout, this, &TransferModel::saveOutbox);
}

TransferModel::~TransferModel()
{
    if (m_draftSave->isActive())
        saveOutbox();
}

void TransferModel::setEventStream(EventStream *events)
{
    if (m_events)
        disconnect(m_events, nullptr, this, nullptr);
    m_events = events;
    if (!events)
        return;
    connect(events, &EventStream::eventReceived, this, &TransferModel::onEvent);
    connect(events, &EventStream::resyncNeeded, this, &TransferModel::verifyAll);
}

void TransferModel::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_tick->setInterval(settings.tick);
    updateWindows();
}

void TransferModel::setPattern(Pattern pattern)
{
    if (m_pattern == pattern)
        return;
    m_pattern = pattern;
    Q_EMIT accountChanged(); // the balance line reads differently
}

void TransferModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    Q_EMIT accountChanged();
}

void TransferModel::setCorrelationIdProvider(std::function<QString(const QString &)> provider)
{
    m_correlationIdProvider = std::move(provider);
}

qint64 TransferModel::nowMs() const
{
    return m_clock->nowMs();
}

// ---- start and resume ---------------------------------------------------------------------

void TransferModel::start()
{
    if (m_started)
        return;
    m_started = true;

    if (m_outbox->load() == TransferOutbox::LoadStatus::Corrupt)
        Q_EMIT outboxProblem(m_outbox->lastError());
    if (const auto draft = m_outbox->draft())
        m_draft = *draft;
    ensureDraft();
    Q_EMIT draftChanged();

    const qint64 wallNow = wallNowMs();
    std::vector<Row> resumed;
    for (const TransferOutbox::Entry &entry : m_outbox->entries()) {
        Row row;
        row.entry = entry;
        row.key = entry.idempotencyKey;
        // Whatever the last run sent may have arrived; only the server can say.
        if (entry.transferId.isEmpty())
            row.entry.mayHaveArrived = true;
        row.phase = entry.transferId.isEmpty() ? Phase::Checking : Phase::Pending;
        row.sentAtMs = nowMs() - std::max<qint64>(0, wallNow - entry.sentAtUtcMs);
        row.reached[static_cast<int>(Window::Expected)] = true;
        resumed.push_back(row);
    }
    if (!resumed.empty()) {
        // Oldest send last, like the server's list read backwards.
        std::sort(resumed.begin(), resumed.end(),
                  [](const Row &a, const Row &b) { return a.sentAtMs > b.sentAtMs; });
        beginInsertRows({}, 0, static_cast<int>(resumed.size()) - 1);
        m_rows = std::move(resumed);
        endInsertRows();
    }
    updateWindows();
    for (const Row &row : m_rows) {
        if (row.phase == Phase::Checking)
            Q_EMIT outcomeUnknown(row.key, row.entry.correlationId);
        scheduleNext(row.key, 0ms);
    }
    refreshAccount();
    refreshTransfers();
    updateTicking();
}

void TransferModel::ensureDraft()
{
    if (!m_draft.idempotencyKey.isEmpty())
        return;
    // The key exists before the first click, so a retry after any failure can reuse it.
    m_draft.idempotencyKey = ApiClient::newIdempotencyKey();
    m_outbox->setDraft(m_draft);
    saveOutbox();
}

void TransferModel::saveOutbox()
{
    m_draftSave->stop();
    if (!m_outbox->save())
        Q_EMIT outboxProblem(m_outbox->lastError());
}

void TransferModel::persist(const Row &row)
{
    if (!row.own || row.isFinal())
        return;
    m_outbox->put(row.entry);
    saveOutbox();
}

// ---- account and list ---------------------------------------------------------------------

void TransferModel::refreshAccount()
{
    ApiCall *call = m_api->fetchAccount(ReadConsistency::Primary);
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        const Account *account = result.get<Account>();
        if (!account)
            return;
        const qint64 lsn =
            result.nodeLsn >= 0 ? result.nodeLsn : result.body.value(u"lsn"_s).toInteger(-1);
        // Answers can overtake each other; never step back to an older snapshot.
        if (m_hasAccount && lsn >= 0 && lsn < m_accountLsn)
            return;
        m_account = *account;
        m_accountLsn = lsn;
        m_hasAccount = true;
        Q_EMIT accountChanged();
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {PayeeNameRole, Qt::DisplayRole});
    });
}

void TransferModel::refreshTransfers()
{
    ApiCall *call = m_api->fetchTransfers(ReadConsistency::Primary);
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        const QList<Transfer> *transfers = result.get<QList<Transfer>>();
        if (!transfers)
            return;
        // Drop the old history rows (they sit after this session's own rows) and list anew.
        std::vector<Row> history;
        for (auto it = transfers->crbegin(); it != transfers->crend(); ++it) {
            // This session's own rows keep their richer story; list everything else.
            const Row *existing = rowForTransferId(it->id);
            if (existing && existing->own)
                continue;
            if (static_cast<int>(history.size()) >= maxHistoryRows)
                break;
            Row row;
            row.own = false;
            row.key = serverKeyPrefix + it->id;
            row.entry.transferId = it->id;
            row.entry.payeeId = it->payeeId;
            row.entry.amount = it->amount;
            row.entry.note = it->note;
            row.phase = it->state == Transfer::State::Completed ? Phase::Completed
                : it->state == Transfer::State::Failed          ? Phase::Failed
                                                                : Phase::Pending;
            row.reason = it->reason;
            history.push_back(row);
        }
        for (auto it = m_rows.begin(); it != m_rows.end();) {
            if (it->own) {
                ++it;
                continue;
            }
            const int at = static_cast<int>(it - m_rows.begin());
            beginRemoveRows({}, at, at);
            it = m_rows.erase(it);
            endRemoveRows();
        }
        if (history.empty())
            return;
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(history.size()) - 1);
        m_rows.insert(m_rows.end(), history.begin(), history.end());
        endInsertRows();
    });
}

TransferModel::Balance TransferModel::balance() const
{
    Balance b;
    if (!m_hasAccount)
        return b;
    b.known = true;
    b.balance = m_account.balance;
    b.pending = m_account.pending;
    // Add what the snapshot cannot know yet: holds it has not seen, settlements after it.
    for (const Row &row : m_rows) {
        if (!row.own)
            continue;
        const qint64 amount = row.entry.amount;
        const bool createdInSnapshot = row.createLsn >= 0 && row.createLsn <= m_accountLsn;
        const bool settledAfterSnapshot = row.settleLsn > m_accountLsn;
        switch (row.phase) {
        case Phase::Sending:
        case Phase::Checking:
            // Maybe on its way: hold it, so the same money cannot be promised twice.
            b.pending += amount;
            break;
        case Phase::Pending:
            if (!createdInSnapshot)
                b.pending += amount;
            break;
        case Phase::Completed:
            if (settledAfterSnapshot) {
                b.balance -= amount;
                if (createdInSnapshot)
                    b.pending -= amount;
            }
            break;
        case Phase::Failed:
            if (settledAfterSnapshot && createdInSnapshot)
                b.pending -= amount;
            break;
        }
    }
    b.available = b.balance - b.pending;
    return b;
}

QString TransferModel::formatAmount(qint64 minor) const
{
    return MoneyAmount::format(minor, m_hasAccount ? m_account.currency : u"EUR"_s, m_locale);
}

QString TransferModel::balanceText() const
{
    const Balance b = balance();
    if (!b.known)
        return tr("Loading your balance…");
    if (m_pattern == Pattern::Optimistic)
        return tr("%1 available").arg(formatAmount(b.available));
    return tr("%1 available · %2 pending").arg(formatAmount(b.available), formatAmount(b.pending));
}

QString TransferModel::payeeName(const QString &payeeId) const
{
    for (const Payee &payee : m_account.payees) {
        if (payee.id == payeeId)
            return payee.name;
    }
    return payeeId;
}

// ---- draft and send -----------------------------------------------------------------------

void TransferModel::setDraft(const QString &payeeId, const QString &amountText, const QString &note)
{
    ensureDraft();
    if (m_draft.payeeId == payeeId && m_draft.amountText == amountText && m_draft.note == note)
        return;
    m_draft.payeeId = payeeId;
    m_draft.amountText = amountText;
    m_draft.note = note;
    m_outbox->setDraft(m_draft);
    m_draftSave->start();
}

MoneyAmount::Parsed TransferModel::validateAmount(const QString &text) const
{
    MoneyAmount::Bounds bounds;
    if (m_hasAccount) {
        bounds.available = std::max<qint64>(0, balance().available);
        bounds.limit = m_account.perTransferLimit;
    }
    return MoneyAmount::parse(text, m_locale, bounds);
}

QString TransferModel::amountErrorText(MoneyAmount::Error error) const
{
    MoneyAmount::Bounds bounds;
    if (m_hasAccount) {
        bounds.available = std::max<qint64>(0, balance().available);
        bounds.limit = m_account.perTransferLimit;
    }
    return MoneyAmount::errorText(error, m_hasAccount ? m_account.currency : u"EUR"_s, m_locale,
                                  bounds);
}

QString TransferModel::nextCorrelationId(const QString &text)
{
    if (m_correlationIdProvider) {
        const QString id = m_correlationIdProvider(text);
        if (!id.isEmpty())
            return id;
    }
    return ApiClient::newCorrelationId();
}

TransferModel::SendResult TransferModel::send()
{
    SendResult result;
    if (!m_submittingKey.isEmpty()) {
        result.message = tr("Your last transfer is still being sent.");
        return result;
    }
    if (!m_hasAccount) {
        result.message = tr("Your account is still loading.");
        return result;
    }
    ensureDraft();
    const bool knownPayee = std::any_of(m_account.payees.cbegin(), m_account.payees.cend(),
                                        [this](const Payee &p) { return p.id == m_draft.payeeId; });
    if (!knownPayee) {
        result.field = Field::Payee;
        result.message = tr("Choose who to send the money to.");
        return result;
    }
    const MoneyAmount::Parsed amount = validateAmount(m_draft.amountText);
    if (!amount.ok()) {
        result.field = Field::Amount;
        result.amountError = amount.error;
        result.message = amountErrorText(amount.error);
        return result;
    }
    if (m_draft.note.size() > maxNoteLength) {
        result.field = Field::Note;
        result.message = tr("Keep the note to %n characters.", nullptr, maxNoteLength);
        return result;
    }
    // The same draft is never sent twice, whatever the caller does.
    if (rowFor(m_draft.idempotencyKey)) {
        result.message = tr("This transfer was already sent.");
        return result;
    }

    const QString text =
        tr("Sent %1 to %2").arg(formatAmount(amount.minor), payeeName(m_draft.payeeId));
    TransferOutbox::Entry entry;
    entry.idempotencyKey = m_draft.idempotencyKey;
    entry.correlationId = nextCorrelationId(text);
    entry.payeeId = m_draft.payeeId;
    entry.amount = amount.minor;
    entry.note = m_draft.note;
    entry.sentAtUtcMs = wallNowMs();
    entry.pattern = static_cast<int>(m_pattern);

    // Write ahead: the transfer and the next draft are on disk before anything goes out.
    const TransferOutbox::Draft previous = m_draft;
    const TransferOutbox::Draft next {ApiClient::newIdempotencyKey(), m_draft.payeeId, {}, {}};
    m_outbox->put(entry);
    m_outbox->setDraft(next);
    m_draftSave->stop();
    if (!m_outbox->save()) {
        m_outbox->remove(entry.idempotencyKey);
        m_outbox->setDraft(previous);
        result.message = tr("Couldn't keep the transfer safe on this computer, so it was not "
                            "sent. %1")
                             .arg(m_outbox->lastError());
        Q_EMIT outboxProblem(m_outbox->lastError());
        return result;
    }
    m_draft = next;

    Row row;
    row.entry = entry;
    row.key = entry.idempotencyKey;
    row.phase = Phase::Sending;
    row.sentAtMs = nowMs();
    row.reached[static_cast<int>(Window::Expected)] = true;
    ++m_windowCounts[static_cast<int>(Window::Expected)];
    insertOwnRow(row);
    setSubmitting(row.key);
    Q_EMIT draftChanged();

    sendRequest(row.key);
    Q_EMIT transferSent(row.key, row.entry.correlationId);
    Q_EMIT windowReached(row.key, Window::Expected);
    updateTicking();

    result.sent = true;
    result.key = row.key;
    return result;
}

bool TransferModel::refillFrom(const QString &key)
{
    const Row *row = rowFor(key);
    if (!row || !row->own || row->phase != Phase::Failed)
        return false;
    // A new key: the old one belongs to the failed request and would replay its answer.
    m_draft = {ApiClient::newIdempotencyKey(), row->entry.payeeId,
               MoneyAmount::formatPlain(row->entry.amount, m_locale), row->entry.note};
    m_outbox->setDraft(m_draft);
    saveOutbox();
    Q_EMIT draftChanged();
    Q_EMIT draftRefilled(key);
    return true;
}

void TransferModel::setSubmitting(const QString &key)
{
    if (m_submittingKey == key)
        return;
    const bool was = !m_submittingKey.isEmpty();
    m_submittingKey = key;
    if (was != !key.isEmpty())
        Q_EMIT submittingChanged(!key.isEmpty());
}

// ---- the state machine --------------------------------------------------------------------

void TransferModel::scheduleNext(const QString &key, std::chrono::milliseconds delay)
{
    Row *row = rowFor(key);
    if (!row)
        return;
    const quint64 generation = ++row->generation;
    QTimer::singleShot(delay, this, [this, key, generation] {
        Row *r = rowFor(key);
        if (!r || r->generation != generation || r->isFinal() || r->call)
            return;
        if (r->entry.transferId.isEmpty())
            sendRequest(key);
        else
            fetchRow(key);
    });
}

void TransferModel::scheduleRetry(Row &row)
{
    ++row.retries;
    const int shift = std::min(row.retries - 1, 10);
    const auto delay = std::min(m_settings.retryMax, m_settings.retryFirst * (1 << shift));
    scheduleNext(row.key, delay);
}

void TransferModel::sendRequest(const QString &key)
{
    Row *row = rowFor(key);
    if (!row || row->call || row->isFinal())
        return; // one request in flight per transfer
    ++row->attempts;
    ApiCall *call = m_api->createTransfer(row->entry.payeeId, row->entry.amount, row->entry.note,
                                          row->key, row->entry.correlationId);
    row->call = call;
    connect(call, &ApiCall::finished, this,
            [this, key](const ApiResult &result) { onSendFinished(key, result); });
}

void TransferModel::fetchRow(const QString &key)
{
    Row *row = rowFor(key);
    if (!row || row->call || row->isFinal() || row->entry.transferId.isEmpty())
        return;
    ++row->attempts;
    ApiCall *call = m_api->fetchTransfer(row->entry.transferId, ReadConsistency::Primary,
                                         row->entry.correlationId);
    row->call = call;
    connect(call, &ApiCall::finished, this,
            [this, key](const ApiResult &result) { onFetchFinished(key, result); });
}

void TransferModel::toChecking(Row &row, bool announce)
{
    if (row.phase == Phase::Checking)
        return;
    row.phase = Phase::Checking;
    rowChanged(row);
    if (announce)
        Q_EMIT outcomeUnknown(row.key, row.entry.correlationId);
}

void TransferModel::onSendFinished(const QString &key, const ApiResult &result)
{
    Row *row = rowFor(key);
    if (!row)
        return;
    row->call = nullptr;
    if (row->isFinal())
        return; // an event told us first; a replayed answer adds nothing

    if (const Transfer *transfer = result.get<Transfer>(); transfer && result.ok()) {
        row->retries = 0;
        const bool learned = row->entry.transferId != transfer->id;
        row->entry.transferId = transfer->id;
        if (result.writeLsn >= 0)
            row->createLsn = result.writeLsn;
        if (learned) {
            removeHistoryRow(transfer->id);
            row = rowFor(key);
            persist(*row);
            Q_EMIT transferAccepted(key, transfer->id);
        }
        applyServerTransfer(*row, *transfer,
                            transferLsn(result.body.value(u"transfer"_s).toObject()));
        refreshAccount();
        row = rowFor(key);
        if (row && !row->isFinal())
            scheduleNext(key, m_settings.pollInterval);
        return;
    }

    if (!row->entry.transferId.isEmpty()) {
        // We learned the id meanwhile (from the event channel): this answer is about an
        // attempt that no longer matters. Keep asking about the transfer itself.
        scheduleNext(key, m_settings.pollInterval);
        return;
    }
    if (result.error == ApiError::Http && result.httpStatus == 409) {
        // Our own earlier request with this key is still being processed: wait for it.
        row->entry.mayHaveArrived = true;
        persist(*row);
        toChecking(*row, true);
        scheduleRetry(*row);
        return;
    }
    if (result.isRejection()) {
        finish(*row, Phase::Failed, result.errorCode, result.message);
        return;
    }
    const bool certainlyNotArrived = result.error == ApiError::ConnectionRefused
        || (result.error == ApiError::Http && result.httpStatus == 503);
    if (!certainlyNotArrived) {
        // Lost answer, timeout, cut-off or 5xx after the fact: it may have been applied.
        const bool first = !row->entry.mayHaveArrived;
        row->entry.mayHaveArrived = true;
        if (first)
            persist(*row);
        toChecking(*row, true);
        scheduleRetry(*row);
        return;
    }
    ++row->certainFailures;
    if (!row->entry.mayHaveArrived && row->certainFailures >= m_settings.maxSendAttempts) {
        finish(*row, Phase::Failed, u"not_sent"_s, result.message);
        return;
    }
    rowChanged(*row);
    scheduleRetry(*row);
}

void TransferModel::onFetchFinished(const QString &key, const ApiResult &result)
{
    Row *row = rowFor(key);
    if (!row)
        return;
    row->call = nullptr;
    if (row->isFinal())
        return;
    const Transfer *transfer = result.get<Transfer>();
    const bool same = transfer && transfer->payeeId == row->entry.payeeId
        && transfer->amount == row->entry.amount && transfer->note == row->entry.note;
    if (result.ok() && same) {
        row->retries = 0;
        applyServerTransfer(*row, *transfer,
                            transferLsn(result.body.value(u"transfer"_s).toObject()));
        row = rowFor(key);
        if (row && !row->isFinal())
            scheduleNext(key, m_settings.pollInterval);
        return;
    }
    if ((result.error == ApiError::Http && result.httpStatus == 404) || (result.ok() && !same)) {
        // The server has no record of it (restarted or reset): send it again with the same
        // key — a server that still remembers the key replays instead of paying twice.
        row->entry.transferId.clear();
        row->entry.mayHaveArrived = true;
        row->createLsn = -1;
        persist(*row);
        toChecking(*row, true);
        scheduleRetry(*row);
        return;
    }
    // Could not ask (unreachable, 503): not knowing is no reason to change what we show.
    ++row->retries;
    scheduleNext(key,
                 std::max(m_settings.pollInterval,
                          std::min(m_settings.retryMax,
                                   m_settings.retryFirst * (1 << std::min(row->retries, 10)))));
}

void TransferModel::applyServerTransfer(Row &row, const Transfer &transfer, qint64 lsn)
{
    if (!row.own) {
        row.phase = transfer.state == Transfer::State::Completed ? Phase::Completed
            : transfer.state == Transfer::State::Failed          ? Phase::Failed
                                                                 : Phase::Pending;
        row.reason = transfer.reason;
        rowChanged(row);
        return;
    }
    // The event channel and the poll can both bring the settlement: the person is told once.
    if (row.isFinal())
        return;
    switch (transfer.state) {
    case Transfer::State::Pending:
        if (row.createLsn < 0 && lsn >= 0)
            row.createLsn = lsn;
        if (m_submittingKey == row.key)
            setSubmitting({});
        if (row.phase != Phase::Pending) {
            row.phase = Phase::Pending;
            rowChanged(row);
        }
        break;
    case Transfer::State::Completed:
        row.settleLsn = lsn;
        finish(row, Phase::Completed, {}, {});
        break;
    case Transfer::State::Failed:
        row.settleLsn = lsn;
        finish(row, Phase::Failed, transfer.reason, {});
        break;
    }
}

void TransferModel::finish(Row &row, Phase phase, const QString &reason,
                           const QString &serverMessage)
{
    row.phase = phase;
    row.reason = reason;
    row.reasonMessage = serverMessage;
    row.finalAtMs = nowMs();
    ++row.generation; // nothing scheduled for it runs any more
    const QString key = row.key;
    const Pattern shownAs = static_cast<Pattern>(row.entry.pattern);
    const qint64 elapsed = row.finalAtMs - row.sentAtMs;
    const QString amountText = formatAmount(row.entry.amount);
    const QString payee = payeeName(row.entry.payeeId);
    const bool own = row.own;
    if (m_submittingKey == key)
        setSubmitting({});
    rowChanged(row);

    if (phase == Phase::Completed) {
        Q_EMIT transferCompleted(key, tr("%1 to %2 completed.").arg(amountText, payee));
    } else {
        const QString why = reasonText(reason).isEmpty() ? serverMessage : reasonText(reason);
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
    // Told first, forgotten second: a crash in between resumes it and tells again, never less.
    if (own) {
        m_outbox->remove(key);
        saveOutbox();
    }
    refreshAccount();
    updateTicking();
}

void TransferModel::onEvent(const BackendEvent &event)
{
    if (event.type == "data.reset"_L1) {
        verifyAll();
        return;
    }
    const bool settled = event.type == "transfer.settled"_L1;
    const bool failed = event.type == "transfer.failed"_L1;
    const bool accepted = event.type == "write.accepted"_L1
        && event.data.value(u"kind"_s).toString() == "transfer"_L1;
    if (!settled && !failed && !accepted)
        return;
    const QJsonObject json = event.data.value(u"transfer"_s).toObject();
    QString error;
    const auto transfer = Dto::parseTransfer(json, &error);
    if (!transfer)
        return;

    if (accepted) {
        // Our request arrived even if its answer is lost: the event carries our correlation id.
        const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &row) {
            return row.own && !row.isFinal() && row.entry.transferId.isEmpty()
                && row.entry.correlationId == event.correlationId
                && row.entry.amount == transfer->amount && row.entry.payeeId == transfer->payeeId;
        });
        if (it == m_rows.end())
            return;
        const QString key = it->key;
        removeHistoryRow(transfer->id);
        Row *row = rowFor(key);
        row->entry.transferId = transfer->id;
        row->createLsn = event.lsn;
        row->retries = 0;
        persist(*row);
        Q_EMIT transferAccepted(key, transfer->id);
        applyServerTransfer(*row, *transfer, event.lsn);
        refreshAccount();
        if (Row *r = rowFor(key); r && !r->isFinal())
            scheduleNext(key, m_settings.pollInterval);
        return;
    }

    if (Row *row = rowForTransferId(transfer->id)) {
        if (row->own
            && (row->entry.amount != transfer->amount || row->entry.payeeId != transfer->payeeId))
            return; // not ours: the id was reused after a server restart
        applyServerTransfer(*row, *transfer, event.lsn);
    }
    refreshAccount();
}

void TransferModel::verifyAll()
{
    for (Row &row : m_rows) {
        if (row.own && !row.isFinal() && !row.call)
            scheduleNext(row.key, 0ms);
    }
    refreshAccount();
    refreshTransfers();
}

// ---- windows ------------------------------------------------------------------------------

void TransferModel::updateWindows()
{
    const qint64 now = nowMs();
    for (Row &row : m_rows) {
        if (!row.own || row.isFinal())
            continue;
        const qint64 elapsed = now - row.sentAtMs;
        const Window window = elapsed >= m_settings.finalWindow.count() ? Window::VeryLong
            : elapsed >= m_settings.expectedWindow.count()              ? Window::Longer
                                                                        : Window::Expected;
        if (window == row.window)
            continue;
        row.window = window;
        rowChanged(row);
        // Count each window once per transfer, also when it jumps straight to the last.
        for (int w = static_cast<int>(Window::Longer); w <= static_cast<int>(window); ++w) {
            if (row.reached[w])
                continue;
            row.reached[w] = true;
            ++m_windowCounts[w];
            Q_EMIT windowReached(row.key, static_cast<Window>(w));
        }
    }
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

// ---- rows ---------------------------------------------------------------------------------

TransferModel::Row *TransferModel::rowFor(const QString &key)
{
    for (Row &row : m_rows) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

const TransferModel::Row *TransferModel::rowFor(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

TransferModel::Row *TransferModel::rowForTransferId(const QString &transferId)
{
    if (transferId.isEmpty())
        return nullptr;
    for (Row &row : m_rows) {
        if (row.entry.transferId == transferId)
            return &row;
    }
    return nullptr;
}

void TransferModel::removeHistoryRow(const QString &transferId)
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        if (!it->own && it->entry.transferId == transferId) {
            const int at = static_cast<int>(it - m_rows.begin());
            beginRemoveRows({}, at, at);
            m_rows.erase(it);
            endRemoveRows();
            return;
        }
    }
}

void TransferModel::insertOwnRow(Row row)
{
    beginInsertRows({}, 0, 0);
    m_rows.insert(m_rows.begin(), std::move(row));
    endInsertRows();
}

void TransferModel::rowChanged(const Row &row)
{
    const int at = rowOfKey(row.key);
    if (at >= 0)
        Q_EMIT dataChanged(index(at), index(at));
}

int TransferModel::rowOfKey(const QString &key) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].key == key)
            return static_cast<int>(i);
    }
    return -1;
}

QString TransferModel::keyAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<size_t>(row)].key : QString();
}

TransferModel::Phase TransferModel::phaseOf(const QString &key) const
{
    const Row *row = rowFor(key);
    return row ? row->phase : Phase::Failed;
}

TransferModel::Window TransferModel::windowOf(const QString &key) const
{
    const Row *row = rowFor(key);
    return row ? row->window : Window::Expected;
}

int TransferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QHash<int, QByteArray> TransferModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{KeyRole, "key"},
                  {TransferIdRole, "transferId"},
                  {PayeeIdRole, "payeeId"},
                  {PayeeNameRole, "payeeName"},
                  {AmountRole, "amount"},
                  {AmountTextRole, "amountText"},
                  {NoteRole, "note"},
                  {PhaseRole, "phase"},
                  {WindowRole, "window"},
                  {StepRole, "step"},
                  {SyncStateRole, "syncState"},
                  {StatusTextRole, "statusText"},
                  {DetailTextRole, "detailText"},
                  {ReasonRole, "reason"},
                  {PatternRole, "pattern"},
                  {OwnRole, "own"},
                  {CorrelationIdRole, "correlationId"},
                  {AttemptsRole, "attempts"}});
    return names;
}

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 to %2").arg(formatAmount(row.entry.amount), payeeName(row.entry.payeeId));
    case Qt::AccessibleTextRole:
        return tr("%1 to %2, %3")
            .arg(formatAmount(row.entry.amount), payeeName(row.entry.payeeId), statusText(row));
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case DetailTextRole:
        return detailText(row);
    case KeyRole:
        return row.key;
    case TransferIdRole:
        return row.entry.transferId;
    case PayeeIdRole:
        return row.entry.payeeId;
    case PayeeNameRole:
        return payeeName(row.entry.payeeId);
    case AmountRole:
        return row.entry.amount;
    case AmountTextRole:
        return formatAmount(row.entry.amount);
    case NoteRole:
        return row.entry.note;
    case PhaseRole:
        return static_cast<int>(row.phase);
    case WindowRole:
        return static_cast<int>(row.window);
    case StepRole:
        switch (row.phase) {
        case Phase::Sending:
        case Phase::Checking:
            return static_cast<int>(Step::Sent);
        case Phase::Pending:
            return static_cast<int>(Step::Processing);
        case Phase::Completed:
            return static_cast<int>(Step::Completed);
        case Phase::Failed:
            return static_cast<int>(row.entry.transferId.isEmpty() ? Step::Sent : Step::Processing);
        }
        return {};
    case SyncStateRole:
        return QVariant::fromValue(syncStateOf(row));
    case StatusTextRole:
        return statusText(row);
    case ReasonRole:
        return row.reason;
    case PatternRole:
        return row.entry.pattern;
    case OwnRole:
        return row.own;
    case CorrelationIdRole:
        return row.entry.correlationId;
    case AttemptsRole:
        return row.attempts;
    default:
        return {};
    }
}

SyncState TransferModel::syncStateOf(const Row &row) const
{
    const bool optimistic = row.own && row.entry.pattern == static_cast<int>(Pattern::Optimistic);
    switch (row.phase) {
    case Phase::Sending:
    case Phase::Pending:
        return optimistic ? SyncState::Confirmed : SyncState::Pending;
    case Phase::Checking:
        return optimistic ? SyncState::Confirmed : SyncState::Unknown;
    case Phase::Completed:
        return SyncState::Confirmed;
    case Phase::Failed:
        return SyncState::Failed;
    }
    return SyncState::Pending;
}

QString TransferModel::statusText(const Row &row) const
{
    if (row.own && row.entry.pattern == static_cast<int>(Pattern::Optimistic)) {
        // The anti-pattern: claim success at once, take it back later.
        return row.phase == Phase::Failed ? tr("Reversed") : tr("Sent");
    }
    switch (row.phase) {
    case Phase::Sending:
        return tr("Sending…");
    case Phase::Checking:
        return tr("Checking…");
    case Phase::Pending:
        if (!row.own)
            return tr("In progress");
        switch (row.window) {
        case Window::Expected:
            return tr("In progress");
        case Window::Longer:
            return tr("Taking longer than usual");
        case Window::VeryLong:
            return tr("Still processing");
        }
        break;
    case Phase::Completed:
        return tr("Completed");
    case Phase::Failed:
        return row.reason == "not_sent"_L1 ? tr("Not sent") : tr("Failed");
    }
    return {};
}

QString TransferModel::detailText(const Row &row) const
{
    const QString amount = formatAmount(row.entry.amount);
    const QString payee = payeeName(row.entry.payeeId);
    const QString why =
        reasonText(row.reason).isEmpty() ? row.reasonMessage : reasonText(row.reason);
    if (row.own && row.entry.pattern == static_cast<int>(Pattern::Optimistic)) {
        if (row.phase == Phase::Failed)
            return tr("This transfer was shown as sent, then bounced. %1 The money was put "
                      "back.")
                .arg(why);
        return tr("%1 sent to %2.").arg(amount, payee);
    }
    const QString longer = tr("You can leave this screen; we'll tell you when it's done.");
    const QString veryLong = tr("We keep checking. A slow transfer is not a failed one.");
    const QString windowWords = row.window == Window::VeryLong ? veryLong
        : row.window == Window::Longer                         ? longer
                                                               : QString();
    switch (row.phase) {
    case Phase::Sending:
        if (row.certainFailures > 0)
            return tr("We couldn't reach the bank yet. Trying again with the same transfer, so "
                      "it is never sent twice.");
        return tr("Your transfer is on its way to the bank.");
    case Phase::Checking:
        return QString(tr("We're checking whether your transfer arrived.") + u' ' + windowWords)
            .trimmed();
    case Phase::Pending:
        if (!row.own || row.window == Window::Expected) {
            if (m_settings.expectedWindow == 3s)
                return tr("This usually takes 2 to 3 seconds.");
            return tr("This usually takes up to %n second(s).", nullptr,
                      static_cast<int>(m_settings.expectedWindow.count() / 1000));
        }
        return windowWords;
    case Phase::Completed:
        return tr("%1 reached %2.").arg(amount, payee);
    case Phase::Failed:
        if (!row.own)
            return why;
        return QString(why + u' ' + tr("The money is available again.")).trimmed();
    }
    return {};
}

QString TransferModel::reasonText(const QString &reason) const
{
    if (reason == "recipient_bank_declined"_L1)
        return tr("The recipient's bank declined the transfer.");
    if (reason == "recipient_account_closed"_L1)
        return tr("The recipient's account is closed.");
    if (reason == "insufficient_funds"_L1)
        return tr("There wasn't enough money available when the bank checked.");
    if (reason == "over_limit"_L1)
        return m_hasAccount ? tr("The amount is over the limit of %1 per transfer.")
                                  .arg(formatAmount(m_account.perTransferLimit))
                            : tr("The amount is over the limit per transfer.");
    if (reason == "unknown_payee"_L1)
        return tr("This payee is no longer on your account.");
    if (reason == "not_sent"_L1)
        return tr("We couldn't reach the bank, so nothing was sent.");
    return {};
}

QString TransferModel::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Sending:
        return u"sending"_s;
    case Phase::Checking:
        return u"checking"_s;
    case Phase::Pending:
        return u"pending"_s;
    case Phase::Completed:
        return u"completed"_s;
    case Phase::Failed:
        return u"failed"_s;
    }
    return {};
}

QString TransferModel::windowName(Window window)
{
    switch (window) {
    case Window::Expected:
        return u"expected"_s;
    case Window::Longer:
        return u"longer"_s;
    case Window::VeryLong:
        return u"very_long"_s;
    }
    return {};
}
