#include "app/screens/favorites/favoritesscreen.h"

#include "app/screens/favorites/favoritedelegate.h"
#include "app/screens/favorites/favoritesfeedback.h"
#include "app/screens/favorites/favoriteslistproxy.h"
#include "models/client/connectionmonitor.h"
#include "models/client/eventstream.h"
#include "models/sync/syncwords.h"
#include "widgets/appearance.h"
#include "widgets/displaypreferences.h"
#include "widgets/focuscurrentrow.h"
#include "widgets/glyphpainter.h"
#include "widgets/spinnerhold.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FavoritesScreen::FavoritesScreen(const SessionServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new FavoritesModel(services.api, this))
    , m_proxy(new FavoritesListProxy(this))
    , m_delegate(new FavoriteDelegate(this))
    , m_hold(new SpinnerHold(m_proxy, &FavoriteDelegate::spinsAt, this))
{
    setObjectName(u"favoritesScreen"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSpinnerHold(m_hold);
    buildUi();
    connectModel();
    connectServices();
    m_feedback = new FavoritesFeedback(m_model, m_services, this);
    if (m_services.actions)
        registerScenarioActions(m_services.actions);
}

void FavoritesScreen::connectModel()
{
    connect(m_delegate, &FavoriteDelegate::heartClicked, this, &FavoritesScreen::toggleAt);
    connect(m_delegate, &FavoriteDelegate::retryClicked, this, &FavoritesScreen::retryAt);
    connect(m_delegate, &FavoriteDelegate::heartsClicked, this, &FavoritesScreen::addHeartAt);
    connect(m_model, &FavoritesModel::onlineChanged, this, &FavoritesScreen::updateBanner);
    connect(m_model, &FavoritesModel::airplaneModeChanged, this, &FavoritesScreen::updateBanner);
    connect(m_model, &FavoritesModel::pendingCountChanged, this, [this] {
        updateBanner();
        updateSpinner();
    });
    connect(m_model, &FavoritesModel::patternChanged, this, [this] {
        updateSpinner();
        updateBanner();
    });
    connect(m_model, &FavoritesModel::flickered, this, [this] {
        m_flickerLabel->setText(tr("Heart flickers seen: %1").arg(m_model->flickerCount()));
    });
    connect(m_model, &FavoritesModel::loaded, this, [this] {
        m_loadError->hide();
        if (!FocusCurrentRow::row(m_list).isValid() && m_proxy->rowCount() > 0)
            FocusCurrentRow::setRow(m_list, m_proxy->index(0, 0));
    });
    connect(m_model, &FavoritesModel::loadFailed, this, [this](const QString &message) {
        m_loadError->setText(tr("The list could not be loaded: %1").arg(message));
        m_loadError->show();
    });
    connect(m_model, &FavoritesModel::refreshingChanged, this, [this](bool refreshing) {
        m_refreshButton->setText(refreshing ? tr("Refreshing…") : tr("&Refresh list"));
    });

    connect(&m_spinner, &SpinnerTicker::advanced, this, [this](qreal angle) {
        m_delegate->setSpinnerAngle(angle);
        m_list->viewport()->update();
    });
    m_delegate->setSpinnerHold(m_hold);
    connect(m_hold, &SpinnerHold::heldChanged, this, [this] {
        updateSpinner();
        m_list->viewport()->update();
    });
}

void FavoritesScreen::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(tr("<h2>Favorites</h2>"));
    heading->setTextFormat(Qt::RichText);
    auto *intro = new QLabel(tr("Tap a heart (or press Space) to make an item a favorite. Compare "
                                "waiting for the server with showing the change at once and "
                                "putting it back if the server says no."));
    intro->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(intro);

    // The pattern selector, with what each choice means in plain words.
    auto *patterns = new QGroupBox(tr("Pattern"));
    auto *patternLayout = new QVBoxLayout(patterns);
    m_waitButton = new QRadioButton(tr("&Wait for the server"));
    auto *waitHelp = new QLabel(tr("The heart shows a spinner and takes no clicks until the server "
                                   "answers. Nothing changes before that."));
    m_optimisticButton = new QRadioButton(tr("&Optimistic with rollback"));
    auto *optimisticHelp =
        new QLabel(tr("The heart changes the moment you click. \"Saving…\" appears only if the "
                      "server is slow; if it fails, the heart goes back and you can retry."));
    m_naiveBox = new QCheckBox(tr("&Naive refresh (no overlay, any replica)"));
    auto *naiveHelp =
        new QLabel(tr("For workshops: a refresh takes whatever a lagging replica says, so a "
                      "change you just made can flicker back."));
    m_flickerLabel = new QLabel(tr("Heart flickers seen: %1").arg(0));
    for (QLabel *help : {waitHelp, optimisticHelp, naiveHelp}) {
        help->setWordWrap(true);
        help->setIndent(24);
        help->setForegroundRole(QPalette::PlaceholderText);
    }
    m_waitButton->setAccessibleDescription(waitHelp->text());
    m_optimisticButton->setAccessibleDescription(optimisticHelp->text());
    m_naiveBox->setAccessibleDescription(naiveHelp->text());
    m_offlineFirstButton = new QRadioButton(tr("O&ffline-first (merge)"));
    auto *offlineFirstHelp = new QLabel(
        tr("Each device keeps its own copy, works offline and merges with the others: no "
           "change is lost. H gives a heart; hearts add up across devices."));
    m_airplaneBox = new QCheckBox(tr("This device is offline (&airplane mode)"));
    m_airplaneBox->setToolTip(tr("Keeps your edits on this device only, to try the merge with "
                                 "the control room's tablet."));
    m_airplaneBox->setAccessibleDescription(m_airplaneBox->toolTip());
    for (QLabel *help : {waitHelp, optimisticHelp, naiveHelp, offlineFirstHelp}) {
        help->setWordWrap(true);
        help->setIndent(24);
        help->setForegroundRole(QPalette::PlaceholderText);
    }
    m_waitButton->setAccessibleDescription(waitHelp->text());
    m_optimisticButton->setAccessibleDescription(optimisticHelp->text());
    m_offlineFirstButton->setAccessibleDescription(offlineFirstHelp->text());
    // Only the chosen pattern's line shows (a short window keeps its list); the others are in
    // their buttons' tooltips and descriptions.
    m_waitButton->setToolTip(waitHelp->text());
    m_optimisticButton->setToolTip(optimisticHelp->text());
    m_offlineFirstButton->setToolTip(offlineFirstHelp->text());
    m_waitHelp = waitHelp;
    m_optimisticHelp = optimisticHelp;
    m_offlineFirstHelp = offlineFirstHelp;
    m_naiveHelp = naiveHelp;
    m_naiveBox->setAccessibleDescription(naiveHelp->text());
    m_optimisticButton->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_waitButton);
    group->addButton(m_optimisticButton);
    group->addButton(m_offlineFirstButton);
    patternLayout->addWidget(m_optimisticButton);
    patternLayout->addWidget(optimisticHelp);
    patternLayout->addWidget(m_waitButton);
    patternLayout->addWidget(waitHelp);
    patternLayout->addWidget(m_offlineFirstButton);
    patternLayout->addWidget(offlineFirstHelp);
    patternLayout->addWidget(m_airplaneBox);
    patternLayout->addWidget(m_naiveBox);
    patternLayout->addWidget(naiveHelp);
    patternLayout->addWidget(m_flickerLabel);
    layout->addWidget(patterns);
    m_airplaneBox->hide();
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *button, bool on) {
        if (!on)
            return;
        m_model->setPattern(button == m_offlineFirstButton ? FavoritesModel::Pattern::OfflineFirst
                                : button == m_waitButton   ? FavoritesModel::Pattern::WaitForServer
                                                           : FavoritesModel::Pattern::Optimistic);
    });
    connect(m_naiveBox, &QCheckBox::toggled, m_model, &FavoritesModel::setNaiveRefresh);
    connect(m_airplaneBox, &QCheckBox::toggled, m_model, &FavoritesModel::setAirplaneMode);
    connect(m_model, &FavoritesModel::airplaneModeChanged, m_airplaneBox, &QCheckBox::setChecked);
    // Scenarios and tests may change the model directly: the controls follow it.
    connect(m_model, &FavoritesModel::patternChanged, this, &FavoritesScreen::showPattern);
    connect(m_model, &FavoritesModel::naiveRefreshChanged, m_naiveBox, &QCheckBox::setChecked);

    // The offline banner: words and a glyph, never colour alone.
    m_banner = new QFrame;
    m_banner->setObjectName(u"offlineBanner"_s);
    m_banner->setAutoFillBackground(true);
    // A role, not a colour taken once: it follows the palette into dark mode and back.
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    auto *bannerIcon = new QLabel;
    const auto paintBannerIcon = [bannerIcon] {
        bannerIcon->setPixmap(GlyphPainter::pixmap(
            Glyph::Offline, QApplication::palette().color(QPalette::WindowText), 20,
            bannerIcon->devicePixelRatioF()));
    };
    paintBannerIcon();
    Appearance::onPaletteChange(bannerIcon, paintBannerIcon);
    m_bannerText = new QLabel;
    m_bannerText->setWordWrap(true);
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();

    auto *tools = new QHBoxLayout;
    m_favoritesOnlyBox = new QCheckBox(tr("Show &favorites only"));
    connect(m_favoritesOnlyBox, &QCheckBox::toggled, this, &FavoritesScreen::setShowFavoritesOnly);
    m_refreshButton = new QPushButton(tr("&Refresh list"));
    m_refreshButton->setToolTip(tr("Reads the list again. With naive refresh it may come from a "
                                   "replica that has not caught up yet."));
    connect(m_refreshButton, &QPushButton::clicked, m_model, &FavoritesModel::refresh);
    tools->addWidget(m_favoritesOnlyBox);
    tools->addStretch(1);
    tools->addWidget(m_refreshButton);
    layout->addLayout(tools);

    m_loadError = new QLabel;
    m_loadError->setWordWrap(true);
    m_loadError->hide();
    layout->addWidget(m_loadError);

    m_list = new QListView;
    m_list->setObjectName(u"favoritesList"_s);
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMouseTracking(true);
    m_list->setAccessibleName(tr("Catalogue items"));
    m_list->setAccessibleDescription(
        tr("Space makes the selected item a favorite or not. R retries a change that could not "
           "be saved."));
    m_list->installEventFilter(this);
    FocusCurrentRow::install(m_list);
    layout->addWidget(m_list, 1);
    // Under the list: when it appears the list gives up its bottom, so no row moves under the
    // pointer and a click still lands on the row that was aimed at.
    layout->addWidget(m_banner);

    m_keys = new QLabel(tr("Space: favorite or not · R: retry · Ctrl+Shift+N: notifications"));
    m_keys->setForegroundRole(QPalette::PlaceholderText);
    m_keys->setWordWrap(true);
    layout->addWidget(m_keys);
    heading->setBuddy(m_list);
    showPattern(m_model->pattern());
}

