#pragma once

#include <QStyledItemDelegate>

// A list/table delegate that draws the item as usual and a sync-state badge at its right edge.
// The model gives the state in stateRole (a SyncState or its int) and, optionally, a custom word
// in textRole (e.g. "Updated 12 s ago"). The model should also answer Qt::AccessibleTextRole and
// Qt::AccessibleDescriptionRole with SyncBadgePainter::accessibleText/accessibleDescription, so
// the row reads the same as it looks.
class SyncBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SyncBadgeDelegate(int stateRole, int textRole = -1, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    bool stateOf(const QModelIndex &index, int *state) const;
    QString textOf(const QModelIndex &index) const;

    int m_stateRole;
    int m_textRole;
};
