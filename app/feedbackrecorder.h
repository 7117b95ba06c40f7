#pragma once

#include <QHash>
#include <QObject>

class SessionRecorder;
class StatusAnnouncer;
class ToastCenter;

// Records what the room was told: every toast that appeared and every announcement a screen
// reader was given, whoever asked for it (a screen, the shell's offline and back-online words,
// the lag alarm). A screen that records its own toast (with its story's correlation id) is not
// recorded twice: the toast is checked against what screens recorded since it was asked for.
class FeedbackRecorder final : public QObject
{
    Q_OBJECT

public:
    FeedbackRecorder(ToastCenter *toasts, StatusAnnouncer *announcer, SessionRecorder *recorder,
                     QObject *parent = nullptr);

    // Toasts it still keeps something of: only those not dismissed yet, so a day of toasts
    // does not grow it.
    int rememberedToasts() const { return static_cast<int>(m_askedAt.size() + m_recorded.size()); }

private:
    void onToastAdded(int id);
    void onToastShown(int id);
    void onToastDismissed(int id);
    void recordToast(int id, const QString &text, qint64 shownAtMs);
    qint64 recordedSoFar() const;

    ToastCenter *m_toasts;
    SessionRecorder *m_recorder;
    QHash<int, qint64> m_askedAt; // toast id → recorder position when it was asked for
    QHash<int, bool> m_recorded; // shown (and told) at least once, until dismissed
};
