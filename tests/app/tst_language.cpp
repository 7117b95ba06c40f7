// Which language a start speaks (--lang, CONVERGE_LANG, View → Language, the desktop), which
// locale that means, and that money, numbers and plural forms follow it.
#include "app/language.h"
#include "models/profile/replicainspector.h"
#include "models/session/telemetrymodel.h"
#include "models/session/timelinemodel.h"
#include "models/transfer/moneyamount.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Choice = Language::Choice;

class TstLanguage : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data()
    {
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("saved");
        QTest::addColumn<Choice>("expected");
        QTest::newRow("nothing chosen") << QString() << QString() << QString() << Choice::System;
        QTest::newRow("saved") << QString() << QString() << u"de"_s << Choice::German;
        QTest::newRow("environment over saved")
            << QString() << u"en"_s << u"de"_s << Choice::English;
        QTest::newRow("--lang over everything") << u"de"_s << u"en"_s << u"en"_s << Choice::German;
        QTest::newRow("--lang system") << u"system"_s << u"de"_s << u"de"_s << Choice::System;
        QTest::newRow("unknown --lang ignored")
            << u"fr"_s << QString() << u"de"_s << Choice::German;
        QTest::newRow("unknown saved value")
            << QString() << QString() << u"klingon"_s << Choice::System;
        QTest::newRow("case and spaces") << u" DE "_s << QString() << QString() << Choice::German;
    }

    void resolve()
    {
        QFETCH(QString, commandLine);
        QFETCH(QString, environment);
        QFETCH(QString, saved);
        QFETCH(Choice, expected);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        if (!saved.isEmpty())
            settings.setValue(QLatin1StringView(Language::settingsKey), saved);
        qputenv("CONVERGE_LANG", environment.toUtf8());
        const Choice got = Language::resolve(commandLine, settings);
        qunsetenv("CONVERGE_LANG");
        QCOMPARE(got, expected);
    }

    void savedChoiceRoundTrips()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        for (const Choice choice : Language::all()) {
            Language::save(settings, choice);
            QCOMPARE(Language::saved(settings), choice);
        }
    }

    void localeFor_data()
    {
        QTest::addColumn<Choice>("choice");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system C") << Choice::System << u"C"_s << u"C"_s;
        QTest::newRow("system de_AT") << Choice::System << u"de_AT"_s << u"de_AT"_s;
        QTest::newRow("English on C") << Choice::English << u"C"_s << u"en_US"_s;
        QTest::newRow("English on en_GB") << Choice::English << u"en_GB"_s << u"en_GB"_s;
        QTest::newRow("English on de_DE") << Choice::English << u"de_DE"_s << u"en_US"_s;
        QTest::newRow("German on C") << Choice::German << u"C"_s << u"de_DE"_s;
        QTest::newRow("German on de_CH") << Choice::German << u"de_CH"_s << u"de_CH"_s;
        QTest::newRow("German on fr_FR") << Choice::German << u"fr_FR"_s << u"de_DE"_s;
    }

    void localeFor()
    {
        QFETCH(Choice, choice);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(Language::localeFor(choice, QLocale(system)).name(), expected);
    }

    void catalogues_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("hasCatalogue");
        // English is the source language: its words need no catalogue of their own.
        QTest::newRow("C") << u"C"_s << false;
        QTest::newRow("en_US") << u"en_US"_s << true;
        QTest::newRow("de_DE") << u"de_DE"_s << true;
        QTest::newRow("de_AT") << u"de_AT"_s << true;
        QTest::newRow("fr_FR") << u"fr_FR"_s << false;
    }

    void catalogues()
    {
        QFETCH(QString, locale);
        QFETCH(bool, hasCatalogue);
        AppTranslators translators;
        QCOMPARE(translators.load(QLocale(locale)), hasCatalogue);
        QCOMPARE(QLocale().name(), QLocale(locale).name());
    }

    // Money, durations and lags as the language in use writes them: the C locale writes money as
    // English does (it would otherwise read "1240.00€"), American English puts a debit in
    // brackets, German puts the symbol after a non-breaking space.
    void formats_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("money");
        QTest::addColumn<QString>("negative");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QString>("lag");
        QTest::addColumn<QString>("seconds");
        QTest::newRow("C") << u"C"_s << u"€1,240.00"_s << u"(€45.50)"_s << u"1240.50"_s
                           << u"2.5 s"_s << u"1.5 s"_s << u"1.3 s"_s;
        QTest::newRow("en") << u"en_US"_s << u"€1,240.00"_s << u"(€45.50)"_s << u"1,240.50"_s
                            << u"2.5 s"_s << u"1.5 s"_s << u"1.3 s"_s;
        QTest::newRow("de") << u"de_DE"_s << u"1.240,00\u00A0€"_s << u"-45,50\u00A0€"_s
                            << u"1.240,50"_s << u"2,5 s"_s << u"1,5 s"_s << u"1,3 s"_s;
    }

    void formats()
    {
        QFETCH(QString, locale);
        QFETCH(QString, money);
        QFETCH(QString, negative);
        QFETCH(QString, plain);
        QFETCH(QString, duration);
        QFETCH(QString, lag);
        QFETCH(QString, seconds);
        AppTranslators translators;
        translators.load(QLocale(locale));
        QCOMPARE(MoneyAmount::format(124000, u"EUR"_s, QLocale()), money);
        QCOMPARE(MoneyAmount::format(-4550, u"EUR"_s, QLocale()), negative);
        QCOMPARE(MoneyAmount::formatPlain(124050, QLocale()), plain);
        QCOMPARE(TelemetryModel::formatDuration(2500), duration);
        QCOMPARE(ReplicaInspector::formatLag(1500), lag);
        QCOMPARE(TimelineModel::secondsText(1250), seconds);
    }

    // What a person types is read as the language in use writes it.
    void parsesTypedMoney_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("en") << u"en_US"_s << u"1,240.50"_s << qint64(124050);
        QTest::newRow("de") << u"de_DE"_s << u"1.240,50"_s << qint64(124050);
        QTest::newRow("de with symbol") << u"de_DE"_s << u"12,00 €"_s << qint64(1200);
    }

    void parsesTypedMoney()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(qint64, minor);
        const MoneyAmount::Parsed parsed = MoneyAmount::parse(typed, QLocale(locale));
        QCOMPARE(parsed.minor, minor);
    }

    // English has plural forms too: "%n change(s)" is never shown with its "(s)".
    void plurals_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 1") << u"en_US"_s << 1 << u"1 change waiting to be sent."_s;
        QTest::newRow("en 3") << u"en_US"_s << 3 << u"3 changes waiting to be sent."_s;
        QTest::newRow("C 1") << u"C"_s << 1 << u"1 change waiting to be sent."_s;
        QTest::newRow("fr 2") << u"fr_FR"_s << 2 << u"2 changes waiting to be sent."_s;
        QTest::newRow("de 1") << u"de_DE"_s << 1 << u"1 Änderung wartet auf das Senden."_s;
        QTest::newRow("de 4") << u"de_DE"_s << 4 << u"4 Änderungen warten auf das Senden."_s;
    }

    void plurals()
    {
        QFETCH(QString, locale);
        QFETCH(int, n);
        QFETCH(QString, expected);
        AppTranslators translators;
        translators.load(QLocale(locale));
        QCOMPARE(QCoreApplication::translate("FavoritesScreen", "%n change(s) waiting to be sent.",
                                             nullptr, n),
                 expected);
    }
};

QTEST_GUILESS_MAIN(TstLanguage)
#include "tst_language.moc"
