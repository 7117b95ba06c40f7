#include "widgets/syncbadgedelegate.h"

#include "models/sync/syncstate.h"
#include "widgets/syncbadgepainter.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int badgeMargin = 8;
}

SyncBadgeDelegate::SyncBadgeDelegate(int stateRole, int textRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_stateRole(stateRole)
    , m_textRole(textRole)
{
}

bool SyncBadgeDelegate::stateOf(const QModelIndex &index, int *state) const
{
    const QVariant value = index.data(m_stateRole);
    if (!value.isValid())
        return false;
    *state = value.metaType() == QMetaType::fromType<SyncState>()
        ? static_cast<int>(value.value<SyncState>())
        : value.toInt();
    return true;
}

QString SyncBadgeDelegate::textOf(const QModelIndex &index) const
{
    return m_textRole < 0 ? QString() : index.data(m_textRole).toString();
}

void SyncBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    int raw = 0;
    if (!stateOf(index, &raw)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const auto state = static_cast<SyncState>(raw);
    const QString text = textOf(index);
    const QSize badge = SyncBadgePainter::sizeHint(option.fontMetrics, state, text);

    // Draw the item with its text kept clear of the badge, then the badge on top.
    QStyleOptionViewItem itemOption = option;
    initStyleOption(&itemOption, index);
    const int reserved = badge.width() + 2 * badgeMargin;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &itemOption, painter, widget);
    QStyleOptionViewItem textOption = itemOption;
    textOption.rect.setRight(option.rect.right() - reserved);
    textOption.backgroundBrush = Qt::NoBrush;
    textOption.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &textOption, painter, widget);

    const QRect badgeRect(option.rect.right() - badgeMargin - badge.width(),
                          option.rect.top() + (option.rect.height() - badge.height()) / 2,
                          badge.width(), badge.height());
    SyncBadgePainter::Options opts;
    opts.selected = option.state.testFlag(QStyle::State_Selected);
    painter->save();
    painter->setFont(option.font);
    SyncBadgePainter::paint(painter, badgeRect, state, option.palette, text, opts);
    painter->restore();
}

QSize SyncBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    int raw = 0;
    if (stateOf(index, &raw)) {
        const QSize badge = SyncBadgePainter::sizeHint(option.fontMetrics,
                                                       static_cast<SyncState>(raw), textOf(index));
        size.setWidth(size.width() + badge.width() + 2 * badgeMargin);
        size.setHeight(std::max(size.height(), badge.height() + 4));
    }
    return size;
}
