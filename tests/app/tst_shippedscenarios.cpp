// Every scenario shipped for workshops parses against the real app: each action and expectation
// it names is one the screens and the control room actually registered.

#include "app/controlroom/controlroom.h"
#include "app/convergeapp.h"
#include "core/shippeddata.h"
#include "models/control/actionregistry.h"
#include "models/control/scenario.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestShippedScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAgainstTheAppsRegistry_data();
    void parsesAgainstTheAppsRegistry();
    void runsHeadless_data();
    void runsHeadless();
};

void TestShippedScenarios::parsesAgainstTheAppsRegistry_data()
{
    QTest::addColumn<QString>("path");
    const QString shipped = ShippedData::scenariosDirectory();
    QVERIFY(!shipped.isEmpty());
    const QDir dir(shipped);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files);
    QVERIFY(files.size() >= 4);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestShippedScenarios::parsesAgainstTheAppsRegistry()
{
    QFETCH(QString, path);
    ConvergeApp app(CommandLineOptions {});
    QString error;
    const auto scenario = Scenario::load(path, &error, app.controlRoom()->registry());
    QVERIFY2(scenario, qPrintable(error));
    QVERIFY(!scenario->description.isEmpty());
    QVERIFY(!scenario->steps.isEmpty());
}

void TestShippedScenarios::runsHeadless_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("shots");
    QTest::addColumn<QString>("paneScreen"); // a right pane whose stories the export must hold
    // No flicker in the careful patterns, one in the naive refresh.
    QTest::newRow("held answers") << u"old-answer-arrives-late.json"_s
                                  << QStringList {u"old-answer-two-taps-held"_s,
                                                  u"old-answer-naive-flicker"_s,
                                                  u"old-answer-careful"_s}
                                  << QString();
    // Side by side from the scenario's "split": both panes upload, the export has both.
    QTest::newRow("two pages") << u"profile-two-pages.json"_s
                               << QStringList {u"profile-two-pages"_s} << u"profile-right"_s;
}

// A shipped scenario runs as CI runs it: the real executable, headless, its expectations checked.
void TestShippedScenarios::runsHeadless()
{
    QFETCH(QString, file);
    QFETCH(QStringList, shots);
    QFETCH(QString, paneScreen);
    const QString path = QDir(ShippedData::scenariosDirectory()).filePath(file);
    QVERIFY(QFile::exists(path));
    QTemporaryDir out;
    QTemporaryDir home;
    QVERIFY(out.isValid() && home.isValid());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CONVERGE_EXECUTABLE),
                  {u"--scenario"_s, path, u"--headless"_s, u"--out"_s, out.path()});
    QVERIFY(process.waitForStarted());
    QVERIFY2(process.waitForFinished(120000), "the headless run did not end");
    const QString said = QString::fromUtf8(process.readAllStandardOutput())
        + QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit, qPrintable(said));
    QVERIFY2(process.exitCode() == 0, qPrintable(said));
    QVERIFY2(said.contains(u"PASSED"_s), qPrintable(said));
    for (const QString &shot : std::as_const(shots))
        QVERIFY2(QFile::exists(QDir(out.path()).filePath(shot + u".png"_s)), qPrintable(shot));
    if (!paneScreen.isEmpty()) {
        QFile session(QDir(out.path()).filePath(u"session.jsonl"_s));
        QVERIFY(session.open(QIODevice::ReadOnly));
        const QByteArray exported = session.readAll();
        const QByteArray quoted = QByteArray("\"") + paneScreen.toUtf8() + QByteArray("\"");
        QVERIFY2(exported.contains(quoted), "no right pane stories");
    }
}

QTEST_MAIN(TestShippedScenarios)
#include "tst_shippedscenarios.moc"
