#include "app/convergeapp.h"

#include "app/controlroom/controlroom.h"
#include "app/controlroom/telemetrydock.h"
#include "app/controlroom/timelinedock.h"
#include "app/feedbackrecorder.h"
#include "app/helpmenu.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/presenter/presentercaptionbar.h"
#include "app/presenter/presentermode.h"
#include "app/screens/favorites/favoritesscreen.h"
#include "app/screens/favorites/favoritessplit.h"
#include "app/screens/placeholderscreen.h"
#include "app/screens/profile/profilescreen.h"
#include "app/screens/profile/profilesplit.h"
#include "app/screens/transfer/transferscreen.h"
#include "app/screens/transfer/transfersplit.h"
#include "app/split/sidebyside.h"
#include "app/split/splitscreen.h"
#include "core/clock.h"
#include "mock_backend/server/embeddedbackend.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/connectionmonitor.h"
#include "models/client/eventstream.h"
#include "models/control/backendsettings.h"
#include "models/control/backendtimecontrol.h"
#include "models/control/heldanswers.h"
#include "models/session/presentercaption.h"
#include "models/session/replicalagseries.h"
#include "models/session/sessionexport.h"
#include "models/session/sessionrecorder.h"
#include "models/session/telemetry.h"
#include "models/transfer/transferoutbox.h"
#include "widgets/announcementlogmodel.h"
#include "widgets/announcementlogpanel.h"
#include "widgets/appearance.h"
#include "widgets/displaypreferences.h"
#include "widgets/notificationhistorypanel.h"
#include "widgets/statusannouncer.h"
#include "widgets/toastcenter.h"

#include <QAction>
#include <QActionGroup>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QStatusBar>

#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

