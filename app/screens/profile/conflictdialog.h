#pragma once

#include "models/details/detailsmachine.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// "Changed on another device": the person's version and the server's side by side, and the three
// ways out — keep mine, use theirs, or save an edited merge. Each choice is emitted; the model
// turns it into a new write based on the current version. "Decide later" closes the dialog and
// leaves the conflict on the form.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(QWidget *parent = nullptr);

    // mine: what the person saved; theirs: what the server holds now; who: in plain words.
    // Refreshing an open dialog (theirs changed again) keeps the person's combination and focus.
    void setVersions(const QString &mineName, const QString &mineEmail,
                     const DetailsMachine::Details &theirs, const QString &who);
    // Before the dialog opens: the first choice has focus, the combination starts from mine.
    void prepareToOpen();

    QString mergedName() const;
    QString mergedEmail() const;

Q_SIGNALS:
    void keepMineChosen();
    void takeTheirsChosen();
    void mergeChosen(const QString &name, const QString &email);

private:
    QLineEdit *readOnlyField(const QString &accessibleName);
    void markDifferences();

    QLabel *m_summary = nullptr;
    QLineEdit *m_mineName = nullptr;
    QLineEdit *m_mineEmail = nullptr;
    QLineEdit *m_theirName = nullptr;
    QLineEdit *m_theirEmail = nullptr;
    QLabel *m_nameDiffers = nullptr;
    QLabel *m_emailDiffers = nullptr;
    QLineEdit *m_mergedName = nullptr;
    QLineEdit *m_mergedEmail = nullptr;
    QPushButton *m_keepMine = nullptr;
};
