#include "app/screens/transfer/transferscreen.h"

#include "app/mainwindow.h"
#include "app/screens/transfer/transferdelegate.h"
#include "core/clock.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"
#include "models/control/actionregistry.h"
#include "models/session/sessionrecorder.h"
#include "models/session/telemetry.h"
#include "models/transfer/transferoutbox.h"
#include "widgets/displaypreferences.h"
#include "widgets/glyphpainter.h"
#include "widgets/statusannouncer.h"
#include "widgets/syncstatestyle.h"
#include "widgets/toastcenter.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString expectedKey = u"transfer/expectedWindowMs"_s;
const QString finalKey = u"transfer/finalWindowMs"_s;

// An inline message under a field: a glyph and words, hidden while there is nothing to say.
QWidget *messageRow(Glyph glyph, const QColor &color, QLabel **textOut)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel;
    icon->setPixmap(GlyphPainter::pixmap(glyph, color, 16, 2));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QLabel;
    text->setWordWrap(true);
    QPalette palette = text->palette();
    palette.setColor(QPalette::WindowText, color);
    text->setPalette(palette);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    row->hide();
    *textOut = text;
    return row;
}

TransferModel::Phase phaseFromName(const QString &name, bool *ok)
{
    using P = TransferModel::Phase;
    for (P phase : {P::Sending, P::Checking, P::Pending, P::Completed, P::Failed}) {
        if (TransferModel::phaseName(phase) == name) {
            *ok = true;
            return phase;
        }
    }
    *ok = false;
    return P::Failed;
}

} // namespace

