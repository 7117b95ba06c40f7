#pragma once

#include <QWidget>

class AnnouncementLogModel;
class QTreeView;

// A dock panel listing "what a screen reader would hear", newest at the bottom and kept in view.
class AnnouncementLogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnnouncementLogPanel(AnnouncementLogModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

private:
    QTreeView *m_view;
};
