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
    static constexpr auto telemetryOperation = "favorite";

    FavoritesFeedback(FavoritesModel *model, const SessionServices &services,
                      QObject *parent = nullptr);

    // The split-view pane this screen is ("Left pane"), said first, and its title, which names
    // its telemetry rows; both empty outside split view.
    void setPane(const QString &pane, const QString &title)
    {
        m_pane = pane;
        m_paneTitle = title;
    }

private:
    // Who an announcement is about, so its final state can drop what is outdated.
    QString subjectOf(int itemId) const;
    // What a toast or announcement says, with the pane's name first in a split view.
    QString said(const QString &text) const;
    QString operation() const;
    void connectOutcomes();
    void connectMeasurements();
    void record(TimelineEvent::Kind kind, const QString &correlationId, const QString &text);

    FavoritesModel *m_model;
    SessionServices m_services;
    QString m_pane;
    QString m_paneTitle;
    // The "Couldn't save" toast of each item, withdrawn once a later save of it lands.
    QHash<int, int> m_failureToasts;
    QStringList m_savedTitles; // confirmed since the last batch, to name a single one
};
