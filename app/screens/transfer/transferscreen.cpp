#include "app/screens/transfer/transferscreen.h"

#include "app/screens/transfer/transferdelegate.h"
#include "app/screens/transfer/transferfeedback.h"
#include "core/clock.h"
#include "models/transfer/transferoutbox.h"
#include "widgets/appearance.h"
#include "widgets/displaypreferences.h"
#include "widgets/focuscurrentrow.h"
#include "widgets/glyphpainter.h"
#include "widgets/scrollfollowsfocus.h"
#include "widgets/syncstatestyle.h"
#include "widgets/verticalscrollarea.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
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
// The state's tone, now and after every change to light or dark.
QColor failedTone()
{
    return SyncStateStyle::toneColor(SyncState::Failed, QApplication::palette());
}

QWidget *messageRow(Glyph glyph, QLabel **textOut)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel;
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QLabel;
    text->setWordWrap(true);
    const auto recolor = [icon, text, glyph] {
        icon->setPixmap(GlyphPainter::pixmap(glyph, failedTone(), 16, 2));
        QPalette tone; // only WindowText: everything else follows the application
        tone.setColor(QPalette::WindowText, failedTone());
        text->setPalette(tone);
    };
    recolor();
    Appearance::onPaletteChange(row, recolor);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    row->hide();
    *textOut = text;
    return row;
}

} // namespace

