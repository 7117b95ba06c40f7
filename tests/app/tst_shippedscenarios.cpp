// Every scenario shipped for workshops parses against the real app: each action and expectation
// it names is one the screens and the control room actually registered.

#include "app/controlroom/controlroom.h"
#include "app/convergeapp.h"
#include "core/shippeddata.h"
#include "models/control/actionregistry.h"
#include "models/control/scenario.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestShippedScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAgainstTheAppsRegistry_data();
    void parsesAgainstTheAppsRegistry();
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

QTEST_MAIN(TestShippedScenarios)
#include "tst_shippedscenarios.moc"
