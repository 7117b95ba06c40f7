// The colours the running app paints with, light and dark, switched live as View → Appearance
// does: the palette the app installs is the kit's (so the kit's contrast proofs hold), and every
// pair of text and background the app paints reaches WCAG AA (4.5:1 for text, 3:1 for focus
// indicators and glyphs that carry meaning), computed from the widgets' own palettes after the
// app's set-up and from the colours its delegates and painters use.

#include "app/convergeapp.h"
#include "app/mainwindow.h"
#include "app/screens/favorites/favoritedelegate.h"
#include "app/screens/favorites/favoritesscreen.h"
#include "models/favorites/favoritesmodel.h"
#include "widgets/appearance.h"
#include "widgets/contrast.h"
#include "widgets/displaypreferences.h"
#include "widgets/palettes.h"
#include "widgets/syncbadgepainter.h"
#include "widgets/syncstatestyle.h"

#include "loadedapp.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleHints>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Scheme = DisplayPreferences::ColorScheme;

Q_DECLARE_METATYPE(DisplayPreferences::ColorScheme)

namespace {

struct Pair
{
    QString what;
    QColor foreground;
    QColor background;
    double minimum = Contrast::minimumForText;
};

QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

QString nameOf(const QWidget *w)
{
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += u" \"%1\""_s.arg(w->objectName());
    if (const auto *label = qobject_cast<const QLabel *>(w))
        name += u" «%1»"_s.arg(label->text().left(40));
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        name += u" «%1»"_s.arg(button->text().left(40));
    return name;
}

// What is behind a widget that paints no background of its own: the nearest ancestor that does.
QColor backgroundBehind(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if ((p->autoFillBackground() || p->isWindow()) && p->backgroundRole() != QPalette::NoRole)
            return p->palette().color(p->backgroundRole());
    }
    return w->palette().color(QPalette::Window);
}

// A colour drawn with alpha over a background, as the eye sees it.
QColor over(const QColor &top, const QColor &below)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(top.redF() * a + below.redF() * (1 - a),
                            top.greenF() * a + below.greenF() * (1 - a),
                            top.blueF() * a + below.blueF() * (1 - a));
}

QList<Pair> palettePairs(const QString &where, const QPalette &p)
{
    QList<Pair> pairs;
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        const QString g = group == QPalette::Active ? u"active"_s : u"inactive"_s;
        auto add = [&](const QString &what, QPalette::ColorRole fg, QPalette::ColorRole bg,
                       double minimum = Contrast::minimumForText) {
            pairs.append({u"%1, %2 %3"_s.arg(where, g, what),
                          over(p.color(group, fg), p.color(group, bg)), p.color(group, bg),
                          minimum});
        };
        add(u"text on the window"_s, QPalette::WindowText, QPalette::Window);
        add(u"text in a field or list"_s, QPalette::Text, QPalette::Base);
        add(u"text on an alternate row"_s, QPalette::Text, QPalette::AlternateBase);
        add(u"text on a button"_s, QPalette::ButtonText, QPalette::Button);
        add(u"text on a selected row"_s, QPalette::HighlightedText, QPalette::Highlight);
        add(u"text in a toast or tooltip"_s, QPalette::ToolTipText, QPalette::ToolTipBase);
        add(u"help and hint text"_s, QPalette::PlaceholderText, QPalette::Window);
        add(u"placeholder in a field"_s, QPalette::PlaceholderText, QPalette::Base);
        add(u"link on the window"_s, QPalette::Link, QPalette::Window);
        add(u"link in a field or list"_s, QPalette::Link, QPalette::Base);
        add(u"focus ring on the window"_s, QPalette::Highlight, QPalette::Window,
            Contrast::minimumForGraphics);
        add(u"focus ring in a list"_s, QPalette::Highlight, QPalette::Base,
            Contrast::minimumForGraphics);
    }
    // WCAG does not require it of disabled controls; people still need to read what is off.
    auto disabled = [&](const QString &what, QPalette::ColorRole fg, QPalette::ColorRole bg) {
        pairs.append({u"%1, disabled %2"_s.arg(where, what),
                      over(p.color(QPalette::Disabled, fg), p.color(QPalette::Disabled, bg)),
                      p.color(QPalette::Disabled, bg)});
    };
    disabled(u"text on the window"_s, QPalette::WindowText, QPalette::Window);
    disabled(u"text in a field"_s, QPalette::Text, QPalette::Base);
    disabled(u"text on a button"_s, QPalette::ButtonText, QPalette::Button);
    return pairs;
}

