#include "app/screens/profile/samplestrip.h"

#include "models/profile/samplephotos.h"

#include <QHBoxLayout>
#include <QImage>
#include <QPixmap>
#include <QToolButton>

SampleStrip::SampleStrip(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Sample photos"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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
        layout->addWidget(button);
    }
    layout->addStretch();
}

QToolButton *SampleStrip::button(const QString &key) const
{
    return findChild<QToolButton *>(key);
}