ConvergeApp::ConvergeApp(CommandLineOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_sessionClock(std::make_unique<SteadyClock>())
    , m_window(std::make_unique<MainWindow>())
    , m_api(new ApiClient(QUrl(), this))
    , m_events(new EventStream(m_api, this))
    , m_connection(new ConnectionMonitor(m_api, this))
    , m_preferences(new DisplayPreferences(new QSettings(this), this))
    // Before any screen: they take colours from the application palette as they are built.
    , m_appearance(new Appearance(m_preferences, this))
    , m_toasts(new ToastCenter(m_window.get(), m_preferences))
    , m_announcer(new StatusAnnouncer(m_window.get(), this))
    , m_announcementLog(new AnnouncementLogModel(this))
{
    setUpFeedback();
    if (!m_options.token.isEmpty())
        m_api->setAccessToken(m_options.token);

    connect(m_connection, &ConnectionMonitor::stateChanged, m_window.get(),
            &MainWindow::setConnectionState);
    connect(m_connection, &ConnectionMonitor::stateChanged, this,
            &ConvergeApp::onConnectionStateChanged);

    m_recorder = new SessionRecorder(m_sessionClock.get(), 5000, this);
    m_recorder->observe(m_api);
    m_recorder->observe(m_events);
    new FeedbackRecorder(m_toasts, m_announcer, m_recorder, this);
    m_controlRoom = new ControlRoom(m_window.get(), m_api, m_events, m_recorder, this);
    // What happens to a held answer is said once, from the event that tells it.
    connect(m_controlRoom->heldAnswers(), &HeldAnswersModel::happened, this,
            [this](const QString &sentence) {
                m_announcer->announce(StatusAnnouncer::Kind::Info, sentence);
            });
    // Said once per change of speed, whoever changed it; a step says what it reached.
    connect(m_controlRoom->backendTime(), &BackendTimeControl::scaleChanged, this,
            [this](double scale) {
                const QString words = BackendTimeControl::statusWords(scale);
                m_announcer->announce(StatusAnnouncer::Kind::Info,
                                      words.isEmpty() ? tr("Backend back to normal speed.")
                                                      : words + u'.');
            });
    connect(m_controlRoom->backendTime(), &BackendTimeControl::stepped, this,
            [this](const QString &sentence) {
                m_announcer->announce(StatusAnnouncer::Kind::Info, sentence);
            });
    setUpTimelineAndTelemetry();
    setUpScreens();
    setUpPresenterMode();
    setUpHelp();
    // A windowed run with --scenario starts it as soon as the backend answers; a headless run is
    // driven by HeadlessRun instead.
    if (!m_options.scenarioFile.isEmpty() && !m_options.headless) {
        m_controlRoom->setScreenshotDir(m_options.outputDir);
        connect(
            this, &ConvergeApp::backendReady, this,
            [this] {
                QString error;
                if (!m_controlRoom->startScenarioFile(m_options.scenarioFile, &error))
                    QMessageBox::warning(m_window.get(), tr("This scenario can't be loaded"),
                                         tr("Nothing was changed.\n\n%1").arg(error));
            },
            Qt::SingleShotConnection);
    }
}

ConvergeApp::~ConvergeApp()
{
    // Screens and models still record their last steps as they go (an aborted read, a saved
    // draft); the recorder reads the session clock, a member that members' destruction would
    // take first. So everything that can record goes while the clock is still here: the window,
    // then our children, newest first.
    m_window.reset();
    while (!children().isEmpty())
        delete children().constLast();
}

void ConvergeApp::setUpPresenterMode()
{
    m_presenterCaption = new PresenterCaption(this);
    m_presenterCaption->observe(m_recorder);
    BackendSettings *settings = m_controlRoom->settings();
    connect(settings, &BackendSettings::changed, m_presenterCaption,
            [this, settings] { m_presenterCaption->setReplicaCount(settings->replicaCount()); });
    auto *bar = new PresenterCaptionBar(m_presenterCaption, m_controlRoom->backendTime(),
                                        m_controlRoom->heldAnswers());
    m_presenterMode =
        new PresenterMode(m_window.get(), bar, m_controlRoom->heldAnswers(), m_announcer, this);
}

void ConvergeApp::start()
{
    m_window->restoreLayout(!m_options.headless);
    m_window->show();
    if (!m_options.backendUrl.isEmpty()) {
        onBackendReady(m_options.backendUrl, false);
        return;
    }
    mock::BackendConfig config = mock::BackendConfig::defaults();
    if (m_options.seed)
        config.seed = *m_options.seed;
    m_embedded = new mock::EmbeddedBackend(config, this);
    m_embedded->setPostgres(m_options.postgres);
    connect(m_embedded, &mock::EmbeddedBackend::ready, this,
            [this](const QUrl &url) { onBackendReady(url, true); });
    connect(m_embedded, &mock::EmbeddedBackend::failed, this, &ConvergeApp::fatalError);
    m_embedded->start();
}

void ConvergeApp::onBackendReady(const QUrl &url, bool embedded)
{
    m_api->setBaseUrl(url);
    m_window->setBackendAddress(url, embedded);
    m_helpMenu->setBackend(url, embedded);
    m_connection->start();
    m_events->startFromNow();
    m_controlRoom->backendReady();
    m_lagSeries->start();
    Q_EMIT backendReady();
}

void ConvergeApp::refreshHealth()
{
    ApiCall *call = m_api->fetchHealth();
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (const Health *health = result.get<Health>()) {
            m_window->setSeed(health->seed);
            m_window->setStore(health->isPostgres());
            m_controlRoom->setPostgresStore(health->isPostgres());
            m_helpMenu->setSeed(health->seed);
        }
    });
}