TransferScreen::TransferScreen(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_ownClock(std::make_unique<SteadyClock>())
    , m_outbox(std::make_unique<TransferOutbox>())
{
    init(api, m_ownClock.get());
}

TransferScreen::TransferScreen(ApiClient *api, const QString &outboxPath, const Clock *clock,
                               QWidget *parent)
    : QWidget(parent)
    , m_outbox(std::make_unique<TransferOutbox>(outboxPath))
{
    init(api, clock);
}

TransferScreen::~TransferScreen()
{
    // The model saves a pending draft edit when it goes; it must go before the outbox.
    delete m_model;
    m_model = nullptr;
}

void TransferScreen::init(ApiClient *api, const Clock *clock)
{
    setObjectName(u"transferScreen"_s);
    m_api = api;
    m_model = new TransferModel(api, m_outbox.get(), clock, this);
    m_delegate = new TransferDelegate(this);
    buildUi();
    applyWindows();
    wireModel();

    connect(&m_spinner, &SpinnerTicker::advanced, this, [this](qreal angle) {
        m_delegate->setSpinnerAngle(angle);
        m_list->viewport()->update();
    });
}

void TransferScreen::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(tr("<h2>Money transfer</h2>"));
    heading->setTextFormat(Qt::RichText);
    auto *intro =
        new QLabel(tr("A transfer with a partner bank takes a few seconds to settle. Compare "
                      "telling the truth while it settles with pretending it is already done."));
    intro->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(intro);

    // The pattern selector; the anti-pattern is named as such in its label, not only in help.
    auto *patterns = new QGroupBox(tr("Pattern"));
    auto *patternLayout = new QVBoxLayout(patterns);
    m_transparentButton = new QRadioButton(tr("&Transparent pending (recommended)"));
    auto *transparentHelp =
        new QLabel(tr("Shows \"In progress\" with the steps Sent → Processing → Completed and "
                      "keeps the amount as pending until the bank has settled it."));
    m_optimisticButton = new QRadioButton(tr("&Optimistic — the pattern not to use"));
    auto *optimisticHelp =
        new QLabel(tr("Says \"Sent\" and takes the money off at once, then reverses it when the "
                      "bank declines. Here so a workshop can feel why not."));
    for (QLabel *help : {transparentHelp, optimisticHelp}) {
        help->setWordWrap(true);
        help->setIndent(24);
        help->setForegroundRole(QPalette::PlaceholderText);
    }
    m_transparentButton->setAccessibleDescription(transparentHelp->text());
    m_optimisticButton->setAccessibleDescription(optimisticHelp->text());
    m_transparentButton->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_transparentButton);
    group->addButton(m_optimisticButton);
    patternLayout->addWidget(m_transparentButton);
    patternLayout->addWidget(transparentHelp);
    patternLayout->addWidget(m_optimisticButton);
    patternLayout->addWidget(optimisticHelp);
    connect(m_optimisticButton, &QRadioButton::toggled, this, [this](bool optimistic) {
        setPattern(optimistic ? TransferModel::Pattern::Optimistic
                              : TransferModel::Pattern::Transparent);
    });

    // Staleness windows: the promise made to the person, in seconds, from configuration.
    auto *windows = new QHBoxLayout;
    m_expectedSeconds = new QSpinBox;
    m_expectedSeconds->setRange(1, 60);
    m_expectedSeconds->setSuffix(tr(" s"));
    m_expectedSeconds->setAccessibleName(tr("Expected time"));
    m_finalSeconds = new QSpinBox;
    m_finalSeconds->setRange(2, 600);
    m_finalSeconds->setSuffix(tr(" s"));
    m_finalSeconds->setAccessibleName(tr("Still processing after"));
    auto *expectedLabel = new QLabel(tr("E&xpected within"));
    expectedLabel->setBuddy(m_expectedSeconds);
    auto *finalLabel = new QLabel(tr("\"Still &processing\" after"));
    finalLabel->setBuddy(m_finalSeconds);
    windows->addWidget(expectedLabel);
    windows->addWidget(m_expectedSeconds);
    windows->addSpacing(12);
    windows->addWidget(finalLabel);
    windows->addWidget(m_finalSeconds);
    windows->addStretch(1);
    patternLayout->addLayout(windows);
    layout->addWidget(patterns);

    // Shown while the optimistic pattern is chosen: glyph and words, never colour alone.
    m_warning = new QFrame;
    m_warning->setObjectName(u"antiPatternWarning"_s);
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setAutoFillBackground(true);
    auto *warningLayout = new QHBoxLayout(m_warning);
    auto *warningIcon = new QLabel;
    const QColor failedTone = SyncStateStyle::toneColor(SyncState::Failed, palette());
    warningIcon->setPixmap(GlyphPainter::pixmap(Glyph::Exclamation, failedTone, 20, 2));
    auto *warningText = new QLabel(
        tr("<b>Pattern not to use.</b> Transfers show as \"Sent\" and the balance drops before "
           "the bank has answered. When one bounces, it is reversed afterwards."));
    warningText->setWordWrap(true);
    warningLayout->addWidget(warningIcon);
    warningLayout->addWidget(warningText, 1);
    m_warning->setAccessibleName(tr("Pattern not to use"));
    m_warning->setAccessibleDescription(warningText->text());
    m_warning->hide();
    layout->addWidget(m_warning);

    // The balance, as the server holds it plus what it does not know yet.
    m_balance = new QLabel(m_model->balanceText());
    m_balance->setObjectName(u"balanceLine"_s);
    QFont big = m_balance->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_balance->setFont(big);
    m_balance->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_balance->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_balance);

    // The form. Each message sits under its field and is the field's accessible description.
    auto *form = new QGroupBox(tr("New transfer"));
    auto *formLayout = new QFormLayout(form);
    m_payee = new QComboBox;
    m_payee->setObjectName(u"payee"_s);
    m_payee->setAccessibleName(tr("Payee"));
    auto *payeeColumn = new QVBoxLayout;
    payeeColumn->setSpacing(2);
    payeeColumn->addWidget(m_payee);
    payeeColumn->addWidget(messageRow(Glyph::Exclamation, failedTone, &m_payeeMessage));
    auto *payeeLabel = new QLabel(tr("Pay&ee"));
    payeeLabel->setBuddy(m_payee);
    formLayout->addRow(payeeLabel, payeeColumn);

    m_amount = new QLineEdit;
    m_amount->setObjectName(u"amount"_s);
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setPlaceholderText(MoneyAmount::formatPlain(12000, locale()));
    auto *amountColumn = new QVBoxLayout;
    amountColumn->setSpacing(2);
    amountColumn->addWidget(m_amount);
    amountColumn->addWidget(messageRow(Glyph::Exclamation, failedTone, &m_amountMessage));
    m_amountLabel = new QLabel(tr("&Amount"));
    m_amountLabel->setBuddy(m_amount);
    formLayout->addRow(m_amountLabel, amountColumn);

    m_note = new QLineEdit;
    m_note->setObjectName(u"note"_s);
    m_note->setAccessibleName(tr("Note (optional)"));
    m_note->setMaxLength(TransferModel::maxNoteLength);
    auto *noteColumn = new QVBoxLayout;
    noteColumn->setSpacing(2);
    noteColumn->addWidget(m_note);
    noteColumn->addWidget(messageRow(Glyph::Exclamation, failedTone, &m_noteMessage));
    auto *noteLabel = new QLabel(tr("&Note (optional)"));
    noteLabel->setBuddy(m_note);
    formLayout->addRow(noteLabel, noteColumn);

    m_send = new QPushButton(tr("&Send"));
    m_send->setObjectName(u"send"_s);
    m_send->setDefault(true);
    m_formNote = new QLabel;
    m_formNote->setWordWrap(true);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_send);
    sendRow->addWidget(m_formNote, 1);
    formLayout->addRow(sendRow);
    layout->addWidget(form);

    auto *listHeading = new QLabel(tr("<b>Transfers</b>"));
    listHeading->setTextFormat(Qt::RichText);
    layout->addWidget(listHeading);
    m_list = new QListView;
    m_list->setObjectName(u"transferList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Transfers"));
    m_list->setAccessibleDescription(
        tr("Newest first. Each transfer says its step: sent, processing or completed."));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    layout->addWidget(m_list, 1);
    listHeading->setBuddy(m_list);

    connect(m_send, &QPushButton::clicked, this, &TransferScreen::onSendClicked);
    connect(m_amount, &QLineEdit::returnPressed, m_send, &QPushButton::click);
    connect(m_note, &QLineEdit::returnPressed, m_send, &QPushButton::click);
    connect(m_amount, &QLineEdit::textEdited, this, [this] {
        m_amountTouched = true;
        pushDraft();
        validateAmountInline(false);
    });
    connect(m_note, &QLineEdit::textEdited, this, [this] {
        pushDraft();
        showMessage(TransferModel::Field::Note, {});
    });
    connect(m_payee, &QComboBox::activated, this, [this] {
        pushDraft();
        showMessage(TransferModel::Field::Payee, {});
    });
    const auto saveWindows = [this] {
        QSettings settings;
        settings.setValue(expectedKey, m_expectedSeconds->value() * 1000);
        settings.setValue(finalKey, m_finalSeconds->value() * 1000);
        applyWindows();
    };
    connect(m_expectedSeconds, &QSpinBox::editingFinished, this, saveWindows);
    connect(m_finalSeconds, &QSpinBox::editingFinished, this, saveWindows);
}

