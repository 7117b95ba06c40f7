#include "app/mainwindow.h"

#include "widgets/focuscurrentrow.h"
#include "widgets/focusring.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget)
    , m_screens(new QStackedWidget)
    , m_connectionLabel(new QLabel)
    , m_addressLabel(new QLabel)
    , m_seedLabel(new QLabel)
    , m_storeLabel(new QLabel)
{
    setWindowTitle(tr("Converge"));
    setObjectName(u"mainWindow"_s);
    setDockNestingEnabled(true);

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Screens"));
    m_navigation->setAccessibleDescription(
        tr("Choose the pattern to explore. Ctrl+1, Ctrl+2 and Ctrl+3 switch directly."));
    m_navigation->setSpacing(2);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMinimumWidth(130);
    m_navigation->setMaximumWidth(180);
    m_screens->setObjectName(u"screens"_s);

    auto *splitter = new QSplitter;
    // Room around the list for the focus ring (widgets/focusring.h).
    auto *navigationFrame = new QWidget;
    auto *navigationLayout = new QHBoxLayout(navigationFrame);
    navigationLayout->setContentsMargins(3, 3, 3, 3);
    navigationLayout->addWidget(m_navigation);
    splitter->addWidget(navigationFrame);
    splitter->addWidget(m_screens);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *central = new QWidget;
    central->setObjectName(u"central"_s);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    FocusCurrentRow::install(m_navigation);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::bringToFront);
    new FocusRing(this);
    setUpPaneKeys();

    m_sessionMenu = menuBar()->addMenu(tr("&Session"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *quit = m_sessionMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_sessionMenu->addSeparator();

    m_connectionLabel->setObjectName(u"connectionState"_s);
    m_addressLabel->setObjectName(u"backendAddress"_s);
    m_seedLabel->setObjectName(u"backendSeed"_s);
    m_addressLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storeLabel->setObjectName(u"backendStore"_s);
    m_storeLabel->hide();
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->addPermanentWidget(m_seedLabel);
    statusBar()->addPermanentWidget(m_addressLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    setConnectionState(ConnectionMonitor::State::Connecting);
    m_lagWarningLabel = new QLabel(this);
    m_lagWarningLabel->setObjectName(u"lagWarning"_s);
    m_lagWarningLabel->hide();
    statusBar()->insertPermanentWidget(0, m_lagWarningLabel);
    m_backendTimeLabel = new QLabel(this);
    m_backendTimeLabel->setObjectName(u"backendTimeIndicator"_s);
    m_backendTimeLabel->hide();
    statusBar()->insertPermanentWidget(1, m_backendTimeLabel);
    m_seedLabel->setText(tr("Seed —"));
    m_addressLabel->setText(tr("Starting backend…"));

    resize(1440, 900);
}

void MainWindow::addScreen(const QString &title, const QString &description, QWidget *screen)
{
    const int index = m_screens->addWidget(screen);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setToolTip(description);
    item->setData(Qt::AccessibleDescriptionRole, description);
    item->setSizeHint(QSize(0, 36));
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
    shortcut->setWhatsThis(tr("Show the %1 screen").arg(title)); // the Help menu lists it
    connect(shortcut, &QShortcut::activated, this, [this, index] { showScreen(index); });
    if (index == 0)
        showScreen(0);
}

void MainWindow::showScreen(int index)
{
    // Ctrl+2 with focus in a screen must not read the navigation list out as if focus moved.
    FocusCurrentRow::setRow(m_navigation, m_navigation->model()->index(index, 0));
    bringToFront(index);
}

void MainWindow::bringToFront(int index)
{
    if (index < 0 || index >= m_screens->count() || index == m_front)
        return;
    m_front = index;
    m_screens->setCurrentIndex(index);
    Q_EMIT screenChanged(index);
}

void MainWindow::showScreen(QWidget *screen)
{
    // A screen may sit inside its page (a split view holds it as its left pane).
    for (int index = 0; index < m_screens->count(); ++index) {
        QWidget *page = m_screens->widget(index);
        if (page == screen || page->isAncestorOf(screen)) {
            showScreen(index);
            return;
        }
    }
}

int MainWindow::screenCount() const
{
    return m_screens->count();
}

QWidget *MainWindow::toastArea() const
{
    return m_screens;
}

QWidget *MainWindow::screenAt(int index) const
{
    return m_screens->widget(index);
}

QWidget *MainWindow::currentScreen() const
{
    return m_screens->currentWidget();
}

void MainWindow::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
    // A dock tabbed behind another stays "visible" at off-screen coordinates, its controls in
    // the Tab chain; hiding its content takes them out until its tab is chosen.
    connect(dock, &QDockWidget::visibilityChanged, dock, [dock](bool visible) {
        if (dock->widget())
            dock->widget()->setVisible(visible);
    });
}

void MainWindow::setTopBar(QWidget *bar)
{
    auto *layout = static_cast<QVBoxLayout *>(centralWidget()->layout());
    if (m_topBar)
        layout->removeWidget(m_topBar);
    m_topBar = bar;
    if (bar)
        layout->insertWidget(0, bar);
}

void MainWindow::setBackendAddress(const QUrl &url, bool embedded)
{
    const QString address = url.toDisplayString(QUrl::RemoveUserInfo);
    m_addressLabel->setText(embedded ? tr("Embedded backend %1").arg(address)
                                     : tr("Backend %1").arg(address));
    m_addressLabel->setAccessibleName(m_addressLabel->text());
}

void MainWindow::setSeed(quint64 seed)
{
    m_seedLabel->setText(tr("Seed %1").arg(seed));
    m_seedLabel->setAccessibleName(m_seedLabel->text());
}

void MainWindow::setStore(bool postgres)
{
    // The simulation is the usual case and needs no word; a real database does.
    m_storeLabel->setVisible(postgres);
    m_storeLabel->setText(tr("PostgreSQL"));
    m_storeLabel->setToolTip(tr("The data lives in a real PostgreSQL primary and its streaming "
                                "replicas; their lag and pauses are real."));
    m_storeLabel->setAccessibleName(tr("Store: PostgreSQL"));
}

void MainWindow::setConnectionState(ConnectionMonitor::State state)
{
    // A symbol and a word, never colour alone.
    switch (state) {
    case ConnectionMonitor::State::Connecting:
        m_connectionLabel->setText(tr("◌ Connecting…"));
        break;
    case ConnectionMonitor::State::Online:
        m_connectionLabel->setText(tr("● Connected"));
        break;
    case ConnectionMonitor::State::Offline:
        m_connectionLabel->setText(tr("⚠ Offline"));
        break;
    }
    m_connectionLabel->setAccessibleName(m_connectionLabel->text().mid(2));
}

void MainWindow::setBackendTimeWords(const QString &words, const QString &sign)
{
    m_backendTimeLabel->setVisible(!words.isEmpty());
    m_backendTimeLabel->setText(sign.isEmpty() ? words : sign + u' ' + words);
    m_backendTimeLabel->setAccessibleName(words);
}

void MainWindow::setLagWarning(bool active, const QString &text)
{
    QStatusBar *bar = statusBar();
    if (!active) {
        m_lagWarningLabel->hide();
        m_lagWarningLabel->clear();
        bar->setPalette(QPalette()); // back to the window's own colours
        bar->setAutoFillBackground(false);
        return;
    }
    // Colour is the third signal, after the sign and the words.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette warning = palette();
    warning.setColor(QPalette::Window, dark ? QColor(0x4a, 0x3a, 0x00) : QColor(0xff, 0xf4, 0xce));
    warning.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0xe9, 0xa8) : QColor(0x4a, 0x30, 0x00));
    bar->setPalette(warning);
    bar->setAutoFillBackground(true);
    QFont bold = m_lagWarningLabel->font();
    bold.setBold(true);
    m_lagWarningLabel->setFont(bold);
    m_lagWarningLabel->setText(tr("⚠ Replicas lagging: %1").arg(text));
    m_lagWarningLabel->setAccessibleName(tr("Warning: replicas lagging. %1").arg(text));
    m_lagWarningLabel->show();
}

