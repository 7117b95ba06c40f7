#pragma once

#include <QPalette>
#include <QWidget>

class AnnouncementLogModel;
class DisplayPreferences;
class KitScheduler;
class QScrollArea;
class QStatusBar;
class StatusAnnouncer;
class SyncBadge;
class ToastCenter;

// Every kit component in every state, in the light and the dark palette side by side, for
// design reviews and documentation screenshots; plus a "Try it" strip that drives the live
// badge, toasts and announcer (the end-to-end accessibility test presses its buttons).
class ComponentGallery : public QWidget
{
    Q_OBJECT

public:
    enum class Theme { Light, Dark };

    explicit ComponentGallery(DisplayPreferences *preferences = nullptr, QWidget *parent = nullptr);

    // The column for one palette, and the "Try it" strip, for screenshots of their full size.
    QWidget *themeColumn(Theme theme) const;
    QWidget *liveSection() const { return m_live; }
    QWidget *content() const { return m_content; }

    SyncBadge *liveBadge() const { return m_liveBadge; }
    ToastCenter *toastCenter() const { return m_toasts; }
    StatusAnnouncer *announcer() const { return m_announcer; }
    AnnouncementLogModel *announcementLog() const { return m_log; }

    // The time every component and the scripted scenarios run on (nullptr:
    // KitScheduler::steady()); a manual one makes screenshots and tests exact.
    void setScheduler(KitScheduler *scheduler);
    KitScheduler *scheduler() const { return m_scheduler; }

    // The scripted scenarios behind the "Try it" buttons.
    void simulateSave(int latencyMs);
    void simulateFailedSave();
    void simulateLostResponse();
    void setOffline(bool offline);

private:
    QWidget *buildLive();
    QWidget *buildColumn(Theme theme);

    DisplayPreferences *m_preferences;
    KitScheduler *m_scheduler = nullptr;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QWidget *m_live = nullptr;
    QWidget *m_light = nullptr;
    QWidget *m_dark = nullptr;
    SyncBadge *m_liveBadge = nullptr;
    ToastCenter *m_toasts = nullptr;
    StatusAnnouncer *m_announcer = nullptr;
    AnnouncementLogModel *m_log = nullptr;
    QStatusBar *m_statusBar;
    bool m_offline = false;
};
