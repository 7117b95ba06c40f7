#pragma once

#include "app/sessionservices.h"
#include "app/split/splitscreen.h"
#include "models/favorites/favoritesmodel.h"

#include <QObject>
#include <QPointer>

class FavoritesScreen;
class PaneMirror;
class PaneSession;

// The Favorites screen side by side (View → Side by side, --split A,B): the window's own screen
// on the left, a second copy on the right with a session of its own (PaneSession) against the
// same backend, each with its own pattern. A tap on a heart in either pane is mirrored to the
// other at once (PaneMirror); each pane's model takes the other's writes as its own person's,
// not as news from another device.
class FavoritesSplit final : public QObject
{
    Q_OBJECT

public:
    // The timeline's screen for the right pane's steps (the left pane's are "favorites").
    static constexpr auto rightScreenId = "favorites-right";

    FavoritesSplit(FavoritesScreen *left, const SessionServices &services,
                   QObject *parent = nullptr);
    ~FavoritesSplit() override;

    // What the window shows in the Favorites screen's place.
    SplitScreen *view() const { return m_view; }
    FavoritesScreen *left() const { return m_left; }
    FavoritesScreen *right() const { return m_right; } // null unless split
    PaneSession *session() const { return m_session; } // null unless split
    PaneMirror *mirror() const { return m_mirror; }
    bool isSplit() const { return m_right != nullptr; }

    // Splits with the right pane in the contrasting pattern (or the one setPatterns chose), or
    // goes back to the left pane alone, whose session and pattern carry on.
    void setSplit(bool on);
    // The two panes' patterns; the right one waits for the next split when not split.
    void setPatterns(FavoritesModel::Pattern left, FavoritesModel::Pattern right);
    // The backend answered: a right pane connects and loads now, or as soon as it is made.
    void start();

Q_SIGNALS:
    void splitChanged(bool on);

private:
    void updateTitles();

    SessionServices m_services;
    FavoritesScreen *m_left;
    QPointer<SplitScreen> m_view;
    QPointer<FavoritesScreen> m_right;
    PaneSession *m_session = nullptr;
    PaneMirror *m_mirror;
    std::optional<FavoritesModel::Pattern> m_rightPattern;
    bool m_started = false;
};
