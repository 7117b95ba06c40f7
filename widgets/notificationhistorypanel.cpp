#include "widgets/notificationhistorypanel.h"

#include "widgets/focuscurrentrow.h"
#include "widgets/toastcenter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

NotificationHistoryPanel::NotificationHistoryPanel(ToastCenter *center, QWidget *parent)
    : QWidget(parent)
    , m_center(center)
    , m_view(new QListView(this))
    , m_actionButton(new QPushButton(this))
    , m_clearButton(new QPushButton(tr("Clear history"), this))
{
    setObjectName(QStringLiteral("notificationHistoryPanel"));
    auto *title = new QLabel(tr("Notification history"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(m_view);

    NotificationHistoryModel *model = center->history();
    model->setPalette(palette());
    m_view->setModel(model);
    m_view->setAccessibleName(tr("Notification history"));
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    FocusCurrentRow::install(m_view);

    m_actionButton->setEnabled(false);
    m_actionButton->setText(tr("Take action"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_actionButton);
    buttons->addStretch();
    buttons->addWidget(m_clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NotificationHistoryPanel::updateActionButton);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NotificationHistoryPanel::updateActionButton);
    connect(model, &QAbstractItemModel::dataChanged, this,
            &NotificationHistoryPanel::updateActionButton);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        // The newest row is the one Take action acts on; the hidden list is not read out.
        if (!FocusCurrentRow::row(m_view).isValid())
            FocusCurrentRow::setRow(m_view, m_view->model()->index(0, 0));
        updateActionButton();
    });
    connect(model, &QAbstractItemModel::modelReset, this,
            &NotificationHistoryPanel::updateActionButton);
    connect(m_actionButton, &QPushButton::clicked, this,
            &NotificationHistoryPanel::takeCurrentAction);
    connect(m_view, &QListView::activated, this, &NotificationHistoryPanel::takeCurrentAction);
    connect(m_clearButton, &QPushButton::clicked, model, &NotificationHistoryModel::clear);
    updateActionButton();
}

void NotificationHistoryPanel::updateActionButton()
{
    const QModelIndex current = FocusCurrentRow::row(m_view);
    const bool available =
        current.isValid() && current.data(NotificationHistoryModel::ActionAvailableRole).toBool();
    const QString label = current.data(NotificationHistoryModel::ActionLabelRole).toString();
    // The button names the action ("Retry") so it reads right with a screen reader too.
    m_actionButton->setText(available ? label : tr("Take action"));
    m_actionButton->setAccessibleDescription(
        available ? current.data(NotificationHistoryModel::TextRole).toString() : QString());
    m_actionButton->setEnabled(available);
    m_clearButton->setEnabled(m_view->model()->rowCount() > 0);
}

void NotificationHistoryPanel::takeCurrentAction()
{
    const QModelIndex current = FocusCurrentRow::row(m_view);
    if (current.isValid())
        m_center->triggerAction(current.data(NotificationHistoryModel::IdRole).toInt());
}

void NotificationHistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_center->history()->setPalette(palette());
    QWidget::changeEvent(event);
}
