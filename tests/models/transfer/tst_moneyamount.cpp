// Amount entry in several locales: what a person types becomes exact integer cents, or a
// precise reason it is refused before anything is sent.

#include "models/transfer/moneyamount.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(MoneyAmount::Error)

class TestMoneyAmount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void bounds_data();
    void bounds();
    void format_data();
    void format();
    void roundTrip_data();
    void roundTrip();
    void errorsReadAsSentences();
};

void TestMoneyAmount::parse_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<MoneyAmount::Error>("error");

    using E = MoneyAmount::Error;
    const QString nbsp = QString(QChar(0x00A0));
    const QString narrow = QString(QChar(0x202F));

    QTest::newRow("en plain") << u"en_US"_s << u"120"_s << qint64(12000) << E::None;
    QTest::newRow("en cents") << u"en_US"_s << u"120.5"_s << qint64(12050) << E::None;
    QTest::newRow("en grouped") << u"en_US"_s << u"1,240.00"_s << qint64(124000) << E::None;
    QTest::newRow("en symbol") << u"en_US"_s << u"€ 12.34"_s << qint64(1234) << E::None;
    QTest::newRow("en leading point") << u"en_US"_s << u".5"_s << qint64(50) << E::None;
    QTest::newRow("en spaces around") << u"en_US"_s << u"  7  "_s << qint64(700) << E::None;
    QTest::newRow("en empty") << u"en_US"_s << u"   "_s << qint64(0) << E::Empty;
    QTest::newRow("en letters") << u"en_US"_s << u"12a"_s << qint64(0) << E::NotANumber;
    QTest::newRow("en two points") << u"en_US"_s << u"1.2.3"_s << qint64(0) << E::NotANumber;
    QTest::newRow("en comma as decimal") << u"en_US"_s << u"12,50"_s << qint64(0) << E::NotANumber;
    QTest::newRow("en zero") << u"en_US"_s << u"0.00"_s << qint64(0) << E::Zero;
    QTest::newRow("en minus zero") << u"en_US"_s << u"-0"_s << qint64(0) << E::Zero;
    QTest::newRow("en negative") << u"en_US"_s << u"-5"_s << qint64(0) << E::Negative;
    QTest::newRow("en unicode minus") << u"en_US"_s << u"−5.00"_s << qint64(0) << E::Negative;
    QTest::newRow("en three decimals")
        << u"en_US"_s << u"12.345"_s << qint64(0) << E::TooManyDecimals;
    QTest::newRow("en trailing zero decimals")
        << u"en_US"_s << u"12.500"_s << qint64(0) << E::TooManyDecimals;
    QTest::newRow("en huge") << u"en_US"_s << u"99999999999999999999"_s << qint64(0) << E::TooLarge;
    QTest::newRow("en leading zeros")
        << u"en_US"_s << u"000000000000000000012"_s << qint64(1200) << E::None;

    QTest::newRow("de plain") << u"de_DE"_s << u"120,50"_s << qint64(12050) << E::None;
    QTest::newRow("de grouped") << u"de_DE"_s << u"1.240,00"_s << qint64(124000) << E::None;
    QTest::newRow("de symbol after") << u"de_DE"_s << u"12,00 €"_s << qint64(1200) << E::None;
    // In German "12.5" is not twelve and a half: a point there groups thousands, badly.
    QTest::newRow("de point is not decimal")
        << u"de_DE"_s << u"12.5"_s << qint64(0) << E::NotANumber;
    QTest::newRow("de thousands") << u"de_DE"_s << u"12.500"_s << qint64(1250000) << E::None;
    QTest::newRow("de three decimals")
        << u"de_DE"_s << u"1,999"_s << qint64(0) << E::TooManyDecimals;

    QTest::newRow("fr narrow space group")
        << u"fr_FR"_s << (u"1"_s + narrow + u"240,50"_s) << qint64(124050) << E::None;
    QTest::newRow("fr typed space group")
        << u"fr_FR"_s << u"1 240,50"_s << qint64(124050) << E::None;
    QTest::newRow("fr nbsp and symbol")
        << u"fr_FR"_s << (u"12,00"_s + nbsp + u"€"_s) << qint64(1200) << E::None;
    QTest::newRow("fr negative") << u"fr_FR"_s << u"-3,00"_s << qint64(0) << E::Negative;

    QTest::newRow("de_CH apostrophe group")
        << u"de_CH"_s << u"1’240.50"_s << qint64(124050) << E::None;
    QTest::newRow("en_IN lakh grouping")
        << u"en_IN"_s << u"1,00,000"_s << qint64(10000000) << E::None;
}

void TestMoneyAmount::parse()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    QFETCH(MoneyAmount::Error, error);

    const MoneyAmount::Parsed parsed = MoneyAmount::parse(text, QLocale(locale));
    QCOMPARE(MoneyAmount::errorName(parsed.error), MoneyAmount::errorName(error));
    QCOMPARE(parsed.minor, minor);
}

