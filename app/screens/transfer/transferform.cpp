// The Money transfer form's behaviour: the draft kept in step with the fields, inline
// validation, the Send button that cannot be pressed twice, and sending as a person would.

#include "app/screens/transfer/transferscreen.h"

#include "app/screens/transfer/transferfeedback.h"
#include "models/transfer/transferoutbox.h"
#include "widgets/focuscurrentrow.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>

void TransferScreen::pushDraft()
{
    m_model->setDraft(m_payee->currentData().toString(), m_amount->text(), m_note->text());
}

void TransferScreen::syncFormFromDraft()
{
    const TransferOutbox::Draft draft = m_model->draft();
    const QSignalBlocker blockAmount(m_amount);
    const QSignalBlocker blockNote(m_note);
    if (m_amount->text() != draft.amountText)
        m_amount->setText(draft.amountText);
    if (m_note->text() != draft.note)
        m_note->setText(draft.note);
    const int payee = m_payee->findData(draft.payeeId);
    if (payee >= 0)
        m_payee->setCurrentIndex(payee);
    if (draft.amountText.isEmpty()) {
        m_amountTouched = false;
        showMessage(TransferModel::Field::Amount, {});
    }
}

void TransferScreen::updatePayees()
{
    const QString current = m_model->draft().payeeId;
    const QSignalBlocker block(m_payee);
    m_payee->clear();
    for (const Payee &payee : m_model->account().payees)
        m_payee->addItem(payee.name, payee.id);
    const int index = m_payee->findData(current);
    m_payee->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && m_payee->count() > 0)
        pushDraft();
    m_amountLabel->setText(tr("&Amount (%1)").arg(m_model->account().currency));
}

void TransferScreen::updateBalance()
{
    const QString text = m_model->balanceText();
    if (m_balance->text() != text) {
        m_balance->setText(text);
        m_balance->setAccessibleName(text);
    }
}

void TransferScreen::updateSendButton()
{
    const bool submitting = m_model->isSubmitting();
    // Never two sends of one draft, whatever the pattern; only the transparent one says why.
    const bool tellTheTruth = m_model->pattern() == TransferModel::Pattern::Transparent;
    m_send->setEnabled(!submitting);
    m_send->setText(submitting && tellTheTruth ? tr("Sending…") : tr("&Send"));
    if (submitting && tellTheTruth)
        m_formNote->setText(tr("Waiting for the bank to take the transfer. It is never sent "
                               "twice."));
    else if (m_formNote->text().startsWith(tr("Waiting")))
        m_formNote->clear();
}

void TransferScreen::validateAmountInline(bool always)
{
    const QString text = m_amount->text();
    if (text.trimmed().isEmpty() && !always) {
        showMessage(TransferModel::Field::Amount, {});
        return;
    }
    const MoneyAmount::Parsed parsed = m_model->validateAmount(text);
    showMessage(TransferModel::Field::Amount,
                parsed.ok() ? QString() : m_model->amountErrorText(parsed.error));
}

void TransferScreen::showMessage(TransferModel::Field field, const QString &message)
{
    QLabel *label = nullptr;
    QWidget *input = nullptr;
    switch (field) {
    case TransferModel::Field::Payee:
        label = m_payeeMessage;
        input = m_payee;
        break;
    case TransferModel::Field::Amount:
        label = m_amountMessage;
        input = m_amount;
        break;
    case TransferModel::Field::Note:
        label = m_noteMessage;
        input = m_note;
        break;
    case TransferModel::Field::None:
        m_formNote->setText(message);
        return;
    }
    label->setText(message);
    label->parentWidget()->setVisible(!message.isEmpty());
    // The message is the field's description, so it is read with the field.
    input->setAccessibleDescription(message);
}

void TransferScreen::onSendClicked()
{
    // Disabled in the same frame as the click: a second click has nothing to press.
    m_send->setEnabled(false);
    QElapsedTimer feedback;
    feedback.start();
    pushDraft();
    // What was sent, for a split view's other pane: the form may clear once it is taken.
    const QString payeeId = m_payee->currentData().toString();
    const QString amount = m_amount->text();
    const QString note = m_note->text();
    const TransferModel::SendResult result = m_model->send();
    if (!result.sent) {
        showMessage(result.field, result.message);
        m_send->setEnabled(!m_model->isSubmitting());
        if (result.field == TransferModel::Field::Amount)
            m_amount->setFocus();
        else if (result.field == TransferModel::Field::Payee)
            m_payee->setFocus();
        else if (result.field == TransferModel::Field::Note)
            m_note->setFocus();
        m_feedback->sendRefused(result.message);
        return;
    }
    for (auto field :
         {TransferModel::Field::Payee, TransferModel::Field::Amount, TransferModel::Field::Note})
        showMessage(field, {});
    // Shown as selected; typing stays in the form and the list is not read out.
    FocusCurrentRow::setRow(m_list, m_model->index(m_model->rowOfKey(result.key)));
    updateSendButton();
    m_feedback->sendTaken(feedback.elapsed());
    Q_EMIT sentByPerson(payeeId, amount, note);
}

TransferModel::SendResult TransferScreen::sendAsPerson(const QString &payeeId,
                                                       const QString &amount, const QString &note)
{
    const int payee = m_payee->findData(payeeId);
    if (payee >= 0)
        m_payee->setCurrentIndex(payee);
    m_amount->setText(amount);
    m_note->setText(note);
    m_amountTouched = true;
    pushDraft();
    TransferModel::SendResult result;
    if (payee < 0) {
        result.field = TransferModel::Field::Payee;
        result.message = tr("There is no payee %1 on this account.").arg(payeeId);
        showMessage(result.field, result.message);
        return result;
    }
    if (!m_send->isEnabled()) {
        result.message = tr("The Send button is disabled: the last transfer is still being sent.");
        return result;
    }
    const int before = m_model->rowCount();
    m_send->click();
    if (m_model->rowCount() > before) {
        result.sent = true;
        result.key = m_model->keyAt(0);
        return result;
    }
    result.field = TransferModel::Field::Amount;
    result.message =
        m_amountMessage->text().isEmpty() ? m_payeeMessage->text() : m_amountMessage->text();
    if (result.message.isEmpty())
        result.message = m_formNote->text();
    return result;
}
