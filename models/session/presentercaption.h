#pragma once

#include "models/session/timelineevent.h"

#include <QObject>
#include <QSet>
#include <QString>

class SessionRecorder;

// Presenter mode's caption: what is happening to the person's last action, in plain words, as
// its story unfolds ("Your change is on the primary. Replica 2 hasn't seen it yet."). It follows
// the newest user action's correlation id through the recorder's events and keeps only that
// story's few facts, so it costs nothing per event however long the day.
class PresenterCaption final : public QObject
{
    Q_OBJECT

public:
    explicit PresenterCaption(QObject *parent = nullptr);

    void observe(SessionRecorder *recorder);
    // How many read replicas the backend runs (BackendSettings::replicaCount()).
    void setReplicaCount(int count);
    void take(const TimelineEvent &event);

    // The action as the person did it ("Tapped the heart on Blue Chair"); empty before any.
    QString action() const { return m_action; }
    // What has happened to it so far; empty before any action.
    QString text() const { return m_text; }

Q_SIGNALS:
    void changed();

private:
    enum class Outcome { None, Confirmed, Failed, RolledBack, Unknown, Conflict };
    void update();
    QString compose() const;
    QString replicaSentence() const;

    int m_replicaCount = 0;
    QString m_correlationId;
    QString m_action;
    bool m_onPrimary = false;
    bool m_notDelivered = false;
    QSet<int> m_replicasWithIt;
    QString m_staleNode;
    Outcome m_outcome = Outcome::None;
    QString m_text;
};
