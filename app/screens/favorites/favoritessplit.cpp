#include "app/screens/favorites/favoritessplit.h"

#include "app/screens/favorites/favoritesscreen.h"
#include "app/split/panemirror.h"
#include "app/split/panesession.h"
#include "app/split/splitscreen.h"
#include "models/client/apiclient.h"

FavoritesSplit::FavoritesSplit(FavoritesScreen *left, const SessionServices &services,
                               QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_left(left)
    , m_view(new SplitScreen(left))
    , m_mirror(new PaneMirror(this))
{
    connect(m_left->model(), &FavoritesModel::patternChanged, this, &FavoritesSplit::updateTitles);
    connect(m_left, &FavoritesScreen::toggledByPerson, this, [this](int itemId, bool favorite) {
        if (m_right)
            m_mirror->forward([&] { m_right->applyMirroredToggle(itemId, favorite); });
    });
}

FavoritesSplit::~FavoritesSplit() = default;

void FavoritesSplit::setSplit(bool on)
{
    if (on == isSplit())
        return;
    if (!on) {
        m_left->model()->setSiblingClients({});
        m_left->setPane({});
        m_view->setRight(nullptr); // deletes the right screen before its session
        delete std::exchange(m_session, nullptr);
        Q_EMIT splitChanged(false);
        return;
    }
    m_session = new PaneSession(m_services, tr("Right pane"), this);
    auto *right = new FavoritesScreen(m_session->services());
    right->setObjectName(QStringLiteral("favoritesScreenRight"));
    // Its stories are told under a screen of their own: the timeline can show one pane.
    right->model()->setScreenId(QString::fromLatin1(rightScreenId));
    m_right = right;
    // Without a choice, the right pane shows the contrast to the left one.
    const FavoritesModel::Pattern leftPattern = m_left->model()->pattern();
    right->model()->setPattern(m_rightPattern.value_or(
        leftPattern == FavoritesModel::Pattern::Optimistic ? FavoritesModel::Pattern::WaitForServer
                                                           : FavoritesModel::Pattern::Optimistic));
    if (m_services.api)
        right->model()->setSiblingClients({m_services.api->clientId()});
    m_left->model()->setSiblingClients({m_session->api()->clientId()});
    m_left->setPane(tr("Left pane"));
    connect(right->model(), &FavoritesModel::patternChanged, this,
            [this](FavoritesModel::Pattern pattern) {
                m_rightPattern = pattern; // kept for the next split
                updateTitles();
            });
    connect(right, &FavoritesScreen::toggledByPerson, this, [this](int itemId, bool favorite) {
        m_mirror->forward([&] { m_left->applyMirroredToggle(itemId, favorite); });
    });
    m_view->setRight(right);
    updateTitles();
    if (m_started) {
        m_session->start();
        right->start();
    }
    Q_EMIT splitChanged(true);
}

void FavoritesSplit::setPatterns(FavoritesModel::Pattern left, FavoritesModel::Pattern right)
{
    m_left->model()->setPattern(left);
    m_rightPattern = right;
    if (m_right)
        m_right->model()->setPattern(right);
}

void FavoritesSplit::start()
{
    if (std::exchange(m_started, true) || !m_right)
        return;
    m_session->start();
    m_right->start();
}

void FavoritesSplit::updateTitles()
{
    if (!m_right)
        return;
    m_view->setTitles(
        tr("Left · %1").arg(FavoritesScreen::patternTitle(m_left->model()->pattern())),
        tr("Right · %1").arg(FavoritesScreen::patternTitle(m_right->model()->pattern())));
}
