// The Money transfer screen as a person uses it: the Send button cannot be pressed twice, bad
// amounts are refused inline and read with the field, the anti-pattern is marked, and a failed
// transfer comes back into the form. The pictures of each state are made by tools/screenshots.

#include "app/screens/transfer/transferdelegate.h"
#include "app/screens/transfer/transferscreen.h"
#include "core/clock.h"
#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apiclient.h"
#include "models/control/actionregistry.h"
#include "widgets/notificationhistorymodel.h"
#include "widgets/toastcenter.h"

#include <QAccessible>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

mock::BackendConfig quickConfig(qint64 settleMs = 40, double success = 1.0)
{
    mock::BackendConfig config = mock::BackendConfig::instant();
    config.transfersLatency = {mock::LatencyModel::Distribution::Fixed, 30, 0, 0};
    config.transfers.settleMinMs = settleMs;
    config.transfers.settleMaxMs = settleMs;
    config.transfers.successRate = success;
    return config;
}

struct Harness
{
    explicit Harness(const mock::BackendConfig &config)
        : server(config)
    {
        QVERIFY(server.listen(QHostAddress::LocalHost));
        api = std::make_unique<ApiClient>(server.url());
        clock.setNow(1000000);
        SessionServices services;
        services.api = api.get();
        services.actions = &registry;
        services.clock = &clock;
        toasts = new ToastCenter(&toastHost);
        services.toasts = toasts;
        screen = std::make_unique<TransferScreen>(services, dir.filePath(u"outbox.json"_s));
        screen->model()->setLocale(QLocale(u"en_US"_s));
        TransferModel::Settings s = screen->model()->settings();
        s.pollInterval = 100ms;
        s.retryFirst = 30ms;
        s.retryMax = 200ms;
        s.expectedWindow = 3s;
        s.finalWindow = 30s;
        screen->model()->setSettings(s);
        screen->resize(640, 860);
        screen->show();
        screen->start();
    }
    bool ready()
    {
        return QTest::qWaitFor([this] { return screen->payeeBox()->count() > 0; }, 10000);
    }
    int serverTransfers() { return server.simulation().primary().transferCount(); }

    mock::BackendServer server;
    QTemporaryDir dir;
    ManualClock clock;
    ActionRegistry registry;
    QWidget toastHost;
    ToastCenter *toasts = nullptr;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<TransferScreen> screen;
};

} // namespace

class TestTransferScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sendButtonIsDisabledAtOnce();
    void badAmountIsRefusedInlineAndReadWithTheField_data();
    void badAmountIsRefusedInlineAndReadWithTheField();
    void antiPatternIsMarked();
    void failedTransferRefillsTheForm();
    void resendingWithdrawsTheFailureToast();
    void stepIndicatorTellsStepsByShape();
    void scenarioActionsDriveTheScreen();
    void windowsSetThroughTheAccessibleValueReachTheModel_data();
    void windowsSetThroughTheAccessibleValueReachTheModel();
};

void TestTransferScreen::initTestCase()
{
    QCoreApplication::setOrganizationName(u"converge-tests"_s);
    QCoreApplication::setApplicationName(u"tst_transferscreen"_s);
    qRegisterMetaType<ApiResult>();
}

void TestTransferScreen::sendButtonIsDisabledAtOnce()
{
    Harness h(quickConfig(300));
    QVERIFY(h.ready());
    QTest::keyClicks(h.screen->amountEdit(), u"25"_s);
    QTest::mouseClick(h.screen->sendButton(), Qt::LeftButton);
    // No event loop has run since the click: disabled in the same frame.
    QVERIFY(!h.screen->sendButton()->isEnabled());
    QCOMPARE(h.screen->sendButton()->text(), u"Sending…"_s);
    QTest::mouseClick(h.screen->sendButton(), Qt::LeftButton);
    QTest::keyClick(h.screen->amountEdit(), Qt::Key_Return);
    QCOMPARE(h.screen->model()->rowCount(), 1);
    // Once the bank has the transfer, the form is free for the next one (with a new key).
    QTRY_VERIFY(h.screen->sendButton()->isEnabled());
    QCOMPARE(h.screen->amountEdit()->text(), QString());
    QTRY_COMPARE(h.screen->model()->phaseOf(h.screen->model()->keyAt(0)),
                 TransferModel::Phase::Completed);
    QCOMPARE(h.serverTransfers(), 1);
}

void TestTransferScreen::badAmountIsRefusedInlineAndReadWithTheField_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("too many decimals")
        << u"3.999"_s << u"Use at most two decimal places, like 12.50."_s;
    QTest::newRow("negative") << u"-3"_s << u"The amount can't be negative."_s;
    QTest::newRow("over the limit") << u"6000"_s << u"The limit per transfer is €5,000.00."_s;
    QTest::newRow("over available") << u"1300"_s << u"That's more than the €1,240.00 available."_s;
    QTest::newRow("letters") << u"ten"_s << u"Enter the amount as a number, like 1,240.50."_s;
}

