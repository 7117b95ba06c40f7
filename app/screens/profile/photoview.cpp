#include "app/screens/profile/photoview.h"

#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>

using namespace Qt::StringLiterals;

namespace {

QString localFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    return urls.size() == 1 && urls.first().isLocalFile() ? urls.first().toLocalFile() : QString();
}

} // namespace

PhotoView::PhotoView(QWidget *parent)
    : QWidget(parent)
{
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Profile photo"));
    setToolTip(tr("Drop an image here, or press Enter to choose a file."));
}

void PhotoView::setPhoto(const QImage &image, const QString &caption, const QString &description)
{
    m_image = image;
    m_caption = caption;
    setAccessibleDescription(description);
    update();
}

void PhotoView::setAcceptsDrops(bool accepts)
{
    m_acceptsDrops = accepts;
    setAcceptDrops(accepts);
}

namespace {
constexpr qreal pillPaddingX = 14;
constexpr qreal pillPaddingY = 8;
constexpr qreal pillInset = 10; // between the pill and the photo's edge
constexpr int captionFlags = Qt::AlignCenter | Qt::TextWordWrap;
} // namespace

QRectF PhotoView::photoRect() const
{
    const int side = std::min(width(), height()) - 8;
    return {QPointF((width() - side) / 2.0, (height() - side) / 2.0), QSizeF(side, side)};
}

QFont PhotoView::captionFont() const
{
    QFont font = this->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    return font;
}

QRectF PhotoView::captionRect() const
{
    if (m_caption.isEmpty())
        return {};
    const QRectF frame = photoRect();
    const int textWidth = std::max(1, int(frame.width() - 2 * (pillInset + pillPaddingX)));
    const QRectF text =
        QFontMetricsF(captionFont())
            .boundingRect(QRectF(0, 0, textWidth, frame.height()), captionFlags, m_caption);
    const QSizeF pill(text.width() + 2 * pillPaddingX, text.height() + 2 * pillPaddingY);
    return {frame.center() - QPointF(pill.width() / 2, pill.height() / 2), pill};
}

void PhotoView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    const QRectF frame = photoRect();
    QPainterPath clip;
    clip.addRoundedRect(frame, 14, 14);

    painter.fillPath(clip, palette().color(QPalette::AlternateBase));
    if (!m_image.isNull()) {
        // Fill the square, cropping the longer side, as profile photos usually are.
        const QSizeF scaled =
            QSizeF(m_image.size()).scaled(frame.size(), Qt::KeepAspectRatioByExpanding);
        const QRectF target(frame.center() - QPointF(scaled.width() / 2, scaled.height() / 2),
                            scaled);
        painter.save();
        painter.setClipPath(clip);
        if (isDimmed())
            painter.setOpacity(0.45);
        painter.drawImage(target, m_image);
        painter.restore();
    } else {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(frame, Qt::AlignCenter, tr("No photo yet"));
    }

    if (isDimmed()) {
        // The caption in a pill, so it reads on any photo; long words wrap inside the photo.
        painter.setFont(captionFont());
        const QRectF pill = captionRect();
        const qreal radius = std::min(pill.height(), painter.fontMetrics().height() + 16.0) / 2;
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 170));
        painter.drawRoundedRect(pill, radius, radius);
        painter.setPen(Qt::white);
        painter.drawText(pill.adjusted(pillPaddingX, pillPaddingY, -pillPaddingX, -pillPaddingY),
                         captionFlags, m_caption);
    }

    const bool focused = hasFocus();
    if (m_dragHover || focused) {
        QPen pen(palette().color(QPalette::Highlight), m_dragHover ? 4 : 3);
        if (m_dragHover)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(frame.adjusted(-2, -2, 2, 2), 16, 16);
    } else {
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(clip);
    }
}

void PhotoView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
        || event->key() == Qt::Key_Space) {
        Q_EMIT activated();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PhotoView::mouseDoubleClickEvent(QMouseEvent *)
{
    Q_EMIT activated();
}

void PhotoView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_acceptsDrops || localFile(event->mimeData()).isEmpty())
        return;
    event->acceptProposedAction();
    m_dragHover = true;
    update();
}

void PhotoView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dragHover = false;
    update();
}

void PhotoView::dropEvent(QDropEvent *event)
{
    m_dragHover = false;
    update();
    const QString path = localFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT fileDropped(path);
}