void TransferScreen::applyWindows()
{
    // Configuration first (QSettings); the spin boxes show and edit it.
    QSettings settings;
    TransferModel::Settings s = m_model->settings();
    s.expectedWindow =
        std::chrono::milliseconds(settings.value(expectedKey, qint64(3000)).toLongLong());
    s.finalWindow = std::chrono::milliseconds(settings.value(finalKey, qint64(30000)).toLongLong());
    if (s.finalWindow <= s.expectedWindow)
        s.finalWindow = s.expectedWindow + 1s;
    m_model->setSettings(s);
    const QSignalBlocker blockExpected(m_expectedSeconds);
    const QSignalBlocker blockFinal(m_finalSeconds);
    m_expectedSeconds->setValue(static_cast<int>(s.expectedWindow.count() / 1000));
    m_finalSeconds->setValue(static_cast<int>(s.finalWindow.count() / 1000));
}

void TransferScreen::wireModel()
{
    connect(m_model, &TransferModel::accountChanged, this, [this] {
        updatePayees();
        updateBalance();
        if (m_amountTouched)
            validateAmountInline(false);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateBalance();
        updateSpinner();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateBalance();
        updateSpinner();
    });
    connect(m_model, &TransferModel::draftChanged, this, &TransferScreen::syncFormFromDraft);
    connect(m_model, &TransferModel::submittingChanged, this, &TransferScreen::updateSendButton);
    connect(m_model, &TransferModel::draftRefilled, this, [this] {
        m_formNote->setText(tr("The form holds the transfer that did not go through: fix it and "
                               "send it again."));
        m_amountTouched = true;
        validateAmountInline(true);
    });
}