// Every widget the main window holds (shown or not: a hidden message shows later), with the
// roles it paints text in, and every label against what is behind it.
QList<Pair> widgetPairs(QWidget *window)
{
    QList<Pair> pairs;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->objectName().startsWith(u"qt_"_s))
            continue;
        const QPalette &p = w->palette();
        const QString name = nameOf(w);
        if (const auto *label = qobject_cast<const QLabel *>(w)) {
            if (label->text().isEmpty() && !label->pixmap().isNull())
                continue; // a glyph; its colour is checked with the tones
            const QColor fg = p.color(label->foregroundRole());
            const QColor bg = backgroundBehind(label);
            pairs.append({name, over(fg, bg), bg});
        } else if (qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QLineEdit *>(w)
                   || qobject_cast<const QAbstractSpinBox *>(w)) {
            pairs.append({name + u" text"_s, p.color(QPalette::Text), p.color(QPalette::Base)});
            pairs.append({name + u" selected"_s, p.color(QPalette::HighlightedText),
                          p.color(QPalette::Highlight)});
            pairs.append({name + u" placeholder"_s,
                          over(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)),
                          p.color(QPalette::Base)});
        } else if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w)) {
            pairs.append({name + u" on its button"_s, p.color(QPalette::ButtonText),
                          p.color(QPalette::Button)});
            pairs.append(
                {name + u" beside it"_s, p.color(QPalette::WindowText), backgroundBehind(w)});
        } else if (w->autoFillBackground()) {
            pairs.append(
                {name + u" panel"_s, p.color(w->foregroundRole()), p.color(w->backgroundRole())});
        }
    }
    return pairs;
}

// What the delegates and the badge painter draw, on the backgrounds they draw it on.
QList<Pair> paintedPairs(const QPalette &view)
{
    QList<Pair> pairs;
    for (const bool selected : {false, true}) {
        const QString row = selected ? u"selected row"_s : u"row"_s;
        const QColor bg = FavoriteDelegate::backgroundColor(view, selected);
        pairs.append(
            {u"favorite title, %1"_s.arg(row), FavoriteDelegate::textColor(view, selected), bg});
        pairs.append({u"\"Favorite\" tag, %1"_s.arg(row),
                      over(FavoriteDelegate::tagColor(view, selected), bg), bg});
        pairs.append({u"heart, %1"_s.arg(row), FavoriteDelegate::heartColor(view, selected), bg,
                      Contrast::minimumForGraphics});
        for (const SyncState state : {SyncState::Pending, SyncState::Confirmed, SyncState::Failed,
                                      SyncState::Unknown, SyncState::Conflict, SyncState::Stale}) {
            const QString word = SyncBadgePainter::accessibleText(state);
            const QColor fg = SyncBadgePainter::color(state, view, selected);
            pairs.append({u"badge \"%1\", %2"_s.arg(word, row), fg, bg});
            if (!selected) {
                for (const auto role :
                     {QPalette::Window, QPalette::AlternateBase, QPalette::ToolTipBase}) {
                    pairs.append({u"\"%1\" tone on %2"_s.arg(word).arg(int(role)),
                                  SyncStateStyle::toneColor(state, view), view.color(role)});
                }
            }
        }
    }
    return pairs;
}

QStringList failures(const QList<Pair> &pairs)
{
    QStringList failed;
    for (const Pair &pair : pairs) {
        const double ratio = Contrast::ratio(pair.foreground, pair.background);
        if (ratio < pair.minimum)
            failed << u"%1: %2 on %3 is %4:1, needs %5:1"_s
                          .arg(pair.what, hex(pair.foreground), hex(pair.background))
                          .arg(ratio, 0, 'f', 2)
                          .arg(pair.minimum, 0, 'f', 1);
    }
    return failed;
}

bool samePalette(const QPalette &a, const QPalette &b, QString *difference)
{
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            const auto r = static_cast<QPalette::ColorRole>(role);
            if (r == QPalette::NoRole)
                continue;
            if (a.color(group, r) != b.color(group, r)) {
                *difference = u"group %1 role %2: %3, the kit has %4"_s.arg(int(group))
                                  .arg(role)
                                  .arg(hex(a.color(group, r)), hex(b.color(group, r)));
                return false;
            }
        }
    }
    return true;
}

void settle()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace

class TestAppPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void appUsesTheKitPalette_data();
    void appUsesTheKitPalette();
    void everyPaintedPairIsReadable_data();
    void everyPaintedPairIsReadable();
    void appearanceIsRemembered();
    void desktopDecidesForSystem_data();
    void desktopDecidesForSystem();

private:
    void choose(Scheme scheme);

    std::unique_ptr<ConvergeApp> m_app;
};

void TestAppPalette::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"converge-tests"_s);
    QCoreApplication::setApplicationName(u"tst_apppalette"_s);
    QSettings().clear();
    m_app = startLoadedApp();
    QVERIFY(m_app);
    // The status bar's own colours while replicas lag are painted too.
    m_app->window()->setLagWarning(true, u"replica-2 is 4 s behind"_s);
}

