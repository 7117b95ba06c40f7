#include "models/sync/syncwords.h"
#include "widgets/contrast.h"
#include "widgets/palettes.h"
#include "widgets/syncstatestyle.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(QPalette::ColorRole)

class TestSyncStateStyle : public QObject
{
    Q_OBJECT

private slots:
    void contrastRatio_data();
    void contrastRatio();
    void words_data();
    void words();
    void glyphsAreDistinct();
    void stateContrast_data();
    void stateContrast();
    void paletteContrast_data();
    void paletteContrast();
};

void TestSyncStateStyle::contrastRatio_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("expected");
    // Reference values from the WCAG definition.
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("same colour") << QColor(0x33, 0x66, 0x99) << QColor(0x33, 0x66, 0x99) << 1.0;
    QTest::newRow("#777 on white, just below AA")
        << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
    QTest::newRow("order does not matter") << QColor(Qt::white) << QColor(0x76, 0x76, 0x76) << 4.54;
}

void TestSyncStateStyle::contrastRatio()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, expected);
    QVERIFY2(qAbs(Contrast::ratio(a, b) - expected) < 0.01,
             qPrintable(u"ratio %1, expected %2"_s.arg(Contrast::ratio(a, b)).arg(expected)));
}

void TestSyncStateStyle::words_data()
{
    QTest::addColumn<SyncState>("state");
    QTest::addColumn<QString>("shortText");
    QTest::addColumn<QString>("longText");
    QTest::newRow("pending") << SyncState::Pending << u"Saving…"_s << u"Saving your change…"_s;
    QTest::newRow("confirmed") << SyncState::Confirmed << u"Saved"_s << u"All changes saved"_s;
    QTest::newRow("failed") << SyncState::Failed << u"Couldn't save · Retry"_s
                            << u"We couldn't save \"Blue Chair\". It's back as it was."_s;
    QTest::newRow("unknown") << SyncState::Unknown << u"Checking…"_s
                             << u"We're checking whether your change arrived."_s;
    QTest::newRow("conflict") << SyncState::Conflict << u"Changed elsewhere"_s
                              << u"Changed on another device a moment ago."_s;
    QTest::newRow("stale") << SyncState::Stale << u"Updated 3 s ago"_s
                           << u"Showing data from 3 seconds ago."_s;
}

void TestSyncStateStyle::words()
{
    QFETCH(SyncState, state);
    QFETCH(QString, shortText);
    QFETCH(QString, longText);
    QCOMPARE(SyncWords::shortText(state, 3s), shortText);
    QCOMPARE(SyncWords::longText(state, u"Blue Chair"_s, 3s), longText);
}

void TestSyncStateStyle::glyphsAreDistinct()
{
    // Never colour alone: every state has its own shape.
    QSet<Glyph> glyphs;
    for (SyncState state : SyncStateStyle::allStates)
        glyphs.insert(SyncStateStyle::glyph(state));
    QCOMPARE(glyphs.size(), std::size(SyncStateStyle::allStates));
}

void TestSyncStateStyle::stateContrast_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<SyncState>("state");
    QTest::addColumn<QPalette::ColorRole>("background");
    const struct
    {
        const char *name;
        QPalette palette;
    } palettes[] = {{"light", Palettes::light()}, {"dark", Palettes::dark()}};
    const struct
    {
        const char *name;
        QPalette::ColorRole role;
    } backgrounds[] = {{"Window", QPalette::Window},
                       {"Base", QPalette::Base},
                       {"AlternateBase", QPalette::AlternateBase},
                       {"ToolTipBase (toast icons)", QPalette::ToolTipBase}};
    for (const auto &p : palettes) {
        for (SyncState state : SyncStateStyle::allStates) {
            for (const auto &bg : backgrounds) {
                QTest::addRow("%s %s on %s", p.name, qPrintable(SyncWords::shortText(state)),
                              bg.name)
                    << p.palette << state << bg.role;
            }
        }
    }
}

void TestSyncStateStyle::stateContrast()
{
    QFETCH(QPalette, palette);
    QFETCH(SyncState, state);
    QFETCH(QPalette::ColorRole, background);
    const QColor tone = SyncStateStyle::toneColor(state, palette);
    const double ratio = Contrast::ratio(tone, palette.color(background));
    // The tone colours both the word (text, 4.5:1) and the icon (graphics, 3:1); text is stricter.
    QVERIFY2(ratio >= Contrast::minimumForText, qPrintable(u"ratio %1"_s.arg(ratio)));
    QVERIFY(ratio >= Contrast::minimumForGraphics);
}

void TestSyncStateStyle::paletteContrast_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QPalette::ColorRole>("foreground");
    QTest::addColumn<QPalette::ColorRole>("background");
    QTest::addColumn<double>("minimum");
    const struct
    {
        const char *name;
        QPalette palette;
    } palettes[] = {{"light", Palettes::light()}, {"dark", Palettes::dark()}};
    for (const auto &p : palettes) {
        QTest::addRow("%s text", p.name)
            << p.palette << QPalette::Text << QPalette::Base << Contrast::minimumForText;
        QTest::addRow("%s window text", p.name)
            << p.palette << QPalette::WindowText << QPalette::Window << Contrast::minimumForText;
        QTest::addRow("%s button text", p.name)
            << p.palette << QPalette::ButtonText << QPalette::Button << Contrast::minimumForText;
        QTest::addRow("%s selected row (badge drawn in HighlightedText)", p.name)
            << p.palette << QPalette::HighlightedText << QPalette::Highlight
            << Contrast::minimumForText;
        QTest::addRow("%s toast text", p.name) << p.palette << QPalette::ToolTipText
                                               << QPalette::ToolTipBase << Contrast::minimumForText;
        QTest::addRow("%s focus ring", p.name)
            << p.palette << QPalette::Highlight << QPalette::Window << Contrast::minimumForGraphics;
        QTest::addRow("%s placeholder", p.name)
            << p.palette << QPalette::PlaceholderText << QPalette::Base << Contrast::minimumForText;
    }
}

void TestSyncStateStyle::paletteContrast()
{
    QFETCH(QPalette, palette);
    QFETCH(QPalette::ColorRole, foreground);
    QFETCH(QPalette::ColorRole, background);
    QFETCH(double, minimum);
    const double ratio = Contrast::ratio(palette.color(foreground), palette.color(background));
    QVERIFY2(ratio >= minimum, qPrintable(u"ratio %1 < %2"_s.arg(ratio).arg(minimum)));
}

QTEST_MAIN(TestSyncStateStyle)
#include "tst_syncstatestyle.moc"
