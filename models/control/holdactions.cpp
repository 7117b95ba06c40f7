#include "models/control/holdactions.h"

#include "models/control/actionregistry.h"
#include "models/control/heldanswers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// The catalogue's context for this file's words; lupdate reads it here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(HoldActions)
};

// The held answer a step means: "oldest" (the default) or "newest", in the order they were held.
qint64 chosen(const HeldAnswersModel &held, const QJsonObject &args, QString *error)
{
    const QString which = args.value(u"which"_s).toString(u"oldest"_s);
    if (which != u"oldest"_s && which != u"newest"_s) {
        *error = Words::tr("\"which\" must be \"oldest\" or \"newest\".");
        return 0;
    }
    const int rows = held.rowCount();
    for (int i = 0; i < rows; ++i) {
        const int row = which == u"oldest"_s ? i : rows - 1 - i;
        if (held.isHeld(row))
            return held.idAt(row);
    }
    *error = Words::tr("No answer is held.");
    return 0;
}

using Command = void (HeldAnswersModel::*)(qint64, HeldAnswersModel::Done);

// A step's visible effect is the row saying what became of the answer (its event arrived), so
// the next step never sees the answer as still held.
void whenResolved(HeldAnswersModel *held, qint64 id, const QString &said, ActionRegistry::Done done)
{
    const auto resolved = [held, id] {
        const int row = held->rowOfId(id);
        return row < 0 || !held->isHeld(row);
    };
    if (resolved())
        return done(true, said);
    auto *watch = new QObject(held);
    const auto finish = [watch, done, said](bool ok) {
        if (watch->property("finished").toBool())
            return;
        watch->setProperty("finished", true);
        watch->deleteLater();
        done(ok, ok ? said : Words::tr("The backend did not say what became of the answer."));
    };
    const auto check = [resolved, finish] {
        if (resolved())
            finish(true);
    };
    QObject::connect(held, &QAbstractItemModel::dataChanged, watch, check);
    QObject::connect(held, &QAbstractItemModel::rowsRemoved, watch, check);
    QObject::connect(held, &QAbstractItemModel::modelReset, watch, check);
    QTimer::singleShot(10000, watch, [finish] { finish(false); });
}

void registerCommand(ActionRegistry *registry, HeldAnswersModel *held, const QString &name,
                     const QString &description, Command command)
{
    registry->registerAction(name, description,
                             [held = QPointer<HeldAnswersModel>(held),
                              command](const QJsonObject &args, ActionRegistry::Done done) {
                                 if (!held)
                                     return done(false, Words::tr("No held answers here."));
                                 QString error;
                                 const qint64 id = chosen(*held, args, &error);
                                 if (id == 0)
                                     return done(false, error);
                                 (held->*command)(id,
                                                  [held, id, done](bool ok, const QString &said) {
                                                      if (!ok || !held)
                                                          return done(ok, said);
                                                      whenResolved(held, id, said, done);
                                                  });
                             });
}

} // namespace

void registerHoldActions(ActionRegistry *registry, HeldAnswersModel *held)
{
    registry->registerAction(
        u"backend.holdAnswers"_s,
        Words::tr(
            "Hold the answers of routes (args: routes, e.g. [\"PUT /items/{id}/favorite\"]; [] "
            "holds nothing)"),
        [held = QPointer<HeldAnswersModel>(held)](const QJsonObject &args,
                                                  ActionRegistry::Done done) {
            if (!held)
                return done(false, Words::tr("No held answers here."));
            QStringList routes;
            for (const QJsonValue &route : args.value(u"routes"_s).toArray())
                routes.append(route.toString());
            held->setHeldRoutes(routes, std::move(done));
        });
    registerCommand(registry, held, u"backend.releaseAnswer"_s,
                    Words::tr("Release a held answer (args: which, \"oldest\" or \"newest\")"),
                    &HeldAnswersModel::release);
    registerCommand(
        registry, held, u"backend.dropAnswer"_s,
        Words::tr("Drop a held answer: the change stays, the answer is lost (args: which)"),
        &HeldAnswersModel::drop);
    registerCommand(registry, held, u"backend.deliverTwice"_s,
                    Words::tr("Deliver a held request a second time (args: which)"),
                    &HeldAnswersModel::deliverTwice);
    registry->registerAction(
        u"backend.releaseAllAnswers"_s, Words::tr("Release every held answer, oldest first"),
        [held = QPointer<HeldAnswersModel>(held)](const QJsonObject &, ActionRegistry::Done done) {
            if (!held)
                return done(false, Words::tr("No held answers here."));
            held->releaseAll({}, std::move(done));
        });
    registry->registerExpectation(u"backend.heldAnswers"_s,
                                  Words::tr("How many answers the backend holds now (args: count)"),
                                  [held = QPointer<HeldAnswersModel>(held)](
                                      const QJsonObject &args) -> std::pair<bool, QString> {
                                      if (!held)
                                          return {false, Words::tr("No held answers here.")};
                                      const int count = held->heldCount();
                                      const QString found = count == 1
                                          ? Words::tr("1 answer held")
                                          : Words::tr("%1 answers held").arg(count);
                                      return {count == args.value(u"count"_s).toInt(), found};
                                  });
}