void TestTransferScreen::badAmountIsRefusedInlineAndReadWithTheField()
{
    QFETCH(QString, typed);
    QFETCH(QString, message);
    Harness h(quickConfig());
    QVERIFY(h.ready());
    QTest::keyClicks(h.screen->amountEdit(), typed);
    // While typing: the message appears under the field, and is the field's description.
    QCOMPARE(h.screen->amountMessage()->text(), message);
    QVERIFY(h.screen->amountMessage()->isVisibleTo(h.screen.get()));
    QAccessibleInterface *field = QAccessible::queryAccessibleInterface(h.screen->amountEdit());
    QVERIFY(field);
    QCOMPARE(field->text(QAccessible::Description), message);
    // Send refuses before anything goes out, and keeps what was typed.
    QTest::mouseClick(h.screen->sendButton(), Qt::LeftButton);
    QCOMPARE(h.screen->model()->rowCount(), 0);
    QVERIFY(h.screen->sendButton()->isEnabled());
    QCOMPARE(h.screen->amountEdit()->text(), typed);
    QVERIFY(h.screen->amountEdit()->hasFocus() || !h.screen->isActiveWindow());
    QCOMPARE(h.serverTransfers(), 0);
    // Fixing it clears the message.
    h.screen->amountEdit()->clear();
    QTest::keyClicks(h.screen->amountEdit(), u"12.50"_s);
    QVERIFY(!h.screen->amountMessage()->isVisibleTo(h.screen.get()));
    QVERIFY(!field->text(QAccessible::Description).contains(message));
}

void TestTransferScreen::antiPatternIsMarked()
{
    Harness h(quickConfig());
    QVERIFY(h.ready());
    QVERIFY(!h.screen->antiPatternWarning()->isVisibleTo(h.screen.get()));
    QVERIFY(h.screen->balanceLabel()->text().contains(u"pending"_s));
    h.screen->setPattern(TransferModel::Pattern::Optimistic);
    QVERIFY(h.screen->antiPatternWarning()->isVisibleTo(h.screen.get()));
    QCOMPARE(h.screen->antiPatternWarning()->accessibleName(), u"Pattern not to use"_s);
    QVERIFY(!h.screen->balanceLabel()->text().contains(u"pending"_s));
}

void TestTransferScreen::failedTransferRefillsTheForm()
{
    Harness h(quickConfig(40, 0.0));
    QVERIFY(h.ready());
    h.screen->payeeBox()->setCurrentIndex(1);
    const QString payee = h.screen->payeeBox()->currentData().toString();
    const auto sent = h.screen->sendAsPerson(payee, u"80"_s, u"deposit"_s);
    QVERIFY(sent.sent);
    QCOMPARE(h.screen->amountEdit()->text(), QString());
    QTRY_COMPARE(h.screen->model()->phaseOf(sent.key), TransferModel::Phase::Failed);
    QCOMPARE(h.screen->amountEdit()->text(), u"80.00"_s);
    QCOMPARE(h.screen->noteEdit()->text(), u"deposit"_s);
    QCOMPARE(h.screen->payeeBox()->currentData().toString(), payee);
    QTRY_COMPARE(h.screen->balanceLabel()->text(), u"€1,240.00 available · €0.00 pending"_s);
}

void TestTransferScreen::resendingWithdrawsTheFailureToast()
{
    // Send on the refilled form is a retry too: the failure's toast must stop offering Retry
    // (which would put the same money in the form a second time) and its history says why.
    Harness h(quickConfig(40, 0.0));
    QVERIFY(h.ready());
    const auto sent = h.screen->sendAsPerson(u"p-1"_s, u"25"_s, {});
    QVERIFY(sent.sent);
    QTRY_COMPARE(h.screen->model()->phaseOf(sent.key), TransferModel::Phase::Failed);
    QTRY_COMPARE(h.toasts->visibleIds().size(), 1);
    const int toast = h.toasts->visibleIds().first();
    NotificationHistoryModel *history = h.toasts->history();
    QVERIFY(history->isActionAvailable(toast));
    QCOMPARE(h.screen->amountEdit()->text(), u"25.00"_s);

    mock::BackendConfig succeeding = h.server.simulation().config();
    succeeding.transfers.successRate = 1.0;
    h.server.simulation().setConfig(succeeding);
    const auto resent = h.screen->sendAsPerson(u"p-1"_s, u"25.00"_s, {});
    QVERIFY(resent.sent);
    QVERIFY(resent.key != sent.key);
    QVERIFY(!history->isActionAvailable(toast));
    QVERIFY(!h.toasts->visibleIds().contains(toast));
    const QModelIndex row = history->index(history->rowOf(toast));
    QCOMPARE(
        row.data(NotificationHistoryModel::StatusRole).value<NotificationHistoryModel::Status>(),
        NotificationHistoryModel::Status::Resolved);
    QCOMPARE(row.data(NotificationHistoryModel::OutcomeRole).toString(), u"Sent again"_s);
}