void FavoritesScreen::connectServices()
{
    if (m_services.events) {
        connect(m_services.events, &EventStream::eventReceived, m_model,
                &FavoritesModel::handleEvent);
        connect(m_services.events, &EventStream::resyncNeeded, m_model, &FavoritesModel::resync);
    }
    if (m_services.connection) {
        connect(m_services.connection, &ConnectionMonitor::stateChanged, m_model,
                [this](ConnectionMonitor::State state) {
                    m_model->setOnline(state != ConnectionMonitor::State::Offline);
                });
    }
    if (m_services.preferences) {
        m_delegate->setReducedMotion(m_services.preferences->reducedMotion());
        connect(m_services.preferences, &DisplayPreferences::changed, this, [this] {
            m_delegate->setReducedMotion(m_services.preferences->reducedMotion());
            updateSpinner();
        });
    }
}

void FavoritesScreen::start()
{
    m_model->refresh();
}

void FavoritesScreen::setShowFavoritesOnly(bool only)
{
    if (m_favoritesOnlyBox->isChecked() != only)
        m_favoritesOnlyBox->setChecked(only);
    m_proxy->setFilterFixedString(only ? u"true"_s : QString());
    // The filter may have taken the current row away; Space must still have one to act on.
    FocusCurrentRow::ensureRow(m_list);
}

