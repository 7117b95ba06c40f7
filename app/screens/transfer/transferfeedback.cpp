#include "app/screens/transfer/transferfeedback.h"

#include "app/screens/timelinestep.h"
#include "app/split/panesession.h"
#include "models/session/sessionrecorder.h"
#include "models/session/telemetry.h"
#include "models/sync/syncwords.h"
#include "models/transfer/transfermodel.h"
#include "widgets/notificationhistorymodel.h"
#include "widgets/toastcenter.h"

using namespace Qt::StringLiterals;

TransferFeedback::TransferFeedback(TransferModel *model, const SessionServices &services,
                                   QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_services(services)
    , m_screen(QLatin1String(screenId))
{
    if (SessionRecorder *recorder = services.recorder) {
        // Each transfer the person starts is an action on the timeline, with its id.
        m_model->setCorrelationIdProvider([this, recorder](const QString &text) {
            return recorder->beginAction(m_screen, text);
        });
    }
    connectProgress();
    connectOutcomes();
    if (services.toasts) {
        // Once the history has let a toast go, nobody can press its Retry any more.
        connect(services.toasts->history(), &NotificationHistoryModel::forgotten, this,
                [this](const QList<int> &ids) {
                    m_failureToasts.removeIf(
                        [&ids](const auto &entry) { return ids.contains(entry.value()); });
                });
    }
}

void TransferFeedback::sendRefused(const QString &message)
{
    if (m_services.announcer && !message.isEmpty())
        m_services.announcer->announce(StatusAnnouncer::Kind::Failure, said(message));
}

void TransferFeedback::sendTaken(qint64 feedbackMs)
{
    if (m_services.telemetry)
        m_services.telemetry->recordFeedback(operation(), feedbackMs);
}

void TransferFeedback::setPane(const QString &pane, const QString &title)
{
    m_pane = pane;
    m_paneTitle = title;
}

QString TransferFeedback::operation() const
{
    return PaneSession::measured(QLatin1String(telemetryOperation), m_paneTitle);
}

QString TransferFeedback::said(const QString &text) const
{
    return PaneSession::say(m_pane, text);
}

QString TransferFeedback::subjectOf(const QString &key)
{
    return u"transfer:"_s + key;
}

QString TransferFeedback::correlationOf(const QString &key) const
{
    const int row = m_model->rowOfKey(key);
    return row < 0 ? QString()
                   : m_model->index(row).data(TransferModel::CorrelationIdRole).toString();
}

void TransferFeedback::record(TimelineEvent::Kind kind, const QString &correlationId,
                              const QString &text)
{
    recordScreenStep(m_services.recorder, m_screen, kind, correlationId, text);
}

void TransferFeedback::connectProgress()
{
    connect(m_model, &TransferModel::transferAccepted, this,
            [this](const QString &key, const QString &transferId) {
                record(TimelineEvent::Kind::Info, correlationOf(key),
                       tr("The bank accepted the transfer (%1); it is processing").arg(transferId));
            });
    connect(m_model, &TransferModel::outcomeUnknown, this,
            [this](const QString &key, const QString &correlationId) {
                record(TimelineEvent::Kind::OutcomeUnknown, correlationId,
                       tr("No answer about the transfer: checking, with the same key"));
                if (m_services.telemetry)
                    m_services.telemetry->countUnknown(operation());
                // Said only if the check takes longer than a moment (the announcer decides), in
                // the row's own words.
                const int row = m_model->rowOfKey(key);
                QString text = row < 0
                    ? QString()
                    : m_model->index(row).data(TransferModel::DetailTextRole).toString();
                if (text.isEmpty())
                    text = SyncWords::longText(SyncState::Unknown);
                if (m_services.announcer)
                    m_services.announcer->announce(StatusAnnouncer::Kind::Checking, said(text),
                                                   subjectOf(key));
            });
    connect(m_model, &TransferModel::windowReached, this,
            [this](const QString &key, TransferModel::Window window) {
                if (m_services.telemetry)
                    m_services.telemetry->increment(
                        operation(), u"window: "_s + TransferModel::windowName(window));
                if (window == TransferModel::Window::Expected)
                    return;
                const QString text = window == TransferModel::Window::Longer
                    ? tr("Your transfer is taking longer than usual. You can leave this screen; "
                         "we'll tell you when it's done.")
                    : tr("Your transfer is still processing. We keep checking.");
                record(TimelineEvent::Kind::Info, correlationOf(key), text);
                if (m_services.announcer)
                    m_services.announcer->announce(StatusAnnouncer::Kind::Info, said(text),
                                                   subjectOf(key));
            });
    connect(m_model, &TransferModel::finalStateReached, this,
            [this](const QString &, TransferModel::Phase phase, qint64 elapsedMs) {
                if (!m_services.telemetry)
                    return;
                if (phase == TransferModel::Phase::Completed)
                    m_services.telemetry->recordConfirmation(operation(), elapsedMs);
                else
                    m_services.telemetry->increment(operation(), u"failed"_s);
            });
}

void TransferFeedback::connectOutcomes()
{
    connect(m_model, &TransferModel::transferCompleted, this,
            [this](const QString &key, const QString &message) {
                record(TimelineEvent::Kind::Confirmed, correlationOf(key), message);
                PaneSession::announceSaved(m_services.announcer, m_pane, message, subjectOf(key));
                if (m_services.toasts) {
                    m_services.toasts->show({ToastSpec::Style::Success, said(message),
                                             ToastSpec::Action::None, std::nullopt});
                    record(TimelineEvent::Kind::ToastShown, correlationOf(key), message);
                }
            });
    connect(m_model, &TransferModel::transferFailed, this,
            [this](const QString &key, const QString &message) {
                showFailure(key, message, TimelineEvent::Kind::Failed,
                            StatusAnnouncer::Kind::Failure);
            });
    connect(m_model, &TransferModel::transferReversed, this,
            [this](const QString &key, const QString &message) {
                if (m_services.telemetry)
                    m_services.telemetry->countRollback(operation());
                showFailure(key, message, TimelineEvent::Kind::RolledBack,
                            StatusAnnouncer::Kind::RolledBack);
            });
    connect(m_model, &TransferModel::retrySent, this, [this](const QString &failedKey) {
        // However it was resent (the toast, or Send on the refilled form), its toast must not
        // keep offering Retry: a second Retry would put the same money in the form again.
        if (m_services.toasts && m_failureToasts.contains(failedKey))
            m_services.toasts->resolve(m_failureToasts.take(failedKey), tr("Sent again"));
    });
    connect(m_model, &TransferModel::outboxProblem, this, [this](const QString &message) {
        record(TimelineEvent::Kind::Info, {}, message);
        if (m_services.announcer)
            m_services.announcer->announce(StatusAnnouncer::Kind::Failure, said(message));
        if (m_services.toasts)
            m_services.toasts->show(
                {ToastSpec::Style::Error, said(message), ToastSpec::Action::None, std::nullopt});
    });
}

void TransferFeedback::showFailure(const QString &key, const QString &message,
                                   TimelineEvent::Kind kind, StatusAnnouncer::Kind announce)
{
    record(kind, correlationOf(key), message);
    if (m_services.announcer)
        m_services.announcer->announce(announce, said(message), subjectOf(key));
    if (m_services.toasts) {
        const int toast = m_services.toasts->show(
            {ToastSpec::Style::Error, said(message), ToastSpec::Action::Retry, std::nullopt}, this,
            [this, key] { Q_EMIT retryRequested(key); });
        m_failureToasts.insert(key, toast);
        record(TimelineEvent::Kind::ToastShown, correlationOf(key), message);
    }
}
