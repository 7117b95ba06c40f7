// TransferFeedback: what a failed transfer's toast offers stays true all day, and what it
// remembers to keep it true does not grow with the day.

#include "app/screens/transfer/transferfeedback.h"
#include "core/clock.h"
#include "models/client/apiclient.h"
#include "models/transfer/transfermodel.h"
#include "models/transfer/transferoutbox.h"
#include "widgets/notificationhistorymodel.h"
#include "widgets/toastcenter.h"

#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

class TestTransferFeedback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failuresTheHistoryForgotAreForgotten();
};

void TestTransferFeedback::failuresTheHistoryForgotAreForgotten()
{
    QTemporaryDir dir;
    ApiClient api(QUrl(u"http://127.0.0.1:9"_s));
    TransferOutbox outbox(dir.filePath(u"outbox.json"_s));
    ManualClock clock;
    TransferModel model(&api, &outbox, &clock);
    QWidget host;
    ToastCenter toasts(&host);
    toasts.history()->setMaximumRows(3);
    SessionServices services;
    services.toasts = &toasts;
    services.clock = &clock;
    TransferFeedback feedback(&model, services);

    // Failures nobody retried, each with its own words (identical toasts would merge).
    for (int i = 1; i <= 10; ++i) {
        Q_EMIT model.transferFailed(u"key-%1"_s.arg(i), u"Transfer %1 was declined."_s.arg(i));
        QVERIFY(feedback.retryableFailureCount() <= 3);
    }
    QCOMPARE(feedback.retryableFailureCount(), 3);
    // The newest ones still offer Retry, from the history too, and resending one withdraws it.
    const int newest = toasts.history()->index(0).data(NotificationHistoryModel::IdRole).toInt();
    QVERIFY(toasts.history()->isActionAvailable(newest));
    Q_EMIT model.retrySent(u"key-10"_s, u"key-11"_s);
    QVERIFY(!toasts.history()->isActionAvailable(newest));
    QCOMPARE(feedback.retryableFailureCount(), 2);
}

QTEST_MAIN(TestTransferFeedback)
#include "tst_transferfeedback.moc"
