#include "widgets/patternoption.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>

QAbstractButton *addPatternOption(QButtonGroup *group, QBoxLayout *layout, int id,
                                  const QString &title, const QString &explanation)
{
    auto *radio = new QRadioButton(title);
    radio->setAccessibleDescription(explanation);
    auto *line = new QLabel(explanation);
    line->setWordWrap(true);
    // Indented under the radio's text; the muted role the palette tests for contrast.
    line->setContentsMargins(24, 0, 0, 4);
    line->setForegroundRole(QPalette::PlaceholderText);
    group->addButton(radio, id);
    layout->addWidget(radio);
    layout->addWidget(line);
    return radio;
}
