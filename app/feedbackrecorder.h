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

private:
    void onToastAdded(int id);
    void onToastShown(int id);
    void recordToast(int id, const QString &text, qint64 shownAtMs);
    qint64 recordedSoFar() const;

    ToastCenter *m_toasts;
    SessionRecorder *m_recorder;
    QHash<int, qint64> m_askedAt; // toast id → recorder position when it was asked for
    QHash<int, bool> m_recorded;
};
