#include "widgets/focuscurrentrow.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QItemSelectionModel>
#include <QTableView>

namespace {

class FocusWatcher final : public QObject
{
public:
    explicit FocusWatcher(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Before the view's own focusInEvent, which picks the first row only once per model.
        if (watched == m_view && event->type() == QEvent::FocusIn)
            FocusCurrentRow::ensureRow(m_view);
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

namespace FocusCurrentRow {

void install(QAbstractItemView *view)
{
    view->installEventFilter(new FocusWatcher(view));
}

void setRow(QAbstractItemView *view, const QModelIndex &index)
{
    if (view->hasFocus() || !index.isValid()) {
        view->setCurrentIndex(index);
        return;
    }
    QItemSelectionModel *selection = view->selectionModel();
    if (!selection)
        return;
    // Clearing sends no accessibility event (only a valid current index does); the selection
    // shows the row to sighted people and waits for focus.
    selection->clearCurrentIndex();
    if (view->selectionMode() != QAbstractItemView::NoSelection)
        selection->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QModelIndex row(const QAbstractItemView *view)
{
    const QModelIndex current = view->currentIndex();
    if (current.isValid() || !view->selectionModel())
        return current;
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    return selected.isEmpty() ? QModelIndex() : selected.constFirst();
}

void ensureRow(QAbstractItemView *view)
{
    if (!view->hasFocus() || !view->model() || view->currentIndex().isValid())
        return;
    QModelIndex target = row(view);
    if (!target.isValid()) {
        int column = 0;
        // A table may hide its first columns; the row starts at the first one shown.
        if (const auto *table = qobject_cast<const QTableView *>(view)) {
            while (column < view->model()->columnCount(view->rootIndex())
                   && table->isColumnHidden(column))
                ++column;
        }
        target = view->model()->index(0, column, view->rootIndex());
    }
    if (target.isValid())
        view->setCurrentIndex(target);
}

} // namespace FocusCurrentRow