void FavoritesScreen::selectItem(int itemId)
{
    const int row = m_model->rowOfItem(itemId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
    if (!index.isValid())
        return;
    FocusCurrentRow::setRow(m_list, index);
    m_list->scrollTo(index);
}

void FavoritesScreen::toggleAt(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    FocusCurrentRow::setRow(m_list, proxyIndex);
    toggleByPerson(proxyIndex.data(FavoritesModel::ItemIdRole).toInt());
}

bool FavoritesScreen::toggleByPerson(int itemId)
{
    // What the person sees is what they act on (FavoritesModel::toggle).
    const bool favorite = !m_model->isFavorite(itemId).value_or(true);
    if (!m_model->toggle(itemId))
        return false;
    Q_EMIT toggledByPerson(itemId, favorite);
    return true;
}

bool FavoritesScreen::applyMirroredToggle(int itemId, bool favorite)
{
    const std::optional<bool> shown = m_model->isFavorite(itemId);
    if (!shown || *shown == favorite || !m_model->toggle(itemId))
        return false;
    // The same row is current in both panes, so Space goes on acting on the same item.
    const int row = m_model->rowOfItem(itemId);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
    if (index.isValid())
        FocusCurrentRow::setRow(m_list, index); // without an accessibility event: no focus here
    return true;
}

void FavoritesScreen::setPane(const QString &pane, const QString &title)
{
    m_feedback->setPane(pane, title);
}

QString FavoritesScreen::patternKey(FavoritesModel::Pattern pattern)
{
    switch (pattern) {
    case FavoritesModel::Pattern::WaitForServer:
        return u"wait"_s;
    case FavoritesModel::Pattern::Optimistic:
        return u"optimistic"_s;
    case FavoritesModel::Pattern::OfflineFirst:
        return u"offline-first"_s;
    }
    return {};
}

std::optional<FavoritesModel::Pattern> FavoritesScreen::patternFromKey(const QString &key)
{
    for (const auto pattern :
         {FavoritesModel::Pattern::WaitForServer, FavoritesModel::Pattern::Optimistic,
          FavoritesModel::Pattern::OfflineFirst}) {
        if (key == patternKey(pattern))
            return pattern;
    }
    return std::nullopt;
}

QString FavoritesScreen::patternTitle(FavoritesModel::Pattern pattern)
{
    switch (pattern) {
    case FavoritesModel::Pattern::WaitForServer:
        return tr("Wait for the server");
    case FavoritesModel::Pattern::Optimistic:
        return tr("Optimistic with rollback");
    case FavoritesModel::Pattern::OfflineFirst:
        return tr("Offline-first (merge)");
    }
    return {};
}

void FavoritesScreen::addHeartAt(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    FocusCurrentRow::setRow(m_list, proxyIndex);
    m_model->addHeart(proxyIndex.data(FavoritesModel::ItemIdRole).toInt());
}

void FavoritesScreen::showPattern(FavoritesModel::Pattern pattern)
{
    const bool merging = pattern == FavoritesModel::Pattern::OfflineFirst;
    (merging                                              ? m_offlineFirstButton
         : pattern == FavoritesModel::Pattern::Optimistic ? m_optimisticButton
                                                          : m_waitButton)
        ->setChecked(true);
    m_airplaneBox->setVisible(merging);
    m_waitHelp->setVisible(pattern == FavoritesModel::Pattern::WaitForServer);
    m_optimisticHelp->setVisible(pattern == FavoritesModel::Pattern::Optimistic);
    m_offlineFirstHelp->setVisible(merging);
    m_naiveHelp->setVisible(!merging);
    // The naive refresh reads the classic list; the merged copy has no replica to lag.
    m_naiveBox->setEnabled(!merging);
    m_keys->setText(merging
                        ? tr("Space: favorite or not · H: give a heart · R: retry · "
                             "Ctrl+Shift+N: notifications")
                        : tr("Space: favorite or not · R: retry · Ctrl+Shift+N: notifications"));
    m_list->setAccessibleDescription(
        merging ? tr("Space makes the selected item a favorite or not. H gives it a heart. R "
                     "retries a sync the server refused.")
                : tr("Space makes the selected item a favorite or not. R retries a change that "
                     "could not be saved."));
}

void FavoritesScreen::retryAt(const QModelIndex &proxyIndex)
{
    if (proxyIndex.isValid())
        m_model->retry(proxyIndex.data(FavoritesModel::ItemIdRole).toInt());
}

bool FavoritesScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() == Qt::Key_Space) {
                toggleAt(FocusCurrentRow::row(m_list));
                return true;
            }
            if (key->key() == Qt::Key_R) {
                retryAt(FocusCurrentRow::row(m_list));
                return true;
            }
            if (key->key() == Qt::Key_H
                && m_model->pattern() == FavoritesModel::Pattern::OfflineFirst) {
                addHeartAt(FocusCurrentRow::row(m_list));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FavoritesScreen::updateBanner()
{
    const bool merging = m_model->pattern() == FavoritesModel::Pattern::OfflineFirst;
    const bool airplane = merging && m_model->airplaneMode();
    const bool offline = !m_model->isOnline() || airplane;
    if (offline) {
        const int waiting = m_model->waitingToSendCount();
        QString text = merging ? tr("This device is offline. Your changes stay here and merge "
                                    "with your other devices when it is back online.")
                               : SyncWords::offlineLongText();
        if (waiting > 0)
            text += u' '
                + (merging ? tr("%n change(s) kept on this device.", nullptr, waiting)
                           : tr("%n change(s) waiting to be sent.", nullptr, waiting));
        m_bannerText->setText(text);
        m_banner->setAccessibleName(text);
    }
    m_banner->setVisible(offline);
}

void FavoritesScreen::updateSpinner()
{
    const bool reduced = m_services.preferences && m_services.preferences->reducedMotion();
    m_spinner.setRunning(m_model->pendingCount() > 0 || m_hold->hasHeld(), reduced);
}
