#include "app/screens/profile/samplestrip.h"

#include "models/profile/samplephotos.h"

#include <QEvent>
#include <QImage>
#include <QPixmap>
#include <QToolButton>

namespace {
constexpr int spacing = 6;
}

SampleStrip::SampleStrip(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Sample photos"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    for (const SamplePhotos::Sample &sample : SamplePhotos::all()) {
        auto *button = new QToolButton(this);
        button->setObjectName(sample.key);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setIcon(QPixmap::fromImage(QImage(sample.resourcePath)));
        button->setIconSize({64, 64});
        button->setText(sample.title);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setAutoRaise(true);
        button->setAccessibleName(tr("Upload sample photo: %1").arg(sample.title));
        button->setToolTip(tr("Upload “%1” as your profile photo").arg(sample.title));
        connect(button, &QToolButton::clicked, this,
                [this, key = sample.key] { Q_EMIT sampleChosen(key); });
        m_buttons.append(button);
    }
    place();
}

QToolButton *SampleStrip::button(const QString &key) const
{
    return findChild<QToolButton *>(key);
}

QSize SampleStrip::cell() const
{
    QSize size;
    for (const QToolButton *button : m_buttons)
        size = size.expandedTo(button->sizeHint());
    return size;
}

int SampleStrip::columnsFor(int width) const
{
    const int count = std::max<int>(1, int(m_buttons.size()));
    return std::clamp((width + spacing) / (cell().width() + spacing), 1, count);
}

QSize SampleStrip::sizeHint() const
{
    const int count = int(m_buttons.size());
    return {count * cell().width() + std::max(0, count - 1) * spacing, cell().height()};
}

QSize SampleStrip::minimumSizeHint() const
{
    return {cell().width(), heightForWidth(cell().width())};
}

int SampleStrip::heightForWidth(int width) const
{
    const int count = int(m_buttons.size());
    const int columns = columnsFor(width);
    const int rows = (count + columns - 1) / columns;
    return rows * cell().height() + std::max(0, rows - 1) * spacing;
}

void SampleStrip::place()
{
    // Rows in reading order, so Tab still goes left to right, top to bottom.
    const QSize size = cell();
    const int columns = columnsFor(width());
    for (int i = 0; i < m_buttons.size(); ++i) {
        const int row = i / columns;
        const int column = i % columns;
        m_buttons.at(i)->setGeometry(column * (size.width() + spacing),
                                     row * (size.height() + spacing), size.width(), size.height());
    }
}

void SampleStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    place();
}

bool SampleStrip::event(QEvent *event)
{
    // A new font or style changes the buttons' size, and so the rows.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::Polish) {
        updateGeometry();
        place();
    }
    return QWidget::event(event);
}
