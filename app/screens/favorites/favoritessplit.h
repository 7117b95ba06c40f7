#pragma once

#include "app/split/screensplit.h"
#include "models/favorites/favoritesmodel.h"

#include <optional>

class FavoritesScreen;

// The Favorites screen side by side: a tap on a heart in either pane is mirrored to the other at
// once; each pane's model takes the other's writes as its own person's, not as news from another
// device.
class FavoritesSplit final : public ScreenSplit
{
    Q_OBJECT

public:
    // The timeline's screen for the right pane's steps (the left pane's are "favorites").
    static constexpr auto rightScreenId = "favorites-right";

    FavoritesSplit(FavoritesScreen *left, const SessionServices &services,
                   QObject *parent = nullptr);
    ~FavoritesSplit() override;

    FavoritesScreen *left() const { return m_left; }
    FavoritesScreen *right() const { return m_right; } // null unless split

    // The two panes' patterns; the right one waits for the next split when not split.
    void setPatterns(FavoritesModel::Pattern left, FavoritesModel::Pattern right);

    QString screenName() const override;
    bool setPatternKeys(const QString &left, const QString &right) override;

protected:
    QWidget *createRight(const SessionServices &services) override;
    void namePane(QWidget *screen, const QString &pane, const QString &title) override;
    QString patternTitle(QWidget *screen) const override;
    void startRight(QWidget *right) override;
    void unsplitting() override;

private:
    FavoritesScreen *m_left;
    QPointer<FavoritesScreen> m_right;
    std::optional<FavoritesModel::Pattern> m_rightPattern;
};
