#pragma once

#include <QObject>
#include <QPointer>

class QFocusFrame;
class QWidget;

// A ring in the window's text colour around the focused item view or push button. The style's
// own focus marks on those are faint (a row's focus rectangle in the highlight colour on a
// highlighted row, a push button's outline the same as a default button's) and an empty list
// shows none at all.
class FocusRing final : public QObject
{
    Q_OBJECT

public:
    // Follows focus inside window (and only there).
    explicit FocusRing(QWidget *window);

    // The widget the ring is around, or null.
    QWidget *target() const;
    static bool wantsRing(const QWidget *widget);

private:
    void follow(QWidget *now);

    QWidget *m_window;
    QPointer<QFocusFrame> m_frame;
};
