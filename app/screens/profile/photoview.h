#pragma once

#include <QImage>
#include <QWidget>

// The profile photo, large: the server's copy, or the local preview dimmed with a caption
// ("Uploading…"). A drop target for image files, and keyboard-operable: Enter or Space asks for
// the file dialog. It paints what it is given and decides nothing.
class PhotoView final : public QWidget
{
    Q_OBJECT

public:
    explicit PhotoView(QWidget *parent = nullptr);

    // caption non-empty = a preview: dimmed, with the caption over it.
    void setPhoto(const QImage &image, const QString &caption, const QString &description);
    QImage image() const { return m_image; }
    QString caption() const { return m_caption; }
    bool isDimmed() const { return !m_caption.isEmpty(); }
    void setAcceptsDrops(bool accepts);
    // Where the photo is drawn, and the caption's pill over it: the caption wraps to stay
    // inside the photo, however long it is.
    QRectF photoRect() const;
    QRectF captionRect() const;

    QSize sizeHint() const override { return {280, 280}; }
    QSize minimumSizeHint() const override { return {200, 200}; }

Q_SIGNALS:
    void fileDropped(const QString &path);
    void activated(); // Enter, Space or double click: choose a photo

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QFont captionFont() const;

    QImage m_image;
    QString m_caption;
    bool m_dragHover = false;
    bool m_acceptsDrops = true;
};
