#include "models/profile/profileactions.h"

#include "models/control/actionregistry.h"
#include "models/profile/profilemodel.h"
#include "models/profile/replicainspector.h"
#include "models/profile/samplephotos.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// The catalogue's context for this file's words; lupdate reads it here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ProfileActions)
};

// Applies the optional pattern and preview arguments; false with a message when they are wrong.
bool applyOptions(ProfileModel *model, const QJsonObject &args, QString *error)
{
    if (args.contains(u"pattern"_s)) {
        ProfilePattern pattern;
        if (!ProfilePatterns::fromKey(args.value(u"pattern"_s).toString(), &pattern)) {
            QStringList keys;
            for (ProfilePattern p : ProfilePatterns::all)
                keys << ProfilePatterns::key(p);
            *error = Words::tr("unknown pattern “%1”; use one of %2")
                         .arg(args.value(u"pattern"_s).toString(), keys.join(u", "_s));
            return false;
        }
        model->setPattern(pattern);
    }
    if (args.contains(u"preview"_s))
        model->setLocalPreview(args.value(u"preview"_s).toBool());
    return true;
}

// Calls done once, with the first of the model's "what the page now shows" signals.
void awaitOutcome(ProfileModel *model, ActionRegistry::Done done, bool isReload)
{
    // The context dies with the first outcome (or with the model), taking every connection along.
    struct Wait
    {
        ActionRegistry::Done done;
        QObject *context = nullptr;
    };
    auto wait = std::make_shared<Wait>(Wait {std::move(done), new QObject(model)});
    QObject *context = wait->context;
    auto finish = [wait](bool ok, const QString &message) {
        if (!wait->done)
            return;
        ActionRegistry::Done callback = std::move(wait->done);
        wait->done = nullptr;
        wait->context->deleteLater();
        callback(ok, message);
    };
    QObject::connect(model, &ProfileModel::ownPhotoShown, context,
                     [model, finish](qint64 version, int reads, qint64) {
                         finish(true,
                                Words::tr("shows your new photo (version %1) after %2 read(s), "
                                          "served by %3")
                                    .arg(version)
                                    .arg(reads)
                                    .arg(ReplicaInspector::nodeTitle(model->lastServedBy())));
                     });
    QObject::connect(model, &ProfileModel::oldPhotoShown, context,
                     [finish](qint64 version, const QString &servedBy) {
                         finish(true,
                                Words::tr("shows your OLD photo (version %1), served by %2")
                                    .arg(version)
                                    .arg(ReplicaInspector::nodeTitle(servedBy)));
                     });
    QObject::connect(model, &ProfileModel::gaveUp, context,
                     [finish](const QString &message) { finish(true, message); });
    QObject::connect(model, &ProfileModel::uploadFailed, context,
                     [finish](const QString &message) { finish(false, message); });
    QObject::connect(model, &ProfileModel::inputRefused, context,
                     [finish](const QString &message) { finish(false, message); });
    QObject::connect(model, &ProfileModel::loadFailed, context,
                     [finish](const QString &message) { finish(false, message); });
    if (!isReload)
        return;
    QObject::connect(model, &ProfileModel::changed, context, [model, finish]() {
        // A reload that reads back no upload ends without any of the signals above.
        if (model->activity() == ProfileModel::Activity::Idle && model->canRetry() == false)
            finish(true,
                   Words::tr("shows version %1, served by %2")
                       .arg(model->shownVersion())
                       .arg(ReplicaInspector::nodeTitle(model->lastServedBy())));
    });
}

// One reload after the other, each awaited, like a person pressing Reload again and again.
void reloadTimes(ProfileModel *model, int times, ActionRegistry::Done done)
{
    if (model->isUploading())
        return done(false, Words::tr("an upload is still in progress"));
    auto next = [model, times, done](bool ok, const QString &message) {
        if (!ok || times <= 1)
            return done(ok, message);
        // Not from inside the model's signal: the next reload starts on a clean stack.
        QMetaObject::invokeMethod(
            model, [model, times, done] { reloadTimes(model, times - 1, done); },
            Qt::QueuedConnection);
    };
    awaitOutcome(model, std::move(next), true);
    model->reload();
}

} // namespace

