#include "models/control/timeactions.h"

#include "models/control/actionregistry.h"
#include "models/control/backendtimecontrol.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace {

// The catalogue's context for this file's words; lupdate reads it here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(TimeActions)
};

} // namespace

void registerTimeActions(ActionRegistry *registry, BackendTimeControl *time)
{
    registry->registerAction(
        u"backend.timeScale"_s,
        Words::tr("Slow the backend down or freeze it (args: scale, 1 normal, 0.25 slow motion, 0 "
                  "frozen)"),
        [time = QPointer<BackendTimeControl>(time)](const QJsonObject &args,
                                                    ActionRegistry::Done done) {
            if (!time)
                return done(false, Words::tr("No backend time here."));
            const QJsonValue scale = args.value(u"scale"_s);
            if (!scale.isDouble())
                return done(false,
                            Words::tr("\"scale\" must be a number: 1 normal, 0.25 slow motion, 0 "
                                      "frozen."));
            // The backend judges the range; its words say what is allowed.
            time->setScale(scale.toDouble(), std::move(done));
        });
    registry->registerAction(u"backend.timeStep"_s,
                             Words::tr("Move backend time to what is due next"),
                             [time = QPointer<BackendTimeControl>(time)](
                                 const QJsonObject &, ActionRegistry::Done done) {
                                 if (!time)
                                     return done(false, Words::tr("No backend time here."));
                                 time->step(std::move(done));
                             });
}
