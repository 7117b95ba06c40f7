// TransferModel's form half: the draft (kept on disk with its idempotency key before the first
// click), its validation, and the Send button that writes the outbox ahead of any request.

#include "models/transfer/transfermodel.h"

#include "models/client/apiclient.h"
#include "models/transfer/transfermodelrow.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

void TransferModel::ensureDraft()
{
    if (!m_draft.idempotencyKey.isEmpty())
        return;
    // The key exists before the first click, so a retry after any failure can reuse it.
    m_draft.idempotencyKey = ApiClient::newIdempotencyKey();
    m_outbox->setDraft(m_draft);
    saveOutbox();
}

quint64 TransferModel::saveOutbox()
{
    m_draftSave->stop();
    const std::optional<QByteArray> bytes = m_outbox->snapshot();
    if (!bytes) {
        reportOutboxProblem(m_outbox->lastError());
        return 0;
    }
    return m_writer->write(m_outbox->path(), *bytes);
}

void TransferModel::onOutboxWritten(quint64 generation)
{
    m_lastOutboxProblem.clear();
    // Oldest first, as they were sent; feeding may add to the list.
    std::vector<QString> stored;
    std::erase_if(m_heldForDisk, [&](const std::pair<QString, quint64> &held) {
        if (held.second > generation)
            return false;
        stored.push_back(held.first);
        return true;
    });
    for (const QString &key : stored) {
        feed(key, TransferMachine::Stored {true, {}});
        if (const Row *row = rowFor(key); row && row->state.inFlight)
            Q_EMIT transferSent(key, row->entry.correlationId);
    }
}

void TransferModel::onOutboxFailed(quint64 generation, const QString &error)
{
    reportOutboxProblem(error);
    std::vector<QString> refused;
    std::erase_if(m_heldForDisk, [&](const std::pair<QString, quint64> &held) {
        if (held.second > generation)
            return false;
        refused.push_back(held.first);
        return true;
    });
    for (const QString &key : refused)
        feed(key, TransferMachine::Stored {false, error});
}

void TransferModel::reportOutboxProblem(const QString &message)
{
    if (message == m_lastOutboxProblem)
        return;
    m_lastOutboxProblem = message;
    Q_EMIT outboxProblem(message);
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
    entry.sentAtUtcMs = QDateTime::currentMSecsSinceEpoch();
    entry.pattern = static_cast<int>(m_pattern);

    // Write ahead: the transfer and the next draft are on disk before anything goes out.
    const TransferOutbox::Draft previous = m_draft;
    const TransferOutbox::Draft next {ApiClient::newIdempotencyKey(), m_draft.payeeId, {}, {}};
    m_outbox->put(entry);
    m_outbox->setDraft(next);
    const quint64 generation = saveOutbox();
    if (generation == 0) {
        m_outbox->remove(entry.idempotencyKey);
        m_outbox->setDraft(previous);
        result.message = tr("Couldn't keep the transfer safe on this computer, so it was not "
                            "sent. %1")
                             .arg(m_outbox->lastError());
        return result;
    }
    m_draft = next;

    // Shown at once; the first request goes out when the write reaches the disk.
    const TransferMachine::Step first = TransferMachine::started(entry.idempotencyKey, nowMs());
    Row row;
    row.entry = entry;
    row.key = entry.idempotencyKey;
    row.state = first.state;
    ++m_windowCounts[static_cast<size_t>(Window::Expected)];
    insertOwnRow(row);
    setSubmitting(row.key);
    m_heldForDisk.emplace_back(entry.idempotencyKey, generation);
    Q_EMIT draftChanged();

    if (m_refilled.draftKey == entry.idempotencyKey)
        Q_EMIT retrySent(std::exchange(m_refilled, {}).failedKey, entry.idempotencyKey);

    for (const TransferMachine::Effect &effect : first.effects)
        applyEffect(entry.idempotencyKey, effect);
    Q_EMIT windowReached(entry.idempotencyKey, Window::Expected);
    updateTicking();

    result.sent = true;
    result.key = entry.idempotencyKey;
    return result;
}

bool TransferModel::refillFrom(const QString &key)
{
    const Row *row = rowFor(key);
    if (!row || !row->own || row->state.phase != Phase::Failed)
        return false;
    // A new key: the old one belongs to the failed request and would replay its answer.
    m_draft = {ApiClient::newIdempotencyKey(), row->entry.payeeId,
               MoneyAmount::formatPlain(row->entry.amount, m_locale), row->entry.note};
    m_refilled = {m_draft.idempotencyKey, key};
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
