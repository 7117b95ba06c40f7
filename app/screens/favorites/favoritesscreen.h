#pragma once

#include "app/sessionservices.h"
#include "models/favorites/favoritesmodel.h"
#include "widgets/spinnerticker.h"

#include <QWidget>

#include <optional>

class ActionRegistry;
class FavoriteDelegate;
class FavoritesFeedback;
class FavoritesListProxy;
class QCheckBox;
class QLabel;
class QListView;
class QPushButton;
class QRadioButton;
class SpinnerHold;

// The Favorites screen: the catalogue with a heart per item, the pattern selector (wait for the
// server, optimistic with rollback, or offline-first with merging and heart counts; naive
// refresh to show the flicker), "Show favorites only",
// an offline banner and a refresh served by a replica. All state lives in FavoritesModel; this
// widget lays it out and shows it. FavoritesFeedback turns the model's signals into toasts,
// announcements, timeline steps and telemetry; favoritesscreenactions.cpp holds the scenario
// actions.
class FavoritesScreen final : public QWidget
{
    Q_OBJECT

public:
    // Registers the scenario actions in services.actions when there is one.
    explicit FavoritesScreen(const SessionServices &services, QWidget *parent = nullptr);

    // Loads the list; call when the backend answers.
    void start();

    FavoritesModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    FavoriteDelegate *delegate() const { return m_delegate; }
    // Keeps a row's spinner its minimum time; tests give it a manual scheduler.
    SpinnerHold *spinnerHold() const { return m_hold; }
    void setShowFavoritesOnly(bool only);
    // Selects the item's row and scrolls to it (screenshots, scenarios).
    void selectItem(int itemId);

    // The person's tap on a heart (click, Space or a scenario step): toggles and, when the model
    // took it, says so with toggledByPerson.
    bool toggleByPerson(int itemId);
    // The same tap made in the other pane of a split view, asking for favorite: applied unless
    // the heart already shows it or takes no clicks. Says nothing, so mirrors cannot loop.
    bool applyMirroredToggle(int itemId, bool favorite);

    // In a split view: the pane's name its toasts and announcements begin with ("Left pane")
    // and its title, which names its telemetry rows; both empty when it is alone.
    void setPane(const QString &pane, const QString &title);

    // The pattern's key in scenarios and on the command line: wait, optimistic, offline-first.
    static QString patternKey(FavoritesModel::Pattern pattern);
    static std::optional<FavoritesModel::Pattern> patternFromKey(const QString &key);
    // The pattern's name as its button says it, without the mnemonic.
    static QString patternTitle(FavoritesModel::Pattern pattern);

Q_SIGNALS:
    // favorite: what the tap asked the heart to show.
    void toggledByPerson(int itemId, bool favorite);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void connectModel();
    void connectServices();
    // favorites.toggle {itemId} and favorites.itemFavorite {itemId, favorite}.
    void registerScenarioActions(ActionRegistry *registry);
    void toggleAt(const QModelIndex &proxyIndex);
    void retryAt(const QModelIndex &proxyIndex);
    void addHeartAt(const QModelIndex &proxyIndex);
    void showPattern(FavoritesModel::Pattern pattern);
    void updateBanner();
    void updateSpinner();

    SessionServices m_services;
    FavoritesModel *m_model;
    FavoritesListProxy *m_proxy;
    FavoriteDelegate *m_delegate;
    SpinnerHold *m_hold;
    FavoritesFeedback *m_feedback = nullptr;
    QListView *m_list = nullptr;
    QRadioButton *m_waitButton = nullptr;
    QRadioButton *m_optimisticButton = nullptr;
    QRadioButton *m_offlineFirstButton = nullptr;
    QCheckBox *m_airplaneBox = nullptr;
    QLabel *m_waitHelp = nullptr;
    QLabel *m_optimisticHelp = nullptr;
    QLabel *m_offlineFirstHelp = nullptr;
    QLabel *m_naiveHelp = nullptr;
    QLabel *m_keys = nullptr;
    QCheckBox *m_naiveBox = nullptr;
    QCheckBox *m_favoritesOnlyBox = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_flickerLabel = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QLabel *m_loadError = nullptr;
    SpinnerTicker m_spinner;
};
