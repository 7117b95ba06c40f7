#pragma once

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class SessionRecorder;
class TimelineFilterModel;
class TimelineModel;
class TimelineView;

// The control room's timeline: every story of the session, filterable by screen and outcome,
// with background requests and the technical columns one toggle away.
class TimelineDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit TimelineDock(SessionRecorder *recorder, QWidget *parent = nullptr);

    TimelineModel *model() const { return m_model; }
    TimelineFilterModel *filterModel() const { return m_filter; }
    TimelineView *view() const { return m_view; }
    QComboBox *screenFilter() const { return m_screens; }
    QComboBox *outcomeFilter() const { return m_outcomes; }
    QCheckBox *technicalToggle() const { return m_technical; }
    // Off by default: the person's own actions (and what the control room and the backend said)
    // are not crowded out by requests nobody asked for on screen.
    QCheckBox *backgroundToggle() const { return m_background; }

    // People read screen names, the model knows screen ids ("favorites").
    static QString screenLabel(const QString &screenId);

private:
    void addScreen(const QString &screenId);
    void noteScreens(int first, int last);
    void updateCount();
    // One count per event loop turn: a batch inserts into many stories at once, and the count
    // walks every story.
    void scheduleCountUpdate();

    TimelineModel *m_model;
    TimelineFilterModel *m_filter;
    TimelineView *m_view;
    QComboBox *m_screens;
    QComboBox *m_outcomes;
    QCheckBox *m_technical;
    QCheckBox *m_background;
    QLabel *m_count;
    bool m_countDue = false;
};
