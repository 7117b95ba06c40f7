#pragma once

#include <QApplication>
#include <QElapsedTimer>

class StallMeter;

// A QApplication that times every event it delivers straight from the event loop (not the
// events sent from inside another event's handling) and tells a StallMeter, so the longest
// stall can be traced to the receiver and the kind of event that took the time.
class MeteredApplication final : public QApplication
{
public:
    MeteredApplication(int &argc, char **argv);

    void setMeter(StallMeter *meter) { m_meter = meter; }
    bool notify(QObject *receiver, QEvent *event) override;

private:
    StallMeter *m_meter = nullptr;
    QElapsedTimer m_clock;
    int m_depth = 0;
};
