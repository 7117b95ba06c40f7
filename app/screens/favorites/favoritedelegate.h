#pragma once

#include "models/sync/syncstate.h"

#include <QPointer>
#include <QStyledItemDelegate>

class SpinnerHold;

// Paints one row of the Favorites list: the heart (filled with a "Favorite" tag, or an outline;
// a spinner while the Wait pattern holds it), the title, and the kit's sync badge at the right.
// A click on the heart asks for a toggle, a click on a "Couldn't save · Retry" badge for a
// retry, a click on the heart count (Offline-first) for one more heart; the model decides what
// happens.
class FavoriteDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit FavoriteDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the heart and the badge of a row are, for hit tests and tests.
    static QRect heartRect(const QRect &row);
    static QRect badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index);
    // The heart count of the Offline-first pattern, left of the badge; empty when not shown.
    static QRect heartsRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                            bool badgeVisible);
    static QString heartsText(quint64 hearts);

    // What the row's badge shows: the model's state, or "Saving…" with its spinner while the
    // SpinnerHold keeps the spinner its minimum time.
    struct BadgeLook
    {
        bool visible = false;
        SyncState state = SyncState::Confirmed;
        QString word;
        bool spinner = false; // before reduced motion
    };
    BadgeLook badgeLook(const QModelIndex &index) const;
    // The model's row asks for a spinner in its badge (what a SpinnerHold watches).
    static bool spinsAt(const QModelIndex &index);
    // The colours a row is painted with (the contrast test measures these).
    static QColor textColor(const QPalette &palette, bool selected);
    static QColor backgroundColor(const QPalette &palette, bool selected);
    static QColor heartColor(const QPalette &palette, bool selected);
    static QColor tagColor(const QPalette &palette, bool selected);
    void setSpinnerHold(const SpinnerHold *hold);

    void setSpinnerAngle(qreal degrees) { m_spinnerAngle = degrees; }
    void setReducedMotion(bool reduced) { m_reducedMotion = reduced; }

Q_SIGNALS:
    void heartClicked(const QModelIndex &index);
    void retryClicked(const QModelIndex &index);
    void heartsClicked(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    QPointer<const SpinnerHold> m_hold;
    qreal m_spinnerAngle = 0;
    bool m_reducedMotion = false;
};
