#include "app/screens/favorites/favoritesscreen.h"
#include "models/sync/syncwords.h"

#include "app/screens/favorites/favoritedelegate.h"
#include "models/client/apiclient.h"
#include "models/client/connectionmonitor.h"
#include "models/client/eventstream.h"
#include "models/control/actionregistry.h"
#include "models/session/sessionrecorder.h"
#include "models/session/telemetry.h"
#include "widgets/displaypreferences.h"
#include "widgets/glyphpainter.h"
#include "widgets/statusannouncer.h"
#include "widgets/syncstatestyle.h"
#include "widgets/toastcenter.h"

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

FavoritesScreen::FavoritesScreen(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_model(new FavoritesModel(api, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_delegate(new FavoriteDelegate(this))
{
    setObjectName(u"favoritesScreen"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(FavoritesModel::FavoriteRole);
    m_proxy->setDynamicSortFilter(true);
    buildUi();

    connect(m_delegate, &FavoriteDelegate::heartClicked, this, &FavoritesScreen::toggleAt);
    connect(m_delegate, &FavoriteDelegate::retryClicked, this, &FavoritesScreen::retryAt);
    connect(m_model, &FavoritesModel::onlineChanged, this, &FavoritesScreen::updateBanner);
    connect(m_model, &FavoritesModel::pendingCountChanged, this, [this] {
        updateBanner();
        updateSpinner();
    });
    connect(m_model, &FavoritesModel::patternChanged, this, &FavoritesScreen::updateSpinner);
    connect(m_model, &FavoritesModel::flickered, this, [this] {
        m_flickerLabel->setText(tr("Heart flickers seen: %1").arg(m_model->flickerCount()));
    });
    connect(m_model, &FavoritesModel::loaded, this, [this] {
        m_loadError->hide();
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
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
    m_optimisticButton->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_waitButton);
    group->addButton(m_optimisticButton);
    patternLayout->addWidget(m_optimisticButton);
    patternLayout->addWidget(optimisticHelp);
    patternLayout->addWidget(m_waitButton);
    patternLayout->addWidget(waitHelp);
    patternLayout->addWidget(m_naiveBox);
    patternLayout->addWidget(naiveHelp);
    patternLayout->addWidget(m_flickerLabel);
    layout->addWidget(patterns);
    connect(m_optimisticButton, &QRadioButton::toggled, this, [this](bool optimistic) {
        m_model->setPattern(optimistic ? FavoritesModel::Pattern::Optimistic
                                       : FavoritesModel::Pattern::WaitForServer);
    });
    connect(m_naiveBox, &QCheckBox::toggled, m_model, &FavoritesModel::setNaiveRefresh);
    // Scenarios and tests may change the model directly: the controls follow it.
    connect(m_model, &FavoritesModel::patternChanged, this, [this](FavoritesModel::Pattern p) {
        (p == FavoritesModel::Pattern::Optimistic ? m_optimisticButton : m_waitButton)
            ->setChecked(true);
    });
    connect(m_model, &FavoritesModel::naiveRefreshChanged, m_naiveBox, &QCheckBox::setChecked);

    // The offline banner: words and a glyph, never colour alone.
    m_banner = new QFrame;
    m_banner->setObjectName(u"offlineBanner"_s);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::AlternateBase));
    m_banner->setPalette(bannerPalette);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    auto *bannerIcon = new QLabel;
    bannerIcon->setPixmap(GlyphPainter::pixmap(
        Glyph::Offline, palette().color(QPalette::WindowText), 20, devicePixelRatioF()));
    m_bannerText = new QLabel;
    m_bannerText->setWordWrap(true);
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();
    layout->addWidget(m_banner);

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
    layout->addWidget(m_list, 1);

    auto *keys = new QLabel(tr("Space: favorite or not · R: retry · Ctrl+Shift+N: notifications"));
    keys->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(keys);
    heading->setBuddy(m_list);
}

void FavoritesScreen::attach(const Services &services)
{
    m_services = services;
    m_model->setRecorder(services.recorder);
    if (services.events) {
        connect(services.events, &EventStream::eventReceived, m_model,
                &FavoritesModel::handleEvent);
        connect(services.events, &EventStream::resyncNeeded, m_model, &FavoritesModel::resync);
    }
    if (services.connection) {
        connect(services.connection, &ConnectionMonitor::stateChanged, m_model,
                [this](ConnectionMonitor::State state) {
                    m_model->setOnline(state != ConnectionMonitor::State::Offline);
                });
    }
    if (services.preferences) {
        m_delegate->setReducedMotion(services.preferences->reducedMotion());
        connect(services.preferences, &DisplayPreferences::changed, this, [this] {
            m_delegate->setReducedMotion(m_services.preferences->reducedMotion());
            updateSpinner();
        });
    }

    const QString operation = QLatin1String(telemetryOperation);
    connect(
        m_model, &FavoritesModel::rolledBack, this,
        [this](int itemId, const QString &, const QString &message, bool canRetry,
               const QString &correlationId) {
            record(TimelineEvent::Kind::RolledBack, correlationId, message);
            if (m_services.telemetry)
                m_services.telemetry->countRollback(QLatin1String(telemetryOperation));
            if (m_services.announcer)
                m_services.announcer->announce(StatusAnnouncer::Kind::RolledBack, message);
            if (m_services.toasts) {
                const ToastSpec spec {ToastSpec::Style::Error, message,
                                      canRetry ? ToastSpec::Action::Retry : ToastSpec::Action::None,
                                      std::nullopt};
                m_services.toasts->show(spec, m_model, [this, itemId] { m_model->retry(itemId); });
                record(TimelineEvent::Kind::ToastShown, correlationId, message);
            }
        });
    connect(m_model, &FavoritesModel::confirmed, this,
            [this](int itemId, const QString &correlationId) {
                record(TimelineEvent::Kind::Confirmed, correlationId,
                       tr("\"%1\" saved").arg(m_model->titleOf(itemId)));
            });
    connect(m_model, &FavoritesModel::confirmedBatch, this, [this](int count) {
        // The announcer folds these into one polite "N changes saved".
        if (m_services.announcer) {
            for (int i = 0; i < count; ++i)
                m_services.announcer->announce(StatusAnnouncer::Kind::Saved);
        }
    });
    connect(m_model, &FavoritesModel::outcomeUnknown, this,
            [this](int itemId, const QString &correlationId) {
                record(TimelineEvent::Kind::OutcomeUnknown, correlationId,
                       tr("No answer for \"%1\": checking").arg(m_model->titleOf(itemId)));
                if (m_services.telemetry)
                    m_services.telemetry->countLostResponse(QLatin1String(telemetryOperation));
            });
    connect(m_model, &FavoritesModel::changedElsewhere, this,
            [this](int, const QString &title, bool favorite) {
                const QString text = favorite
                    ? tr("\"%1\" was made a favorite on another device.").arg(title)
                    : tr("\"%1\" was removed from favorites on another device.").arg(title);
                record(TimelineEvent::Kind::Info, {}, text);
                if (m_services.announcer)
                    m_services.announcer->announce(StatusAnnouncer::Kind::Info, text);
            });
    connect(m_model, &FavoritesModel::conflict, this,
            [this](int, const QString &, const QString &message, bool yoursKept,
                   const QString &correlationId) {
                record(TimelineEvent::Kind::Conflict, correlationId, message);
                if (m_services.telemetry)
                    m_services.telemetry->countConflict(QLatin1String(telemetryOperation));
                if (m_services.announcer)
                    m_services.announcer->announce(StatusAnnouncer::Kind::Conflict, message);
                if (m_services.toasts && !yoursKept)
                    m_services.toasts->show(
                        {ToastSpec::Style::Info, message, ToastSpec::Action::None, std::nullopt});
            });
    connect(m_model, &FavoritesModel::offlineQueued, this, [this](int itemId, int) {
        record(TimelineEvent::Kind::Info, {},
               tr("Offline: \"%1\" will be sent when the connection is back")
                   .arg(m_model->titleOf(itemId)));
    });
    connect(m_model, &FavoritesModel::flickered, this, [this] {
        if (m_services.telemetry)
            m_services.telemetry->countFlicker(QLatin1String(telemetryOperation));
    });
    connect(m_model, &FavoritesModel::feedbackMeasured, this, [this, operation](qint64 ms) {
        if (m_services.telemetry)
            m_services.telemetry->recordFeedback(operation, ms);
    });
    connect(m_model, &FavoritesModel::confirmationMeasured, this, [this, operation](qint64 ms) {
        if (m_services.telemetry)
            m_services.telemetry->recordConfirmation(operation, ms);
    });
}

void FavoritesScreen::start()
{
    m_model->refresh();
}

void FavoritesScreen::record(TimelineEvent::Kind kind, const QString &correlationId,
                             const QString &text)
{
    if (!m_services.recorder)
        return;
    TimelineEvent event;
    event.correlationId = correlationId;
    event.screen = QLatin1String(screenId);
    event.kind = kind;
    event.text = text;
    m_services.recorder->record(std::move(event));
}

void FavoritesScreen::setShowFavoritesOnly(bool only)
{
    if (m_favoritesOnlyBox->isChecked() != only)
        m_favoritesOnlyBox->setChecked(only);
    m_proxy->setFilterFixedString(only ? u"true"_s : QString());
}

void FavoritesScreen::selectItem(int itemId)
{
    const int row = m_model->rowOfItem(itemId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void FavoritesScreen::toggleAt(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    m_list->setCurrentIndex(proxyIndex);
    m_model->toggle(proxyIndex.data(FavoritesModel::ItemIdRole).toInt());
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
                toggleAt(m_list->currentIndex());
                return true;
            }
            if (key->key() == Qt::Key_R) {
                retryAt(m_list->currentIndex());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FavoritesScreen::updateBanner()
{
    const bool offline = !m_model->isOnline();
    if (offline) {
        const int waiting = m_model->waitingToSendCount();
        QString text = SyncWords::offlineLongText();
        if (waiting > 0)
            text += u' '
                + (waiting == 1 ? tr("1 change waiting to be sent.")
                                : tr("%1 changes waiting to be sent.").arg(waiting));
        m_bannerText->setText(text);
        m_banner->setAccessibleName(text);
    }
    m_banner->setVisible(offline);
}

void FavoritesScreen::updateSpinner()
{
    const bool reduced = m_services.preferences && m_services.preferences->reducedMotion();
    m_spinner.setRunning(m_model->pendingCount() > 0, reduced);
}

void FavoritesScreen::registerScenarioActions(ActionRegistry *registry)
{
    registry->registerAction(
        u"favorites.toggle"_s, tr("Tap the heart of an item (args: itemId)"),
        [this](const QJsonObject &args, const ActionRegistry::Done &done) {
            const int itemId = args.value(u"itemId"_s).toInt(-1);
            const QString title = m_model->titleOf(itemId);
            if (title.isEmpty()) {
                done(false, tr("There is no item %1 in the list.").arg(itemId));
                return;
            }
            selectItem(itemId);
            if (!m_model->toggle(itemId)) {
                done(false,
                     tr("The heart of \"%1\" is waiting for the server and takes no "
                        "clicks.")
                         .arg(title));
                return;
            }
            done(true,
                 m_model->isFavorite(itemId).value_or(false)
                     ? tr("Tapped the heart of \"%1\": it shows as a favorite.").arg(title)
                     : tr("Tapped the heart of \"%1\": it shows as not a favorite.").arg(title));
        });
    registry->registerExpectation(
        u"favorites.itemFavorite"_s,
        tr("An item shows this favorite state and nothing is pending (args: itemId, favorite)"),
        [this](const QJsonObject &args) -> std::pair<bool, QString> {
            const int itemId = args.value(u"itemId"_s).toInt(-1);
            if (!args.value(u"favorite"_s).isBool())
                return {false, tr("\"favorite\" must be true or false.")};
            const bool wanted = args.value(u"favorite"_s).toBool();
            const std::optional<bool> shown = m_model->isFavorite(itemId);
            if (!shown)
                return {false, tr("There is no item %1 in the list.").arg(itemId)};
            const SyncState state = m_model->syncState(itemId);
            const bool settled = state == SyncState::Confirmed || state == SyncState::Conflict;
            const QString found =
                tr("\"%1\" shows %2, %3")
                    .arg(m_model->titleOf(itemId), *shown ? tr("a favorite") : tr("not a favorite"),
                         SyncWords::shortText(state));
            return {*shown == wanted && settled, found};
        });
}
