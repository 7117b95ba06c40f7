#include "app/controlroom/simulatedtabletbox.h"

#include "app/screens/favorites/favoritedelegate.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"
#include "models/control/actionregistry.h"
#include "models/favorites/favoritesmergesync.h"
#include "widgets/focuscurrentrow.h"

#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int itemIdRole = Qt::UserRole + 1;
constexpr int titleRole = Qt::UserRole + 2;
} // namespace

SimulatedTabletBox::SimulatedTabletBox(ApiClient *api, EventStream *events, QWidget *parent)
    : QGroupBox(tr("Another device: a tablet"), parent)
    , m_api(api)
    , m_tablet(new FavoritesMergeSync(api, u"tablet"_s, this))
{
    setObjectName(u"simulatedTablet"_s);
    m_tablet->setRecorderScreen(u"control-room"_s);
    auto *layout = new QVBoxLayout(this);
    auto *help = new QLabel(tr("For the Favorites screen's Offline-first pattern: a second device "
                               "with its own copy. Take it offline, edit, and bring it back."));
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    m_online = new QCheckBox(tr("Tablet is o&nline"));
    m_online->setChecked(true);
    m_state = new QLabel;
    m_state->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setObjectName(u"tabletFavorites"_s);
    m_list->setAccessibleName(tr("The tablet's favorites"));
    m_list->setAccessibleDescription(tr("Space makes the selected item a favorite on the tablet, "
                                        "or not."));
    m_list->setMinimumHeight(140);
    FocusCurrentRow::install(m_list);
    m_heart = new QPushButton(tr("Give a &heart on the tablet"));
    m_heart->setToolTip(tr("One more heart for the selected item, counted on the tablet"));
    layout->addWidget(help);
    layout->addWidget(m_online);
    layout->addWidget(m_state);
    layout->addWidget(m_list);
    layout->addWidget(m_heart);

    connect(m_online, &QCheckBox::toggled, m_tablet,
            [this](bool online) { m_tablet->setAirplaneMode(!online); });
    connect(m_tablet, &FavoritesMergeSync::onlineChanged, m_online, &QCheckBox::setChecked);
    connect(m_tablet, &FavoritesMergeSync::changed, this, [this] {
        refreshList();
        updateState();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        const int id = item->data(itemIdRole).toInt();
        if ((item->checkState() == Qt::Checked) != m_tablet->isFavorite(id))
            m_tablet->toggle(id, titleOf(id));
    });
    connect(m_heart, &QPushButton::clicked, this, [this] {
        if (const int id = currentItem(); id > 0)
            m_tablet->addHeart(id, titleOf(id));
    });
    if (events) {
        connect(events, &EventStream::eventReceived, m_tablet, &FavoritesMergeSync::handleEvent);
    }
    updateState();
}

void SimulatedTabletBox::load()
{
    if (!m_api)
        return;
    ApiCall *call = m_api->fetchItems(ReadConsistency::Primary);
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        const auto *items = std::get_if<QList<CatalogItem>>(&result.payload);
        if (!items)
            return;
        m_filling = true;
        m_list->clear();
        for (const CatalogItem &c : *items) {
            auto *item = new QListWidgetItem(c.title, m_list);
            item->setData(itemIdRole, c.id);
            item->setData(titleRole, c.title);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_filling = false;
        if (m_list->count() > 0)
            FocusCurrentRow::setRow(m_list, m_list->model()->index(0, 0));
        m_tablet->start();
        refreshList();
    });
}

QString SimulatedTabletBox::titleOf(int itemId) const
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(itemIdRole).toInt() == itemId)
            return m_list->item(i)->data(titleRole).toString();
    return {};
}

int SimulatedTabletBox::currentItem() const
{
    const QModelIndex row = FocusCurrentRow::row(m_list);
    return row.isValid() ? row.data(itemIdRole).toInt() : 0;
}

