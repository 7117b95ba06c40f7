#include "models/control/heldanswers.h"

#include "core/clock.h"
#include "core/wire.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/dto.h"
#include "models/client/eventstream.h"
#include "models/control/oneshotfaults.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

HeldAnswersModel::HeldAnswersModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_ownClock(std::make_unique<SteadyClock>())
    , m_clock(m_ownClock.get())
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &HeldAnswersModel::tick);
}

HeldAnswersModel::~HeldAnswersModel() = default;

void HeldAnswersModel::observe(EventStream *events)
{
    connect(events, &EventStream::eventReceived, this, &HeldAnswersModel::onEvent);
    connect(events, &EventStream::resyncNeeded, this, [this] { refresh(); });
}

void HeldAnswersModel::setClock(const Clock *clock)
{
    m_clock = clock ? clock : m_ownClock.get();
}

qint64 HeldAnswersModel::now() const
{
    return m_clock->nowMs();
}

QString HeldAnswersModel::summary() const
{
    if (m_routes.isEmpty())
        return tr("Not holding any answers.");
    QStringList titles;
    for (const QString &route : m_routes)
        titles.append(OneShotFaults::titleOf(route));
    return tr("Holding answers for: %1.").arg(titles.join(u", "_s));
}

int HeldAnswersModel::heldCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row &row) { return row.outcome.isEmpty(); }));
}

QString HeldAnswersModel::outcomeWords(const QString &outcome)
{
    if (outcome.isEmpty())
        return tr("Held");
    if (outcome == u"released"_s)
        return tr("Released");
    if (outcome == u"delivered_twice"_s)
        return tr("Delivered twice");
    if (outcome == u"dropped"_s)
        return tr("Dropped (lost)");
    if (outcome == u"client_gone"_s)
        return tr("Client gave up");
    if (outcome == u"reset"_s)
        return tr("Dropped (reset)");
    if (outcome == u"overflow"_s)
        return tr("Dropped (too many)");
    return outcome;
}

QString HeldAnswersModel::describe(const Row &row) const
{
    return tr("%1 %2, answer %3").arg(row.method, row.path).arg(row.status);
}

// ---- the server's word -----------------------------------------------------------------------

void HeldAnswersModel::refresh(Done done)
{
    if (!m_client)
        return;
    const quint64 asked = ++m_asked;
    ApiCall *call = m_client->admin("GET", Wire::Route::adminHold);
    connect(call, &ApiCall::finished, this, [this, asked, done](const ApiResult &result) {
        // A listing that left the backend before a later command's answer is out of date.
        if (result.ok() && asked == m_asked)
            takeListing(result.body);
        if (done)
            done(result.ok(), result.message);
    });
}

HeldAnswersModel::Row HeldAnswersModel::rowFrom(const QJsonObject &json) const
{
    Row row;
    row.id = json.value(u"id"_s).toInteger();
    row.method = json.value(u"method"_s).toString();
    row.path = json.value(u"path"_s).toString();
    row.route = json.value(u"route"_s).toString();
    row.correlationId = json.value(u"correlationId"_s).toString();
    row.clientId = json.value(u"clientId"_s).toString();
    row.status = json.value(u"status"_s).toInt();
    row.heldSinceMs = now() - json.value(u"heldMs"_s).toInteger();
    return row;
}

void HeldAnswersModel::takeListing(const QJsonObject &listing)
{
    QStringList routes;
    for (const QJsonValue &route : listing.value(u"routes"_s).toArray())
        routes.append(route.toString());
    if (routes != m_routes) {
        m_routes = routes;
        Q_EMIT routesChanged();
    }
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &value : listing.value(u"held"_s).toArray()) {
        const QJsonObject json = value.toObject();
        Row row = rowFrom(json);
        if (json.contains(u"outcome"_s)) {
            row.outcome = json.value(u"outcome"_s).toString();
            row.heldForMs = json.value(u"heldMs"_s).toInteger();
            row.resolvedAtMs = now();
        }
        m_rows.push_back(std::move(row));
    }
    endResetModel();
    countChanged();
}

void HeldAnswersModel::onEvent(const BackendEvent &event)
{
    if (event.type == u"data.reset"_s || event.type == u"config.changed"_s) {
        refresh(); // held routes may have changed elsewhere; a reset resolved every answer
        return;
    }
    const qint64 id = event.data.value(u"id"_s).toInteger();
    if (event.type == u"answer.held"_s) {
        if (rowOfId(id) >= 0)
            return;
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.push_back(rowFrom(event.data));
        endInsertRows();
        // A route held by someone else shows here too.
        const QString route = event.data.value(u"route"_s).toString();
        if (!route.isEmpty() && !m_routes.contains(route))
            refresh();
        Q_EMIT happened(tr("Answer held: %1.").arg(describe(m_rows.back())));
        countChanged();
    } else if (event.type == u"answer.released"_s || event.type == u"answer.dropped"_s) {
        const QString outcome = event.type == u"answer.released"_s
            ? event.data.value(u"outcome"_s).toString(u"released"_s)
            : event.data.value(u"reason"_s).toString(u"dropped"_s);
        resolveRow(id, outcome);
    }
}

void HeldAnswersModel::resolveRow(qint64 id, const QString &outcome)
{
    const int at = rowOfId(id);
    if (at < 0 || !m_rows[size_t(at)].outcome.isEmpty())
        return;
    Row &row = m_rows[size_t(at)];
    row.outcome = outcome;
    row.heldForMs = std::max<qint64>(0, now() - row.heldSinceMs);
    row.resolvedAtMs = now();
    Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    Q_EMIT happened(tr("%1: %2.").arg(outcomeWords(outcome), describe(row)));
    countChanged();
}

