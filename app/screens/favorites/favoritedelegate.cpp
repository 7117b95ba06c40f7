#include "app/screens/favorites/favoritedelegate.h"

#include "models/favorites/favoritesmodel.h"
#include "widgets/glyphpainter.h"
#include "widgets/spinnerhold.h"
#include "widgets/syncbadgepainter.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace {

constexpr int margin = 10;
constexpr int heartSize = 20;
constexpr int gap = 10;

QPainterPath heartPath(const QRectF &r)
{
    // A heart in unit coordinates, scaled into r.
    QPainterPath path;
    path.moveTo(0.5, 0.92);
    path.cubicTo(0.12, 0.64, 0.0, 0.38, 0.12, 0.2);
    path.cubicTo(0.26, 0.0, 0.48, 0.06, 0.5, 0.26);
    path.cubicTo(0.52, 0.06, 0.74, 0.0, 0.88, 0.2);
    path.cubicTo(1.0, 0.38, 0.88, 0.64, 0.5, 0.92);
    QTransform transform;
    transform.translate(r.left(), r.top());
    transform.scale(r.width(), r.height());
    return transform.map(path);
}

} // namespace

QColor FavoriteDelegate::textColor(const QPalette &palette, bool selected)
{
    return palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
}

QColor FavoriteDelegate::backgroundColor(const QPalette &palette, bool selected)
{
    return palette.color(selected ? QPalette::Highlight : QPalette::Base);
}

QColor FavoriteDelegate::heartColor(const QPalette &palette, bool selected)
{
    if (selected)
        return textColor(palette, selected);
    // A red that keeps at least 4.5:1 against the row's background, light or dark.
    return backgroundColor(palette, selected).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                : QColor(0xb3, 0x26, 0x1e);
}

QColor FavoriteDelegate::tagColor(const QPalette &palette, bool selected)
{
    // The tag is smaller than the title already; fainter as well would fall below 4.5:1.
    return textColor(palette, selected);
}

FavoriteDelegate::FavoriteDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

bool FavoriteDelegate::spinsAt(const QModelIndex &index)
{
    // Waiting for the connection is not progress: no spinner for "Offline".
    return index.data(FavoritesModel::BadgeVisibleRole).toBool()
        && static_cast<SyncState>(index.data(FavoritesModel::SyncStateRole).toInt())
        == SyncState::Pending
        && index.data(FavoritesModel::BadgeTextRole).toString().isEmpty();
}

void FavoriteDelegate::setSpinnerHold(const SpinnerHold *hold)
{
    m_hold = hold;
}

FavoriteDelegate::BadgeLook FavoriteDelegate::badgeLook(const QModelIndex &index) const
{
    BadgeLook look;
    if (m_hold && m_hold->isHeld(index)) {
        look.visible = true;
        look.state = SyncState::Pending;
        look.spinner = true;
        return look;
    }
    look.visible = index.data(FavoritesModel::BadgeVisibleRole).toBool();
    look.state = static_cast<SyncState>(index.data(FavoritesModel::SyncStateRole).toInt());
    look.word = index.data(FavoritesModel::BadgeTextRole).toString();
    look.spinner = spinsAt(index);
    return look;
}

QRect FavoriteDelegate::heartRect(const QRect &row)
{
    return {row.left() + margin, row.center().y() - heartSize / 2 + 1, heartSize, heartSize};
}

QRect FavoriteDelegate::badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const auto state = static_cast<SyncState>(index.data(FavoritesModel::SyncStateRole).toInt());
    const QString text = index.data(FavoritesModel::BadgeTextRole).toString();
    const QSize size = SyncBadgePainter::sizeHint(option.fontMetrics, state, text);
    return {option.rect.right() - margin - size.width(),
            option.rect.center().y() - size.height() / 2 + 1, size.width(), size.height()};
}

QString FavoriteDelegate::heartsText(quint64 hearts)
{
    // The number and a word-free sign; the row's accessible text says "3 hearts".
    return u"\u2665 %1"_s.arg(hearts);
}

QRect FavoriteDelegate::heartsRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                                   bool badgeVisible)
{
    const QVariant hearts = index.data(FavoritesModel::HeartsRole);
    if (!hearts.isValid())
        return {};
    const int right =
        badgeVisible ? badgeRect(option, index).left() - gap : option.rect.right() - margin;
    const int width = option.fontMetrics.horizontalAdvance(heartsText(hearts.toULongLong())) + 12;
    const int height = option.fontMetrics.height() + 6;
    return {right - width, option.rect.center().y() - height / 2 + 1, width, height};
}

