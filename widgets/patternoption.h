#pragma once

#include <QString>

class QAbstractButton;
class QBoxLayout;
class QButtonGroup;

// One choice of a pattern selector: a radio button with its title and, under it, the line that
// explains it (also the radio's accessible description, so a screen reader reads it with the
// choice). Added to group under id and to layout.
QAbstractButton *addPatternOption(QButtonGroup *group, QBoxLayout *layout, int id,
                                  const QString &title, const QString &explanation);
