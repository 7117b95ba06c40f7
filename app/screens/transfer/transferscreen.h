#pragma once

#include "app/sessionservices.h"
#include "models/transfer/transfermodel.h"
#include "widgets/spinnerticker.h"

#include <QWidget>

#include <memory>
#include <optional>

class ActionRegistry;
class Clock;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QRadioButton;
class QSpinBox;
class TransferDelegate;
class TransferFeedback;
class TransferOutbox;

// The Money transfer screen: the balance as available and pending, a form (payee, amount checked
// inline before anything is sent, note), the pattern selector (transparent pending, or the
// optimistic anti-pattern, marked as the one not to use), the staleness windows, and the list of
// transfers with a step indicator. All truth lives in TransferModel; this widget lays it out and
// shows it (the form's behaviour is in transferform.cpp). TransferFeedback turns the model's
// signals into toasts, announcements, timeline steps and telemetry; transferscreenactions.cpp
// holds the scenario actions.
class TransferScreen final : public QWidget
{
    Q_OBJECT

public:
    // The app's screen: the outbox in the app data folder, windows from QSettings, the
    // session's clock (a steady one when services.clock is null). Registers the scenario
    // actions in services.actions when there is one.
    explicit TransferScreen(const SessionServices &services, QWidget *parent = nullptr);
    // Tests and screenshots: an outbox file of their own.
    TransferScreen(const SessionServices &services, const QString &outboxPath,
                   QWidget *parent = nullptr);
    ~TransferScreen() override;

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

    // Asks the shell to bring this screen to the front (a scenario step acts on it).
    void reveal() { Q_EMIT revealRequested(); }

    // In a split view: the pane's name its toasts and announcements begin with ("Left pane")
    // and its title, which names its telemetry rows; both empty when it is alone.
    void setPane(const QString &pane, const QString &title);
    // The timeline's screen for its stories ("transfer", a right pane's "transfer-right").
    void setScreenId(const QString &screen);

    // The pattern's key in scenarios and on the command line: transparent, optimistic.
    static QString patternKey(TransferModel::Pattern pattern);
    static std::optional<TransferModel::Pattern> patternFromKey(const QString &key);
    // Its name in a split pane's title ("Transparent pending").
    static QString patternTitle(TransferModel::Pattern pattern);

Q_SIGNALS:
    void revealRequested();
    void patternChanged(TransferModel::Pattern pattern);
    // The form sent a transfer (a click on Send, or sendAsPerson); a split view mirrors it.
    void sentByPerson(const QString &payeeId, const QString &amount, const QString &note);

private:
    void init();
    void buildUi();
    void wireModel();
    void connectServices();
    // transfer.send, transfer.setPattern; transfer.finalState, transfer.balance.
    void registerScenarioActions(ActionRegistry *registry);
    void onSendClicked();
    void syncFormFromDraft();
    void pushDraft();
    void updatePayees();
    void updateBalance();
    void updateSendButton();
    void validateAmountInline(bool always);
    void showMessage(TransferModel::Field field, const QString &message);
    void updateSpinner();
    void applyWindows();

    SessionServices m_services;
    std::unique_ptr<Clock> m_ownClock;
    std::unique_ptr<TransferOutbox> m_outbox;
    TransferModel *m_model = nullptr;
    TransferDelegate *m_delegate = nullptr;
    TransferFeedback *m_feedback = nullptr;

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
