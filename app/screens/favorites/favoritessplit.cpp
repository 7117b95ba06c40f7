#include "app/screens/favorites/favoritessplit.h"

#include "app/screens/favorites/favoritesscreen.h"
#include "app/split/panemirror.h"
#include "app/split/panesession.h"
#include "models/client/apiclient.h"

FavoritesSplit::FavoritesSplit(FavoritesScreen *left, const SessionServices &services,
                               QObject *parent)
    : ScreenSplit(left, services, QString::fromLatin1(rightScreenId), parent)
    , m_left(left)
{
    connect(m_left->model(), &FavoritesModel::patternChanged, this, &FavoritesSplit::updateTitles);
    connect(m_left, &FavoritesScreen::toggledByPerson, this, [this](int itemId, bool favorite) {
        if (m_right)
            mirror()->forward([&] { m_right->applyMirroredToggle(itemId, favorite); });
    });
}

FavoritesSplit::~FavoritesSplit() = default;

QWidget *FavoritesSplit::createRight(const SessionServices &paneServices)
{
    auto *right = new FavoritesScreen(paneServices);
    right->setObjectName(QStringLiteral("favoritesScreenRight"));
    // Its stories are told under a screen of their own: the timeline can show one pane.
    right->model()->setScreenId(QString::fromLatin1(rightScreenId));
    m_right = right;
    // Without a choice, the right pane shows the contrast to the left one.
    const FavoritesModel::Pattern leftPattern = m_left->model()->pattern();
    right->model()->setPattern(m_rightPattern.value_or(
        leftPattern == FavoritesModel::Pattern::Optimistic ? FavoritesModel::Pattern::WaitForServer
                                                           : FavoritesModel::Pattern::Optimistic));
    if (services().api)
        right->model()->setSiblingClients({services().api->clientId()});
    m_left->model()->setSiblingClients({paneServices.api->clientId()});
    connect(right->model(), &FavoritesModel::patternChanged, this,
            [this](FavoritesModel::Pattern pattern) {
                m_rightPattern = pattern; // kept for the next split
                updateTitles();
            });
    connect(right, &FavoritesScreen::toggledByPerson, this, [this](int itemId, bool favorite) {
        mirror()->forward([&] { m_left->applyMirroredToggle(itemId, favorite); });
    });
    return right;
}

void FavoritesSplit::unsplitting()
{
    m_left->model()->setSiblingClients({});
}

void FavoritesSplit::namePane(QWidget *screen, const QString &pane, const QString &title)
{
    static_cast<FavoritesScreen *>(screen)->setPane(pane, title);
}

QString FavoritesSplit::patternTitle(QWidget *screen) const
{
    return FavoritesScreen::patternTitle(
        static_cast<FavoritesScreen *>(screen)->model()->pattern());
}

void FavoritesSplit::startRight(QWidget *right)
{
    static_cast<FavoritesScreen *>(right)->start();
}

void FavoritesSplit::setPatterns(FavoritesModel::Pattern left, FavoritesModel::Pattern right)
{
    m_left->model()->setPattern(left);
    m_rightPattern = right;
    if (m_right)
        m_right->model()->setPattern(right);
}

QString FavoritesSplit::screenName() const
{
    return tr("Favorites");
}

bool FavoritesSplit::setPatternKeys(const QString &left, const QString &right)
{
    const auto leftPattern = FavoritesScreen::patternFromKey(left);
    const auto rightPattern = FavoritesScreen::patternFromKey(right);
    if (!leftPattern || !rightPattern)
        return false;
    setPatterns(*leftPattern, *rightPattern);
    return true;
}
