#include "models/control/holdactions.h"

#include "models/control/actionregistry.h"
#include "models/control/heldanswers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HoldActions", text);
}

// The held answer a step means: "oldest" (the default) or "newest", in the order they were held.
qint64 chosen(const HeldAnswersModel &held, const QJsonObject &args, QString *error)
{
    const QString which = args.value(u"which"_s).toString(u"oldest"_s);
    if (which != u"oldest"_s && which != u"newest"_s) {
        *error = tr("\"which\" must be \"oldest\" or \"newest\".");
        return 0;
    }
    const int rows = held.rowCount();
    for (int i = 0; i < rows; ++i) {
        const int row = which == u"oldest"_s ? i : rows - 1 - i;
        if (held.isHeld(row))
            return held.idAt(row);
    }
    *error = tr("No answer is held.");
    return 0;
}

using Command = void (HeldAnswersModel::*)(qint64, HeldAnswersModel::Done);

void registerCommand(ActionRegistry *registry, HeldAnswersModel *held, const QString &name,
                     const QString &description, Command command)
{
    registry->registerAction(
        name, description,
        [held = QPointer(held), command](const QJsonObject &args, ActionRegistry::Done done) {
            if (!held)
                return done(false, tr("No held answers here."));
            QString error;
            const qint64 id = chosen(*held, args, &error);
            if (id == 0)
                return done(false, error);
            (held->*command)(id, std::move(done));
        });
}

} // namespace

void registerHoldActions(ActionRegistry *registry, HeldAnswersModel *held)
{
    registry->registerAction(
        u"backend.holdAnswers"_s,
        tr("Hold the answers of routes (args: routes, e.g. [\"PUT /items/{id}/favorite\"]; [] "
           "holds nothing)"),
        [held = QPointer(held)](const QJsonObject &args, ActionRegistry::Done done) {
            if (!held)
                return done(false, tr("No held answers here."));
            QStringList routes;
            for (const QJsonValue &route : args.value(u"routes"_s).toArray())
                routes.append(route.toString());
            held->setHeldRoutes(routes, std::move(done));
        });
    registerCommand(registry, held, u"backend.releaseAnswer"_s,
                    tr("Release a held answer (args: which, \"oldest\" or \"newest\")"),
                    &HeldAnswersModel::release);
    registerCommand(registry, held, u"backend.dropAnswer"_s,
                    tr("Drop a held answer: the change stays, the answer is lost (args: which)"),
                    &HeldAnswersModel::drop);
    registerCommand(registry, held, u"backend.deliverTwice"_s,
                    tr("Deliver a held request a second time (args: which)"),
                    &HeldAnswersModel::deliverTwice);
    registry->registerAction(
        u"backend.releaseAllAnswers"_s, tr("Release every held answer, oldest first"),
        [held = QPointer(held)](const QJsonObject &, ActionRegistry::Done done) {
            if (!held)
                return done(false, tr("No held answers here."));
            held->releaseAll({}, std::move(done));
        });
    registry->registerExpectation(
        u"backend.heldAnswers"_s, tr("How many answers the backend holds now (args: count)"),
        [held = QPointer(held)](const QJsonObject &args) -> std::pair<bool, QString> {
            if (!held)
                return {false, tr("No held answers here.")};
            const int count = held->heldCount();
            const QString found =
                count == 1 ? tr("1 answer held") : tr("%1 answers held").arg(count);
            return {count == args.value(u"count"_s).toInt(), found};
        });
}
