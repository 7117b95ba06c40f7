// The Help menu of the real window: shortcuts read from the window itself, the guide of the
// screen in front, the bundled documentation, and About with what a bug report needs.

#include "app/convergeapp.h"
#include "app/helpmenu.h"
#include "app/mainwindow.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

class TestHelpMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menuOffersEverything();
    void shortcutsComeFromTheWindow_data();
    void shortcutsComeFromTheWindow();
    void guideFollowsTheScreenInFront_data();
    void guideFollowsTheScreenInFront();
    void everyPageIsBundled();
    void pageListIsCurrentOnlyWithFocus();
    void aboutNamesVersionQtBackendAndSeed();
};

void TestHelpMenu::initTestCase()
{
    QCoreApplication::setOrganizationName(u"converge-tests"_s);
    QCoreApplication::setApplicationName(u"tst_helpmenu"_s);
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
}

void TestHelpMenu::menuOffersEverything()
{
    ConvergeApp app(CommandLineOptions {});
    QStringList names;
    for (const QAction *action : app.window()->helpMenu()->actions()) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    QCOMPARE(names,
             (QStringList {u"helpGuideAction"_s, u"helpDocsAction"_s, u"helpShortcutsAction"_s,
                           u"helpAboutAction"_s}));
    auto *guide = app.window()->findChild<QAction *>(u"helpGuideAction"_s);
    QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
}

void TestHelpMenu::shortcutsComeFromTheWindow_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("what");
    const auto native = [](const QKeySequence &key) {
        return key.toString(QKeySequence::NativeText);
    };
    QTest::newRow("screen 1") << native(QKeySequence(Qt::CTRL | Qt::Key_1))
                              << u"Show the Favorites screen"_s;
    QTest::newRow("screen 3") << native(QKeySequence(Qt::CTRL | Qt::Key_3))
                              << u"Show the Money transfer screen"_s;
    QTest::newRow("export") << native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E))
                            << u"Session › Export session"_s;
    QTest::newRow("open scenario") << native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O))
                                   << u"Scenarios › Open scenario file"_s;
    QTest::newRow("guide") << native(QKeySequence(QKeySequence::HelpContents))
                           << u"Help › Pattern guide for this screen"_s;
    QTest::newRow("toasts") << native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N))
                            << u"Go to the newest notification, and back again"_s;
    QTest::newRow("retry in a row") << u"R"_s
                                    << u"Favorites › Retry the focused row's change that could "
                                       "not be saved"_s;
}

void TestHelpMenu::shortcutsComeFromTheWindow()
{
    QFETCH(QString, keys);
    QFETCH(QString, what);
    ConvergeApp app(CommandLineOptions {});
    QDialog *dialog = app.helpMenu()->showShortcuts();
    auto *table = dialog->findChild<QTableWidget *>(u"shortcutTable"_s);
    QVERIFY(table);
    QVERIFY(dialog->isVisible());
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows << table->item(row, 0)->text() + u" = "_s + table->item(row, 1)->text();
    QVERIFY2(rows.contains(keys + u" = "_s + what), qPrintable(rows.join(u'\n')));
    QVERIFY(!table->tabKeyNavigation()); // Tab leaves the table
}

void TestHelpMenu::guideFollowsTheScreenInFront_data()
{
    QTest::addColumn<int>("screen");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("heading");
    QTest::newRow("favorites") << 0 << u"favorites"_s << u"Favorites screen"_s;
    QTest::newRow("profile") << 1 << u"profile"_s << u"Profile photo screen"_s;
    QTest::newRow("transfer") << 2 << u"transfer"_s << u"Money transfer screen"_s;
}

void TestHelpMenu::guideFollowsTheScreenInFront()
{
    QFETCH(int, screen);
    QFETCH(QString, page);
    QFETCH(QString, heading);
    ConvergeApp app(CommandLineOptions {});
    // Another page first: the guide must move to the screen's own page.
    app.helpMenu()->showDocumentation(u"api"_s);
    app.window()->showScreen(screen);
    app.window()->findChild<QAction *>(u"helpGuideAction"_s)->trigger();
    QCOMPARE(app.helpMenu()->currentPage(), page);
    auto *browser = app.window()->findChild<QTextBrowser *>(u"docsBrowser"_s);
    QVERIFY(browser);
    QVERIFY(browser->window()->isVisible());
    const QString text = browser->toPlainText();
    QVERIFY2(text.startsWith(heading), qPrintable(text.left(200)));
}

// Qt 6.4 reports a new current row as a focus move to screen readers, also in a view without
// focus: opening a page or following a link must only select its row in the list.
void TestHelpMenu::pageListIsCurrentOnlyWithFocus()
{
    ConvergeApp app(CommandLineOptions {});
    QDialog *dialog = app.helpMenu()->showDocumentation(u"api"_s);
    auto *list = dialog->findChild<QListWidget *>(u"docsPages"_s);
    auto *browser = dialog->findChild<QTextBrowser *>(u"docsBrowser"_s);
    QVERIFY(list && browser);
    browser->setFocus();
    app.helpMenu()->showDocumentation(u"sync"_s);
    QCOMPARE(app.helpMenu()->currentPage(), u"sync"_s);
    QVERIFY(!list->currentIndex().isValid());
    const QModelIndexList selected = list->selectionModel()->selectedIndexes();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(Qt::UserRole).toString(), u"sync"_s);
    // Once the list has focus, the page shown is its current row, for the arrow keys.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTRY_COMPARE(list->currentIndex().data(Qt::UserRole).toString(), u"sync"_s);
    QCOMPARE(app.helpMenu()->currentPage(), u"sync"_s);
}

void TestHelpMenu::everyPageIsBundled()
{
    for (const auto &[page, title] : HelpMenu::pages()) {
        const QString file = page == "README"_L1 ? u":/converge/docs/README.md"_s
                                                 : u":/converge/docs/docs/%1.md"_s.arg(page);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QVERIFY(!title.isEmpty());
    }
    // Pages show their pictures from the bundle too.
    QVERIFY(QFile::exists(u":/converge/docs/docs/images/favorites-flaky-rollback.png"_s));
    // The pattern guide's pages and pictures, as its index links them.
    QVERIFY(QFile::exists(u":/converge/docs/docs/patterns/favorites-wait-for-the-server.md"_s));
    QVERIFY(QFile::exists(u":/converge/docs/docs/patterns/images/favorites-wait-saving.png"_s));
}

void TestHelpMenu::aboutNamesVersionQtBackendAndSeed()
{
    ConvergeApp app(CommandLineOptions {});
    app.helpMenu()->setBackend(QUrl(u"http://127.0.0.1:45678"_s), false);
    app.helpMenu()->setSeed(4242);
    QDialog *about = app.helpMenu()->showAbout();
    const QString said = about->findChild<QLabel *>(u"aboutText"_s)->accessibleName();
    for (const QString &part :
         {u"Converge 9.8.7"_s, u"Qt %1"_s.arg(QString::fromLatin1(qVersion())),
          u"http://127.0.0.1:45678 (converge-backend)"_s, u"Seed: 4242"_s})
        QVERIFY2(said.contains(part), qPrintable(said));
}

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
