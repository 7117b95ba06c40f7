#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <deque>
#include <vector>

namespace mock {

// The book of answers the backend holds back (docs/api.md, "Holding answers"): which routes are
// held, what each held answer is (request, correlation id, the status it will send, since when)
// and what the facilitator asked to be done with it. Free of sockets: the server keeps the
// parked answers themselves and carries out the commands taken from here.
class AnswerHold
{
public:
    static constexpr int defaultCapacity = 32;
    static constexpr int maxCapacity = 256;

    // What becomes of a held answer. The first three are asked for; the others happen to it.
    enum class Outcome { Released, Twice, Dropped, ClientGone, Reset, Overflow };
    static QString outcomeName(Outcome outcome);

    struct Entry
    {
        quint64 id = 0;
        QString routeKey; // "PUT /items/{id}/favorite"
        QByteArray method;
        QString path;
        QString correlationId;
        QString clientId;
        int status = 0; // what it will send
        qint64 heldAtMs = 0;

        QJsonObject toJson(qint64 nowMs) const;
    };
    struct Command
    {
        quint64 id = 0;
        Outcome outcome = Outcome::Released;
    };

    // Held routes (keys as GET /admin/faults names them); empty holds nothing. Answers held
    // already stay held until released or resolved.
    void setRoutes(const QStringList &routeKeys, int capacity = defaultCapacity);
    const QStringList &routes() const { return m_routes; }
    int capacity() const { return m_capacity; }
    bool holds(const QString &routeKey) const { return m_routes.contains(routeKey); }

    // Books a parked answer and returns its id. At capacity the oldest answer is resolved as
    // Overflow first (a command for the server), so the book never grows past it.
    quint64 add(Entry entry);
    bool contains(quint64 id) const;
    const Entry *entry(quint64 id) const;
    int count() const { return int(m_held.size()); }
    std::vector<quint64> ids() const; // in hold order

    // Asks the server to carry out `outcome` on a held answer; false when none has that id.
    bool resolve(quint64 id, Outcome outcome);
    // Every held answer, oldest first.
    void resolveAll(Outcome outcome);
    // What the server must do now, in the order asked.
    std::vector<Command> takeCommands();
    // The server carried it out, or it happened (the client gave up): the entry leaves the
    // book and is listed once more with its outcome. Returns the entry as it was.
    Entry finish(quint64 id, Outcome outcome, qint64 nowMs);

    // {"routes", "capacity", "held": [...]}: held answers with how long they have been held,
    // then those resolved since the last listing (each listed once, with its "outcome").
    QJsonObject takeListing(qint64 nowMs);

private:
    struct Resolved
    {
        Entry entry;
        Outcome outcome;
        qint64 atMs;
    };

    QStringList m_routes;
    int m_capacity = defaultCapacity;
    std::deque<Entry> m_held; // hold order
    std::vector<Command> m_commands;
    std::vector<quint64> m_asked; // ids with a command not yet carried out
    std::deque<Resolved> m_resolved; // bounded by capacity too
    quint64 m_nextId = 1;
};

} // namespace mock