void TransferScreen::attach(const Services &services)
{
    m_services = services;
    m_model->setEventStream(services.events);
    if (services.recorder) {
        m_model->setCorrelationIdProvider([this](const QString &text) {
            return m_services.recorder->beginAction(QLatin1String(screenId), text);
        });
    }
    if (services.preferences) {
        m_delegate->setReducedMotion(services.preferences->reducedMotion());
        connect(services.preferences, &DisplayPreferences::changed, this, [this] {
            m_delegate->setReducedMotion(m_services.preferences->reducedMotion());
            updateSpinner();
        });
    }

    const QString operation = QLatin1String(telemetryOperation);
    connect(m_model, &TransferModel::transferAccepted, this,
            [this](const QString &key, const QString &transferId) {
                record(TimelineEvent::Kind::Info, correlationOf(key),
                       tr("The bank accepted the transfer (%1); it is processing").arg(transferId));
            });
    connect(m_model, &TransferModel::outcomeUnknown, this,
            [this, operation](const QString &, const QString &correlationId) {
                record(TimelineEvent::Kind::OutcomeUnknown, correlationId,
                       tr("No answer about the transfer: checking, with the same key"));
                if (m_services.telemetry)
                    m_services.telemetry->countLostResponse(operation);
            });
    connect(m_model, &TransferModel::windowReached, this,
            [this, operation](const QString &key, TransferModel::Window window) {
                if (m_services.telemetry)
                    m_services.telemetry->increment(
                        operation, u"window: "_s + TransferModel::windowName(window));
                if (window == TransferModel::Window::Expected)
                    return;
                const QString text = window == TransferModel::Window::Longer
                    ? tr("Your transfer is taking longer than usual. You can leave this screen; "
                         "we'll tell you when it's done.")
                    : tr("Your transfer is still processing. We keep checking.");
                record(TimelineEvent::Kind::Info, correlationOf(key), text);
                if (m_services.announcer)
                    m_services.announcer->announce(StatusAnnouncer::Kind::Info, text);
            });
    connect(m_model, &TransferModel::finalStateReached, this,
            [this, operation](const QString &, TransferModel::Phase phase, qint64 elapsedMs) {
                if (!m_services.telemetry)
                    return;
                if (phase == TransferModel::Phase::Completed)
                    m_services.telemetry->recordConfirmation(operation, elapsedMs);
                else
                    m_services.telemetry->increment(operation, u"failed"_s);
            });
    connect(m_model, &TransferModel::transferCompleted, this,
            [this](const QString &key, const QString &message) {
                record(TimelineEvent::Kind::Confirmed, correlationOf(key), message);
                if (m_services.announcer)
                    m_services.announcer->announce(StatusAnnouncer::Kind::Saved, message);
                if (m_services.toasts) {
                    m_services.toasts->show({ToastSpec::Style::Success, message,
                                             ToastSpec::Action::None, std::nullopt});
                    record(TimelineEvent::Kind::ToastShown, correlationOf(key), message);
                }
            });
    const auto showFailure = [this](const QString &key, const QString &message,
                                    TimelineEvent::Kind kind, StatusAnnouncer::Kind announce) {
        record(kind, correlationOf(key), message);
        if (m_services.announcer)
            m_services.announcer->announce(announce, message);
        if (m_services.toasts) {
            m_services.toasts->show(
                {ToastSpec::Style::Error, message, ToastSpec::Action::Retry, std::nullopt}, this,
                [this, key] {
                    // Retry puts the transfer back in the form; the person sends it knowingly.
                    if (m_model->refillFrom(key))
                        m_amount->setFocus();
                });
            record(TimelineEvent::Kind::ToastShown, correlationOf(key), message);
        }
    };
    connect(m_model, &TransferModel::transferFailed, this,
            [showFailure](const QString &key, const QString &message) {
                showFailure(key, message, TimelineEvent::Kind::Failed,
                            StatusAnnouncer::Kind::Failure);
            });
    connect(m_model, &TransferModel::transferReversed, this,
            [this, showFailure, operation](const QString &key, const QString &message) {
                if (m_services.telemetry)
                    m_services.telemetry->countRollback(operation);
                showFailure(key, message, TimelineEvent::Kind::RolledBack,
                            StatusAnnouncer::Kind::RolledBack);
            });
    connect(m_model, &TransferModel::outboxProblem, this, [this](const QString &message) {
        record(TimelineEvent::Kind::Info, {}, message);
        if (m_services.announcer)
            m_services.announcer->announce(StatusAnnouncer::Kind::Failure, message);
        if (m_services.toasts)
            m_services.toasts->show(
                {ToastSpec::Style::Error, message, ToastSpec::Action::None, std::nullopt});
    });
}

