// The whole main window, as a workshop room sees it: each screen with every dock in its default
// place, at the window sizes rooms have (1280×800 and up). Nothing may be cut off by its parent
// or its scroll area's viewport, no text may be cut short, and nothing may need scrolling
// sideways; scrolling down is fine. The pictures to look at come from
// `converge-screenshots window`.

#include "app/controlroom/backendcontrolsdock.h"
#include "app/controlroom/controlroom.h"
#include "app/controlroom/heldanswersdock.h"
#include "app/convergeapp.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/screens/favorites/favoritesscreen.h"
#include "app/screens/profile/photoview.h"
#include "app/screens/profile/profilescreen.h"
#include "app/screens/transfer/transferscreen.h"
#include "core/wire.h"
#include "models/control/heldanswers.h"
#include "models/favorites/favoritesmodel.h"
#include "models/profile/profilemodel.h"
#include "models/transfer/transfermodel.h"

#include "loadedapp.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString nameOf(const QWidget *w)
{
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += u" \"%1\""_s.arg(w->objectName());
    if (const auto *label = qobject_cast<const QLabel *>(w))
        name += u" «%1»"_s.arg(label->text().left(50));
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        name += u" «%1»"_s.arg(button->text().left(50));
    else if (!w->accessibleName().isEmpty())
        name += u" (%1)"_s.arg(w->accessibleName());
    return name;
}

QString rectText(const QRect &r)
{
    return u"%1,%2 %3×%4"_s.arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

bool isViewport(const QWidget *w)
{
    const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget());
    return area && area->viewport() == w;
}

// Parts Qt lays out by itself and may clip on purpose (scroll bar corners, menus, tab bar
// scrollers), and widgets of other windows.
bool isQtInternal(const QWidget *w)
{
    if (w->objectName().startsWith(u"qt_"_s))
        return true;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (qobject_cast<const QScrollBar *>(p) || qobject_cast<const QMenuBar *>(p))
            return true;
        if (p->objectName().startsWith(u"qt_"_s))
            return true;
        const auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget());
        if (area && area->viewport() != p)
            return true; // the scroll area's own bars and corner
    }
    return false;
}

// A dock tabbed behind another keeps its widgets "visible" somewhere off to the side.
bool inHiddenTab(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w; p && p != window; p = p->parentWidget()) {
        if (qobject_cast<const QDockWidget *>(p))
            return p->visibleRegion().isEmpty()
                || !window->rect().intersects(QRect(p->mapTo(window, QPoint()), p->size()));
    }
    return false;
}

QStringList layoutProblems(QWidget *window)
{
    QStringList problems;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->isWindow() || isQtInternal(w) || inHiddenTab(w, window))
            continue;
        // Every ancestor up to the window must hold it; a scroll area's viewport only sideways.
        QRect rect = w->rect();
        const QWidget *child = w;
        for (const QWidget *p = w->parentWidget(); p; child = p, p = p->parentWidget()) {
            rect.translate(child->pos());
            const QRect inside = p->rect();
            const bool sideways = rect.left() < inside.left() || rect.right() > inside.right();
            const bool vertical = rect.top() < inside.top() || rect.bottom() > inside.bottom();
            if (sideways || (vertical && !isViewport(p))) {
                problems << u"%1 at %2 is cut off by %3 (%4)"_s.arg(nameOf(w), rectText(rect),
                                                                    nameOf(p), rectText(inside));
                break;
            }
            if (p == window || isViewport(p))
                break; // what lies beyond a viewport can be scrolled to (vertically)
        }
        if (const auto *area = qobject_cast<QAbstractScrollArea *>(w);
            area && area->horizontalScrollBar()->isVisible())
            problems << u"%1 scrolls sideways"_s.arg(nameOf(w));
        // Text cut short: a label or button narrower than its text, or wrapped text taller
        // than the label.
        const auto *label = qobject_cast<const QLabel *>(w);
        const bool hasText = (label && !label->text().isEmpty())
            || (qobject_cast<const QAbstractButton *>(w)
                && !static_cast<const QAbstractButton *>(w)->text().isEmpty());
        if (hasText) {
            if (label && label->wordWrap()) {
                if (label->height() < label->heightForWidth(label->width()))
                    problems << u"%1 is %2 px high; its text needs %3"_s.arg(nameOf(w))
                                    .arg(label->height())
                                    .arg(label->heightForWidth(label->width()));
            } else if (w->width() < w->minimumSizeHint().width()) {
                problems << u"%1 is %2 px wide; its text needs %3"_s.arg(nameOf(w))
                                .arg(w->width())
                                .arg(w->minimumSizeHint().width());
            }
        }
    }
    return problems;
}

