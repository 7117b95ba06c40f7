#pragma once

#include <QGroupBox>

class BackendTimeControl;
class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

// "Backend time" in the control room: how fast the simulated backend runs (1× to frozen), a Step
// button while it is frozen, and the words for the state ("Backend in slow motion 0.25×"). Shows
// what the backend says, so a scale set by a scenario or another control room shows here too.
// Radio buttons rather than a combo box: Qt 6.4 gives AT-SPI a combo's current text, not its
// name, so a screen reader would hear "0.25×" without saying what it is.
class BackendTimeBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit BackendTimeBox(BackendTimeControl *time, QWidget *parent = nullptr);

    // One per offered scale, fastest first (BackendTimeControl::offeredScales()).
    QList<QRadioButton *> speedButtons() const;
    QPushButton *stepButton() const { return m_step; }
    QLabel *stateLabel() const { return m_state; }
    // The sign beside the words: "‖" frozen, "◔" slowed, none at normal speed.
    static QString sign(double scale);
    // On PostgreSQL the replicas replay in real time: the speeds are shown as unavailable.
    void setRealTime(bool real);

private:
    void showScale(double scale);

    BackendTimeControl *m_time;
    QButtonGroup *m_speeds;
    QPushButton *m_step;
    QLabel *m_state;
    bool m_realTime = false;
};
