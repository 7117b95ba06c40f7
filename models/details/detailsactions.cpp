#include "models/details/detailsactions.h"

#include "models/control/actionregistry.h"
#include "models/details/detailsmodel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaEnum>

#include <memory>
#include <utility>

using namespace DetailsMachine;
using namespace Qt::StringLiterals;

namespace {

// The catalogue's context for this file's words; lupdate reads it here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(DetailsActions)
};

QString phaseKey(Phase phase)
{
    return QString::fromLatin1(QMetaEnum::fromType<Phase>().valueToKey(int(phase))).toLower();
}

bool settledOrAsking(Phase phase)
{
    return phase == Phase::Idle || phase == Phase::Conflict || phase == Phase::Refused;
}

// Calls done once the save in hand is settled, or the person is asked to decide.
void awaitSettled(DetailsModel *model, ActionRegistry::Done done)
{
    auto pending = std::make_shared<ActionRegistry::Done>(std::move(done));
    auto *context = new QObject(model);
    QObject::connect(model, &DetailsModel::changed, context, [model, pending, context] {
        const State &s = model->state();
        if (!*pending || !settledOrAsking(s.phase))
            return;
        ActionRegistry::Done callback = std::exchange(*pending, nullptr);
        context->deleteLater();
        switch (s.phase) {
        case Phase::Conflict:
            return callback(true,
                            Words::tr("changed elsewhere meanwhile: the person is asked "
                                      "(yours based on version %1, the server has %2)")
                                .arg(s.basedOn)
                                .arg(s.theirs.version));
        case Phase::Refused:
            return callback(true, Words::tr("refused: %1").arg(s.detail));
        default:
            return callback(true, Words::tr("saved as version %1").arg(s.server.version));
        }
    });
}

} // namespace

void registerDetailsActions(ActionRegistry *registry, DetailsModel *model,
                            std::function<void()> reveal)
{
    registry->registerAction(
        u"profile.editDetails"_s,
        Words::tr("Start editing the profile's contact details: a later save is based on the "
                  "version shown now"),
        [model, reveal](const QJsonObject &, ActionRegistry::Done done) {
            if (reveal)
                reveal();
            if (!model->isLoaded())
                return done(false, Words::tr("the contact details have not loaded yet"));
            model->edit();
            done(true, Words::tr("editing version %1").arg(model->state().editBase));
        });

    registry->registerAction(
        u"profile.saveDetails"_s,
        Words::tr("Edit the profile's contact details and save them (args: name, email, both "
                  "optional; pattern = ask or last-write-wins)"),
        [model, reveal](const QJsonObject &args, ActionRegistry::Done done) {
            if (reveal)
                reveal();
            const QString pattern = args.value(u"pattern"_s).toString();
            if (pattern == u"ask"_s)
                model->setPattern(Pattern::AskOnConflict);
            else if (pattern == u"last-write-wins"_s)
                model->setPattern(Pattern::LastWriteWins);
            else if (!pattern.isEmpty())
                return done(
                    false,
                    Words::tr("unknown pattern “%1”; use ask or last-write-wins").arg(pattern));
            if (!model->isLoaded())
                return done(false, Words::tr("the contact details have not loaded yet"));
            const State &s = model->state();
            if (!settledOrAsking(s.phase) || s.phase == Phase::Conflict)
                return done(false, Words::tr("a save is still waiting to be settled"));
            model->edit();
            awaitSettled(model, std::move(done));
            model->save(args.value(u"name"_s).toString(s.server.name),
                        args.value(u"email"_s).toString(s.server.email));
        });

    registry->registerAction(
        u"profile.decideConflict"_s,
        Words::tr("Answer the conflict dialog (args: choice = mine, theirs or merge; name and "
                  "email for a merge)"),
        [model, reveal](const QJsonObject &args, ActionRegistry::Done done) {
            if (reveal)
                reveal();
            const State &s = model->state();
            if (s.phase != Phase::Conflict || s.theirs.version == 0)
                return done(false, Words::tr("there is no conflict to decide"));
            const QString choice = args.value(u"choice"_s).toString();
            if (choice == u"theirs"_s) {
                model->takeTheirs();
                return done(true, Words::tr("took the other version"));
            }
            if (choice != u"mine"_s && choice != u"merge"_s)
                return done(
                    false, Words::tr("unknown choice “%1”; use mine, theirs or merge").arg(choice));
            awaitSettled(model, std::move(done));
            if (choice == u"mine"_s)
                model->keepMine();
            else
                model->saveMerged(args.value(u"name"_s).toString(s.draftName),
                                  args.value(u"email"_s).toString(s.draftEmail));
        });

    registry->registerExpectation(
        u"profile.detailsPhase"_s,
        Words::tr("The contact details are in a phase (args: phase = idle, saving, checking, "
                  "conflict or refused)"),
        [model](const QJsonObject &args) {
            const QString found = phaseKey(model->state().phase);
            return std::pair {found == args.value(u"phase"_s).toString(),
                              Words::tr("the contact details are %1").arg(found)};
        });

    registry->registerExpectation(
        u"profile.detailsShow"_s,
        Words::tr("The contact details show a name and/or an e-mail (args: name, email)"),
        [model](const QJsonObject &args) {
            const QString name = shownName(model->state());
            const QString email = shownEmail(model->state());
            const bool ok = args.value(u"name"_s).toString(name) == name
                && args.value(u"email"_s).toString(email) == email;
            return std::pair {ok, Words::tr("the form shows “%1”, “%2”").arg(name, email)};
        });

    registry->registerExpectation(
        u"profile.detailsOverwritten"_s,
        Words::tr("The last save replaced this many versions nobody saw (args: count)"),
        [model](const QJsonObject &args) {
            const qint64 found = model->state().overwritten;
            return std::pair {found == args.value(u"count"_s).toInteger(),
                              Words::tr("%1 version(s) replaced unseen").arg(found)};
        });
}
