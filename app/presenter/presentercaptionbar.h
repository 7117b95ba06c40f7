#pragma once

#include <QFrame>

class BackendTimeControl;
class HeldAnswersModel;
class PresenterCaption;
class QLabel;

// The bar presenter mode shows above the screens: the person's last action and what is
// happening to it, large enough for the back of the room, with the backend's time scale and the
// answers held back beside it whenever they are not the usual.
class PresenterCaptionBar final : public QFrame
{
    Q_OBJECT

public:
    PresenterCaptionBar(PresenterCaption *caption, BackendTimeControl *time, HeldAnswersModel *held,
                        QWidget *parent = nullptr);

    QLabel *actionLabel() const { return m_action; }
    QLabel *captionLabel() const { return m_caption; }
    QLabel *timeLabel() const { return m_time; }
    QLabel *heldLabel() const { return m_held; }

private:
    void showCaption();
    void showTime(double scale);
    void showHeld(int held);

    PresenterCaption *m_captionModel;
    QLabel *m_action;
    QLabel *m_caption;
    QLabel *m_time;
    QLabel *m_held;
};
