#pragma once

#include "app/commandline.h"
#include "app/sessionservices.h"
#include "models/client/connectionmonitor.h"

#include <QObject>
#include <QPointer>

#include <memory>

class AnnouncementLogModel;
class QAction;
class Appearance;
class ApiClient;
class ControlRoom;
class SessionRecorder;
class SteadyClock;
class DisplayPreferences;
class EventStream;
class FavoritesScreen;
class FavoritesSplit;
class ProfileSplit;
class SideBySide;
class TransferSplit;
class HelpMenu;
class ProfileScreen;
class TransferScreen;
class MainWindow;
class PresenterCaption;
class PresenterMode;
class ReplicaLagSeries;
class Telemetry;
class StatusAnnouncer;
class ToastCenter;
namespace mock {
class EmbeddedBackend;
}

// The composition root: creates the backend connection, the client state, the views, and
// connects them. Nothing else in the app knows how the pieces are wired.
class ConvergeApp final : public QObject
{
    Q_OBJECT

public:
    explicit ConvergeApp(CommandLineOptions options, QObject *parent = nullptr);
    ~ConvergeApp() override;

    void start();
    MainWindow *window() const { return m_window.get(); }
    ApiClient *api() const { return m_api; }
    EventStream *events() const { return m_events; }
    ConnectionMonitor *connection() const { return m_connection; }
    ToastCenter *toasts() const { return m_toasts; }
    StatusAnnouncer *announcer() const { return m_announcer; }
    DisplayPreferences *preferences() const { return m_preferences; }
    // The palette the whole app paints with, light or dark (View → Appearance).
    Appearance *appearance() const { return m_appearance; }
    SessionRecorder *recorder() const { return m_recorder; }
    // Screens report what people experienced (feedback and confirmation times, rollbacks, …).
    Telemetry *telemetry() const { return m_telemetry; }
    ReplicaLagSeries *lagSeries() const { return m_lagSeries; }
    // Backend controls, scenarios and the registry screens add their scenario actions to.
    ControlRoom *controlRoom() const { return m_controlRoom; }
    // What every screen is given.
    const SessionServices &services() const { return m_services; }
    FavoritesScreen *favorites() const { return m_favorites; }
    // The Favorites screen side by side with a second session (View → Side by side, --split).
    FavoritesSplit *favoritesSplit() const { return m_favoritesSplit; }
    ProfileSplit *profileSplit() const { return m_profileSplit; }
    TransferSplit *transferSplit() const { return m_transferSplit; }
    // View → Side by side (Ctrl+Shift+D) for every screen, --split and view.sideBySide.
    SideBySide *sideBySide() const { return m_sideBySide; }
    ProfileScreen *profile() const { return m_profile; }
    TransferScreen *transfer() const { return m_transfer; }
    HelpMenu *helpMenu() const { return m_helpMenu; }
    // View → Presenter mode (F5), and the caption it shows.
    PresenterMode *presenterMode() const { return m_presenterMode; }
    PresenterCaption *presenterCaption() const { return m_presenterCaption; }

Q_SIGNALS:
    void backendReady();
    void fatalError(const QString &message);

private:
    void onBackendReady(const QUrl &url, bool embedded);
    void refreshHealth();
    void setUpFeedback();
    void setUpAppearanceMenu();
    void setUpLanguageMenu();
    void setUpTimelineAndTelemetry();
    void setUpScreens();
    void setUpSideBySide();
    void setUpHelp();
    void setUpPresenterMode();
    void exportSession();
    void onConnectionStateChanged(ConnectionMonitor::State state);

    CommandLineOptions m_options;
    // Before the window: the screens read it until they are gone.
    std::unique_ptr<SteadyClock> m_sessionClock;
    std::unique_ptr<MainWindow> m_window;
    ApiClient *m_api;
    EventStream *m_events;
    ConnectionMonitor *m_connection;
    DisplayPreferences *m_preferences;
    Appearance *m_appearance;
    ToastCenter *m_toasts;
    StatusAnnouncer *m_announcer;
    AnnouncementLogModel *m_announcementLog;
    bool m_wasOffline = false;
    int m_offlineToast = 0; // the "You're offline" toast of this offline spell
    mock::EmbeddedBackend *m_embedded = nullptr;
    SessionRecorder *m_recorder = nullptr;
    Telemetry *m_telemetry = nullptr;
    ReplicaLagSeries *m_lagSeries = nullptr;
    ControlRoom *m_controlRoom = nullptr;
    SessionServices m_services;
    FavoritesScreen *m_favorites = nullptr;
    FavoritesSplit *m_favoritesSplit = nullptr;
    ProfileSplit *m_profileSplit = nullptr;
    TransferSplit *m_transferSplit = nullptr;
    SideBySide *m_sideBySide = nullptr;
    ProfileScreen *m_profile = nullptr;
    TransferScreen *m_transfer = nullptr;
    HelpMenu *m_helpMenu = nullptr;
    PresenterCaption *m_presenterCaption = nullptr;
    PresenterMode *m_presenterMode = nullptr;
};
