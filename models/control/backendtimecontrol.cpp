#include "models/control/backendtimecontrol.h"

#include "core/wire.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/dto.h"
#include "models/client/eventstream.h"

#include <QJsonObject>
#include <QLocale>

#include <utility>

using namespace Qt::StringLiterals;

BackendTimeControl::BackendTimeControl(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void BackendTimeControl::observe(EventStream *events)
{
    connect(events, &EventStream::eventReceived, this, &BackendTimeControl::onEvent);
    connect(events, &EventStream::resyncNeeded, this, [this] { refresh(); });
}

QList<double> BackendTimeControl::offeredScales()
{
    return {1, 0.5, 0.25, 0.1, 0};
}

QString BackendTimeControl::scaleName(double scale)
{
    if (scale == 0)
        return tr("Frozen");
    //: A speed: "0.25×" is a quarter of normal speed.
    return tr("%1×").arg(QLocale().toString(scale, 'g', 6));
}

QString BackendTimeControl::statusWords(double scale)
{
    if (scale == 0)
        return tr("Backend frozen");
    if (scale == 1)
        return {};
    if (scale < 1)
        return tr("Backend in slow motion %1").arg(scaleName(scale));
    return tr("Backend sped up %1").arg(scaleName(scale));
}

void BackendTimeControl::refresh(Done done)
{
    send("GET", Wire::Route::adminTime, {}, {}, std::move(done));
}

void BackendTimeControl::setScale(double scale, Done done)
{
    if (m_scaleInFlight) {
        if (m_wantedDone)
            m_wantedDone(true, tr("Replaced by a newer speed"));
        m_wantedScale = scale;
        m_wantedDone = std::move(done);
        return;
    }
    m_scaleInFlight = true;
    done = [this, done = std::move(done)](bool ok, const QString &message) {
        m_scaleInFlight = false;
        if (done)
            done(ok, message);
        if (m_wantedScale) {
            const double next = *m_wantedScale;
            m_wantedScale.reset();
            setScale(next, std::exchange(m_wantedDone, {}));
        }
    };
    send("PUT", Wire::Route::adminTime, {{u"scale"_s, scale}},
         scale == 0 ? tr("Backend time frozen") : tr("Backend time at %1").arg(scaleName(scale)),
         std::move(done));
}

void BackendTimeControl::step(Done done)
{
    send("POST", Wire::Route::adminTimeStep, {}, tr("Stepped backend time"), std::move(done));
}

void BackendTimeControl::toggleFrozen(Done done)
{
    setScale(isFrozen() ? 1 : 0, std::move(done));
}

void BackendTimeControl::send(const QByteArray &method, const QString &path,
                              const QJsonObject &body, const QString &what, Done done)
{
    if (!m_client)
        return;
    const QString correlationId = ApiClient::newCorrelationId();
    m_issued.append(correlationId);
    if (m_issued.size() > 32)
        m_issued.removeFirst();
    const quint64 asked = ++m_asked;
    ApiCall *call = m_client->admin(method, path, body, correlationId);
    connect(call, &ApiCall::finished, this, [this, asked, what, done](const ApiResult &result) {
        // Three quick presses of Down send 0.5, 0.25, 0.1: the first answers must not show
        // 0.5 again while the person is already at 0.1.
        if (result.ok() && asked == m_asked)
            take(result.body);
        QString message = result.ok() ? what : tr("%1 did not work: %2").arg(what, result.message);
        if (result.ok() && result.body.contains(u"stepped"_s)) {
            message = stepSentence(result.body.value(u"stepped"_s));
            Q_EMIT stepped(message);
        }
        if (!what.isEmpty())
            Q_EMIT commandFinished(result.ok(), message);
        if (done)
            done(result.ok(), result.ok() ? message : result.message);
    });
}

void BackendTimeControl::onEvent(const BackendEvent &event)
{
    // Ours arrive after their answers, maybe after a newer command's: they would set an old scale.
    if (event.type == u"time.changed"_s && !m_issued.contains(event.correlationId))
        take(event.data);
}

void BackendTimeControl::take(const QJsonObject &time)
{
    // A true reading of the backend's clock, even when its scale is about to change again.
    if (time.value(u"nowMs"_s).isDouble() && time.value(u"scale"_s).isDouble())
        m_history.observe(m_clock->nowMs(), time.value(u"nowMs"_s).toInteger(),
                          time.value(u"scale"_s).toDouble());
    // A newer speed is on its way: this one is already out of date.
    if (!time.value(u"scale"_s).isDouble() || m_wantedScale)
        return;
    const double scale = time.value(u"scale"_s).toDouble();
    if (scale == m_scale)
        return;
    m_scale = scale;
    Q_EMIT scaleChanged(scale);
}

QString BackendTimeControl::stepSentence(const QJsonValue &stepped)
{
    const QString kind = stepped.toObject().value(u"kind"_s).toString();
    if (kind == u"answer"_s)
        return tr("Stepped to the next answer.");
    if (kind == u"wait_deadline"_s)
        return tr("Stepped to the end of a read's wait.");
    if (kind == u"replica_apply"_s)
        return tr("Stepped to the next replica catching up.");
    if (kind == u"settlement"_s)
        return tr("Stepped to the next transfer settling.");
    if (stepped.isNull())
        return tr("Nothing is waiting; backend time stays where it is.");
    return tr("Stepped backend time.");
}