void registerProfileActions(ActionRegistry *registry, ProfileModel *model,
                            std::function<void()> reveal)
{
    registry->registerAction(
        u"profile.upload"_s,
        Words::tr(
            "Upload a sample photo on the profile screen (args: sample = sunrise, ocean, forest, "
            "night-city or flower; pattern = naive, read-your-writes, sticky-primary, poll or "
            "monotonic; preview = true/false) and wait until the page shows something"),
        [model, reveal](const QJsonObject &args, ActionRegistry::Done done) {
            if (reveal)
                reveal();
            QString error;
            if (!applyOptions(model, args, &error))
                return done(false, error);
            const QString key = args.value(u"sample"_s).toString(u"ocean"_s);
            const SamplePhotos::Sample *sample = SamplePhotos::find(key);
            if (!sample)
                return done(false, Words::tr("there is no sample photo “%1”").arg(key));
            // A refused photo ends the wait at once through inputRefused.
            awaitOutcome(model, std::move(done), false);
            model->uploadBytes(SamplePhotos::bytes(key), sample->title);
        });

    registry->registerAction(
        u"profile.reload"_s,
        Words::tr("Reload the profile page (args: pattern, optional; times, default 1) and wait "
                  "until it shows something, each time"),
        [model, reveal](const QJsonObject &args, ActionRegistry::Done done) {
            if (reveal)
                reveal();
            QString error;
            if (!applyOptions(model, args, &error))
                return done(false, error);
            const qint64 times = args.value(u"times"_s).toInteger(1);
            if (times < 1 || times > 100)
                return done(false, Words::tr("times must be a whole number from 1 to 100"));
            reloadTimes(model, int(times), std::move(done));
        });

    registry->registerExpectation(
        u"profile.showsOwnPhoto"_s,
        Words::tr(
            "The profile page shows this session's last uploaded photo (args: expected, default "
            "true)"),
        [model](const QJsonObject &args) {
            const bool expected = args.value(u"expected"_s).toBool(true);
            const bool shown = model->isOwnPhotoShown() && !model->isPreviewShown();
            return std::pair {shown == expected,
                              Words::tr("version %1 is shown; your last upload is version %2")
                                  .arg(model->shownVersion())
                                  .arg(model->ownVersion())};
        });

    registry->registerExpectation(
        u"profile.showsVersion"_s,
        Words::tr("The profile page shows a photo version (args: version, or atLeast)"),
        [model](const QJsonObject &args) {
            const qint64 shown = model->shownVersion();
            const bool passed = args.contains(u"version"_s)
                ? shown == args.value(u"version"_s).toInteger()
                : shown >= args.value(u"atLeast"_s).toInteger(1);
            return std::pair {passed, Words::tr("version %1 is shown").arg(shown)};
        });

    registry->registerExpectation(
        u"profile.timeTravel"_s,
        Words::tr("How often the page showed an older photo after a newer one (args: pattern, "
                  "default the current one; count, or atLeast)"),
        [model](const QJsonObject &args) {
            ProfilePattern pattern = model->pattern();
            if (args.contains(u"pattern"_s)
                && !ProfilePatterns::fromKey(args.value(u"pattern"_s).toString(), &pattern))
                return std::pair {
                    false,
                    Words::tr("unknown pattern “%1”").arg(args.value(u"pattern"_s).toString())};
            const int seen = model->timeTravels(pattern);
            const bool passed = args.contains(u"count"_s)
                ? seen == args.value(u"count"_s).toInteger()
                : seen >= args.value(u"atLeast"_s).toInteger(1);
            return std::pair {
                passed,
                Words::tr("the page went back in time %n time(s) with “%1”", nullptr, seen)
                    .arg(ProfilePatterns::title(pattern))};
        });

    registry->registerExpectation(
        u"profile.showedOldPhoto"_s,
        Words::tr(
            "After the last upload the page presented an older photo as current (args: expected, "
            "default true)"),
        [model](const QJsonObject &args) {
            const bool expected = args.value(u"expected"_s).toBool(true);
            const bool showed = model->showedOldPhotoAfterUpload();
            return std::pair {showed == expected,
                              showed ? Words::tr("the old photo was shown after the upload")
                                     : Words::tr("the old photo was not shown after the upload")};
        });

    registry->registerExpectation(
        u"profile.cacheAnswered"_s,
        Words::tr("What the photo cache did for the last read (args: hit, true or false; "
                  "optional version, the version its copy held)"),
        [model](const QJsonObject &args) {
            const auto read = model->lastRead();
            if (!read || read->cache.isEmpty())
                return std::pair {false, Words::tr("no cache answered the last read")};
            bool passed = read->cacheHit() == args.value(u"hit"_s).toBool(true);
            if (args.contains(u"version"_s))
                passed = passed && read->version == args.value(u"version"_s).toInteger();
            return std::pair {
                passed,
                read->cacheHit()
                    ? Words::tr("the cache served a copy %1 old of version %2")
                          .arg(ReplicaInspector::formatLag(read->cacheAgeMs))
                          .arg(read->version)
                    : Words::tr("the cache had no copy; it fetched version %1").arg(read->version)};
        });
}