void TransferScreen::start()
{
    m_model->start();
    updateSendButton();
}

void TransferScreen::setPattern(TransferModel::Pattern pattern)
{
    const bool optimistic = pattern == TransferModel::Pattern::Optimistic;
    if (m_optimisticButton->isChecked() != optimistic) {
        const QSignalBlocker block(m_optimisticButton);
        (optimistic ? m_optimisticButton : m_transparentButton)->setChecked(true);
    }
    m_model->setPattern(pattern);
    m_warning->setVisible(optimistic);
    updateBalance();
    updateSendButton();
}

// ---- the form -----------------------------------------------------------------------------

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
        if (m_services.announcer && !result.message.isEmpty())
            m_services.announcer->announce(StatusAnnouncer::Kind::Failure, result.message);
        return;
    }
    for (auto field :
         {TransferModel::Field::Payee, TransferModel::Field::Amount, TransferModel::Field::Note})
        showMessage(field, {});
    m_list->setCurrentIndex(m_model->index(m_model->rowOfKey(result.key)));
    updateSendButton();
    if (m_services.telemetry)
        m_services.telemetry->recordFeedback(QLatin1String(telemetryOperation), feedback.elapsed());
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

// ---- feedback -----------------------------------------------------------------------------

void TransferScreen::reveal()
{
    // A scenario step acts on this screen: show it, as a person would have it in front of them.
    auto *main = qobject_cast<MainWindow *>(window());
    if (!main)
        return;
    for (int i = 0; i < main->screenCount(); ++i) {
        if (main->screenAt(i) == this)
            main->showScreen(i);
    }
}

void TransferScreen::updateSpinner()
{
    const bool reduced = m_services.preferences && m_services.preferences->reducedMotion();
    m_spinner.setRunning(m_model->hasUnfinished(), reduced);
}

QString TransferScreen::correlationOf(const QString &key) const
{
    const int row = m_model->rowOfKey(key);
    return row < 0 ? QString()
                   : m_model->index(row).data(TransferModel::CorrelationIdRole).toString();
}

void TransferScreen::record(TimelineEvent::Kind kind, const QString &correlationId,
                            const QString &text)
{
    if (!m_services.recorder)
        return;
    TimelineEvent event;
    event.correlationId = correlationId;
    event.screen = QLatin1String(screenId);
    event.kind = kind;
    event.text = text;
    m_services.recorder->record(std::move(event));
}

// ---- scenarios ----------------------------------------------------------------------------

