#include "models/control/scenario.h"

#include "models/control/scenarioparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// The catalogue's context for this file's words; lupdate reads it here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)
};

QString percent(double rate)
{
    return QCoreApplication::translate("Scenario", "%L1 %").arg(rate * 100, 0, 'g', 3);
}

} // namespace

std::optional<Scenario> Scenario::parse(const QByteArray &text, const QString &fileName,
                                        QString *error, const ActionRegistry *registry)
{
    return parseScenario(text, fileName, registry, error);
}

std::optional<Scenario> Scenario::load(const QString &path, QString *error,
                                       const ActionRegistry *registry)
{
    QFile file(path);
    const QString fileName = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"%1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), fileName, error, registry);
}

QString Scenario::describePatch(const QJsonObject &patch)
{
    QStringList parts;
    const QJsonObject faults = patch.value(u"faults"_s).toObject();
    if (faults.contains(u"errorRate"_s))
        parts << Words::tr("error rate %1").arg(percent(faults.value(u"errorRate"_s).toDouble()));
    if (faults.contains(u"hangRate"_s))
        parts << Words::tr("hang rate %1").arg(percent(faults.value(u"hangRate"_s).toDouble()));
    if (faults.contains(u"lostResponseRate"_s))
        parts << Words::tr("lost responses %1")
                     .arg(percent(faults.value(u"lostResponseRate"_s).toDouble()));
    if (faults.contains(u"offline"_s))
        parts << (faults.value(u"offline"_s).toBool() ? Words::tr("offline") : Words::tr("online"));
    const QJsonObject latency = patch.value(u"latency"_s).toObject();
    const std::pair<QString, const char *> classes[] = {
        {u"reads"_s, QT_TRANSLATE_NOOP("Scenario", "read latency %1 ms")},
        {u"writes"_s, QT_TRANSLATE_NOOP("Scenario", "write latency %1 ms")},
        {u"transfers"_s, QT_TRANSLATE_NOOP("Scenario", "transfer latency %1 ms")},
    };
    for (const auto &[key, text] : classes) {
        const QJsonObject model = latency.value(key).toObject();
        if (model.contains(u"baseMs"_s))
            parts << Words::tr(text).arg(model.value(u"baseMs"_s).toInteger());
    }
    const QJsonArray replicas =
        patch.value(u"replication"_s).toObject().value(u"replicas"_s).toArray();
    for (qsizetype i = 0; i < replicas.size(); ++i) {
        const QJsonObject lag = replicas.at(i).toObject();
        const QJsonValue ms =
            lag.contains(u"medianMs"_s) ? lag.value(u"medianMs"_s) : lag.value(u"baseMs"_s);
        if (!ms.isUndefined())
            parts << Words::tr("replica %1 lag %2 ms").arg(i + 1).arg(ms.toInteger());
    }
    const QJsonObject transfers = patch.value(u"transfers"_s).toObject();
    if (transfers.contains(u"successRate"_s))
        parts << Words::tr("transfer success %1")
                     .arg(percent(transfers.value(u"successRate"_s).toDouble()));
    if (transfers.contains(u"settleMaxMs"_s))
        parts << Words::tr("transfers settle within %1 ms")
                     .arg(transfers.value(u"settleMaxMs"_s).toInteger());
    if (parts.isEmpty())
        return Words::tr("change backend settings");
    return parts.join(u", "_s);
}

QString ScenarioStep::describe() const
{
    QString what;
    switch (kind) {
    case Kind::Set:
        what = Words::tr("Set %1").arg(Scenario::describePatch(patch));
        break;
    case Kind::PauseReplica:
        what = Words::tr("Pause replica %1").arg(replica);
        break;
    case Kind::ResumeReplica:
        what = Words::tr("Resume replica %1").arg(replica);
        break;
    case Kind::Heal:
        what = Words::tr("Heal: no faults, every replica resumed");
        break;
    case Kind::FailNext:
        what = Words::tr("Fail the next %n request(s)", nullptr, count);
        break;
    case Kind::Reset:
        what = Words::tr("Reset the data to the seed");
        break;
    case Kind::Action:
        what = Words::tr("Do %1").arg(name);
        break;
    case Kind::Expect:
        what = Words::tr("Check %1").arg(name);
        break;
    case Kind::Screenshot:
        what = Words::tr("Screenshot “%1”").arg(name);
        break;
    }
    return note.isEmpty() ? what : u"%1 (%2)"_s.arg(note, what);
}
