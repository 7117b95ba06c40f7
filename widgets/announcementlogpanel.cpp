#include "widgets/announcementlogpanel.h"

#include "widgets/announcementlogmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

AnnouncementLogPanel::AnnouncementLogPanel(AnnouncementLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("announcementLogPanel"));
    auto *title = new QLabel(tr("What a screen reader would hear"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(m_view);

    m_view->setModel(model);
    m_view->setAccessibleName(tr("Announcement log"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(AnnouncementLogModel::TimeColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AnnouncementLogModel::PolitenessColumn,
                                           QHeaderView::ResizeToContents);

    auto *clear = new QPushButton(tr("Clear log"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addWidget(clear, 0, Qt::AlignRight);

    connect(clear, &QPushButton::clicked, model, &AnnouncementLogModel::clear);
    connect(model, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::scrollToBottom);
}
