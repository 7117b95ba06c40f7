#pragma once

#include "models/favorites/favoritesmodel.h"
#include "models/session/timelineevent.h"
#include "widgets/spinnerticker.h"

#include <QPointer>
#include <QWidget>

class ActionRegistry;
class ApiClient;
class ConnectionMonitor;
class DisplayPreferences;
class EventStream;
class FavoriteDelegate;
class QCheckBox;
class QLabel;
class QListView;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class SessionRecorder;
class StatusAnnouncer;
class Telemetry;
class ToastCenter;

// The Favorites screen: the catalogue with a heart per item, the pattern selector (wait for the
// server, or optimistic with rollback; naive refresh to show the flicker), "Show favorites only",
// an offline banner and a refresh served by a replica. All state lives in FavoritesModel; this
// widget shows it and turns its signals into toasts, announcements, timeline steps and telemetry.
class FavoritesScreen final : public QWidget
{
    Q_OBJECT

public:
    // The session's services; any may be null (tests, the gallery), and that part stays quiet.
    struct Services
    {
        EventStream *events = nullptr;
        ConnectionMonitor *connection = nullptr;
        ToastCenter *toasts = nullptr;
        StatusAnnouncer *announcer = nullptr;
        SessionRecorder *recorder = nullptr;
        Telemetry *telemetry = nullptr;
        DisplayPreferences *preferences = nullptr;
    };

    static constexpr auto screenId = "favorites";
    static constexpr auto telemetryOperation = "favorite";

    explicit FavoritesScreen(ApiClient *api, QWidget *parent = nullptr);

    void attach(const Services &services);
    // favorites.toggle {itemId} and favorites.itemFavorite {itemId, favorite}.
    void registerScenarioActions(ActionRegistry *registry);
    // Loads the list; call when the backend answers.
    void start();

    FavoritesModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    void setShowFavoritesOnly(bool only);
    // Selects the item's row and scrolls to it (screenshots, scenarios).
    void selectItem(int itemId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void toggleAt(const QModelIndex &proxyIndex);
    void retryAt(const QModelIndex &proxyIndex);
    void updateBanner();
    void updateSpinner();
    void record(TimelineEvent::Kind kind, const QString &correlationId, const QString &text);

    FavoritesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    FavoriteDelegate *m_delegate;
    QListView *m_list = nullptr;
    QRadioButton *m_waitButton = nullptr;
    QRadioButton *m_optimisticButton = nullptr;
    QCheckBox *m_naiveBox = nullptr;
    QCheckBox *m_favoritesOnlyBox = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_flickerLabel = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QLabel *m_loadError = nullptr;
    SpinnerTicker m_spinner;
    Services m_services;
};
