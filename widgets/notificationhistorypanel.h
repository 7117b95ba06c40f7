#pragma once

#include <QWidget>

class QListView;
class QPushButton;
class ToastCenter;

// The notification history for a dock: every toast, newest first, with its action (Retry, Undo,
// View) still available, so nothing shown briefly is lost. Enter on a row takes its action.
class NotificationHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NotificationHistoryPanel(ToastCenter *center, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QPushButton *actionButton() const { return m_actionButton; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateActionButton();
    void takeCurrentAction();

    ToastCenter *m_center;
    QListView *m_view;
    QPushButton *m_actionButton;
    QPushButton *m_clearButton;
};