QSize FavoriteDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Narrow on purpose: the title elides, so the list never scrolls sideways in a narrow room.
    return {margin + heartSize + gap + 120,
            std::max(heartSize + 16, option.fontMetrics.height() + 18)};
}

void FavoriteDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QPalette palette = opt.palette;
    palette.setCurrentColorGroup(group);
    const QColor text = textColor(palette, selected);
    const QColor background = backgroundColor(palette, selected);

    const bool favorite = index.data(FavoritesModel::FavoriteRole).toBool();
    const bool busy = index.data(FavoritesModel::BusyRole).toBool();
    const BadgeLook look = badgeLook(index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect heart = heartRect(opt.rect);
    if (busy) {
        // Wait pattern: the heart is replaced by a spinner and takes no clicks.
        GlyphPainter::paint(painter, heart, m_reducedMotion ? Glyph::Hourglass : Glyph::Spinner,
                            text, m_spinnerAngle);
    } else {
        const QPainterPath path = heartPath(QRectF(heart).adjusted(1, 1, -1, -1));
        const QColor tone = heartColor(palette, selected);
        if (favorite)
            painter->fillPath(path, tone);
        painter->setPen(QPen(favorite ? tone : text, 1.6));
        painter->drawPath(path);
    }

    // Title, then a "Favorite" tag so the state is also told in words.
    QRect textRect = opt.rect.adjusted(margin + heartSize + gap, 0, -margin, 0);
    if (look.visible) {
        const QSize size = SyncBadgePainter::sizeHint(opt.fontMetrics, look.state, look.word);
        const QRect badgeArea(opt.rect.right() - margin - size.width(),
                              opt.rect.center().y() - size.height() / 2 + 1, size.width(),
                              size.height());
        textRect.setRight(badgeArea.left() - gap);
        SyncBadgePaintOptions badgeOptions;
        badgeOptions.selected = selected;
        badgeOptions.spinner = look.spinner && !m_reducedMotion;
        badgeOptions.spinnerAngle = m_spinnerAngle;
        SyncBadgePainter::paint(painter, badgeArea, look.state, opt.palette, look.word,
                                badgeOptions);
    }
    const QRect hearts = heartsRect(opt, index, look.visible);
    if (!hearts.isNull()) {
        textRect.setRight(hearts.left() - gap);
        painter->setPen(QPen(text, 1));
        painter->drawRoundedRect(QRectF(hearts).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->drawText(hearts, Qt::AlignCenter,
                          heartsText(index.data(FavoritesModel::HeartsRole).toULongLong()));
    }
    painter->setPen(text);
    painter->setFont(opt.font);
    const QString title = index.data(FavoritesModel::TitleRole).toString();
    const QString elided =
        opt.fontMetrics.elidedText(title, Qt::ElideRight, std::max(0, textRect.width()));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, elided);
    if (favorite) {
        const int used = opt.fontMetrics.horizontalAdvance(elided) + gap;
        QFont small = opt.font;
        small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
        painter->setFont(small);
        QRect tagRect = textRect.adjusted(used, 0, 0, 0);
        const QString tag = tr("Favorite");
        if (QFontMetrics(small).horizontalAdvance(tag) <= tagRect.width()) {
            painter->setPen(tagColor(palette, selected));
            painter->drawText(tagRect, Qt::AlignVCenter | Qt::AlignLeft, tag);
        }
    }

    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect.adjusted(2, 2, -2, -2);
        focus.backgroundColor = background;
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

bool FavoriteDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            const QPoint at = mouse->position().toPoint();
            if (heartRect(option.rect).adjusted(-6, -6, 6, 6).contains(at)) {
                Q_EMIT heartClicked(index);
                return true;
            }
            const auto state =
                static_cast<SyncState>(index.data(FavoritesModel::SyncStateRole).toInt());
            const bool badge = index.data(FavoritesModel::BadgeVisibleRole).toBool()
                || (m_hold && m_hold->isHeld(index));
            if (heartsRect(option, index, badge).contains(at)) {
                Q_EMIT heartsClicked(index);
                return true;
            }
            // A held spinner still covers "Couldn't save · Retry": nothing to press yet.
            const bool held = m_hold && m_hold->isHeld(index);
            if (state == SyncState::Failed && !held && badgeRect(option, index).contains(at)) {
                Q_EMIT retryClicked(index);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
