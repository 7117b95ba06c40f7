#pragma once

#include <QModelIndex>

class QAbstractItemView;

// Qt 6.4's item views send an accessibility focus event whenever their current index changes,
// even without keyboard focus: a screen reader then reads a list the person never moved to.
// These helpers make an index current only while its view has keyboard focus; otherwise the row
// is only selected (seen, not spoken as focus) and becomes current when the view gains focus.
namespace FocusCurrentRow {

// Watches the view: when it gains keyboard focus without a current index, the selected row (or
// else the first one) becomes current, so Space and the arrow keys always have a row to act on.
void install(QAbstractItemView *view);

// Makes index current if the view has keyboard focus, else selects it for when it gains focus.
void setRow(QAbstractItemView *view, const QModelIndex &index);

// The row the view acts on: its current index, or else the selected one.
QModelIndex row(const QAbstractItemView *view);

// Gives a focused view without a current index its selected or first row (after a filter
// removed the current one, for example). Does nothing to a view without focus.
void ensureRow(QAbstractItemView *view);

} // namespace FocusCurrentRow
