#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The pipeline QA uses: the real converge executable, offscreen, with a scenario from tests/app/
// data. Exit codes 0 (every expectation met), 1 (one failed), 2 (invalid scenario).
class TestHeadlessRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void run_data();
    void run();
};

void TestHeadlessRun::run_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output"); // appears on stdout or stderr

    QTest::newRow("passes") << u"headless-smoke.json"_s << 0 << u"PASSED"_s;
    QTest::newRow("failing expectation")
        << u"headless-failing.json"_s << 1 << u"backend.itemFavorite failed"_s;
    QTest::newRow("invalid file") << u"headless-invalid.json"_s << 2
                                  << u"headless-invalid.json:15: steps[1].atMs"_s;
}

void TestHeadlessRun::run()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    QTemporaryDir out;
    QVERIFY(out.isValid());
    // A fresh home: no saved layout and no transfer outbox from an earlier run.
    QTemporaryDir home;

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CONVERGE_EXECUTABLE),
                  {u"--scenario"_s, QDir(QStringLiteral(TEST_DATA_DIR)).filePath(file),
                   u"--headless"_s, u"--out"_s, out.path()});
    QVERIFY(process.waitForStarted());
    QVERIFY2(process.waitForFinished(90000), "the headless run did not end");
    const QString said = QString::fromUtf8(process.readAllStandardOutput())
        + QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == exitCode, qPrintable(said));
    QVERIFY2(said.contains(output), qPrintable(said));

    const QDir dir(out.path());
    if (exitCode == 2) {
        QVERIFY(dir.entryList(QDir::Files).isEmpty()); // nothing happened
        return;
    }
    QFile session(dir.filePath(u"session.jsonl"_s));
    QVERIFY(session.open(QIODevice::ReadOnly));
    const QByteArray first = session.readLine();
    QVERIFY2(first.contains("\"seed\":42"), first.constData());
    QVERIFY(session.readAll().contains("config_changed"));
    for (const QString &png : {u"start.png"_s, u"end.png"_s}) {
        QImage image(dir.filePath(png));
        QVERIFY2(!image.isNull(), qPrintable(png));
        QVERIFY(image.width() > 400);
    }
}

QTEST_GUILESS_MAIN(TestHeadlessRun)
#include "tst_headlessrun.moc"
