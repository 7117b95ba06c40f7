#pragma once

#include <QStyledItemDelegate>

// Paints one transfer: "€120.00 to Alex Doe" with the kit's sync badge at the right, the step
// indicator Sent → Processing → Completed (each step a distinct shape and a word, so the state is
// never told by colour alone), and the sentence that says what is going on.
class TransferDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // How a step of the indicator is drawn.
    enum class StepMark { Done, Current, Checking, Upcoming, Failed };

    explicit TransferDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The mark of each of the three steps for a row (also for tests).
    static QList<StepMark> stepMarks(const QModelIndex &index);

    void setSpinnerAngle(qreal degrees) { m_spinnerAngle = degrees; }
    void setReducedMotion(bool reduced) { m_reducedMotion = reduced; }

private:
    void paintSteps(QPainter *painter, const QRect &rect, const QStyleOptionViewItem &option,
                    const QModelIndex &index, const QColor &text) const;

    qreal m_spinnerAngle = 0;
    bool m_reducedMotion = false;
};