void TestTransferScreen::stepIndicatorTellsStepsByShape()
{
    Harness h(quickConfig(2000));
    QVERIFY(h.ready());
    using M = TransferDelegate::StepMark;
    const auto sent = h.screen->sendAsPerson(u"p-1"_s, u"5"_s, {});
    QVERIFY(sent.sent);
    const auto marksNow = [&] {
        return TransferDelegate::stepMarks(
            h.screen->model()->index(h.screen->model()->rowOfKey(sent.key)));
    };
    QCOMPARE(marksNow(), (QList<M> {M::Current, M::Upcoming, M::Upcoming}));
    QTRY_COMPARE(marksNow(), (QList<M> {M::Done, M::Current, M::Upcoming}));
    QTRY_COMPARE_WITH_TIMEOUT(marksNow(), (QList<M> {M::Done, M::Done, M::Done}), 15000);
}

void TestTransferScreen::scenarioActionsDriveTheScreen()
{
    Harness h(quickConfig());
    QVERIFY(h.ready());
    ActionRegistry &registry = h.registry;
    for (const QString &name : {u"transfer.send"_s, u"transfer.setPattern"_s})
        QVERIFY(registry.hasAction(name));
    for (const QString &name : {u"transfer.finalState"_s, u"transfer.balance"_s})
        QVERIFY(registry.hasExpectation(name));

    const auto run = [&](const QString &name, const QJsonObject &args, bool action) {
        std::optional<std::pair<bool, QString>> outcome;
        const auto done = [&outcome](bool ok, const QString &message) {
            outcome = std::pair {ok, message};
        };
        if (action)
            registry.runAction(name, args, done);
        else
            registry.checkExpectation(name, args, done);
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            return std::pair {false, u"no answer"_s};
        return outcome.value_or(std::pair {false, u"no answer"_s});
    };

    const auto refused =
        run(u"transfer.send"_s, {{u"payeeId"_s, u"p-1"_s}, {u"amount"_s, u"1.234"_s}}, true);
    QVERIFY(!refused.first);
    QVERIFY2(refused.second.contains(u"two decimal places"_s), qPrintable(refused.second));

    const auto sent =
        run(u"transfer.send"_s,
            {{u"payeeId"_s, u"p-1"_s}, {u"amount"_s, 1250}, {u"note"_s, u"qa"_s}}, true);
    QVERIFY2(sent.first, qPrintable(sent.second));
    QVERIFY2(sent.second.contains(u"€12.50"_s), qPrintable(sent.second));
    QTRY_VERIFY(
        run(u"transfer.finalState"_s, {{u"state"_s, u"completed"_s}, {u"note"_s, u"qa"_s}}, false)
            .first);
    QTRY_VERIFY(
        run(u"transfer.balance"_s, {{u"available"_s, u"€1,227.50"_s}, {u"pending"_s, 0}}, false)
            .first);
    const auto wrong = run(u"transfer.balance"_s, {{u"available"_s, 124000}}, false);
    QVERIFY(!wrong.first);
    QVERIFY2(wrong.second.contains(u"€1,227.50 available"_s), qPrintable(wrong.second));
}

void TestTransferScreen::windowsSetThroughTheAccessibleValueReachTheModel_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("expected") << u"Expected time"_s;
    QTest::newRow("still processing") << u"Still processing after"_s;
}

void TestTransferScreen::windowsSetThroughTheAccessibleValueReachTheModel()
{
    // A screen reader sets a spin box through its value interface: no edit is ever finished.
    QFETCH(QString, name);
    Harness h(quickConfig());
    QSpinBox *spin = nullptr;
    for (QSpinBox *candidate : h.screen->findChildren<QSpinBox *>()) {
        if (candidate->accessibleName() == name)
            spin = candidate;
    }
    QVERIFY(spin);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(spin);
    QVERIFY(accessible && accessible->valueInterface());
    const bool expected = name == u"Expected time"_s;
    // A value the box does not show yet, with the windows kept in order (the final one after
    // the expected one) so that nothing is clamped.
    const int wanted = expected ? (spin->value() == 4 ? 5 : 4) : (spin->value() == 40 ? 50 : 40);
    accessible->valueInterface()->setCurrentValue(wanted);
    QCOMPARE(spin->value(), wanted);
    const TransferModel::Settings after = h.screen->model()->settings();
    QCOMPARE(expected ? after.expectedWindow : after.finalWindow,
             std::chrono::milliseconds(wanted * 1000));
}

QTEST_MAIN(TestTransferScreen)
#include "tst_transferscreen.moc"
