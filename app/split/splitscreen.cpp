#include "app/split/splitscreen.h"

#include "widgets/scrollfollowsfocus.h"

#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

SplitScreen::SplitScreen(QWidget *left, QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_leftTitle(new QLabel)
    // Owned from the start: until the first split it belongs to no pane.
    , m_rightTitle(new QLabel(this))
    , m_left(left)
    , m_leftName(left->accessibleName())
{
    setObjectName(u"splitScreen"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_splitter);
    m_splitter->setChildrenCollapsible(false);
    m_leftTitle->setObjectName(u"leftPaneTitle"_s);
    m_rightTitle->setObjectName(u"rightPaneTitle"_s);
    m_leftPane = pane(m_leftTitle, left);
    m_splitter->addWidget(m_leftPane);
    m_leftTitle->hide();
    m_rightTitle->hide();
}

QScrollArea *SplitScreen::scrolling(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: the controls inside are, and each scrolls into view on focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    ScrollFollowsFocus::install(scroll);
    return scroll;
}

QWidget *SplitScreen::pane(QLabel *title, QWidget *content)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins({});
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    title->setWordWrap(true);
    title->setContentsMargins(8, 4, 8, 0);
    // The pane's name is read before its content, as its heading.
    title->setBuddy(content);
    layout->addWidget(title);
    layout->addWidget(content, 1);
    return box;
}

void SplitScreen::setRight(QWidget *right)
{
    if (right == m_right)
        return;
    // Moving a pane's content between boxes takes focus from inside it; it comes back after.
    QWidget *focused = QApplication::focusWidget();
    auto *leftLayout = static_cast<QVBoxLayout *>(m_leftPane->layout());
    if (m_rightPane) {
        // The title goes on living with this widget, for the next split.
        m_rightTitle->setParent(this);
        m_rightTitle->hide();
        delete std::exchange(m_rightPane, nullptr);
        // The left pane alone needs no scrolling of its own, as before the split.
        QWidget *left = m_leftScroll->takeWidget();
        delete std::exchange(m_leftScroll, nullptr);
        leftLayout->addWidget(left, 1);
    }
    m_right = right;
    m_leftTitle->setVisible(right != nullptr);
    if (!right) {
        m_left->setAccessibleName(m_leftName); // the screen's own name again
    } else {
        leftLayout->removeWidget(m_left);
        m_leftScroll = scrolling(m_left);
        leftLayout->addWidget(m_leftScroll, 1);
        m_rightPane = pane(m_rightTitle, scrolling(right));
        m_rightTitle->setBuddy(right);
        m_rightTitle->show();
        m_splitter->addWidget(m_rightPane);
        m_splitter->setStretchFactor(0, 1);
        m_splitter->setStretchFactor(1, 1);
        const int half = std::max(1, m_splitter->width() / 2);
        m_splitter->setSizes({half, half});
    }
    if (focused && m_left->isAncestorOf(focused))
        focused->setFocus();
}

void SplitScreen::setTitles(const QString &left, const QString &right)
{
    m_leftTitle->setText(left);
    m_rightTitle->setText(right);
    m_left->setAccessibleName(left);
    if (m_right)
        m_right->setAccessibleName(right);
}

QString SplitScreen::leftTitle() const
{
    return m_leftTitle->text();
}

QString SplitScreen::rightTitle() const
{
    return m_rightTitle->text();
}
