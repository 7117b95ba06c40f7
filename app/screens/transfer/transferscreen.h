#pragma once

#include "models/session/timelineevent.h"
#include "models/transfer/transfermodel.h"
#include "widgets/spinnerticker.h"

#include <QWidget>

#include <memory>

class ActionRegistry;
class ApiClient;
class Clock;
class DisplayPreferences;
class EventStream;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QRadioButton;
class QSpinBox;
class SessionRecorder;
class StatusAnnouncer;
class Telemetry;
class ToastCenter;
class TransferDelegate;
class TransferOutbox;

// The Money transfer screen: the balance as available and pending, a form (payee, amount checked
// inline before anything is sent, note), the pattern selector (transparent pending, or the
// optimistic anti-pattern, marked as the one not to use), the staleness windows, and the list of
// transfers with a step indicator. All truth lives in TransferModel; this widget shows it and turns
// its signals into toasts, announcements, timeline steps and telemetry.
class TransferScreen final : public QWidget
{
    Q_OBJECT

public:
    // The session's services; any may be null (tests, the gallery), and that part stays quiet.
    struct Services
    {
        EventStream *events = nullptr;
        ToastCenter *toasts = nullptr;
        StatusAnnouncer *announcer = nullptr;
        SessionRecorder *recorder = nullptr;
        Telemetry *telemetry = nullptr;
        DisplayPreferences *preferences = nullptr;
    };

    static constexpr auto screenId = "transfer";
    static constexpr auto telemetryOperation = "transfer";

    // The app's screen: the outbox in the app data folder, a steady clock, windows from QSettings.
    explicit TransferScreen(ApiClient *api, QWidget *parent = nullptr);
    // Tests and screenshots: an outbox file and a clock of their own.
    TransferScreen(ApiClient *api, const QString &outboxPath, const Clock *clock,
                   QWidget *parent = nullptr);
    ~TransferScreen() override;

    void attach(const Services &services);
    // transfer.send, transfer.setPattern; transfer.finalState, transfer.balance.
    void registerScenarioActions(ActionRegistry *registry);
    // Loads the outbox and the account, resumes what is unfinished; call when the backend answers.
    void start();

    TransferModel *model() const { return m_model; }
    void setPattern(TransferModel::Pattern pattern);
    // Fills the form the way a person would and presses Send (scenarios, screenshots).
    TransferModel::SendResult sendAsPerson(const QString &payeeId, const QString &amount,
                                           const QString &note);

    QComboBox *payeeBox() const { return m_payee; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *amountMessage() const { return m_amountMessage; }
    QLabel *balanceLabel() const { return m_balance; }
    QListView *list() const { return m_list; }
    QFrame *antiPatternWarning() const { return m_warning; }

private:
    void init(ApiClient *api, const Clock *clock);
    void buildUi();
    void wireModel();
    void onSendClicked();
    void syncFormFromDraft();
    void pushDraft();
    void updatePayees();
    void updateBalance();
    void updateSendButton();
    void validateAmountInline(bool always);
    void showMessage(TransferModel::Field field, const QString &message);
    void updateSpinner();
    void reveal();
    void applyWindows();
    void record(TimelineEvent::Kind kind, const QString &correlationId, const QString &text);
    QString correlationOf(const QString &key) const;

    ApiClient *m_api = nullptr;
    std::unique_ptr<Clock> m_ownClock;
    std::unique_ptr<TransferOutbox> m_outbox;
    TransferModel *m_model = nullptr;
    TransferDelegate *m_delegate = nullptr;
    Services m_services;

    QRadioButton *m_transparentButton = nullptr;
    QRadioButton *m_optimisticButton = nullptr;
    QFrame *m_warning = nullptr;
    QLabel *m_balance = nullptr;
    QComboBox *m_payee = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLabel *m_amountMessage = nullptr;
    QLabel *m_payeeMessage = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_noteMessage = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_formNote = nullptr;
    QSpinBox *m_expectedSeconds = nullptr;
    QSpinBox *m_finalSeconds = nullptr;
    QListView *m_list = nullptr;
    SpinnerTicker m_spinner;
    bool m_amountTouched = false;
};
