#pragma once

#include <QGroupBox>

class BackendTimeControl;
class QComboBox;
class QLabel;
class QPushButton;

// "Backend time" in the control room: how fast the simulated backend runs (1× to frozen), a Step
// button while it is frozen, and the words for the state ("Backend in slow motion 0.25×"). Shows
// what the backend says, so a scale set by a scenario or another control room shows here too.
class BackendTimeBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit BackendTimeBox(BackendTimeControl *time, QWidget *parent = nullptr);

    QComboBox *speedChoice() const { return m_speed; }
    QPushButton *stepButton() const { return m_step; }
    QLabel *stateLabel() const { return m_state; }
    // The sign beside the words: "‖" frozen, "◔" slowed, none at normal speed.
    static QString sign(double scale);

private:
    void showScale(double scale);

    BackendTimeControl *m_time;
    QComboBox *m_speed;
    QPushButton *m_step;
    QLabel *m_state;
};
