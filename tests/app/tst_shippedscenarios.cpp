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
    void oldAnswerArrivesLateRunsHeadless();
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

// The held-answer scenario runs as CI runs it: the real executable, headless, its expectations
// checked (no flicker in the careful patterns, one in the naive refresh).
void TestShippedScenarios::oldAnswerArrivesLateRunsHeadless()
{
    const QString file =
        QDir(ShippedData::scenariosDirectory()).filePath(u"old-answer-arrives-late.json"_s);
    QVERIFY(QFile::exists(file));
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
                  {u"--scenario"_s, file, u"--headless"_s, u"--out"_s, out.path()});
    QVERIFY(process.waitForStarted());
    QVERIFY2(process.waitForFinished(120000), "the headless run did not end");
    const QString said = QString::fromUtf8(process.readAllStandardOutput())
        + QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit, qPrintable(said));
    QVERIFY2(process.exitCode() == 0, qPrintable(said));
    QVERIFY2(said.contains(u"PASSED"_s), qPrintable(said));
    for (const QString &shot :
         {u"old-answer-two-taps-held"_s, u"old-answer-naive-flicker"_s, u"old-answer-careful"_s})
        QVERIFY2(QFile::exists(QDir(out.path()).filePath(shot + u".png"_s)), qPrintable(shot));
}

QTEST_MAIN(TestShippedScenarios)
#include "tst_shippedscenarios.moc"