void ConvergeApp::setUpFeedback()
{
    m_announcer->attachStatusBar(m_window->statusBar());
    m_announcementLog->attach(m_announcer);
    // Over the screens, never over the docks' charts and legends.
    m_toasts->setArea(m_window->toastArea());

    auto *history = new QDockWidget(tr("Notifications"));
    history->setObjectName(u"notificationsDock"_s);
    history->setWidget(new NotificationHistoryPanel(m_toasts));
    m_window->addDock(history, Qt::RightDockWidgetArea);
    connect(m_toasts, &ToastCenter::historyRequested, history, [history] {
        history->show();
        history->raise();
    });

    auto *heard = new QDockWidget(tr("What a screen reader hears"));
    heard->setObjectName(u"announcementsDock"_s);
    heard->setWidget(new AnnouncementLogPanel(m_announcementLog));
    m_window->addDock(heard, Qt::RightDockWidgetArea);
    m_window->tabifyDockWidget(history, heard);
    history->raise();

    // Display choices the kit honours (WCAG 2.2.1 and reduced motion).
    QMenu *display = m_window->viewMenu()->addMenu(tr("&Display"));
    QAction *reduceMotion = display->addAction(tr("Reduce &motion"));
    reduceMotion->setCheckable(true);
    reduceMotion->setChecked(m_preferences->reducedMotion());
    connect(reduceMotion, &QAction::toggled, m_preferences, &DisplayPreferences::setReducedMotion);
    QAction *keepToasts = display->addAction(tr("&Keep notifications until dismissed"));
    keepToasts->setCheckable(true);
    keepToasts->setChecked(!m_preferences->autoDismissToasts());
    connect(keepToasts, &QAction::toggled, m_preferences,
            [this](bool keep) { m_preferences->setAutoDismissToasts(!keep); });
    QMenu *durations = display->addMenu(tr("Notification &duration"));
    auto *group = new QActionGroup(durations);
    for (const double scale : {1.0, 2.0, 4.0}) {
        QAction *action = durations->addAction(tr("%1× as long").arg(scale));
        action->setCheckable(true);
        action->setChecked(qFuzzyCompare(m_preferences->toastDurationScale(), scale));
        group->addAction(action);
        connect(action, &QAction::triggered, m_preferences,
                [this, scale] { m_preferences->setToastDurationScale(scale); });
    }
    setUpAppearanceMenu();
    setUpLanguageMenu();
}

void ConvergeApp::setUpAppearanceMenu()
{
    // Light or dark, or as the desktop says; remembered, and applied at once.
    using Scheme = DisplayPreferences::ColorScheme;
    QMenu *appearance = m_window->viewMenu()->addMenu(tr("&Appearance"));
    appearance->setObjectName(u"appearanceMenu"_s);
    auto *group = new QActionGroup(appearance);
    const struct
    {
        Scheme scheme;
        QString text;
        QString name;
    } choices[] {{Scheme::System, tr("As the &system"), u"appearanceSystem"_s},
                 {Scheme::Light, tr("&Light"), u"appearanceLight"_s},
                 {Scheme::Dark, tr("&Dark"), u"appearanceDark"_s}};
    for (const auto &choice : choices) {
        QAction *action = appearance->addAction(choice.text);
        action->setObjectName(choice.name);
        action->setCheckable(true);
        action->setChecked(m_preferences->colorScheme() == choice.scheme);
        group->addAction(action);
        connect(action, &QAction::triggered, m_preferences,
                [this, scheme = choice.scheme] { m_preferences->setColorScheme(scheme); });
    }
}

void ConvergeApp::setUpLanguageMenu()
{
    // Remembered for the next start: the windows are built once, in the language of their start,
    // and rebuilding every screen and dock mid-session would lose what a workshop has on screen.
    QMenu *language = m_window->viewMenu()->addMenu(tr("&Language"));
    language->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(language);
    const Language::Choice saved = Language::saved(QSettings());
    for (const Language::Choice choice : Language::all()) {
        // Each language by its own name, so a person who can't read the current one finds theirs.
        const QString text = choice == Language::Choice::System ? tr("As the &system")
                                                                : Language::nativeName(choice);
        QAction *action = language->addAction(text);
        action->setObjectName(u"language_"_s + Language::key(choice));
        action->setCheckable(true);
        action->setChecked(choice == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] {
            QSettings settings;
            Language::save(settings, choice);
            m_announcer->announce(StatusAnnouncer::Kind::Info,
                                  tr("The language changes when Converge starts again."));
        });
    }
    language->addSeparator();
    QAction *note = language->addAction(tr("Takes effect when Converge starts again"));
    note->setEnabled(false);
}

