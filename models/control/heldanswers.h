#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class ApiClient;
class Clock;
class EventStream;
struct ApiResult;
struct BackendEvent;

// The answers the backend holds back (docs/api.md, "Holding answers") as a table, and the
// commands that decide what becomes of them. Driven by the answer.held / answer.released /
// answer.dropped events, so every control room on a shared backend shows the same list; a
// listing (GET /admin/hold) is only asked for on start, after a reset and when events were lost.
// An answer that was resolved stays listed with its outcome for a few seconds, then leaves.
class HeldAnswersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RequestColumn,
        StatusColumn,
        HeldColumn,
        StateColumn,
        CorrelationColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64: the backend's id of the held answer
        HeldRole, // bool: still held (false: resolved, shown with its outcome)
        OutcomeRole, // QString: the backend's word (released, dropped, client_gone, …)
    };
    using Done = std::function<void(bool ok, const QString &message)>;

    explicit HeldAnswersModel(ApiClient *client, QObject *parent = nullptr);
    ~HeldAnswersModel() override;

    void observe(EventStream *events);
    // Optional: a clock of the caller's (not owned) for "held for 3 s" and how long a resolved
    // row stays; a steady clock otherwise.
    void setClock(const Clock *clock);
    static constexpr qint64 resolvedVisibleMs = 5000;

    // The routes held now ("PUT /items/{id}/favorite"), as the backend last said.
    const QStringList &heldRoutes() const { return m_routes; }
    // "Holding answers for: Favorite taps, Item list reads." / "Not holding any answers."
    QString summary() const;
    int heldCount() const; // rows still held

    void refresh(Done done = {});
    void setHeldRoutes(const QStringList &routes, Done done = {});
    void setRouteHeld(const QString &route, bool held, Done done = {});
    void release(qint64 id, Done done = {});
    // In the order given; none: every held answer, oldest first.
    void releaseAll(const std::vector<qint64> &order = {}, Done done = {});
    void drop(qint64 id, Done done = {});
    void deliverTwice(qint64 id, Done done = {});

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    bool isHeld(int row) const;
    // Resolved rows whose time is up leave; the model's own timer calls this every second.
    void tick();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The words for an outcome: "Released", "Client gave up", …
    static QString outcomeWords(const QString &outcome);

Q_SIGNALS:
    void routesChanged();
    void heldCountChanged(int held);
    // Something happened to a held answer, in plain words, once ("Answer held: …").
    void happened(const QString &sentence);
    void commandFinished(bool ok, const QString &message);

private:
    struct Row
    {
        qint64 id = 0;
        QString method;
        QString path;
        QString route;
        QString correlationId;
        QString clientId;
        int status = 0;
        qint64 heldSinceMs = 0; // on our clock
        qint64 heldForMs = -1; // once resolved: how long it was held
        QString outcome; // empty while held
        qint64 resolvedAtMs = -1;
    };

    qint64 now() const;
    void onEvent(const BackendEvent &event);
    void takeListing(const QJsonObject &listing);
    Row rowFrom(const QJsonObject &json) const;
    void resolveRow(qint64 id, const QString &outcome);
    void command(const QByteArray &method, const QString &path, const QJsonObject &body,
                 const QString &what, Done done);
    void countChanged();
    void updateTimer();
    QString describe(const Row &row) const;

    QPointer<ApiClient> m_client;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    QStringList m_routes;
    std::vector<Row> m_rows;
    quint64 m_asked = 0; // listings and commands sent, so a stale listing changes nothing
    int m_lastHeld = 0;
    QTimer m_timer;
};
