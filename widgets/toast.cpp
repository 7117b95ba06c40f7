#include "widgets/toast.h"

#include "widgets/glyphpainter.h"
#include "widgets/syncstatestyle.h"
#include "widgets/toaststyle.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QToolButton>

namespace {

constexpr int iconPixels = 20;

} // namespace

Toast::Toast(const ToastSpec &spec, QWidget *parent)
    : QFrame(parent)
    , m_spec(spec)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(spec.text, this))
    , m_countLabel(new QLabel(this))
    , m_dismissButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("toast"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_Hover);
    setMinimumWidth(280);
    setMaximumWidth(440);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    m_icon->setFixedSize(iconPixels, iconPixels);
    m_icon->setAccessibleName(styleLabel(spec.style));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setMinimumWidth(140);
    m_countLabel->setForegroundRole(QPalette::ToolTipText);
    m_countLabel->setVisible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 8, 10);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_countLabel);
    if (spec.action != ToastSpec::Action::None) {
        m_actionButton = new QPushButton(actionLabel(spec.action), this);
        m_actionButton->setFocusPolicy(Qt::StrongFocus);
        m_actionButton->setAutoDefault(false);
        connect(m_actionButton, &QPushButton::clicked, this, &Toast::actionClicked);
        layout->addWidget(m_actionButton, 0, Qt::AlignVCenter);
    }
    m_dismissButton->setAutoRaise(true);
    m_dismissButton->setFocusPolicy(Qt::StrongFocus);
    m_dismissButton->setToolTip(tr("Dismiss"));
    m_dismissButton->setAccessibleName(tr("Dismiss"));
    m_dismissButton->setIconSize(QSize(14, 14));
    connect(m_dismissButton, &QToolButton::clicked, this, &Toast::dismissClicked);
    layout->addWidget(m_dismissButton, 0, Qt::AlignTop);

    m_timer.setSingleShot(true);
    connect(&m_timer, &KitTimer::timeout, this, &Toast::expired);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        const bool wasPaused = isPaused();
        m_focusInside = now && isAncestorOf(now);
        updatePause(wasPaused);
    });
    updateTexts();
    updateIcons();
}

QString Toast::actionLabel(ToastSpec::Action action)
{
    switch (action) {
    case ToastSpec::Action::None:
        return {};
    case ToastSpec::Action::Retry:
        return tr("Retry");
    case ToastSpec::Action::Undo:
        return tr("Undo");
    case ToastSpec::Action::View:
        return tr("View");
    }
    return {};
}

QString Toast::styleLabel(ToastSpec::Style style)
{
    switch (style) {
    case ToastSpec::Style::Info:
        return tr("Information");
    case ToastSpec::Style::Success:
        return tr("Done");
    case ToastSpec::Style::Error:
        return tr("Error");
    }
    return {};
}

void Toast::setCount(int count)
{
    m_count = count;
    updateTexts();
}

void Toast::updateTexts()
{
    m_countLabel->setVisible(m_count > 1);
    m_countLabel->setText(QStringLiteral("×%1").arg(m_count));
    m_countLabel->setAccessibleName(tr("%n time(s)", nullptr, m_count));
    // The kind is read first, like a title, so "Error" is never told by the red stripe alone.
    QString name = styleLabel(m_spec.style) + QStringLiteral(": ") + m_spec.text;
    if (m_count > 1)
        name += QLatin1Char(' ') + tr("(%n time(s))", nullptr, m_count);
    setAccessibleName(name);
    setAccessibleDescription(
        m_actionButton ? tr("Press %1 or Dismiss.").arg(actionLabel(m_spec.action)) : QString());
}

void Toast::updateIcons()
{
    const qreal dpr = devicePixelRatioF();
    m_icon->setPixmap(GlyphPainter::pixmap(
        ToastStyle::glyph(m_spec.style),
        SyncStateStyle::toneColor(ToastStyle::tone(m_spec.style), palette()), iconPixels, dpr));
    m_dismissButton->setIcon(
        QIcon(GlyphPainter::pixmap(Glyph::Close, palette().color(QPalette::ToolTipText), 14, dpr)));
}

void Toast::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    m_remaining = timeout;
    m_timer.stop();
    if (hasTimeout() && !isPaused())
        m_timer.start(m_remaining);
}

std::chrono::milliseconds Toast::remaining() const
{
    if (!hasTimeout())
        return std::chrono::milliseconds(0);
    return m_timer.isActive() ? m_timer.remainingTime() : m_remaining;
}

void Toast::setPaused(bool paused)
{
    const bool wasPaused = isPaused();
    m_externallyPaused = paused;
    updatePause(wasPaused);
}

void Toast::updatePause(bool wasPaused)
{
    const bool paused = isPaused();
    if (paused == wasPaused)
        return;
    if (hasTimeout()) {
        if (paused) {
            m_remaining = m_timer.remainingTime();
            m_timer.stop();
        } else {
            // After a pause, leave at least a moment to read it again.
            m_remaining = std::max(m_remaining, std::chrono::milliseconds(1000));
            m_remaining = std::min(m_remaining, m_timeout);
            m_timer.start(m_remaining);
        }
    }
    emit pausedChanged(paused);
}

void Toast::enterEvent(QEnterEvent *event)
{
    const bool wasPaused = isPaused();
    m_hovered = true;
    updatePause(wasPaused);
    QFrame::enterEvent(event);
}

void Toast::leaveEvent(QEvent *event)
{
    const bool wasPaused = isPaused();
    m_hovered = false;
    updatePause(wasPaused);
    QFrame::leaveEvent(event);
}

void Toast::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit dismissClicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

void Toast::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QFrame::changeEvent(event);
}

QWidget *Toast::primaryControl() const
{
    if (m_actionButton)
        return m_actionButton;
    return m_dismissButton;
}

void Toast::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath card;
    card.addRoundedRect(r, 8, 8);
    p.fillPath(card, palette().color(QPalette::ToolTipBase));
    // The stripe adds colour to what the icon and the spoken "Error:" already say.
    p.save();
    p.setClipPath(card);
    p.fillRect(QRectF(r.left(), r.top(), 5, r.height()),
               SyncStateStyle::toneColor(ToastStyle::tone(m_spec.style), palette()));
    p.restore();
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawPath(card);
}
