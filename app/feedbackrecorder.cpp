#include "app/feedbackrecorder.h"

#include "models/session/sessionrecorder.h"
#include "widgets/notificationhistorymodel.h"
#include "widgets/statusannouncer.h"
#include "widgets/toastcenter.h"

#include <QTimer>

FeedbackRecorder::FeedbackRecorder(ToastCenter *toasts, StatusAnnouncer *announcer,
                                   SessionRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_toasts(toasts)
    , m_recorder(recorder)
{
    // What was spoken, after the announcer merged repeats: once per thing heard.
    connect(announcer, &StatusAnnouncer::announced, this, [this](const QString &text) {
        TimelineEvent event;
        event.kind = TimelineEvent::Kind::Announcement;
        event.text = text;
        m_recorder->record(std::move(event));
    });
    NotificationHistoryModel *history = toasts->history();
    connect(history, &QAbstractItemModel::rowsInserted, this,
            [this, history](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    onToastAdded(history->idAt(row));
            });
    connect(toasts, &ToastCenter::toastShown, this, &FeedbackRecorder::onToastShown);
    connect(toasts, &ToastCenter::toastDismissed, this, &FeedbackRecorder::onToastDismissed);
}

qint64 FeedbackRecorder::recordedSoFar() const
{
    return m_recorder->droppedCount() + static_cast<qint64>(m_recorder->events().size());
}

void FeedbackRecorder::onToastAdded(int id)
{
    m_askedAt.insert(id, recordedSoFar());
}

void FeedbackRecorder::onToastShown(int id)
{
    // A toast pushed back behind an error and shown again was told once.
    if (m_recorded.contains(id))
        return;
    m_recorded.insert(id, true);
    const NotificationHistoryModel *history = m_toasts->history();
    const QString text =
        history->index(history->rowOf(id)).data(NotificationHistoryModel::TextRole).toString();
    const qint64 shownAtMs = m_recorder->nowMs();
    // A screen records its toast right after asking for it, which is after it appeared: look
    // once the caller is done.
    QTimer::singleShot(0, this, [this, id, text, shownAtMs] { recordToast(id, text, shownAtMs); });
}

void FeedbackRecorder::onToastDismissed(int id)
{
    // A dismissed toast never shows again. One shown has its recording still to come, which
    // takes its position.
    if (!m_recorded.remove(id))
        m_askedAt.remove(id);
}

void FeedbackRecorder::recordToast(int id, const QString &text, qint64 shownAtMs)
{
    const qint64 since = m_askedAt.take(id) - m_recorder->droppedCount();
    const auto &events = m_recorder->events();
    for (qint64 i = std::max<qint64>(0, since); i < static_cast<qint64>(events.size()); ++i) {
        const TimelineEvent &event = events[static_cast<std::size_t>(i)];
        if (event.kind == TimelineEvent::Kind::ToastShown && event.text == text)
            return; // its screen told the story already
    }
    TimelineEvent event;
    event.atMs = shownAtMs;
    event.kind = TimelineEvent::Kind::ToastShown;
    event.text = text;
    m_recorder->record(std::move(event));
}