void TestAppPalette::cleanupTestCase()
{
    m_app.reset();
    QSettings().clear();
}

// As a person does it: View → Appearance, while the app runs.
void TestAppPalette::choose(Scheme scheme)
{
    const QString name = scheme == Scheme::Dark ? u"appearanceDark"_s
        : scheme == Scheme::Light               ? u"appearanceLight"_s
                                                : u"appearanceSystem"_s;
    auto *menu = m_app->window()->viewMenu()->findChild<QMenu *>(u"appearanceMenu"_s);
    QVERIFY(menu);
    QAction *action = menu->findChild<QAction *>(name);
    if (!action) {
        for (QAction *a : menu->actions()) {
            if (a->objectName() == name)
                action = a;
        }
    }
    QVERIFY2(action, qPrintable(name));
    action->trigger();
    settle();
    // The lag warning picks its colours by the window's; it is set again when it changes.
    m_app->window()->setLagWarning(true, u"replica-2 is 4 s behind"_s);
    settle();
}

void TestAppPalette::appUsesTheKitPalette_data()
{
    QTest::addColumn<Scheme>("scheme");
    QTest::newRow("light") << Scheme::Light;
    QTest::newRow("dark") << Scheme::Dark;
    QTest::newRow("light again") << Scheme::Light;
}

// Issue 13, item 7: the kit's palettes were proven, but the app painted with Qt's default one.
void TestAppPalette::appUsesTheKitPalette()
{
    QFETCH(Scheme, scheme);
    choose(scheme);
    const QPalette kit = scheme == Scheme::Dark ? Palettes::dark() : Palettes::light();
    QString difference;
    QVERIFY2(samePalette(QApplication::palette(), kit, &difference), qPrintable(difference));
    QVERIFY2(samePalette(m_app->favorites()->list()->palette(), kit, &difference),
             qPrintable(difference));
    QCOMPARE(m_app->appearance()->isDark(), scheme == Scheme::Dark);
}

void TestAppPalette::everyPaintedPairIsReadable_data()
{
    QTest::addColumn<Scheme>("scheme");
    QTest::addColumn<int>("screen");
    for (const Scheme scheme : {Scheme::Light, Scheme::Dark}) {
        for (int screen = 0; screen < 3; ++screen) {
            QTest::addRow("%s, screen %d", scheme == Scheme::Dark ? "dark" : "light", screen + 1)
                << scheme << screen;
        }
    }
}

void TestAppPalette::everyPaintedPairIsReadable()
{
    QFETCH(Scheme, scheme);
    QFETCH(int, screen);
    choose(scheme);
    m_app->window()->showScreen(screen);
    settle();
    QList<Pair> pairs = palettePairs(u"application"_s, QApplication::palette());
    pairs += widgetPairs(m_app->window());
    pairs += paintedPairs(m_app->favorites()->list()->palette());
    QVERIFY(pairs.size() > 100); // the walk found the window's widgets
    const QStringList failed = failures(pairs);
    QVERIFY2(failed.isEmpty(), qPrintable(u"\n"_s + failed.join(u"\n"_s)));
}

void TestAppPalette::appearanceIsRemembered()
{
    choose(Scheme::Dark);
    QCOMPARE(QSettings().value(u"display/colorScheme"_s).toString(), u"dark"_s);
    QSettings settings;
    DisplayPreferences next(&settings);
    QCOMPARE(next.colorScheme(), Scheme::Dark);
    choose(Scheme::System);
    QCOMPARE(QSettings().value(u"display/colorScheme"_s).toString(), u"system"_s);
    // The desktop's choice, and still one of the two tested palettes.
    QCOMPARE(Palettes::isDark(QApplication::palette()), m_app->appearance()->isDark());
    QString difference;
    QVERIFY2(samePalette(QApplication::palette(),
                         m_app->appearance()->isDark() ? Palettes::dark() : Palettes::light(),
                         &difference),
             qPrintable(difference));
    choose(Scheme::Light);
}

void TestAppPalette::desktopDecidesForSystem_data()
{
    QTest::addColumn<bool>("darkDesktop");
    QTest::newRow("light desktop") << false;
    QTest::newRow("dark desktop") << true;
}

// Without a colour scheme to ask (Qt 6.4, or a platform that does not say), the desktop's
// palette decides.
void TestAppPalette::desktopDecidesForSystem()
{
    QFETCH(bool, darkDesktop);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (QGuiApplication::styleHints()->colorScheme() != Qt::ColorScheme::Unknown)
        QSKIP("this platform says its colour scheme; the palette is not asked");
#endif
    QCOMPARE(Appearance::desktopPrefersDark(darkDesktop ? Palettes::dark() : Palettes::light()),
             darkDesktop);
}

QTEST_MAIN(TestAppPalette)
#include "tst_apppalette.moc"
