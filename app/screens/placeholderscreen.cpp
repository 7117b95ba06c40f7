#include "app/screens/placeholderscreen.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PlaceholderScreen::PlaceholderScreen(const QString &title, const QString &summary, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto *text = new QLabel(summary + u"\n\n"_s + tr("This screen is not built yet."));
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
    setAccessibleName(title);
}