void ConvergeApp::setUpTimelineAndTelemetry()
{
    m_telemetry = new Telemetry(this);
    // Confirmations on the backend's clock too, from the control room's readings of it.
    m_controlRoom->backendTime()->setSessionClock(m_sessionClock.get());
    m_telemetry->setBackendClock(&m_controlRoom->backendTime()->history(), m_sessionClock.get());
    m_lagSeries = new ReplicaLagSeries(m_api, m_sessionClock.get(), this);

    auto *timeline = new TimelineDock(m_recorder);
    m_window->addDock(timeline, Qt::BottomDockWidgetArea);
    auto *telemetry = new TelemetryDock(m_telemetry, m_lagSeries);
    m_window->addDock(telemetry, Qt::RightDockWidgetArea);

    connect(m_lagSeries, &ReplicaLagSeries::alarmChanged, m_window.get(),
            &MainWindow::setLagWarning);
    // Say it once when the alarm goes off or clears, not on every poll while it lasts.
    connect(m_lagSeries, &ReplicaLagSeries::alarmChanged, this,
            [this, raised = false](bool active, const QString &text) mutable {
                if (active == raised)
                    return;
                raised = active;
                m_announcer->announce(StatusAnnouncer::Kind::Info,
                                      active ? tr("Warning: replicas lagging. %1").arg(text)
                                             : tr("Replica lag is back under the alarm."));
            });

    QMenu *session = m_window->sessionMenu();
    auto *exportAction = new QAction(tr("&Export session…"), session);
    exportAction->setObjectName(u"exportSessionAction"_s);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setStatusTip(tr("Save every step of this session as JSON Lines to share or "
                                  "replay"));
    connect(exportAction, &QAction::triggered, this, &ConvergeApp::exportSession);
    QAction *first = session->actions().value(0);
    session->insertAction(first, exportAction);
    session->insertSeparator(first);
}

void ConvergeApp::setUpScreens()
{
    m_services.api = m_api;
    m_services.events = m_events;
    m_services.connection = m_connection;
    m_services.toasts = m_toasts;
    m_services.announcer = m_announcer;
    m_services.recorder = m_recorder;
    m_services.telemetry = m_telemetry;
    m_services.preferences = m_preferences;
    m_services.actions = m_controlRoom->registry();
    m_services.clock = m_sessionClock.get();

    m_favorites = new FavoritesScreen(m_services);
    m_favoritesSplit = new FavoritesSplit(m_favorites, m_services, this);
    m_window->addScreen(tr("Favorites"), tr("Optimistic toggles with rollback"),
                        m_favoritesSplit->view());
    m_profile = new ProfileScreen(m_services);
    m_profileSplit = new ProfileSplit(m_profile, m_services, this);
    m_window->addScreen(tr("Profile photo"), tr("Read-your-writes against a lagging replica"),
                        m_profileSplit->view());
    // Before the screen reads its outbox: one left where older versions kept it must not be lost.
    QString outboxError;
    if (!TransferOutbox::adoptOutbox(TransferOutbox::legacyPath(), TransferOutbox::defaultPath(),
                                     &outboxError))
        m_toasts->show(
            {ToastSpec::Style::Error, outboxError, ToastSpec::Action::None, std::nullopt});
    m_transfer = new TransferScreen(m_services);
    m_transferSplit = new TransferSplit(m_transfer, m_services, this);
    m_window->addScreen(tr("Money transfer"), tr("A transparent pending state, exactly once"),
                        m_transferSplit->view());

    // A scenario step that acts on a screen asks for it to be in front, as a person would have
    // it; the window decides how.
    MainWindow *window = m_window.get();
    connect(m_profile, &ProfileScreen::revealRequested, window,
            [window, screen = m_profile] { window->showScreen(screen); });
    connect(m_transfer, &TransferScreen::revealRequested, window,
            [window, screen = m_transfer] { window->showScreen(screen); });

    connect(this, &ConvergeApp::backendReady, m_favorites, &FavoritesScreen::start);
    connect(this, &ConvergeApp::backendReady, m_profile, &ProfileScreen::start);
    connect(this, &ConvergeApp::backendReady, m_transfer, &TransferScreen::start);
    for (ScreenSplit *split :
         std::initializer_list<ScreenSplit *> {m_favoritesSplit, m_profileSplit, m_transferSplit})
        connect(this, &ConvergeApp::backendReady, split, &ScreenSplit::start);
    setUpSideBySide();
}