void TransferScreen::registerScenarioActions(ActionRegistry *registry)
{
    registry->registerAction(
        u"transfer.send"_s, tr("Send a transfer from the form (args: payeeId, amount, note)"),
        [this](const QJsonObject &args, const ActionRegistry::Done &done) {
            const QString payee = args.value(u"payeeId"_s).toString();
            // The amount is typed as a person in this locale would; a number means cents.
            const QJsonValue amountValue = args.value(u"amount"_s);
            const QString amount = amountValue.isDouble()
                ? MoneyAmount::formatPlain(amountValue.toInteger(), m_model->locale())
                : amountValue.toString();
            const QString note = args.value(u"note"_s).toString();
            if (!m_model->hasAccount()) {
                done(false, tr("The account has not loaded yet."));
                return;
            }
            reveal();
            const TransferModel::SendResult result = sendAsPerson(payee, amount, note);
            if (!result.sent) {
                done(false, tr("Send was refused: %1").arg(result.message));
                return;
            }
            const int row = m_model->rowOfKey(result.key);
            done(true,
                 tr("Sent %1: it shows \"%2\"")
                     .arg(m_model->index(row).data(Qt::DisplayRole).toString(),
                          m_model->index(row).data(TransferModel::StatusTextRole).toString()));
        });
    registry->registerAction(
        u"transfer.setPattern"_s,
        tr("Choose the transfer pattern (args: pattern = \"transparent\" or \"optimistic\")"),
        [this](const QJsonObject &args, const ActionRegistry::Done &done) {
            const QString pattern = args.value(u"pattern"_s).toString();
            if (pattern != "transparent"_L1 && pattern != "optimistic"_L1) {
                done(false, tr("\"pattern\" must be \"transparent\" or \"optimistic\"."));
                return;
            }
            reveal();
            setPattern(pattern == "optimistic"_L1 ? TransferModel::Pattern::Optimistic
                                                  : TransferModel::Pattern::Transparent);
            done(true, tr("Pattern: %1").arg(pattern));
        });
    registry->registerExpectation(
        u"transfer.finalState"_s,
        tr("The newest transfer (or the one with this note) shows this state (args: state = "
           "final, completed, failed, pending, checking or sending; optional note, reason)"),
        [this](const QJsonObject &args) -> std::pair<bool, QString> {
            // "final": completed or failed, whichever the bank chose (seeded, but not per step).
            const QString stateName = args.value(u"state"_s).toString();
            const bool anyFinal = stateName == "final"_L1;
            bool known = anyFinal;
            const TransferModel::Phase wanted =
                anyFinal ? TransferModel::Phase::Completed : phaseFromName(stateName, &known);
            if (!known)
                return {false,
                        tr("\"state\" must be final, completed, failed, pending, "
                           "checking or sending.")};
            const QString note = args.value(u"note"_s).toString();
            int row = -1;
            for (int r = 0; r < m_model->rowCount(); ++r) {
                const QModelIndex index = m_model->index(r);
                if (!index.data(TransferModel::OwnRole).toBool())
                    continue;
                if (note.isEmpty() || index.data(TransferModel::NoteRole).toString() == note) {
                    row = r;
                    break;
                }
            }
            if (row < 0)
                return {false,
                        note.isEmpty()
                            ? tr("No transfer has been sent from this screen.")
                            : tr("There is no transfer with the note \"%1\".").arg(note)};
            const QModelIndex index = m_model->index(row);
            const auto phase =
                static_cast<TransferModel::Phase>(index.data(TransferModel::PhaseRole).toInt());
            const QString reason = index.data(TransferModel::ReasonRole).toString();
            const QString wantedReason = args.value(u"reason"_s).toString();
            const QString found = tr("%1 shows \"%2\" (%3)")
                                      .arg(index.data(Qt::DisplayRole).toString(),
                                           index.data(TransferModel::StatusTextRole).toString(),
                                           TransferModel::phaseName(phase));
            const bool phaseOk = anyFinal ? (phase == TransferModel::Phase::Completed
                                             || phase == TransferModel::Phase::Failed)
                                          : phase == wanted;
            return {phaseOk && (wantedReason.isEmpty() || wantedReason == reason), found};
        });
    registry->registerAsyncExpectation(
        u"transfer.balance"_s,
        tr("The balance line reconciles with the server, and optionally shows these amounts "
           "(args: available, pending — cents as numbers or text as shown)"),
        [this](const QJsonObject &args, const ActionRegistry::Done &done) {
            const TransferModel::Balance shown = m_model->balance();
            if (!shown.known) {
                done(false, tr("The balance has not loaded yet."));
                return;
            }
            const auto matches = [this](const QJsonValue &value, qint64 minor) {
                if (value.isUndefined() || value.isNull())
                    return true;
                if (value.isDouble())
                    return value.toInteger() == minor;
                return value.toString() == m_model->formatAmount(minor);
            };
            if (!matches(args.value(u"available"_s), shown.available)
                || !matches(args.value(u"pending"_s), shown.pending)) {
                done(false, tr("It shows \"%1\"").arg(m_model->balanceText()));
                return;
            }
            // Reconcile with a fresh read of the server's account.
            ApiCall *call = m_api->fetchAccount(ReadConsistency::Primary);
            connect(call, &ApiCall::finished, this, [this, done](const ApiResult &result) {
                const Account *server = result.get<Account>();
                if (!server) {
                    done(false,
                         tr("The server's account could not be read: %1").arg(result.message));
                    return;
                }
                const TransferModel::Balance now = m_model->balance();
                const QString found =
                    tr("It shows \"%1\"; the server holds %2 available and %3 pending")
                        .arg(m_model->balanceText(), m_model->formatAmount(server->available),
                             m_model->formatAmount(server->pending));
                // With nothing of ours in flight the two must agree exactly; while something
                // is, the screen may hold back more than the server, never promise more.
                const bool consistent = now.available + now.pending == now.balance;
                const bool agrees = m_model->hasUnfinished() ? now.available <= server->available
                                                             : now.available == server->available
                        && now.pending == server->pending && now.balance == server->balance;
                done(consistent && agrees, found);
            });
        });
}