TransferScreen::TransferScreen(const SessionServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_outbox(std::make_unique<TransferOutbox>())
{
    init();
}

TransferScreen::TransferScreen(const SessionServices &services, const QString &outboxPath,
                               QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_outbox(std::make_unique<TransferOutbox>(outboxPath))
{
    init();
}

TransferScreen::~TransferScreen()
{
    // The model saves a pending draft edit when it goes; it must go before the outbox.
    delete m_model;
    m_model = nullptr;
}

void TransferScreen::init()
{
    setObjectName(u"transferScreen"_s);
    if (!m_services.clock)
        m_ownClock = std::make_unique<SteadyClock>();
    const Clock *clock = m_services.clock ? m_services.clock : m_ownClock.get();
    m_model = new TransferModel(m_services.api, m_outbox.get(), clock, this);
    m_delegate = new TransferDelegate(this);
    buildUi();
    applyWindows();
    wireModel();
    m_feedback = new TransferFeedback(m_model, m_services, this);
    connectServices();
    if (m_services.actions)
        registerScenarioActions(m_services.actions);

    connect(&m_spinner, &SpinnerTicker::advanced, this, [this](qreal angle) {
        m_delegate->setSpinnerAngle(angle);
        m_list->viewport()->update();
    });
}

void TransferScreen::buildUi()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

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
    // One row each, so the screen stays narrow enough to share 1280 px with the docks.
    auto *windows = new QGridLayout;
    m_expectedSeconds = new QSpinBox;
    m_expectedSeconds->setRange(1, 60);
    m_expectedSeconds->setSuffix(tr(" s"));
    m_expectedSeconds->setAccessibleName(tr("Expected time"));
    m_finalSeconds = new QSpinBox;
    m_finalSeconds->setRange(2, 600);
    m_finalSeconds->setSuffix(tr(" s"));
    m_finalSeconds->setAccessibleName(tr("Still processing after"));
    // Typed digits count once the edit is done, so "30" never passes through "3".
    for (QSpinBox *spin : {m_expectedSeconds, m_finalSeconds})
        spin->setKeyboardTracking(false);
    auto *expectedLabel = new QLabel(tr("E&xpected within"));
    expectedLabel->setBuddy(m_expectedSeconds);
    auto *finalLabel = new QLabel(tr("\"Still &processing\" after"));
    finalLabel->setBuddy(m_finalSeconds);
    windows->addWidget(expectedLabel, 0, 0);
    windows->addWidget(m_expectedSeconds, 0, 1);
    windows->addWidget(finalLabel, 1, 0);
    windows->addWidget(m_finalSeconds, 1, 1);
    windows->setColumnStretch(2, 1);
    patternLayout->addLayout(windows);
    layout->addWidget(patterns);

    // Shown while the optimistic pattern is chosen: glyph and words, never colour alone.
    m_warning = new QFrame;
    m_warning->setObjectName(u"antiPatternWarning"_s);
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setAutoFillBackground(true);
    auto *warningLayout = new QHBoxLayout(m_warning);
    auto *warningIcon = new QLabel;
    const auto paintWarningIcon = [warningIcon] {
        warningIcon->setPixmap(GlyphPainter::pixmap(Glyph::Exclamation, failedTone(), 20, 2));
    };
    paintWarningIcon();
    Appearance::onPaletteChange(warningIcon, paintWarningIcon);
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
    payeeColumn->addWidget(messageRow(Glyph::Exclamation, &m_payeeMessage));
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
    amountColumn->addWidget(messageRow(Glyph::Exclamation, &m_amountMessage));
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
    noteColumn->addWidget(messageRow(Glyph::Exclamation, &m_noteMessage));
    auto *noteLabel = new QLabel(tr("&Note (optional)"));
    noteLabel->setBuddy(m_note);
    formLayout->addRow(noteLabel, noteColumn);

    m_send = new QPushButton(tr("&Send"));
    m_send->setObjectName(u"send"_s);
    // Not a default button: in Fusion that outline looks like focus. Return in a field sends.
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
    FocusCurrentRow::install(m_list);
    // About three transfers at least: below that the screen scrolls instead of squeezing.
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 9);
    layout->addWidget(m_list, 1);
    listHeading->setBuddy(m_list);

    // On a short window (a projector, presenter mode's larger text) the screen scrolls rather
    // than squeezing its groups until their words overlap.
    auto *scroll = new VerticalScrollArea;
    scroll->setWidget(content);
    // Not a Tab stop of its own: the controls inside are, and each scrolls into view on focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    ScrollFollowsFocus::install(scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

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
    // Every change of value, however it is made: the accessible value interface and the arrow
    // keys never finish an edit.
    connect(m_expectedSeconds, &QSpinBox::valueChanged, this, saveWindows);
    connect(m_finalSeconds, &QSpinBox::valueChanged, this, saveWindows);
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

void TransferScreen::connectServices()
{
    m_model->setEventStream(m_services.events);
    if (m_services.preferences) {
        m_delegate->setReducedMotion(m_services.preferences->reducedMotion());
        connect(m_services.preferences, &DisplayPreferences::changed, this, [this] {
            m_delegate->setReducedMotion(m_services.preferences->reducedMotion());
            updateSpinner();
        });
    }
    connect(m_feedback, &TransferFeedback::retryRequested, this, [this](const QString &key) {
        // Retry puts the transfer back in the form; the person sends it knowingly.
        if (m_model->refillFrom(key))
            m_amount->setFocus();
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
    const bool changed = m_model->pattern() != pattern;
    m_model->setPattern(pattern);
    m_warning->setVisible(optimistic);
    updateBalance();
    updateSendButton();
    if (changed)
        Q_EMIT patternChanged(pattern);
}

void TransferScreen::setPane(const QString &pane, const QString &title)
{
    m_feedback->setPane(pane, title);
}

void TransferScreen::setScreenId(const QString &screen)
{
    m_feedback->setScreenId(screen);
}

QString TransferScreen::patternKey(TransferModel::Pattern pattern)
{
    return pattern == TransferModel::Pattern::Optimistic ? u"optimistic"_s : u"transparent"_s;
}

std::optional<TransferModel::Pattern> TransferScreen::patternFromKey(const QString &key)
{
    for (auto pattern : {TransferModel::Pattern::Transparent, TransferModel::Pattern::Optimistic}) {
        if (key == patternKey(pattern))
            return pattern;
    }
    return std::nullopt;
}

QString TransferScreen::patternTitle(TransferModel::Pattern pattern)
{
    return pattern == TransferModel::Pattern::Optimistic ? tr("Optimistic (the one not to use)")
                                                         : tr("Transparent pending");
}

void TransferScreen::updateSpinner()
{
    const bool reduced = m_services.preferences && m_services.preferences->reducedMotion();
    m_spinner.setRunning(m_model->hasUnfinished(), reduced);
}
