#pragma once

#include <QScrollArea>

// A scroll area that scrolls down, never sideways: it asks its layout for the width its content
// needs (as the content would without it) and only lets the height shrink. For a screen that
// must stay usable on a short window or with larger text, without clipping its right edge.
class VerticalScrollArea final : public QScrollArea
{
    Q_OBJECT

public:
    explicit VerticalScrollArea(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