void SimulatedTabletBox::refreshList()
{
    m_filling = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const int id = item->data(itemIdRole).toInt();
        const QString title = item->data(titleRole).toString();
        const quint64 hearts = m_tablet->hearts(id);
        item->setText(hearts > 0 ? u"%1  %2"_s.arg(title, FavoriteDelegate::heartsText(hearts))
                                 : title);
        item->setCheckState(m_tablet->isFavorite(id) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::AccessibleTextRole,
                      tr("%1, %2, %n heart(s)", nullptr, int(hearts))
                          .arg(title,
                               m_tablet->isFavorite(id) ? tr("favorite on the tablet")
                                                        : tr("not a favorite on the tablet")));
    }
    m_filling = false;
}

void SimulatedTabletBox::updateState()
{
    const int unmerged = m_tablet->unmergedCount();
    QString text;
    if (!m_tablet->isOnline())
        text = unmerged > 0 ? tr("Offline: %n change(s) kept on the tablet.", nullptr, unmerged)
                            : tr("Offline.");
    else if (m_tablet->phase() == FavoriteMergeState::Phase::Sending)
        text = tr("Merging with the server…");
    else if (m_tablet->phase() == FavoriteMergeState::Phase::Failed)
        text = tr("The server refused the tablet's copy.");
    else if (unmerged > 0)
        text = tr("%n change(s) waiting to merge.", nullptr, unmerged);
    else
        text = tr("In step with the server.");
    m_state->setText(text);
}

void SimulatedTabletBox::registerScenarioActions(ActionRegistry *registry)
{
    registry->registerAction(
        u"tablet.setOnline"_s, tr("Take the simulated tablet offline or online (args: online)"),
        [this](const QJsonObject &args, const ActionRegistry::Done &done) {
            if (!args.value(u"online"_s).isBool()) {
                done(false, tr("\"online\" must be true or false."));
                return;
            }
            const bool online = args.value(u"online"_s).toBool();
            m_tablet->setAirplaneMode(!online);
            done(true, online ? tr("The tablet is back online.") : tr("The tablet is offline."));
        });
    const auto edit = [this](bool heart) {
        return [this, heart](const QJsonObject &args, const ActionRegistry::Done &done) {
            const int id = args.value(u"itemId"_s).toInt(-1);
            const QString title = titleOf(id);
            if (title.isEmpty()) {
                done(false, tr("The tablet has no item %1.").arg(id));
                return;
            }
            if (heart) {
                m_tablet->addHeart(id, title);
                done(true, tr("On the tablet: gave \"%1\" a heart.").arg(title));
                return;
            }
            m_tablet->toggle(id, title);
            done(true,
                 m_tablet->isFavorite(id)
                     ? tr("On the tablet: made \"%1\" a favorite.").arg(title)
                     : tr("On the tablet: removed \"%1\" from favorites.").arg(title));
        };
    };
    registry->registerAction(u"tablet.toggle"_s,
                             tr("Tap the heart of an item on the simulated tablet (args: itemId)"),
                             edit(false));
    registry->registerAction(u"tablet.heart"_s,
                             tr("Give an item a heart on the simulated tablet (args: itemId)"),
                             edit(true));
    registry->registerExpectation(
        u"tablet.itemFavorite"_s,
        tr("The tablet shows an item in this favorite state, merged (args: itemId, favorite)"),
        [this](const QJsonObject &args) -> std::pair<bool, QString> {
            const int id = args.value(u"itemId"_s).toInt(-1);
            if (!args.value(u"favorite"_s).isBool())
                return {false, tr("\"favorite\" must be true or false.")};
            const bool shown = m_tablet->isFavorite(id);
            const bool merged = !m_tablet->state().isUnmerged(id);
            return {shown == args.value(u"favorite"_s).toBool() && merged,
                    tr("The tablet shows \"%1\" as %2%3")
                        .arg(titleOf(id), shown ? tr("a favorite") : tr("not a favorite"),
                             merged ? QString() : tr(", not merged yet"))};
        });
}