void settle()
{
    // Layouts are redone in posted events, nested ones a step later each.
    for (int i = 0; i < 6; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

} // namespace

class TestScreenLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void screenFits_data();
    void screenFits();
    void previewCaptionStaysOnThePhoto();

private:
    AppTranslators m_translators;
    std::unique_ptr<ConvergeApp> m_app;
};

void TestScreenLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"converge-tests"_s);
    QCoreApplication::setApplicationName(u"tst_screenlayout"_s);
    // tst_screenlayout_de runs the same rows in German, whose words are longer.
    if (const auto language = Language::fromKey(qEnvironmentVariable("CONVERGE_LANG")))
        QVERIFY(m_translators.load(Language::localeFor(*language)));
    m_app = startLoadedApp();
    QVERIFY(m_app);
}

void TestScreenLayout::cleanupTestCase()
{
    m_app.reset();
}

void TestScreenLayout::screenFits_data()
{
    QTest::addColumn<int>("screen");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QSize>("size");
    const std::pair<int, QString> screens[] = {
        {0, u"favorites"_s}, {0, u"favorites, held answers"_s},
        {1, u"profile"_s},   {1, u"profile, bad photo"_s},
        {2, u"transfer"_s},
    };
    for (const QSize size : {QSize(1280, 800), QSize(1440, 900), QSize(1920, 1080)}) {
        for (const auto &[screen, state] : screens)
            QTest::newRow(
                qPrintable(u"%1 at %2×%3"_s.arg(state).arg(size.width()).arg(size.height())))
                << screen << state << size;
    }
}

void TestScreenLayout::screenFits()
{
    QFETCH(int, screen);
    QFETCH(QString, state);
    QFETCH(QSize, size);
    MainWindow *window = m_app->window();
    if (state == u"profile, bad photo"_s)
        m_app->profile()->uploadFile(QFINDTESTDATA("tst_screenlayout.cpp")); // not an image
    window->showScreen(screen);
    const bool held = state == u"favorites, held answers"_s;
    HeldAnswersModel *answers = m_app->controlRoom()->heldAnswers();
    if (held) {
        // The Held answers tab with a row in its table: nothing may scroll sideways.
        bool holding = false;
        answers->setHeldRoutes({Wire::Route::favoriteKey},
                               [&holding](bool ok, const QString &) { holding = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(holding, 10000);
        m_app->favorites()->model()->toggle(m_app->favorites()->model()->itemIdAt(0));
        QTRY_COMPARE_WITH_TIMEOUT(answers->heldCount(), 1, 10000);
        m_app->controlRoom()->heldAnswersDock()->raise();
    }
    const auto restore = qScopeGuard([&] {
        if (!held)
            return;
        m_app->controlRoom()->controlsDock()->raise();
        answers->setHeldRoutes({});
        answers->releaseAll();
        QTRY_COMPARE_WITH_TIMEOUT(answers->heldCount(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->favorites()->model()->pendingCount(), 0, 10000);
    });
    window->resize(size);
    settle();
    if (state == u"profile, bad photo"_s)
        QVERIFY(!m_app->profile()->problemText().isEmpty());
    // A window whose docks ask for more than the room has cannot even be made this small.
    QCOMPARE(window->size(), size);
    QStringList problems = layoutProblems(window);
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u"\n"_s)));
}

void TestScreenLayout::previewCaptionStaysOnThePhoto()
{
    PhotoView view;
    view.resize(view.sizeHint());
    for (const QString &caption :
         {u"Uploading…"_s, u"Saved. Waiting for the server's copy…"_s,
          u"A caption far longer than any photo is wide, in words that wrap"_s}) {
        view.setPhoto({}, caption, {});
        QVERIFY2(view.photoRect().contains(view.captionRect()), qPrintable(caption));
    }
}

QTEST_MAIN(TestScreenLayout)
#include "tst_screenlayout.moc"
