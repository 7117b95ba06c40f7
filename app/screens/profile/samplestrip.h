#pragma once

#include <QWidget>

class QToolButton;

// The bundled sample photos as a row of buttons, so a demo never needs files of its own.
// Tab reaches each one; Space or Enter uploads it.
class SampleStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit SampleStrip(QWidget *parent = nullptr);

    QToolButton *button(const QString &key) const;

Q_SIGNALS:
    void sampleChosen(const QString &key);
};
