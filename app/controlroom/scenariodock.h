#pragma once

#include <QDockWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class ScenarioRunner;

// The scenario clock: which scenario runs, how far it is, and what happens next, in words a
// workshop audience can follow on a projector.
class ScenarioDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit ScenarioDock(ScenarioRunner *runner, QWidget *parent = nullptr);

    static QString formatTime(qint64 ms); // "1:05"

Q_SIGNALS:
    void openRequested();

private:
    void onStateChanged();
    void onProgress(qint64 elapsedMs, qint64 durationMs);
    void onNextStep(int index, qint64 atMs, const QString &text);
    void onFinished(bool ok, const QStringList &failures);

    ScenarioRunner *m_runner;
    QLabel *m_title;
    QLabel *m_time;
    QProgressBar *m_progress;
    QLabel *m_next;
    QLabel *m_result;
    QPushButton *m_pause;
    QPushButton *m_stop;
    QPushButton *m_restart;
    QPushButton *m_open;
};
