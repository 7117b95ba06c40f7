#include "widgets/elidinglabel.h"

#include <QResizeEvent>

using namespace Qt::StringLiterals;

ElidingLabel::ElidingLabel(const QString &text, QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setFullText(text);
}

void ElidingLabel::setFullText(const QString &text)
{
    m_fullText = text;
    elide();
    updateGeometry();
}

QSize ElidingLabel::minimumSizeHint() const
{
    QSize size = QLabel::minimumSizeHint();
    // Room for a word and the ellipsis; the rest is cut, never pushed out of the window.
    size.setWidth(std::min(size.width(), fontMetrics().horizontalAdvance(u"Wwww…"_s)));
    return size;
}

QSize ElidingLabel::sizeHint() const
{
    QSize size = QLabel::sizeHint();
    size.setWidth(fontMetrics().horizontalAdvance(m_fullText) + 2 * margin() + 2);
    return size;
}

void ElidingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidingLabel::elide()
{
    const int room = contentsRect().width();
    const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideRight, std::max(room, 0));
    if (shown != text())
        setText(shown);
    setToolTip(shown == m_fullText ? QString() : m_fullText);
}
