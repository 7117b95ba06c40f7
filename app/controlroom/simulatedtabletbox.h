#pragma once

#include <QGroupBox>

class ActionRegistry;
class ApiClient;
class EventStream;
class FavoritesMergeSync;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

// "Another device: a tablet" in the control room, for the Favorites screen's Offline-first
// pattern: a second device with its own copy (FavoritesMergeSync, device "tablet") against the
// same backend, with its own online switch, so a workshop can take both devices offline, edit
// the same items on each and watch them merge. Its list is checkable (Space makes an item a
// favorite on the tablet); "Give a heart" adds one of the tablet's hearts to the current item.
class SimulatedTabletBox final : public QGroupBox
{
    Q_OBJECT

public:
    SimulatedTabletBox(ApiClient *api, EventStream *events, QWidget *parent = nullptr);

    FavoritesMergeSync *tablet() const { return m_tablet; }
    QListWidget *list() const { return m_list; }
    QCheckBox *onlineBox() const { return m_online; }
    // Reads the catalogue for the list's titles; call when the backend answers.
    void load();
    // tablet.setOnline, tablet.toggle, tablet.heart and tablet.itemFavorite.
    void registerScenarioActions(ActionRegistry *registry);

private:
    void refreshList();
    void updateState();
    int currentItem() const;
    QString titleOf(int itemId) const;

    ApiClient *m_api;
    FavoritesMergeSync *m_tablet;
    QCheckBox *m_online;
    QLabel *m_state;
    QListWidget *m_list;
    QPushButton *m_heart;
    bool m_filling = false;
};
