#include "app/screens/profile/detailsfeedback.h"

#include "app/split/panesession.h"
#include "models/client/apiclient.h"
#include "models/details/detailswords.h"
#include "models/session/sessionrecorder.h"
#include "models/session/telemetry.h"
#include "widgets/statusannouncer.h"
#include "widgets/toastcenter.h"

#include <utility>

using namespace Qt::StringLiterals;
using Notice = DetailsMachine::Notice;

namespace {

const QString detailsOperation = u"contact details"_s;

} // namespace

DetailsFeedback::DetailsFeedback(DetailsModel *model, const SessionServices &services,
                                 QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_toasts(services.toasts)
    , m_announcer(services.announcer)
    , m_recorder(services.recorder)
    , m_telemetry(services.telemetry)
    , m_ownClientId(services.api ? services.api->clientId() : QString())
    // A right pane's details are not mirrored: its words and figures carry the pane's name.
    , m_pane(services.pane)
    , m_operation(PaneSession::measured(detailsOperation, services.pane))
    // One save at a time: its final state drops a "checking" still on the way.
    , m_subject(PaneSession::subject(u"profile:details"_s, services.pane))
{
    connect(m_model, &DetailsModel::notified, this, &DetailsFeedback::onNotice);
    connect(m_model, &DetailsModel::saveStarted, this, [this] {
        // The form showed the saved values and "Saving…" in the same call as the person's action.
        if (m_telemetry)
            m_telemetry->recordFeedback(m_operation, 0);
        record(TimelineEvent::Kind::UserAction, tr("Saved the contact details"));
    });
}

void DetailsFeedback::record(TimelineEvent::Kind kind, const QString &text)
{
    if (!m_recorder)
        return;
    TimelineEvent event;
    event.kind = kind;
    event.screen = m_screen;
    event.correlationId = m_model->storyId();
    event.text = text;
    const auto &state = m_model->state();
    event.detail = u"details v%1 · based on v%2%3"_s.arg(state.server.version)
                       .arg(state.basedOn)
                       .arg(state.conditional ? u" · If-Match"_s : QString());
    m_recorder->record(event);
}

void DetailsFeedback::onNotice(Notice notice)
{
    const auto &state = m_model->state();
    const QString plain = DetailsWords::announcement(notice, state);
    const QString words = PaneSession::say(m_pane, plain);
    const QString pattern = DetailsWords::patternTitle(state.pattern);
    switch (notice) {
    case Notice::Saved:
        if (m_toasts)
            m_toasts->resolve(std::exchange(m_failureToast, 0), tr("Saved"));
        PaneSession::announceSaved(m_announcer, m_pane, plain, m_subject);
        record(TimelineEvent::Kind::Confirmed, words);
        break;
    case Notice::Checking:
        if (m_telemetry)
            m_telemetry->countUnknown(m_operation);
        if (m_announcer)
            m_announcer->announce(StatusAnnouncer::Kind::Checking, words, m_subject);
        record(TimelineEvent::Kind::OutcomeUnknown, words);
        break;
    case Notice::Conflict:
        if (m_announcer)
            m_announcer->settle(m_subject); // the dialog says what happened
        if (m_telemetry)
            m_telemetry->countConflict(m_operation);
        record(TimelineEvent::Kind::Conflict, words);
        break;
    case Notice::Refused:
        if (m_announcer)
            m_announcer->announce(StatusAnnouncer::Kind::Failure, words, m_subject);
        if (m_toasts) {
            const int toast =
                m_toasts->show({ToastSpec::Style::Error, words, ToastSpec::Action::None});
            m_toasts->resolve(std::exchange(m_failureToast, toast), tr("Failed again"));
        }
        record(TimelineEvent::Kind::Failed, words);
        break;
    case Notice::ChangedElsewhere:
        if (m_announcer)
            m_announcer->announce(StatusAnnouncer::Kind::Info, words);
        if (m_toasts)
            m_toasts->show({ToastSpec::Style::Info, words, ToastSpec::Action::None});
        record(TimelineEvent::Kind::Info, words);
        break;
    case Notice::TookTheirs:
        if (m_announcer)
            m_announcer->announce(StatusAnnouncer::Kind::Info, words, m_subject);
        record(TimelineEvent::Kind::Confirmed, words);
        break;
    case Notice::Overwrote:
        if (m_telemetry)
            m_telemetry->increment(m_operation, tr("changes overwritten unseen · %1").arg(pattern),
                                   state.overwritten);
        record(TimelineEvent::Kind::Info,
               tr("Your save replaced %n change(s) made elsewhere that you never saw.", nullptr,
                  int(state.overwritten)));
        break;
    }
}
