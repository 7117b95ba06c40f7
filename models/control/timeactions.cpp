#include "models/control/timeactions.h"

#include "models/control/actionregistry.h"
#include "models/control/backendtimecontrol.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TimeActions", text);
}

} // namespace

void registerTimeActions(ActionRegistry *registry, BackendTimeControl *time)
{
    registry->registerAction(
        u"backend.timeScale"_s,
        tr("Slow the backend down or freeze it (args: scale, 1 normal, 0.25 slow motion, 0 "
           "frozen)"),
        [time = QPointer<BackendTimeControl>(time)](const QJsonObject &args,
                                                    ActionRegistry::Done done) {
            if (!time)
                return done(false, tr("No backend time here."));
            const QJsonValue scale = args.value(u"scale"_s);
            if (!scale.isDouble())
                return done(false,
                            tr("\"scale\" must be a number: 1 normal, 0.25 slow motion, 0 "
                               "frozen."));
            // The backend judges the range; its words say what is allowed.
            time->setScale(scale.toDouble(), std::move(done));
        });
    registry->registerAction(u"backend.timeStep"_s, tr("Move backend time to what is due next"),
                             [time = QPointer<BackendTimeControl>(time)](
                                 const QJsonObject &, ActionRegistry::Done done) {
                                 if (!time)
                                     return done(false, tr("No backend time here."));
                                 time->step(std::move(done));
                             });
}
