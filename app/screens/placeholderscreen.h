#pragma once

#include <QWidget>

// Stands in for a screen that is still being built, saying so plainly.
class PlaceholderScreen final : public QWidget
{
    Q_OBJECT

public:
    PlaceholderScreen(const QString &title, const QString &summary, QWidget *parent = nullptr);
};
