#include "app/screens/transfer/transferdelegate.h"

#include "models/transfer/transfermodel.h"
#include "widgets/glyphpainter.h"
#include "widgets/syncbadgepainter.h"
#include "widgets/syncstatestyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int margin = 10;
constexpr int gap = 8;
constexpr int lineGap = 6;

SyncState stateOf(const QModelIndex &index)
{
    return index.data(TransferModel::SyncStateRole).value<SyncState>();
}

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

TransferDelegate::TransferDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QList<TransferDelegate::StepMark> TransferDelegate::stepMarks(const QModelIndex &index)
{
    using P = TransferModel::Phase;
    const auto phase = static_cast<P>(index.data(TransferModel::PhaseRole).toInt());
    const int step = index.data(TransferModel::StepRole).toInt();
    const bool optimistic = index.data(TransferModel::OwnRole).toBool()
        && index.data(TransferModel::PatternRole).toInt()
            == static_cast<int>(TransferModel::Pattern::Optimistic);
    QList<StepMark> marks(3, StepMark::Upcoming);
    if (phase == P::Completed || (optimistic && phase != P::Failed)) {
        // The optimistic anti-pattern draws every step done before the bank has said a word.
        marks.fill(StepMark::Done);
        return marks;
    }
    for (int i = 0; i < step; ++i)
        marks[i] = StepMark::Done;
    if (phase == P::Failed)
        marks[step] = StepMark::Failed;
    else if (phase == P::Checking)
        marks[step] = StepMark::Checking;
    else
        marks[step] = StepMark::Current;
    return marks;
}

QSize TransferDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    // Title, steps, and up to two lines of explanation.
    // Narrow on purpose: the view gives each row its full width, and a wide hint would add a
    // horizontal scroll bar in a narrow window.
    return {200, margin * 2 + line * 4 + lineGap * 2 + 4};
}

void TransferDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // we draw the words ourselves
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect inner = opt.rect.adjusted(margin, margin, -margin, -margin);
    const int line = opt.fontMetrics.height();

    // Line 1: what and to whom, and the kit's badge with this row's word.
    const SyncState state = stateOf(index);
    const QString status = index.data(TransferModel::StatusTextRole).toString();
    const QSize badgeSize = SyncBadgePainter::sizeHint(opt.fontMetrics, state, status);
    const QRect badge(inner.right() - badgeSize.width(), inner.top(), badgeSize.width(),
                      std::max(badgeSize.height(), line));
    SyncBadgePaintOptions badgeOptions;
    badgeOptions.selected = selected;
    badgeOptions.spinner = SyncStateStyle::isWaiting(state) && !m_reducedMotion;
    badgeOptions.spinnerAngle = m_spinnerAngle;
    SyncBadgePainter::paint(painter, badge, state, opt.palette, status, badgeOptions);

    QRect title(inner.left(), inner.top(), badge.left() - gap - inner.left(), badge.height());
    QString what = index.data(Qt::DisplayRole).toString();
    const QString note = index.data(TransferModel::NoteRole).toString();
    if (!note.isEmpty())
        what += QStringLiteral(" · ") + note;
    painter->setPen(text);
    painter->setFont(boldOf(opt.font));
    painter->drawText(
        title, Qt::AlignVCenter | Qt::AlignLeft,
        QFontMetrics(painter->font()).elidedText(what, Qt::ElideRight, std::max(0, title.width())));

    // Line 2: the step indicator.
    const QRect steps(inner.left(), title.bottom() + lineGap, inner.width(), line + 2);
    paintSteps(painter, steps, opt, index, text);

    // Lines 3 and 4: the sentence, wrapped; the full text is also the row's description.
    const QRect detail(inner.left(), steps.bottom() + lineGap, inner.width(), line * 2);
    painter->setFont(opt.font);
    painter->setPen(text);
    painter->drawText(detail, Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap,
                      index.data(TransferModel::DetailTextRole).toString());

    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect.adjusted(2, 2, -2, -2);
        focus.backgroundColor =
            opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

void TransferDelegate::paintSteps(QPainter *painter, const QRect &rect,
                                  const QStyleOptionViewItem &option, const QModelIndex &index,
                                  const QColor &text) const
{
    const QStringList words {tr("Sent"), tr("Processing"), tr("Completed")};
    const QList<StepMark> marks = stepMarks(index);
    const bool selected = option.state & QStyle::State_Selected;
    const int size = std::min(rect.height(), option.fontMetrics.height());
    int x = rect.left();
    for (int i = 0; i < 3; ++i) {
        const StepMark mark = marks.at(i);
        const QRectF circle(x, rect.center().y() - size / 2.0, size, size);
        const SyncState tone = mark == StepMark::Failed ? SyncState::Failed
            : mark == StepMark::Checking                ? SyncState::Unknown
            : mark == StepMark::Done                    ? SyncState::Confirmed
                                                        : SyncState::Pending;
        const QColor color = selected || mark == StepMark::Upcoming
            ? text
            : SyncStateStyle::toneColor(tone, option.palette);
        // Shape first, colour second: filled with a check, ring with a glyph, or hollow.
        painter->setPen(QPen(color, 1.5));
        switch (mark) {
        case StepMark::Done:
            painter->setBrush(color);
            painter->drawEllipse(circle.adjusted(0.75, 0.75, -0.75, -0.75));
            GlyphPainter::paint(
                painter, circle.adjusted(3, 3, -3, -3), Glyph::Check,
                option.palette.color(selected ? QPalette::Highlight : QPalette::Base));
            break;
        case StepMark::Current:
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(circle.adjusted(0.75, 0.75, -0.75, -0.75));
            painter->setBrush(color);
            painter->drawEllipse(circle.center(), size / 5.0, size / 5.0);
            break;
        case StepMark::Checking:
            // The kit's glyphs bring their own circle: a ring with "?", a filled disc with "!".
            painter->setBrush(Qt::NoBrush);
            GlyphPainter::paint(painter, circle, Glyph::Question, color);
            break;
        case StepMark::Failed:
            GlyphPainter::paint(painter, circle, Glyph::Exclamation, color);
            break;
        case StepMark::Upcoming: {
            QPen dashed(color, 1.2, Qt::DotLine);
            painter->setPen(dashed);
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(circle.adjusted(1, 1, -1, -1));
            break;
        }
        }
        x += size + 4;
        const bool emphasised =
            mark == StepMark::Current || mark == StepMark::Checking || mark == StepMark::Failed;
        QFont font = option.font;
        font.setBold(emphasised);
        painter->setFont(font);
        painter->setPen(text);
        const QString word =
            mark == StepMark::Failed ? tr("%1 — stopped").arg(words.at(i)) : words.at(i);
        const int width = QFontMetrics(font).horizontalAdvance(word);
        painter->drawText(QRect(x, rect.top(), width + 2, rect.height()),
                          Qt::AlignVCenter | Qt::AlignLeft, word);
        x += width + 8;
        if (i < 2) {
            // The connector says "then": an arrow, solid once the step before it is done.
            painter->setPen(QPen(text, 1.2, mark == StepMark::Done ? Qt::SolidLine : Qt::DotLine));
            const int y = rect.center().y();
            painter->drawLine(x, y, x + 18, y);
            painter->drawLine(x + 18, y, x + 14, y - 3);
            painter->drawLine(x + 18, y, x + 14, y + 3);
            x += 26;
        }
    }
}
