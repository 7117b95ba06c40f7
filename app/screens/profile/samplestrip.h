#pragma once

#include <QList>
#include <QWidget>

class QToolButton;

// The bundled sample photos as buttons, so a demo never needs files of its own. They flow into
// as many rows as the width needs instead of asking for a wide screen. Tab reaches each one;
// Space or Enter uploads it.
class SampleStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit SampleStrip(QWidget *parent = nullptr);

    QToolButton *button(const QString &key) const;
    // How many buttons fit in a row at this width (at least one).
    int columnsFor(int width) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void sampleChosen(const QString &key);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    QSize cell() const;
    void place();

    QList<QToolButton *> m_buttons;
};
