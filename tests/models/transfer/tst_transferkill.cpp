// The app is killed mid-transfer (SIGKILL, a separate process) and started again: the
// restarted client resumes the transfer from its outbox, shows its true final state, and the
// server has applied it exactly once.

#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// One run of the probe, its stdout collected line by line while our event loop keeps serving.
struct Probe
{
    Probe(const QUrl &url, const QString &outbox, const QStringList &extra)
    {
        process.setProgram(QStringLiteral(TRANSFER_PROBE));
        process.setArguments(QStringList {u"--url"_s, url.toString(), u"--outbox"_s, outbox}
                             + extra);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [this] {
            while (process.canReadLine())
                lines.append(QString::fromUtf8(process.readLine()).trimmed());
        });
        process.start();
    }
    ~Probe()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    bool waitForLine(const QString &prefix, int ms = 30000)
    {
        return QTest::qWaitFor([&] { return !lineStartingWith(prefix).isEmpty(); }, ms);
    }
    QString lineStartingWith(const QString &prefix) const
    {
        for (const QString &line : lines) {
            if (line.startsWith(prefix))
                return line;
        }
        return {};
    }
    bool waitForExit(int ms = 30000)
    {
        return QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, ms);
    }

    QProcess process;
    QStringList lines;
};

} // namespace

class TestTransferKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedClientResumesExactlyOnce_data();
    void killedClientResumesExactlyOnce();
};

void TestTransferKill::killedClientResumesExactlyOnce_data()
{
    QTest::addColumn<QString>("killAfter"); // the line after which the app is killed
    QTest::addColumn<int>("answerMs"); // how long the server takes to answer the POST
    QTest::addColumn<QString>("fault"); // on the first POST

    QTest::newRow("killed before the answer") << u"sent "_s << 400 << QString();
    QTest::newRow("killed while the bank processes") << u"accepted "_s << 20 << QString();
    QTest::newRow("answer lost, killed while checking") << u"checking "_s << 20 << u"lost"_s;
}

void TestTransferKill::killedClientResumesExactlyOnce()
{
    QFETCH(QString, killAfter);
    QFETCH(int, answerMs);
    QFETCH(QString, fault);

    mock::BackendConfig config = mock::BackendConfig::instant();
    config.transfersLatency = {mock::LatencyModel::Distribution::Fixed, answerMs, 0, 0};
    config.transfers.settleMinMs = 1500;
    config.transfers.settleMaxMs = 1500;
    mock::BackendServer server(config);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    if (fault == "lost"_L1)
        server.simulation().faults().failTimes(u"POST /transfers"_s, 1,
                                               mock::FaultInjector::Action::LoseResponse);

    QTemporaryDir dir;
    const QString outbox = dir.filePath(u"outbox.json"_s);
    const QString note = u"kill test %1"_s.arg(QString::fromLatin1(QTest::currentDataTag()));
    QString key;
    {
        QStringList args {u"--amount"_s, u"42.00"_s, u"--note"_s, note, u"--payee"_s, u"p-2"_s};
        if (fault == "lost"_L1)
            args << u"--no-events"_s;
        Probe first(server.url(), outbox, args);
        QVERIFY2(first.waitForLine(killAfter), qPrintable(first.lines.join(u" | "_s)));
        first.process.kill();
        QVERIFY(first.waitForExit());
        QCOMPARE(first.process.exitStatus(), QProcess::CrashExit);
        key = first.lineStartingWith(u"sent "_s).mid(5);
        QVERIFY(!key.isEmpty());
        QVERIFY2(first.lineStartingWith(u"final "_s).isEmpty(), "killed too late to matter");
    }

    // The second run has no --amount: everything it does comes from the outbox.
    Probe second(server.url(), outbox, {});
    QVERIFY2(second.waitForLine(u"idle"_s), qPrintable(second.lines.join(u" | "_s)));
    QVERIFY(second.waitForExit());
    QCOMPARE(second.process.exitCode(), 0);
    QCOMPARE(second.lineStartingWith(u"final "_s), u"final %1 completed"_s.arg(key));
    QVERIFY(second.lineStartingWith(u"sent "_s).isEmpty()); // nothing new was sent
    QVERIFY(second.lineStartingWith(u"problem "_s).isEmpty());

    int applied = 0;
    const QJsonArray transfers = server.simulation().primary().transfersJson();
    for (const QJsonValue &t : transfers)
        applied += t.toObject().value(u"note"_s).toString() == note ? 1 : 0;
    QCOMPARE(applied, 1);
    QCOMPARE(server.simulation().primary().balance(), 124000 - 4200);
}

QTEST_GUILESS_MAIN(TestTransferKill)
#include "tst_transferkill.moc"
