#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The pipeline QA uses: the real converge executable, offscreen, with a scenario from tests/app/
// data. Every failure path ends with the exit code docs/scenarios.md gives it: 0 every
// expectation met, 1 one failed, 2 invalid scenario, 3 backend unreachable, 4 token refused,
// 5 timed out.
class TestHeadlessRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void run_data();
    void run();

private:
    QProcess m_backend; // converge-backend with a token, for the access rows
    QUrl m_backendUrl;
};

void TestHeadlessRun::initTestCase()
{
    m_backend.setProcessChannelMode(QProcess::MergedChannels);
    m_backend.start(QStringLiteral(CONVERGE_BACKEND_EXECUTABLE),
                    {u"--port"_s, u"0"_s, u"--token"_s, u"sekret"_s, u"--instant"_s});
    QVERIFY(m_backend.waitForStarted());
    const QRegularExpression listening(u"listening on (http://\\S+)"_s);
    QString said;
    QTRY_VERIFY_WITH_TIMEOUT(
        (said += QString::fromUtf8(m_backend.readAll()), listening.match(said).hasMatch()), 30000);
    m_backendUrl = QUrl(listening.match(said).captured(1));
    QVERIFY(m_backendUrl.isValid());
}

void TestHeadlessRun::cleanupTestCase()
{
    m_backend.terminate();
    m_backend.waitForFinished(10000);
}

void TestHeadlessRun::run_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("arguments"); // "BACKEND" stands for the token backend's URL
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output"); // appears on stdout or stderr
    QTest::addColumn<bool>("exported"); // session.jsonl is written

    QTest::newRow("passes") << u"headless-smoke.json"_s << QStringList {} << 0 << u"PASSED"_s
                            << true;
    QTest::newRow("passes with the right token")
        << u"headless-smoke.json"_s
        << QStringList {u"--backend"_s, u"BACKEND"_s, u"--token"_s, u"sekret"_s} << 0 << u"PASSED"_s
        << true;
    QTest::newRow("failing expectation") << u"headless-failing.json"_s << QStringList {} << 1
                                         << u"backend.itemFavorite failed"_s << true;
    QTest::newRow("invalid file") << u"headless-invalid.json"_s << QStringList {} << 2
                                  << u"headless-invalid.json:15: steps[1].atMs"_s << false;
    QTest::newRow("unreadable file")
        << u"no-such-scenario.json"_s << QStringList {} << 2 << u"can't be read"_s << false;
    QTest::newRow("bad option") << u"headless-smoke.json"_s
                                << QStringList {u"--timeout"_s, u"soon"_s} << 2
                                << u"--timeout needs a whole number"_s << false;
    QTest::newRow("unreachable backend")
        << u"headless-smoke.json"_s << QStringList {u"--backend"_s, u"CLOSED"_s} << 3
        << u"can't be reached"_s << true;
    QTest::newRow("token refused (none given)")
        << u"headless-smoke.json"_s << QStringList {u"--backend"_s, u"BACKEND"_s} << 4
        << u"needs an access token: add --token"_s << true;
    QTest::newRow("wrong token") << u"headless-smoke.json"_s
                                 << QStringList {u"--backend"_s, u"BACKEND"_s, u"--token"_s,
                                                 u"wrong"_s}
                                 << 4 << u"refused the access token"_s << true;
    // A shipped scenario with expectations on both sides: the naive page goes back in time,
    // stay-on-one-replica never does (docs/profile.md).
    QTest::newRow("shipped: profile time travel")
        << QDir(QStringLiteral(SHIPPED_SCENARIOS_DIR)).filePath(u"profile-time-travel.json"_s)
        << QStringList {} << 0 << u"PASSED"_s << true;
    // Last write wins overwrites a change made elsewhere; "ask" meets a 412 and a merge is saved.
    QTest::newRow("shipped: contact details changed elsewhere")
        << QDir(QStringLiteral(SHIPPED_SCENARIOS_DIR)).filePath(u"profile-changed-elsewhere.json"_s)
        << QStringList {} << 0 << u"PASSED"_s << true;
    // Read-your-writes at the database behind a photo cache: TTL and a late invalidation event
    // show the old photo, write-through and versioned keys the new one (docs/profile.md).
    QTest::newRow("shipped: profile photo behind a cache")
        << QDir(QStringLiteral(SHIPPED_SCENARIOS_DIR))
               .filePath(u"profile-photo-behind-a-cache.json"_s)
        << QStringList {} << 0 << u"PASSED"_s << true;
    // Offline-first favorites: both devices apart, a remove and a concurrent add, hearts from
    // both; the merge keeps the item and counts every heart (docs/favorites.md).
    QTest::newRow("shipped: two devices apart")
        << QDir(QStringLiteral(SHIPPED_SCENARIOS_DIR))
               .filePath(u"favorites-two-devices-apart.json"_s)
        << QStringList {} << 0 << u"PASSED"_s << true;
    QTest::newRow("timed out") << u"headless-long.json"_s << QStringList {u"--timeout"_s, u"2"_s}
                               << 5 << u"did not finish within 2 s"_s << true;
}

