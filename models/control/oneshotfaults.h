#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The backend's one-shot faults as GET /admin/faults and the faults.changed event report them:
// what is armed, and which requests used them up, when. The control room shows this, never its
// own memory of what it armed, so a shot used by another app on a shared backend shows too.
struct OneShotFaults
{
    Q_DECLARE_TR_FUNCTIONS(OneShotFaults)

public:
    struct RouteShot
    {
        QString route; // "PUT /items/{id}/favorite"
        int remaining = 0;
        QString mode; // "error", "hang", "lost", "error_after_commit"
    };
    struct Use
    {
        QDateTime at; // local time, from the backend's clock
        QString by; // "failNext" or "failTimes"
        QString route;
        QString path; // "/items/7/favorite"
        QString mode;
        QString correlationId;
        QString clientId;
    };
    // A route a facilitator can aim at, with the words the control room shows for it.
    struct Aim
    {
        QString route; // empty: the next writes, whatever they are
        QString title;
    };

    int failNextRemaining = 0;
    QString failNextMode = QStringLiteral("error");
    QString failNextTarget = QStringLiteral("writes");
    QList<RouteShot> routes;
    QList<Use> used; // oldest first

    bool isArmed() const { return failNextRemaining > 0 || !routes.isEmpty(); }

    // oneShots as the backend sends it; receivedAt turns the backend's times into local ones.
    static std::optional<OneShotFaults> fromJson(const QJsonObject &oneShots,
                                                 const QDateTime &receivedAt);

    // "The next 3 writes will fail." / "Favorite taps: the next 2 will fail." / "None armed."
    QStringList armedLines() const;
    // "23:41:05 · Favorite taps · PUT /items/7/favorite · error", newest first, at most limit.
    QStringList usedLines(int limit) const;

    static QList<Aim> aims();
    static QString titleOf(const QString &route); // the aim's title, else the route itself
    static QString modeWords(const QString &mode);
};
