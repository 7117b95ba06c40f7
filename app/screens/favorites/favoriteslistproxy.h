#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

class SpinnerHold;

// The favorites as the list shows them: all of them or the favorites only, and each row's
// spoken text matching what is painted. While SpinnerHold keeps a finished row's spinner up for
// its minimum time, a screen reader hears "Saving…" too, not a "Saved" nobody can see yet.
class FavoritesListProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FavoritesListProxy(QObject *parent = nullptr);

    void setSpinnerHold(const SpinnerHold *hold);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void heldRowsChanged();

    QPointer<const SpinnerHold> m_hold;
};