void TestHeadlessRun::run()
{
    QFETCH(QString, file);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    QFETCH(bool, exported);
    QTemporaryDir out;
    QVERIFY(out.isValid());
    // A fresh home: no saved layout and no transfer outbox from an earlier run.
    QTemporaryDir home;

    QString closed;
    {
        // A port nothing listens on any more.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closed = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
    }
    for (QString &argument : arguments) {
        if (argument == "BACKEND"_L1)
            argument = m_backendUrl.toString();
        else if (argument == "CLOSED"_L1)
            argument = closed;
    }

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CONVERGE_EXECUTABLE),
                  QStringList {u"--scenario"_s, QDir(QStringLiteral(TEST_DATA_DIR)).filePath(file),
                               u"--headless"_s, u"--out"_s, out.path()}
                      + arguments);
    QVERIFY(process.waitForStarted());
    QVERIFY2(process.waitForFinished(90000), "the headless run did not end");
    const QString said = QString::fromUtf8(process.readAllStandardOutput())
        + QString::fromUtf8(process.readAllStandardError());
    // A crash on the way out (exit 139) is not an exit code.
    QVERIFY2(process.exitStatus() == QProcess::NormalExit, qPrintable(said));
    QVERIFY2(
        process.exitCode() == exitCode,
        qPrintable(u"exit %1, expected %2:\n%3"_s.arg(process.exitCode()).arg(exitCode).arg(said)));
    QVERIFY2(said.contains(output), qPrintable(said));

    const QDir dir(out.path());
    if (!exported) {
        QVERIFY(dir.entryList(QDir::Files).isEmpty()); // nothing happened
        return;
    }
    QFile session(dir.filePath(u"session.jsonl"_s));
    QVERIFY(session.open(QIODevice::ReadOnly));
    const QByteArray first = session.readLine();
    QVERIFY2(first.contains("\"seed\":42"), first.constData());
    QVERIFY2(first.contains("\"clientId\":\""), first.constData());
    if (exitCode > 1 && exitCode != 5)
        return; // the backend was never used: nothing else to show
    const QByteArray events = session.readAll();
    QVERIFY(events.contains("config_changed"));
    QStringList pictures =
        exitCode == 5 ? QStringList {u"start.png"_s} : QStringList {u"start.png"_s, u"end.png"_s};
    if (file.endsWith(u"profile-time-travel.json"_s)) {
        // The export's read lines say when the page went back in time.
        QVERIFY(events.contains("\"timeTravel\":true"));
        pictures = {u"profile-time-travel-naive.png"_s, u"profile-stay-on-one-replica.png"_s};
    }
    if (file.endsWith(u"profile-changed-elsewhere.json"_s)) {
        QVERIFY(events.contains("\"kind\":\"conflict\""));
        pictures = {u"profile-details-last-write-wins.png"_s, u"profile-details-conflict.png"_s};
    }
    if (file.endsWith(u"profile-photo-behind-a-cache.json"_s))
        pictures = {u"profile-cache-ttl.png"_s, u"profile-cache-write-through.png"_s,
                    u"profile-cache-event-before.png"_s, u"profile-cache-versioned.png"_s};
    if (file.endsWith(u"favorites-two-devices-apart.json"_s))
        pictures = {u"favorites-devices-apart.png"_s, u"favorites-devices-merged.png"_s};
    for (const QString &png : pictures) {
        QImage image(dir.filePath(png));
        QVERIFY2(!image.isNull(), qPrintable(png));
        QVERIFY(image.width() > 400);
    }
}

QTEST_GUILESS_MAIN(TestHeadlessRun)
#include "tst_headlessrun.moc"
