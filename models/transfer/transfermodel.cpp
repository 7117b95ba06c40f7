// TransferModel's list-model half: the rows, the account and the balance, the draft and the
// send button. The driver half (transferdriver.cpp) runs each row's TransferMachine.

#include "models/transfer/transfermodel.h"

#include "core/clock.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"
#include "models/transfer/transfermodelrow.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int maxHistoryRows = 50;
const QString serverKeyPrefix = u"server:"_s;

} // namespace

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
    setOutboxWriteFunction(&TransferOutbox::writeAtomically);
}

TransferModel::~TransferModel()
{
    if (m_draftSave->isActive())
        saveOutbox();
    m_writer.reset(); // writes what is queued before the model is gone
}

void TransferModel::setOutboxWriteFunction(OutboxWriter::WriteFunction write)
{
    m_writer.reset();
    m_writer = std::make_unique<OutboxWriter>(std::move(write));
    connect(m_writer.get(), &OutboxWriter::written, this, &TransferModel::onOutboxWritten);
    connect(m_writer.get(), &OutboxWriter::failed, this, &TransferModel::onOutboxFailed);
}

bool TransferModel::isOutboxWritten() const
{
    return m_writer->isIdle() && m_heldForDisk.empty() && !m_draftSave->isActive();
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
            row.state.transferId = it->id;
            row.state.phase = TransferMachine::phaseOf(it->state);
            row.state.reason = it->reason;
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
    if (!m_hasAccount)
        return {};
    std::vector<TransferBalance::Own> own;
    for (const Row &row : m_rows) {
        if (row.own)
            own.push_back(
                {row.state.phase, row.entry.amount, row.state.createLsn, row.state.settleLsn});
    }
    return TransferBalance::of(m_account.balance, m_account.pending, m_accountLsn, own);
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
    return row ? row->state.phase : Phase::Failed;
}

TransferModel::Window TransferModel::windowOf(const QString &key) const
{
    const Row *row = rowFor(key);
    return row ? row->state.window : Window::Expected;
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
            .arg(formatAmount(row.entry.amount), payeeName(row.entry.payeeId),
                 TransferWords::status(factsOf(row)));
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case DetailTextRole:
        return TransferWords::detail(factsOf(row));
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
        return static_cast<int>(row.state.phase);
    case WindowRole:
        return static_cast<int>(row.state.window);
    case StepRole:
        switch (row.state.phase) {
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
        return QVariant::fromValue(TransferMachine::syncState(
            row.state.phase,
            row.own && row.entry.pattern == static_cast<int>(Pattern::Optimistic)));
    case StatusTextRole:
        return TransferWords::status(factsOf(row));
    case ReasonRole:
        return row.state.reason;
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

TransferWords::Facts TransferModel::factsOf(const Row &row) const
{
    TransferWords::Facts f;
    f.phase = row.state.phase;
    f.window = row.own ? row.state.window : Window::Expected;
    f.own = row.own;
    f.optimistic = row.own && row.entry.pattern == static_cast<int>(Pattern::Optimistic);
    f.retryingUndelivered = row.state.notDelivered > 0;
    f.amountText = formatAmount(row.entry.amount);
    f.payeeName = payeeName(row.entry.payeeId);
    f.reason = row.state.reason;
    f.reasonMessage = row.state.reasonMessage;
    if (m_hasAccount)
        f.limitText = formatAmount(m_account.perTransferLimit);
    f.expectedWindow = m_settings.expectedWindow;
    return f;
}

QString TransferModel::reasonText(const QString &reason) const
{
    return TransferWords::reason(
        reason, m_hasAccount ? formatAmount(m_account.perTransferLimit) : QString());
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