void ConvergeApp::setUpSideBySide()
{
    // Before the presenter's entries: a way of showing the screen, as the docks are.
    m_sideBySide = new SideBySide(m_window.get(), m_announcer, this);
    m_sideBySide->addSplit(u"favorites"_s, m_favoritesSplit);
    m_sideBySide->addSplit(u"profile"_s, m_profileSplit);
    m_sideBySide->addSplit(u"transfer"_s, m_transferSplit);
    // Presenter mode has hidden the docks already, and brings them back itself.
    m_sideBySide->setPaused([this] { return m_presenterMode && m_presenterMode->isActive(); });
    m_sideBySide->registerScenarioAction(m_controlRoom->registry());
    if (m_options.split)
        m_sideBySide->show(*m_options.split);
}

void ConvergeApp::setUpHelp()
{
    m_helpMenu = new HelpMenu(m_window.get());
    m_helpMenu->setGuide(m_favoritesSplit->view(), u"favorites"_s);
    m_helpMenu->setGuide(m_profileSplit->view(), u"profile"_s);
    m_helpMenu->setGuide(m_transferSplit->view(), u"transfer"_s);
    connect(m_controlRoom->settings(), &BackendSettings::seedChanged, m_helpMenu,
            &HelpMenu::setSeed);
    // The toast center's own shortcut is in no menu; say what it does so the Help menu lists it.
    for (QShortcut *shortcut : m_window->findChildren<QShortcut *>()) {
        if (shortcut->key() == m_toasts->focusShortcut())
            shortcut->setWhatsThis(tr("Go to the newest notification, and back again"));
    }
}

void ConvergeApp::exportSession()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(u"converge-session-%1.jsonl"_s.arg(
        QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmm"_s)));
    const QString path = QFileDialog::getSaveFileName(
        m_window.get(), tr("Export session"), suggested, tr("JSON Lines (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    QJsonObject header {
        {u"backendUrl"_s, m_api->baseUrl().toString(QUrl::RemoveUserInfo)},
        {u"embeddedBackend"_s, m_embedded != nullptr},
        {u"clientId"_s, m_api->clientId()},
        {u"config"_s, m_controlRoom->settings()->config()},
    };
    if (m_controlRoom->settings()->seed() != 0)
        header.insert(u"seed"_s, static_cast<qint64>(m_controlRoom->settings()->seed()));
    QString error;
    if (!SessionExporter::write(path, *m_recorder, header, &error)) {
        QMessageBox::warning(m_window.get(), tr("The session could not be exported"), error);
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Session exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void ConvergeApp::onConnectionStateChanged(ConnectionMonitor::State state)
{
    switch (state) {
    case ConnectionMonitor::State::Online:
        refreshHealth();
        if (m_wasOffline) {
            m_wasOffline = false;
            // The offline toast is over: withdrawn, and replaced by the news that ended it.
            m_toasts->resolve(std::exchange(m_offlineToast, 0), tr("Back online"));
            m_toasts->show({ToastSpec::Style::Success, tr("You're back online."),
                            ToastSpec::Action::None, std::nullopt});
            m_announcer->announce(StatusAnnouncer::Kind::Info, tr("You're back online."));
        }
        break;
    case ConnectionMonitor::State::Offline:
        if (!m_wasOffline) {
            m_wasOffline = true;
            const QString text = tr("You're offline. Changes will be sent when you're back.");
            m_offlineToast = m_toasts->show(
                {ToastSpec::Style::Error, text, ToastSpec::Action::None, std::nullopt});
            m_announcer->announce(StatusAnnouncer::Kind::Offline, text);
        }
        break;
    case ConnectionMonitor::State::Connecting:
        break;
    }
}