void TestMoneyAmount::bounds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("available");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<MoneyAmount::Error>("error");

    using E = MoneyAmount::Error;
    QTest::newRow("within") << u"100"_s << qint64(12000) << qint64(50000) << E::None;
    QTest::newRow("exactly available") << u"120"_s << qint64(12000) << qint64(50000) << E::None;
    QTest::newRow("a cent over available")
        << u"120.01"_s << qint64(12000) << qint64(50000) << E::OverAvailable;
    QTest::newRow("over limit") << u"600"_s << qint64(100000) << qint64(50000) << E::OverLimit;
    // Both broken: the limit does not move with the balance, so it is the one to say.
    QTest::newRow("over both") << u"600"_s << qint64(100) << qint64(50000) << E::OverLimit;
    QTest::newRow("no bounds known") << u"600"_s << qint64(-1) << qint64(-1) << E::None;
}

void TestMoneyAmount::bounds()
{
    QFETCH(QString, text);
    QFETCH(qint64, available);
    QFETCH(qint64, limit);
    QFETCH(MoneyAmount::Error, error);

    const auto parsed = MoneyAmount::parse(text, QLocale(u"en_US"_s), {available, limit});
    QCOMPARE(MoneyAmount::errorName(parsed.error), MoneyAmount::errorName(error));
}

void TestMoneyAmount::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en") << u"en_US"_s << qint64(124000) << u"€1,240.00"_s;
    QTest::newRow("en cents") << u"en_US"_s << qint64(5) << u"€0.05"_s;
    QTest::newRow("en negative") << u"en_US"_s << qint64(-12050)
                                 << u"(€120.50)"_s; // the locale's accounting style
    QTest::newRow("en negative cents") << u"en_US"_s << qint64(-50) << u"(€0.50)"_s;
    // LANG=C.UTF-8: the C locale has no currency rules; money is written as in English.
    QTest::newRow("C") << u"C"_s << qint64(124000) << u"€1,240.00"_s;
    QTest::newRow("C negative") << u"C"_s << qint64(-12050) << u"(€120.50)"_s;
    QTest::newRow("de") << u"de_DE"_s << qint64(124000) << (u"1.240,00"_s + QChar(0x00A0) + u"€"_s);
    // Beyond what a double holds exactly: formatting never goes through floating point.
    QTest::newRow("en beyond double")
        << u"en_US"_s << qint64(9007199254740993LL) << u"€90,071,992,547,409.93"_s;
}

void TestMoneyAmount::format()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, expected);

    QCOMPARE(MoneyAmount::format(minor, u"EUR"_s, QLocale(locale)), expected);
}

void TestMoneyAmount::roundTrip_data()
{
    QTest::addColumn<QString>("locale");
    for (const QString &name : {u"en_US"_s, u"de_DE"_s, u"fr_FR"_s, u"de_CH"_s, u"ja_JP"_s, u"C"_s})
        QTest::newRow(qPrintable(name)) << name;
}

void TestMoneyAmount::roundTrip()
{
    QFETCH(QString, locale);
    const QLocale l(locale);
    // What the form shows when it is refilled must parse back to the very same cents.
    for (qint64 minor :
         {qint64(1), qint64(99), qint64(100), qint64(12050), qint64(124000), qint64(123456789)}) {
        const auto parsed = MoneyAmount::parse(MoneyAmount::formatPlain(minor, l), l);
        QVERIFY2(parsed.ok(), qPrintable(MoneyAmount::formatPlain(minor, l)));
        QCOMPARE(parsed.minor, minor);
        const auto withSymbol = MoneyAmount::parse(MoneyAmount::format(minor, u"EUR"_s, l), l);
        QVERIFY2(withSymbol.ok(), qPrintable(MoneyAmount::format(minor, u"EUR"_s, l)));
        QCOMPARE(withSymbol.minor, minor);
    }
}

void TestMoneyAmount::errorsReadAsSentences()
{
    using E = MoneyAmount::Error;
    const QLocale en(u"en_US"_s);
    for (E error : {E::Empty, E::NotANumber, E::Zero, E::Negative, E::TooManyDecimals, E::TooLarge,
                    E::OverAvailable, E::OverLimit}) {
        const QString text = MoneyAmount::errorText(error, u"EUR"_s, en, {12000, 500000});
        QVERIFY(!text.isEmpty());
        QVERIFY2(text.endsWith(u'.'), qPrintable(text));
    }
    QCOMPARE(MoneyAmount::errorText(E::OverAvailable, u"EUR"_s, en, {12000, 500000}),
             u"That's more than the €120.00 available."_s);
    QCOMPARE(MoneyAmount::errorText(E::OverLimit, u"EUR"_s, en, {12000, 500000}),
             u"The limit per transfer is €5,000.00."_s);
    // The example follows the person's locale.
    QVERIFY(MoneyAmount::errorText(E::NotANumber, u"EUR"_s, QLocale(u"de_DE"_s))
                .contains(u"1.240,50"_s));
}

QTEST_GUILESS_MAIN(TestMoneyAmount)
#include "tst_moneyamount.moc"
