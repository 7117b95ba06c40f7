#pragma once

#include "app/sessionservices.h"
#include "models/session/timelineevent.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class FavoritesModel;

// What the Favorites model's signals become for the person and the facilitator: toasts (with
// Retry), announcements, timeline steps and telemetry. The screen only lays out and shows the
// model; everything said about a change goes through here.
class FavoritesFeedback final : public QObject
{
    Q_OBJECT

public:
    static constexpr auto screenId = "favorites";
    static constexpr auto telemetryOperation = "favorite";

    FavoritesFeedback(FavoritesModel *model, const SessionServices &services,
                      QObject *parent = nullptr);

private:
    // Who an announcement is about, so its final state can drop what is outdated.
    static QString subjectOf(int itemId);
    void connectOutcomes();
    void connectMeasurements();
    void record(TimelineEvent::Kind kind, const QString &correlationId, const QString &text);

    FavoritesModel *m_model;
    SessionServices m_services;
    // The "Couldn't save" toast of each item, withdrawn once a later save of it lands.
    QHash<int, int> m_failureToasts;
    QStringList m_savedTitles; // confirmed since the last batch, to name a single one
};