void HeldAnswersModel::tick()
{
    const qint64 t = now();
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const Row &row = m_rows[size_t(i)];
        if (!row.outcome.isEmpty() && t - row.resolvedAtMs >= resolvedVisibleMs) {
            beginRemoveRows({}, i, i);
            m_rows.erase(m_rows.begin() + i);
            endRemoveRows();
        }
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, HeldColumn), index(rowCount() - 1, HeldColumn));
    updateTimer();
}

void HeldAnswersModel::countChanged()
{
    const int held = heldCount();
    if (held != m_lastHeld) {
        m_lastHeld = held;
        Q_EMIT heldCountChanged(held);
    }
    updateTimer();
}

void HeldAnswersModel::updateTimer()
{
    if (m_rows.empty())
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
}

// ---- commands --------------------------------------------------------------------------------

void HeldAnswersModel::command(const QByteArray &method, const QString &path,
                               const QJsonObject &body, const QString &what, Done done)
{
    if (!m_client)
        return;
    const quint64 asked = ++m_asked;
    ApiCall *call = m_client->admin(method, path, body);
    connect(call, &ApiCall::finished, this, [this, asked, what, done](const ApiResult &result) {
        // The answer lists the book as it was when asked; the events tell the rest.
        if (result.ok() && asked == m_asked) {
            QStringList routes;
            for (const QJsonValue &route : result.body.value(u"routes"_s).toArray())
                routes.append(route.toString());
            if (routes != m_routes) {
                m_routes = routes;
                Q_EMIT routesChanged();
            }
        }
        const QString message =
            result.ok() ? what : tr("%1 did not work: %2").arg(what, result.message);
        Q_EMIT commandFinished(result.ok(), message);
        if (done)
            done(result.ok(), result.ok() ? what : result.message);
    });
}

void HeldAnswersModel::setHeldRoutes(const QStringList &routes, Done done)
{
    QJsonArray array;
    for (const QString &route : routes)
        array.append(route);
    QStringList titles;
    for (const QString &route : routes)
        titles.append(OneShotFaults::titleOf(route));
    command("PUT", Wire::Route::adminHold, {{u"routes"_s, array}},
            routes.isEmpty() ? tr("Answers are no longer held")
                             : tr("Holding answers for: %1").arg(titles.join(u", "_s)),
            std::move(done));
}

void HeldAnswersModel::setRouteHeld(const QString &route, bool held, Done done)
{
    QStringList routes = m_routes;
    if (held && !routes.contains(route))
        routes.append(route);
    if (!held)
        routes.removeAll(route);
    setHeldRoutes(routes, std::move(done));
}

void HeldAnswersModel::release(qint64 id, Done done)
{
    command("POST", Wire::Route::fill(Wire::Route::adminHeldRelease, QString::number(id)), {},
            tr("Released answer %1").arg(id), std::move(done));
}

void HeldAnswersModel::releaseAll(const std::vector<qint64> &order, Done done)
{
    QJsonObject body;
    if (!order.empty()) {
        QJsonArray ids;
        for (qint64 id : order)
            ids.append(id);
        body.insert(u"ids"_s, ids);
    }
    command("POST", Wire::Route::adminHoldRelease, body, tr("Released the held answers"),
            std::move(done));
}

void HeldAnswersModel::drop(qint64 id, Done done)
{
    command("POST", Wire::Route::fill(Wire::Route::adminHeldDrop, QString::number(id)), {},
            tr("Dropped answer %1").arg(id), std::move(done));
}

void HeldAnswersModel::deliverTwice(qint64 id, Done done)
{
    command("POST", Wire::Route::fill(Wire::Route::adminHeldTwice, QString::number(id)), {},
            tr("Delivered request %1 twice").arg(id), std::move(done));
}

// ---- the table -------------------------------------------------------------------------------

qint64 HeldAnswersModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].id : 0;
}

int HeldAnswersModel::rowOfId(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

bool HeldAnswersModel::isHeld(int row) const
{
    return row >= 0 && row < rowCount() && m_rows[size_t(row)].outcome.isEmpty();
}

int HeldAnswersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeldAnswersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeldAnswersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const qint64 heldMs = row.outcome.isEmpty() ? now() - row.heldSinceMs : row.heldForMs;
    switch (role) {
    case IdRole:
        return row.id;
    case HeldRole:
        return row.outcome.isEmpty();
    case OutcomeRole:
        return row.outcome;
    case Qt::DisplayRole:
        switch (index.column()) {
        case RequestColumn:
            return QString(row.method + u' ' + row.path);
        case StatusColumn:
            return row.status;
        case HeldColumn:
            return tr("%L1 s").arg(double(std::max<qint64>(0, heldMs)) / 1000.0, 0, 'f', 1);
        case StateColumn:
            return outcomeWords(row.outcome);
        case CorrelationColumn:
            return row.correlationId;
        }
        return {};
    case Qt::AccessibleTextRole:
        // One sentence per row for a screen reader: the cells alone do not say what they are.
        return tr("%1, will answer %2, held %3, %4")
            .arg(row.method + u' ' + row.path)
            .arg(row.status)
            .arg(data(index.siblingAtColumn(HeldColumn), Qt::DisplayRole).toString(),
                 outcomeWords(row.outcome));
    case Qt::ToolTipRole:
        return tr("Correlation id %1, client %2").arg(row.correlationId, row.clientId);
    default:
        return {};
    }
}

QVariant HeldAnswersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequestColumn:
        return tr("Request");
    case StatusColumn:
        return tr("Will answer");
    case HeldColumn:
        return tr("Held for");
    case StateColumn:
        return tr("State");
    case CorrelationColumn:
        return tr("Correlation id");
    }
    return {};
}
