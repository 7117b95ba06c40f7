#include "widgets/focusring.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFocusFrame>
#include <QPushButton>

FocusRing::FocusRing(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { follow(now); });
}

QWidget *FocusRing::target() const
{
    return m_frame ? m_frame->widget() : nullptr;
}

bool FocusRing::wantsRing(const QWidget *widget)
{
    if (!widget)
        return false;
    if (qobject_cast<const QAbstractItemView *>(widget))
        return true;
    const auto *button = qobject_cast<const QPushButton *>(widget);
    return button && !button->isFlat();
}

void FocusRing::follow(QWidget *now)
{
    if (!now || now->window() != m_window || !wantsRing(now)) {
        if (m_frame)
            m_frame->setWidget(nullptr); // hides it
        return;
    }
    if (!m_frame) {
        m_frame = new QFocusFrame(m_window);
        m_frame->setObjectName(QStringLiteral("focusRing"));
        // Drawn by the style in the text colour: the contrast of text on the window.
        m_frame->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    m_frame->setWidget(now);
    m_frame->show();
}
