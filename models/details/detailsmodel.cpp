#include "models/details/detailsmodel.h"

#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/dto.h"

#include <QJsonObject>

#include <optional>

using namespace DetailsMachine;
using namespace Qt::StringLiterals;

namespace {

// A write.accepted event of the details carries the version it made (docs/api.md, "Events").
std::optional<Details> detailsOfEvent(const BackendEvent &event)
{
    if (event.type != "write.accepted"_L1 || event.data.value(u"kind"_s).toString() != "details"_L1)
        return std::nullopt;
    const QJsonObject json = event.data.value(u"details"_s).toObject();
    Details details {json.value(u"name"_s).toString(), json.value(u"email"_s).toString(),
                     json.value(u"detailsVersion"_s).toInteger(),
                     json.value(u"detailsUpdatedBy"_s).toString(),
                     json.value(u"detailsUpdatedAtMs"_s).toInteger()};
    if (details.version <= 0)
        return std::nullopt; // not a shape we can trust: read the primary instead
    return details;
}

} // namespace

DetailsModel::DetailsModel(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { feed(Input::timerDue()); });
}

DetailsModel::~DetailsModel()
{
    // A call still in flight must not call back into a model that is gone.
    if (m_saveCall)
        m_saveCall->disconnect(this);
    if (m_readCall)
        m_readCall->disconnect(this);
}

void DetailsModel::setPattern(Pattern pattern)
{
    if (m_state.pattern == pattern)
        return;
    m_state.pattern = pattern; // takes effect with the next save
    Q_EMIT changed();
}

Details DetailsModel::detailsOf(const Profile &profile)
{
    return {profile.name, profile.email, profile.detailsVersion, profile.detailsUpdatedBy,
            profile.detailsUpdatedAtMs};
}

void DetailsModel::load()
{
    fetch();
}

void DetailsModel::noteProfile(const Profile &profile)
{
    const Details details = detailsOf(profile);
    feed(Input::loaded(details, byOtherClient(details)));
}

void DetailsModel::noteEvent(const BackendEvent &event)
{
    if (event.type == "data.reset"_L1) {
        m_timer.stop();
        if (m_saveCall)
            m_saveCall->disconnect(this);
        feed(Input::dataReset());
        return;
    }
    if (event.type != "write.accepted"_L1 || event.clientId == m_api->clientId())
        return; // our own saves are settled by their answers (or their resends)
    if (event.data.value(u"kind"_s).toString() != "details"_L1)
        return;
    if (const std::optional<Details> details = detailsOfEvent(event))
        feed(Input::loaded(*details, true));
    else
        feed(Input::changedElsewhere());
}

void DetailsModel::edit()
{
    feed(Input::edit());
}

void DetailsModel::revert()
{
    feed(Input::revert());
}

void DetailsModel::save(const QString &name, const QString &email)
{
    // A new story only for a save that goes out: one refused as busy keeps the story in hand.
    const Phase phase = m_state.phase;
    if (phase != Phase::Saving && phase != Phase::Checking && phase != Phase::Conflict)
        m_storyId = ApiClient::newCorrelationId();
    feed(Input::save(name.trimmed(), email.trimmed(), ApiClient::newIdempotencyKey()));
}

void DetailsModel::keepMine()
{
    feed(Input::keepMine(ApiClient::newIdempotencyKey()));
}

void DetailsModel::takeTheirs()
{
    feed(Input::takeTheirs());
}

void DetailsModel::saveMerged(const QString &name, const QString &email)
{
    feed(Input::saveMerged(name.trimmed(), email.trimmed(), ApiClient::newIdempotencyKey()));
}

QString DetailsModel::ownClientId() const
{
    return m_api->clientId();
}

bool DetailsModel::byOtherClient(const Details &details) const
{
    return !details.updatedBy.isEmpty() && details.updatedBy != m_api->clientId();
}

void DetailsModel::feed(const Input &input)
{
    const State before = m_state;
    const Step step = next(m_settings, m_state, input);
    if (step.state == before && step.effects.empty())
        return;
    m_state = step.state;
    for (const Effect &effect : step.effects) {
        switch (effect.kind) {
        case Effect::Kind::Send:
            send();
            if (input.kind != Input::Kind::TimerDue)
                Q_EMIT saveStarted();
            break;
        case Effect::Kind::Fetch:
            fetch();
            break;
        case Effect::Kind::Schedule:
            m_timer.start(static_cast<int>(effect.delayMs));
            break;
        case Effect::Kind::Notify:
            Q_EMIT notified(effect.notice);
            break;
        case Effect::Kind::Ask:
            Q_EMIT decisionNeeded();
            break;
        }
    }
    if (m_state.phase == Phase::Idle)
        m_storyId.clear();
    Q_EMIT changed();
}

void DetailsModel::send()
{
    if (m_saveCall)
        m_saveCall->disconnect(this); // a superseded send's answer is not this one's
    if (m_storyId.isEmpty())
        m_storyId = ApiClient::newCorrelationId();
    const qint64 ifMatch = m_state.conditional ? m_state.basedOn : 0;
    m_saveCall =
        m_api->saveDetails(m_state.draftName, m_state.draftEmail, ifMatch, m_state.key, m_storyId);
    connect(m_saveCall, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_saveCall = nullptr;
        const Profile *profile = result.get<Profile>();
        feed(Input::answer(classifyWrite(result), profile ? detailsOf(*profile) : Details {},
                           result.message));
    });
}

void DetailsModel::fetch()
{
    if (m_readCall)
        m_readCall->disconnect(this);
    m_readCall = m_api->fetchProfile(ReadConsistency::Primary, m_storyId);
    connect(m_readCall, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_readCall = nullptr;
        if (const Profile *profile = result.get<Profile>())
            noteProfile(*profile);
        else
            Q_EMIT loadFailed(result.message);
    });
}
