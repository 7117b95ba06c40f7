#include "models/client/apitypes.h"
#include "models/sync/writeoutcome.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The one meaning of a write's answer that every screen relies on: anything that is not a
// definite answer from the server must come out as Unknown, so nobody sends it with a new key.
class TestWriteOutcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesWrites_data();
    void classifiesWrites();
    void classifiesReads_data();
    void classifiesReads();
};

void TestWriteOutcome::classifiesWrites_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<WriteOutcome>("outcome");

    QTest::newRow("200") << ApiError::None << 200 << QString() << WriteOutcome::Applied;
    QTest::newRow("202") << ApiError::None << 202 << QString() << WriteOutcome::Applied;
    QTest::newRow("400 invalid") << ApiError::Http << 400 << u"invalid_field"_s
                                 << WriteOutcome::Rejected;
    QTest::newRow("404") << ApiError::Http << 404 << u"not_found"_s << WriteOutcome::Rejected;
    QTest::newRow("409 in flight")
        << ApiError::Http << 409 << u"idempotency_in_flight"_s << WriteOutcome::StillProcessing;
    QTest::newRow("409 other") << ApiError::Http << 409 << u"conflict"_s << WriteOutcome::Rejected;
    QTest::newRow("413") << ApiError::Http << 413 << u"payload_too_large"_s
                         << WriteOutcome::Rejected;
    QTest::newRow("422 key reused")
        << ApiError::Http << 422 << u"idempotency_key_reused"_s << WriteOutcome::Rejected;
    QTest::newRow("412 changed meanwhile")
        << ApiError::Http << 412 << u"precondition_failed"_s << WriteOutcome::Conflict;
    QTest::newRow("429") << ApiError::Http << 429 << u"rate_limited"_s
                         << WriteOutcome::NotDelivered;
    QTest::newRow("500") << ApiError::Http << 500 << u"internal"_s << WriteOutcome::Unknown;
    // A proxy may answer 503 after the backend committed: paying again would pay twice.
    QTest::newRow("503") << ApiError::Http << 503 << u"injected_failure"_s << WriteOutcome::Unknown;
    QTest::newRow("504") << ApiError::Http << 504 << QString() << WriteOutcome::Unknown;
    QTest::newRow("refused") << ApiError::ConnectionRefused << 0 << QString()
                             << WriteOutcome::NotDelivered;
    QTest::newRow("dropped") << ApiError::Network << 0 << QString() << WriteOutcome::Unknown;
    QTest::newRow("timeout") << ApiError::Timeout << 0 << QString() << WriteOutcome::Unknown;
    QTest::newRow("unreadable") << ApiError::Malformed << 200 << QString() << WriteOutcome::Unknown;
    QTest::newRow("canceled") << ApiError::Canceled << 0 << QString() << WriteOutcome::Unknown;
}

void TestWriteOutcome::classifiesWrites()
{
    QFETCH(ApiError, error);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(WriteOutcome, outcome);

    ApiResult result;
    result.error = error;
    result.httpStatus = status;
    result.errorCode = code;
    result.wasWrite = true;
    QCOMPARE(classifyWrite(result), outcome);
}

void TestWriteOutcome::classifiesReads_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<ReadOutcome>("outcome");

    QTest::newRow("200") << ApiError::None << 200 << ReadOutcome::Answered;
    QTest::newRow("404") << ApiError::Http << 404 << ReadOutcome::NotFound;
    QTest::newRow("400") << ApiError::Http << 400 << ReadOutcome::Unavailable;
    QTest::newRow("503") << ApiError::Http << 503 << ReadOutcome::Unavailable;
    QTest::newRow("refused") << ApiError::ConnectionRefused << 0 << ReadOutcome::Unavailable;
    QTest::newRow("timeout") << ApiError::Timeout << 0 << ReadOutcome::Unavailable;
    QTest::newRow("unreadable") << ApiError::Malformed << 200 << ReadOutcome::Unavailable;
}

void TestWriteOutcome::classifiesReads()
{
    QFETCH(ApiError, error);
    QFETCH(int, status);
    QFETCH(ReadOutcome, outcome);

    ApiResult result;
    result.error = error;
    result.httpStatus = status;
    QCOMPARE(classifyRead(result), outcome);
}

QTEST_GUILESS_MAIN(TestWriteOutcome)
#include "tst_writeoutcome.moc"
