#pragma once

#include <QGroupBox>
#include <QPointer>

class ConflictDialog;
class DetailsModel;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class SyncBadge;

// "Contact details" on the Profile screen: the display name and e-mail, edited and saved with the
// chosen conflict pattern, their sync badge and status line, and the conflict dialog when the
// record changed elsewhere. DetailsModel decides; this only shows it and passes the person's
// edits and choices on.
class DetailsSection final : public QGroupBox
{
    Q_OBJECT

public:
    explicit DetailsSection(DetailsModel *model, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *emailField() const { return m_email; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *decideButton() const { return m_decide; }
    ConflictDialog *conflictDialog() const;
    QString statusText() const;
    // Opens (or refreshes) the dialog with both versions.
    void showConflict();

private:
    void refresh();
    void onEdited();
    bool fieldsDiffer() const;

    DetailsModel *m_model;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    SyncBadge *m_badge = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_decide = nullptr;
    QButtonGroup *m_patterns = nullptr;
    QPointer<ConflictDialog> m_dialog;
};
