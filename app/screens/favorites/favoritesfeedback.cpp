#include "app/screens/favorites/favoritesfeedback.h"

#include <utility>

#include "app/screens/timelinestep.h"
#include "app/split/panesession.h"
#include "models/favorites/favoritesmergesync.h"
#include "models/favorites/favoritesmodel.h"
#include "models/session/telemetry.h"
#include "models/sync/syncwords.h"
#include "widgets/statusannouncer.h"
#include "widgets/toastcenter.h"

FavoritesFeedback::FavoritesFeedback(FavoritesModel *model, const SessionServices &services,
                                     QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_services(services)
    , m_pane(services.pane)
{
    m_model->setRecorder(services.recorder);
    connectOutcomes();
    connectMeasurements();
}

void FavoritesFeedback::record(TimelineEvent::Kind kind, const QString &correlationId,
                               const QString &text)
{
    recordScreenStep(m_services.recorder, m_model->screenId(), kind, correlationId, text);
}

QString FavoritesFeedback::said(const QString &text) const
{
    return PaneSession::say(m_pane, text);
}

QString FavoritesFeedback::operation() const
{
    return PaneSession::measured(QLatin1String(telemetryOperation), m_paneTitle);
}

QString FavoritesFeedback::subjectOf(int itemId) const
{
    return PaneSession::subject(QStringLiteral("favorite:%1").arg(itemId), m_pane);
}

void FavoritesFeedback::connectOutcomes()
{
    connect(m_model, &FavoritesModel::rolledBack, this,
            [this](int itemId, const QString &, const QString &message, bool canRetry,
                   const QString &correlationId) {
                record(TimelineEvent::Kind::RolledBack, correlationId, message);
                if (m_services.telemetry)
                    m_services.telemetry->countRollback(operation());
                if (m_services.announcer)
                    m_services.announcer->announce(StatusAnnouncer::Kind::RolledBack, said(message),
                                                   subjectOf(itemId));
                if (m_services.toasts) {
                    const ToastSpec spec {ToastSpec::Style::Error, said(message),
                                          canRetry ? ToastSpec::Action::Retry
                                                   : ToastSpec::Action::None,
                                          std::nullopt};
                    const int toast = m_services.toasts->show(
                        spec, m_model, [this, itemId] { m_model->retry(itemId); });
                    const int earlier = m_failureToasts.value(itemId);
                    if (earlier != toast) // a failure of the same item with other words
                        m_services.toasts->resolve(earlier, tr("Failed again"));
                    m_failureToasts.insert(itemId, toast);
                    record(TimelineEvent::Kind::ToastShown, correlationId, message);
                }
            });
    connect(m_model, &FavoritesModel::confirmed, this,
            [this](int itemId, const QString &correlationId) {
                record(TimelineEvent::Kind::Confirmed, correlationId,
                       tr("\"%1\" saved").arg(m_model->titleOf(itemId)));
                m_savedTitles.append(m_model->titleOf(itemId));
                // Spoken with its batch (by name when alone); a "checking" on the way is outdated.
                if (m_services.announcer)
                    m_services.announcer->settle(subjectOf(itemId));
                // However it was retried (R, the badge, the toast, a new click), the failure is
                // over: its toast must not keep offering Retry.
                if (m_services.toasts && m_failureToasts.contains(itemId))
                    m_services.toasts->resolve(m_failureToasts.take(itemId), tr("Saved"));
            });
    connect(m_model, &FavoritesModel::confirmedBatch, this, [this](int count) {
        // The announcer folds these into one polite "N changes saved"; one alone names its item.
        const QStringList titles = std::exchange(m_savedTitles, {});
        if (!m_services.announcer)
            return;
        // A pane names itself: its saves are said as its own, not folded into the other pane's.
        const auto kind =
            m_pane.isEmpty() ? StatusAnnouncer::Kind::Saved : StatusAnnouncer::Kind::Info;
        if (count == 1 && titles.size() == 1) {
            m_services.announcer->announce(kind,
                                           said(tr("\"%1\" saved.").arg(titles.constFirst())));
            return;
        }
        if (!m_pane.isEmpty()) {
            m_services.announcer->announce(kind, said(tr("%n change(s) saved.", nullptr, count)));
            return;
        }
        for (int i = 0; i < count; ++i)
            m_services.announcer->announce(StatusAnnouncer::Kind::Saved);
    });
    connect(m_model, &FavoritesModel::outcomeUnknown, this,
            [this](int itemId, const QString &correlationId) {
                record(TimelineEvent::Kind::OutcomeUnknown, correlationId,
                       tr("No answer for \"%1\": checking").arg(m_model->titleOf(itemId)));
                if (m_services.telemetry)
                    m_services.telemetry->countUnknown(operation());
                // Said only if the check takes longer than a moment (the announcer decides).
                if (m_services.announcer)
                    m_services.announcer->announce(
                        StatusAnnouncer::Kind::Checking,
                        said(tr("\"%1\": %2")
                                 .arg(m_model->titleOf(itemId),
                                      SyncWords::longText(SyncState::Unknown))),
                        subjectOf(itemId));
            });
    connect(m_model, &FavoritesModel::changedElsewhere, this,
            [this](int, const QString &title, bool favorite) {
                const QString text = favorite
                    ? tr("\"%1\" was made a favorite on another device.").arg(title)
                    : tr("\"%1\" was removed from favorites on another device.").arg(title);
                record(TimelineEvent::Kind::Info, {}, text);
                if (m_services.announcer)
                    m_services.announcer->announce(StatusAnnouncer::Kind::Info, said(text));
            });
    connect(m_model, &FavoritesModel::conflict, this,
            [this](int itemId, const QString &, const QString &message, bool yoursKept,
                   const QString &correlationId) {
                record(TimelineEvent::Kind::Conflict, correlationId, message);
                if (m_services.telemetry)
                    m_services.telemetry->countConflict(operation());
                if (m_services.announcer)
                    m_services.announcer->announce(StatusAnnouncer::Kind::Conflict, said(message),
                                                   subjectOf(itemId));
                if (m_services.toasts && !yoursKept)
                    m_services.toasts->show({ToastSpec::Style::Info, said(message),
                                             ToastSpec::Action::None, std::nullopt});
            });
    connect(m_model, &FavoritesModel::mergeExplained, this,
            [this](int itemId, const QString &title, const QString &sentence) {
                const QString text = tr("\"%1\": %2").arg(title, sentence);
                record(TimelineEvent::Kind::Conflict, {}, text);
                if (m_services.telemetry)
                    m_services.telemetry->countConflict(operation());
                if (m_services.announcer)
                    m_services.announcer->announce(StatusAnnouncer::Kind::Info, said(text),
                                                   subjectOf(itemId));
            });
    connect(m_model, &FavoritesModel::mergeFailed, this, [this](const QString &message) {
        const QString text =
            tr("Couldn't sync your favorites with your other devices: %1").arg(message);
        record(TimelineEvent::Kind::Failed, {}, text);
        if (m_services.announcer)
            m_services.announcer->announce(StatusAnnouncer::Kind::Failure, said(text));
        if (m_services.toasts) {
            m_services.toasts->show(
                {ToastSpec::Style::Error, said(text), ToastSpec::Action::Retry, std::nullopt},
                m_model, [this] { m_model->mergeSync()->retry(); });
            record(TimelineEvent::Kind::ToastShown, {}, text);
        }
    });
    connect(m_model, &FavoritesModel::offlineQueued, this, [this](int itemId, int) {
        const QString title = m_model->titleOf(itemId);
        record(TimelineEvent::Kind::Info, {},
               m_model->pattern() == FavoritesModel::Pattern::OfflineFirst
                   ? tr("Offline: \"%1\" is kept on this device and merges later").arg(title)
                   : tr("Offline: \"%1\" will be sent when the connection is back").arg(title));
    });
}

void FavoritesFeedback::connectMeasurements()
{
    if (!m_services.telemetry)
        return;
    Telemetry *telemetry = m_services.telemetry;
    // The operation is asked each time: a pane's title follows its pattern.
    connect(m_model, &FavoritesModel::flickered, telemetry,
            [this, telemetry] { telemetry->countFlicker(operation()); });
    connect(m_model, &FavoritesModel::feedbackMeasured, telemetry,
            [this, telemetry](qint64 ms) { telemetry->recordFeedback(operation(), ms); });
    connect(m_model, &FavoritesModel::confirmationMeasured, telemetry,
            [this, telemetry](qint64 ms) { telemetry->recordConfirmation(operation(), ms); });
}
