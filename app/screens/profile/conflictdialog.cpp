#include "app/screens/profile/conflictdialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConflictDialog::ConflictDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Changed on another device"));
    auto *intro = new QLabel(tr("While you were editing, your contact details were changed "
                                "somewhere else. Nothing has been overwritten. Choose what to "
                                "keep."));
    intro->setWordWrap(true);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    setAccessibleDescription(intro->text());

    m_mineName = readOnlyField(tr("Your name"));
    m_mineEmail = readOnlyField(tr("Your e-mail"));
    m_theirName = readOnlyField(tr("Name on the server now"));
    m_theirEmail = readOnlyField(tr("E-mail on the server now"));
    // Which fields differ, in words (never by colour alone).
    m_nameDiffers = new QLabel;
    m_emailDiffers = new QLabel;

    auto *sides = new QGridLayout;
    auto *yours = new QLabel(tr("<b>What you wrote</b>"));
    auto *theirs = new QLabel(tr("<b>What's there now</b>"));
    sides->addWidget(yours, 0, 1);
    sides->addWidget(theirs, 0, 2);
    sides->addWidget(new QLabel(tr("Name")), 1, 0);
    sides->addWidget(m_mineName, 1, 1);
    sides->addWidget(m_theirName, 1, 2);
    sides->addWidget(m_nameDiffers, 1, 3);
    sides->addWidget(new QLabel(tr("E-mail")), 2, 0);
    sides->addWidget(m_mineEmail, 2, 1);
    sides->addWidget(m_theirEmail, 2, 2);
    sides->addWidget(m_emailDiffers, 2, 3);
    sides->setColumnStretch(1, 1);
    sides->setColumnStretch(2, 1);

    auto *mergeBox = new QGroupBox(tr("Or combine them and save"));
    auto *merge = new QGridLayout(mergeBox);
    m_mergedName = new QLineEdit;
    m_mergedEmail = new QLineEdit;
    auto *mergedNameLabel = new QLabel(tr("&Name"));
    mergedNameLabel->setBuddy(m_mergedName);
    auto *mergedEmailLabel = new QLabel(tr("E-&mail"));
    mergedEmailLabel->setBuddy(m_mergedEmail);
    m_mergedName->setAccessibleName(tr("Combined name"));
    m_mergedEmail->setAccessibleName(tr("Combined e-mail"));
    merge->addWidget(mergedNameLabel, 0, 0);
    merge->addWidget(m_mergedName, 0, 1);
    merge->addWidget(mergedEmailLabel, 1, 0);
    merge->addWidget(m_mergedEmail, 1, 1);
    auto *saveMerged = new QPushButton(tr("&Save this combination"));
    merge->addWidget(saveMerged, 2, 1, Qt::AlignRight);

    auto *buttons = new QDialogButtonBox;
    m_keepMine = buttons->addButton(tr("&Keep mine"), QDialogButtonBox::AcceptRole);
    m_keepMine->setToolTip(tr("Save what you wrote over the other version."));
    auto *useTheirs = buttons->addButton(tr("&Use theirs"), QDialogButtonBox::AcceptRole);
    useTheirs->setToolTip(tr("Keep the version that is on the server and drop your change."));
    auto *later = buttons->addButton(tr("Decide &later"), QDialogButtonBox::RejectRole);
    later->setToolTip(tr("Close this window; the form keeps your change until you decide."));
    // Enter must not pick a side by accident.
    for (QPushButton *button : {m_keepMine, useTheirs, later, saveMerged}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT keepMineChosen();
    });
    connect(useTheirs, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT takeTheirsChosen();
    });
    connect(saveMerged, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT mergeChosen(mergedName(), mergedEmail());
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addLayout(sides);
    layout->addWidget(mergeBox);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QLineEdit *ConflictDialog::readOnlyField(const QString &accessibleName)
{
    auto *field = new QLineEdit;
    field->setReadOnly(true);
    field->setAccessibleName(accessibleName);
    return field;
}

void ConflictDialog::setVersions(const QString &mineName, const QString &mineEmail,
                                 const DetailsMachine::Details &theirs, const QString &who)
{
    m_mineName->setText(mineName);
    m_mineEmail->setText(mineEmail);
    m_theirName->setText(theirs.name);
    m_theirEmail->setText(theirs.email);
    m_summary->setText(tr("Changed by %1 (version %2).").arg(who).arg(theirs.version));
    markDifferences();
}

void ConflictDialog::prepareToOpen()
{
    m_mergedName->setText(m_mineName->text());
    m_mergedEmail->setText(m_mineEmail->text());
    m_keepMine->setFocus();
}

void ConflictDialog::markDifferences()
{
    const QString differs = tr("Differs");
    const QString same = tr("Same");
    const bool nameDiffers = m_mineName->text() != m_theirName->text();
    const bool emailDiffers = m_mineEmail->text() != m_theirEmail->text();
    m_nameDiffers->setText(nameDiffers ? differs : same);
    m_emailDiffers->setText(emailDiffers ? differs : same);
    m_theirName->setAccessibleDescription(nameDiffers ? differs : same);
    m_theirEmail->setAccessibleDescription(emailDiffers ? differs : same);
}

QString ConflictDialog::mergedName() const
{
    return m_mergedName->text();
}

QString ConflictDialog::mergedEmail() const
{
    return m_mergedEmail->text();
}