void MainWindow::arrangeDefaultLayout()
{
    // The screen in the middle keeps its full height: the story (timeline, notifications, what a
    // screen reader hears) shares the right column with the numbers (telemetry) below it.
    auto dock = [this](QLatin1StringView name) { return findChild<QDockWidget *>(name); };
    QDockWidget *timeline = dock("timelineDock"_L1);
    QDockWidget *telemetry = dock("telemetryDock"_L1);
    QDockWidget *notifications = dock("notificationsDock"_L1);
    QDockWidget *announcements = dock("announcementsDock"_L1);
    if (!timeline)
        return;
    addDockWidget(Qt::RightDockWidgetArea, timeline);
    if (telemetry)
        splitDockWidget(timeline, telemetry, Qt::Vertical);
    for (QDockWidget *tab : {notifications, announcements}) {
        if (tab)
            tabifyDockWidget(timeline, tab);
    }
    timeline->raise();
    resizeDocks({timeline}, {430}, Qt::Horizontal);
    if (QDockWidget *scenario = dock("scenarioDock"_L1))
        resizeDocks({scenario}, {150}, Qt::Vertical);
}

void MainWindow::restoreLayout(bool includeSaved)
{
    arrangeDefaultLayout();
    if (!includeSaved)
        return;
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    event->accept();
}
