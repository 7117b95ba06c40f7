// PostgreSQL's way of writing a WAL position, as the inspector shows it beside the integer the
// API carries: two upper-case hexadecimal halves without leading zeros, as pg_lsn prints them.

#include "core/walposition.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestWalPosition : public QObject
{
    Q_OBJECT

private slots:
    void writtenAsPostgresDoes_data()
    {
        QTest::addColumn<qint64>("position");
        QTest::addColumn<QString>("text");
        QTest::newRow("the start") << qint64(0) << u"0/0"_s;
        // SELECT '0/400B0D8'::pg_lsn - '0/0' = 67154136
        QTest::newRow("a fresh cluster") << qint64(67154136) << u"0/400B0D8"_s;
        QTest::newRow("past 4 GiB") << qint64(97500059720) << u"16/B374D848"_s;
        QTest::newRow("the low half's last byte") << qint64(0xFFFFFFFFLL) << u"0/FFFFFFFF"_s;
        QTest::newRow("the high half's first") << qint64(0x100000000LL) << u"1/0"_s;
        QTest::newRow("no position") << qint64(-1) << QString();
    }
    void writtenAsPostgresDoes()
    {
        QFETCH(qint64, position);
        QFETCH(QString, text);
        QCOMPARE(WalPosition::text(position), text);
    }
};

QTEST_APPLESS_MAIN(TestWalPosition)
#include "tst_walposition.moc"
