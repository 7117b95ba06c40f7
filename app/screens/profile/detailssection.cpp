#include "app/screens/profile/detailssection.h"

#include "app/screens/profile/conflictdialog.h"
#include "models/client/apiclient.h"
#include "models/details/detailsmodel.h"
#include "models/details/detailswords.h"
#include "widgets/patternoption.h"
#include "widgets/syncbadge.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace DetailsMachine;

DetailsSection::DetailsSection(DetailsModel *model, QWidget *parent)
    : QGroupBox(tr("Contact details"), parent)
    , m_model(model)
{
    m_name = new QLineEdit;
    m_name->setMaxLength(80);
    m_email = new QLineEdit;
    m_email->setMaxLength(254);
    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("Display na&me"));
    nameLabel->setBuddy(m_name);
    auto *emailLabel = new QLabel(tr("Contact &e-mail"));
    emailLabel->setBuddy(m_email);
    form->addRow(nameLabel, m_name);
    form->addRow(emailLabel, m_email);

    m_badge = new SyncBadge;
    m_badge->setAccessibleName(tr("Contact details status"));
    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_badge);
    statusRow->addWidget(m_status, 1);

    m_save = new QPushButton(tr("Save &details"));
    m_revert = new QPushButton(tr("Rever&t"));
    m_revert->setToolTip(tr("Put the fields back to what is saved."));
    m_decide = new QPushButton(tr("Decide &which to keep…"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_decide);
    buttons->addStretch();

    auto *patternLabel = new QLabel(tr("If they changed elsewhere meanwhile:"));
    patternLabel->setWordWrap(true);
    m_patterns = new QButtonGroup(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(statusRow);
    layout->addLayout(buttons);
    layout->addWidget(patternLabel);
    for (Pattern pattern : {Pattern::AskOnConflict, Pattern::LastWriteWins})
        addPatternOption(m_patterns, layout, static_cast<int>(pattern),
                         DetailsWords::patternTitle(pattern),
                         DetailsWords::patternExplanation(pattern));
    m_patterns->button(static_cast<int>(m_model->pattern()))->setChecked(true);

    // idToggled, not clicked: assistive technology and the keyboard check a radio without a click.
    connect(m_patterns, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            m_model->setPattern(static_cast<Pattern>(id));
    });
    connect(m_name, &QLineEdit::textEdited, this, &DetailsSection::onEdited);
    connect(m_email, &QLineEdit::textEdited, this, &DetailsSection::onEdited);
    connect(m_name, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    connect(m_email, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    connect(m_save, &QPushButton::clicked, this,
            [this] { m_model->save(m_name->text(), m_email->text()); });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_name->setText(m_model->state().server.name);
        m_email->setText(m_model->state().server.email);
        m_model->revert();
        refresh();
    });
    connect(m_decide, &QPushButton::clicked, this, &DetailsSection::showConflict);
    connect(m_badge, &SyncBadge::retryRequested, m_save, &QPushButton::click);
    connect(m_model, &DetailsModel::changed, this, &DetailsSection::refresh);
    connect(m_model, &DetailsModel::decisionNeeded, this, &DetailsSection::showConflict);
    refresh();
}

ConflictDialog *DetailsSection::conflictDialog() const
{
    return m_dialog;
}

QString DetailsSection::statusText() const
{
    return m_status->text();
}

bool DetailsSection::fieldsDiffer() const
{
    return m_name->text() != shownName(m_model->state())
        || m_email->text() != shownEmail(m_model->state());
}

void DetailsSection::onEdited()
{
    m_model->edit();
    refresh();
}

void DetailsSection::refresh()
{
    const State &state = m_model->state();
    const bool busy = state.phase == Phase::Saving || state.phase == Phase::Checking;
    const bool conflict = state.phase == Phase::Conflict;
    // What the person is typing is theirs: only untouched fields follow the model.
    if (state.editBase == 0 || busy || conflict) {
        if (m_name->text() != shownName(state))
            m_name->setText(shownName(state));
        if (m_email->text() != shownEmail(state))
            m_email->setText(shownEmail(state));
    }
    const bool loaded = m_model->isLoaded();
    m_name->setEnabled(loaded);
    m_email->setEnabled(loaded);
    m_name->setReadOnly(busy || conflict);
    m_email->setReadOnly(busy || conflict);
    m_save->setEnabled(loaded && !busy && !conflict
                       && (fieldsDiffer() || state.phase == Phase::Refused || state.editBase != 0));
    m_revert->setEnabled(loaded && !busy && !conflict
                         && (state.editBase != 0 || state.phase == Phase::Refused));
    m_decide->setVisible(conflict);
    m_badge->setState(syncState(state.phase));
    m_status->setText(DetailsWords::status(state, m_model->ownClientId()));
}

void DetailsSection::showConflict()
{
    const State &state = m_model->state();
    if (state.phase != Phase::Conflict || state.theirs.version == 0)
        return;
    if (!m_dialog) {
        m_dialog = new ConflictDialog(window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setWindowModality(Qt::WindowModal);
        connect(m_dialog, &ConflictDialog::keepMineChosen, m_model, &DetailsModel::keepMine);
        connect(m_dialog, &ConflictDialog::takeTheirsChosen, m_model, &DetailsModel::takeTheirs);
        connect(m_dialog, &ConflictDialog::mergeChosen, m_model, &DetailsModel::saveMerged);
        connect(m_dialog, &QDialog::rejected, m_decide, [this] { m_decide->setFocus(); });
    }
    m_dialog->setVersions(state.draftName, state.draftEmail, state.theirs,
                          DetailsWords::writer(state.theirs.updatedBy, m_model->ownClientId()));
    if (!m_dialog->isVisible()) {
        m_dialog->prepareToOpen();
        m_dialog->open();
    }
}
