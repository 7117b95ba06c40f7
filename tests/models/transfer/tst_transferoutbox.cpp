// The outbox on disk: what the person meant to send survives a restart, and a damaged file is
// kept and reported instead of being silently replaced by an empty one.

#include "models/transfer/transferoutbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

TransferOutbox::Entry sampleEntry(const QString &key)
{
    TransferOutbox::Entry e;
    e.idempotencyKey = key;
    e.correlationId = u"c-"_s + key;
    e.payeeId = u"p-1"_s;
    e.amount = 12050;
    e.note = u"Rent — März"_s;
    e.transferId = u"t-7"_s;
    e.sentAtUtcMs = 1700000000123;
    e.mayHaveArrived = true;
    e.pattern = 1;
    return e;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestTransferOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFileIsAnEmptyOutbox();
    void roundTrip();
    void putReplacesByKey();
    void corruptFileIsMovedAsideAndReported_data();
    void corruptFileIsMovedAsideAndReported();
    void oneBadEntryIsQuarantinedTheOthersStay_data();
    void oneBadEntryIsQuarantinedTheOthersStay();
    void unwritablePlaceIsReported();
    void failedSaveKeepsTheOldFile();
    void defaultPathIsOneFolder();
    void oldOutboxIsAdopted_data();
    void oldOutboxIsAdopted();
    void unreadableOldOutboxStays();
};

void TestTransferOutbox::missingFileIsAnEmptyOutbox()
{
    QTemporaryDir dir;
    TransferOutbox outbox(dir.filePath(u"outbox.json"_s));
    QCOMPARE(outbox.load(), TransferOutbox::LoadStatus::Missing);
    QVERIFY(outbox.entries().isEmpty());
    QVERIFY(!outbox.draft());
    QVERIFY(outbox.lastError().isEmpty());
}

void TestTransferOutbox::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nested/outbox.json"_s);
    const TransferOutbox::Draft draft {u"key-draft"_s, u"p-2"_s, u"1.240,50"_s, u"note"_s};
    {
        TransferOutbox outbox(path);
        outbox.setDraft(draft);
        outbox.put(sampleEntry(u"k1"_s));
        TransferOutbox::Entry second = sampleEntry(u"k2"_s);
        second.transferId.clear();
        second.mayHaveArrived = false;
        outbox.put(second);
        QVERIFY2(outbox.save(), qPrintable(outbox.lastError()));
    }
    // No temporary file is left next to it: QSaveFile renamed it into place.
    QCOMPARE(QDir(dir.filePath(u"nested"_s)).entryList(QDir::Files),
             QStringList {u"outbox.json"_s});

    TransferOutbox reread(path);
    QCOMPARE(reread.load(), TransferOutbox::LoadStatus::Loaded);
    QVERIFY(reread.draft());
    QCOMPARE(*reread.draft(), draft);
    QCOMPARE(reread.entries().size(), 2);
    QCOMPARE(reread.entries().at(0), sampleEntry(u"k1"_s));
    QCOMPARE(reread.entries().at(1).transferId, QString());
    QCOMPARE(reread.entries().at(1).mayHaveArrived, false);
}

void TestTransferOutbox::putReplacesByKey()
{
    QTemporaryDir dir;
    TransferOutbox outbox(dir.filePath(u"outbox.json"_s));
    outbox.put(sampleEntry(u"k1"_s));
    TransferOutbox::Entry changed = sampleEntry(u"k1"_s);
    changed.transferId = u"t-9"_s;
    outbox.put(changed);
    QCOMPARE(outbox.entries().size(), 1);
    QCOMPARE(outbox.entry(u"k1"_s)->transferId, u"t-9"_s);
    QVERIFY(outbox.remove(u"k1"_s));
    QVERIFY(!outbox.remove(u"k1"_s));
    QVERIFY(!outbox.entry(u"k1"_s));
}

void TestTransferOutbox::corruptFileIsMovedAsideAndReported_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("garbage") << QByteArray("\x00\x01garbage", 9);
    QTest::newRow("truncated json") << QByteArray(R"({"version":1,"draft":null,"transf)");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("other version") << QByteArray(R"({"version":99,"draft":null,"transfers":[]})");
}

void TestTransferOutbox::corruptFileIsMovedAsideAndReported()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"outbox.json"_s);
    writeFile(path, bytes);

    TransferOutbox outbox(path);
    QCOMPARE(outbox.load(), TransferOutbox::LoadStatus::Corrupt);
    QVERIFY(!outbox.lastError().isEmpty());
    QVERIFY(outbox.entries().isEmpty());

    // The damaged bytes are kept, byte for byte, under a name that says what happened.
    const QString aside = outbox.corruptPath();
    QVERIFY(QFileInfo(aside).fileName().startsWith(u"outbox.corrupt-"_s));
    QVERIFY(aside.endsWith(u".json"_s));
    QVERIFY(outbox.lastError().contains(QDir::toNativeSeparators(aside)));
    QFile kept(aside);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), bytes);
    QVERIFY(!QFile::exists(path));

    // Life goes on with a fresh outbox; the kept file is not touched by saving.
    outbox.put(sampleEntry(u"new"_s));
    QVERIFY(outbox.save());
    TransferOutbox reread(path);
    QCOMPARE(reread.load(), TransferOutbox::LoadStatus::Loaded);
    QCOMPARE(reread.entries().size(), 1);
    QVERIFY(QFile::exists(aside));
}

void TestTransferOutbox::oneBadEntryIsQuarantinedTheOthersStay_data()
{
    // The file is whole and ours; one part of it is not readable.
    QTest::addColumn<QByteArray>("draft");
    QTest::addColumn<QByteArray>("badTransfer"); // empty: only the draft is bad
    const QByteArray goodDraft =
        R"({"idempotencyKey":"d","payeeId":"p-1","amountText":"5","note":""})";
    QTest::newRow("amount as text")
        << goodDraft
        << QByteArray(R"({"idempotencyKey":"k","correlationId":"c","payeeId":"p-1",)"
                      R"("amount":"12","note":"","transferId":"","sentAtUtcMs":1,)"
                      R"("mayHaveArrived":true,"pattern":0})");
    QTest::newRow("fractional amount")
        << goodDraft
        << QByteArray(R"({"idempotencyKey":"k","correlationId":"c","payeeId":"p-1",)"
                      R"("amount":12.5,"note":"","transferId":"","sentAtUtcMs":1,)"
                      R"("mayHaveArrived":true,"pattern":0})");
    QTest::newRow("not an object") << goodDraft << QByteArray("42");
    QTest::newRow("draft without key")
        << QByteArray(R"({"idempotencyKey":"","payeeId":"p-1","amountText":"5","note":""})")
        << QByteArray();
}

void TestTransferOutbox::oneBadEntryIsQuarantinedTheOthersStay()
{
    QFETCH(QByteArray, draft);
    QFETCH(QByteArray, badTransfer);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"outbox.json"_s);
    {
        TransferOutbox good(path);
        good.put(sampleEntry(u"first"_s));
        good.put(sampleEntry(u"second"_s));
        QVERIFY(good.save());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    bytes.replace(QByteArray(R"("draft": null)"), QByteArray("\"draft\": " + draft));
    if (!badTransfer.isEmpty())
        bytes.replace(QByteArray(R"("transfers": [)"),
                      QByteArray("\"transfers\": [" + badTransfer + ','));
    writeFile(path, bytes);

    TransferOutbox outbox(path);
    QCOMPARE(outbox.load(), TransferOutbox::LoadStatus::Loaded);
    // Both readable transfers stay; the bad part is reported once, on its own.
    QCOMPARE(outbox.entries().size(), 2);
    QVERIFY(outbox.entry(u"first"_s));
    QVERIFY(outbox.entry(u"second"_s));
    QCOMPARE(outbox.quarantineReports().size(), 1);
    QCOMPARE(outbox.draft().has_value(), badTransfer.isEmpty() ? false : true);
    const QString aside = outbox.quarantinePath();
    QVERIFY(QFileInfo(aside).fileName().startsWith(u"outbox.quarantine-"_s));
    QVERIFY(outbox.quarantineReports().first().contains(QDir::toNativeSeparators(aside)));
    QFile kept(aside);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    // Kept for a person to look at: the part itself and what was wrong with it.
    const QJsonArray keptParts = QJsonDocument::fromJson(kept.readAll()).array();
    QCOMPARE(keptParts.size(), 1);
    QVERIFY(!keptParts.first().toObject().value(u"problem"_s).toString().isEmpty());
    QVERIFY(keptParts.first().toObject().contains(u"entry"_s));
    // Saving keeps the good ones and does not bring the bad one back.
    QVERIFY(outbox.save());
    TransferOutbox reread(path);
    QCOMPARE(reread.load(), TransferOutbox::LoadStatus::Loaded);
    QCOMPARE(reread.entries().size(), 2);
    QVERIFY(reread.quarantineReports().isEmpty());
}

void TestTransferOutbox::unwritablePlaceIsReported()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"not-a-folder"_s), "x");
    TransferOutbox outbox(dir.filePath(u"not-a-folder/outbox.json"_s));
    outbox.put(sampleEntry(u"k1"_s));
    QVERIFY(!outbox.save());
    QVERIFY(!outbox.lastError().isEmpty());
}

void TestTransferOutbox::failedSaveKeepsTheOldFile()
{
    if (QFileInfo(u"/root"_s).isWritable() && ::geteuid() == 0)
        QSKIP("Permissions are not enforced for root");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"outbox.json"_s);
    TransferOutbox outbox(path);
    outbox.put(sampleEntry(u"k1"_s));
    QVERIFY(outbox.save());

    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    outbox.put(sampleEntry(u"k2"_s));
    const bool saved = outbox.save();
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!saved);
    QVERIFY(!outbox.lastError().isEmpty());

    TransferOutbox reread(path);
    QCOMPARE(reread.load(), TransferOutbox::LoadStatus::Loaded);
    QCOMPARE(reread.entries().size(), 1); // the old, whole file: never half written
}

void TestTransferOutbox::defaultPathIsOneFolder()
{
    // The app names both its organization and itself "Converge"; the outbox must not end up in
    // Converge/Converge/.
    qputenv("XDG_DATA_HOME", "/tmp/converge-xdg-data");
    QCoreApplication::setOrganizationName(u"Converge"_s);
    QCoreApplication::setApplicationName(u"Converge"_s);
    QCOMPARE(TransferOutbox::defaultPath(), u"/tmp/converge-xdg-data/Converge/outbox.json"_s);
    QCOMPARE(TransferOutbox::legacyPath(),
             u"/tmp/converge-xdg-data/Converge/Converge/outbox.json"_s);
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(u"converge-test"_s);
}

void TestTransferOutbox::oldOutboxIsAdopted_data()
{
    QTest::addColumn<bool>("newExists");
    QTest::newRow("only the old one") << false;
    QTest::newRow("both") << true;
}

void TestTransferOutbox::oldOutboxIsAdopted()
{
    QFETCH(bool, newExists);
    QTemporaryDir dir;
    const QString oldPath = dir.filePath(u"Converge/Converge/outbox.json"_s);
    const QString newPath = dir.filePath(u"Converge/outbox.json"_s);
    QVERIFY(QDir().mkpath(QFileInfo(oldPath).absolutePath()));

    TransferOutbox old(oldPath);
    old.put(sampleEntry(u"in-flight"_s));
    old.put(sampleEntry(u"shared"_s));
    old.setDraft({u"k-old-draft"_s, u"p-2"_s, u"7,50"_s, u"old"_s});
    QVERIFY(old.save());
    if (newExists) {
        TransferOutbox current(newPath);
        TransferOutbox::Entry shared = sampleEntry(u"shared"_s);
        shared.transferId = u"t-newer"_s; // what the newer file knows wins
        current.put(shared);
        current.put(sampleEntry(u"new-only"_s));
        QVERIFY(current.save());
    }

    QString error;
    QVERIFY2(TransferOutbox::adoptOutbox(oldPath, newPath, &error), qPrintable(error));
    QVERIFY(!QFile::exists(oldPath));
    TransferOutbox adopted(newPath);
    QCOMPARE(adopted.load(), TransferOutbox::LoadStatus::Loaded);
    QVERIFY(adopted.entry(u"in-flight"_s));
    QCOMPARE(*adopted.entry(u"in-flight"_s), sampleEntry(u"in-flight"_s));
    QVERIFY(adopted.entry(u"shared"_s));
    QCOMPARE(adopted.entry(u"shared"_s)->transferId, newExists ? u"t-newer"_s : u"t-7"_s);
    QCOMPARE(adopted.entries().size(), newExists ? 3 : 2);
    QVERIFY(adopted.draft());
    QCOMPARE(adopted.draft()->idempotencyKey, u"k-old-draft"_s);

    // Nothing left to adopt the second time.
    QVERIFY(TransferOutbox::adoptOutbox(oldPath, newPath, &error));
    QCOMPARE(TransferOutbox(newPath).load(), TransferOutbox::LoadStatus::Loaded);
}

void TestTransferOutbox::unreadableOldOutboxStays()
{
    QTemporaryDir dir;
    const QString oldPath = dir.filePath(u"old/outbox.json"_s);
    const QString newPath = dir.filePath(u"new/outbox.json"_s);
    QVERIFY(QDir().mkpath(dir.filePath(u"old"_s)));
    QVERIFY(QDir().mkpath(dir.filePath(u"new"_s)));
    writeFile(oldPath, "{ not json");
    TransferOutbox current(newPath);
    current.put(sampleEntry(u"k"_s));
    QVERIFY(current.save());

    QString error;
    QVERIFY(!TransferOutbox::adoptOutbox(oldPath, newPath, &error));
    QVERIFY2(error.contains(u"could not be read"_s), qPrintable(error));
    // The old bytes are kept beside it, the current outbox is untouched.
    QCOMPARE(QDir(dir.filePath(u"old"_s)).entryList({u"outbox.corrupt-*.json"_s}).size(), 1);
    TransferOutbox reread(newPath);
    QCOMPARE(reread.load(), TransferOutbox::LoadStatus::Loaded);
    QCOMPARE(reread.entries().size(), 1);
}

QTEST_GUILESS_MAIN(TestTransferOutbox)
#include "tst_transferoutbox.moc"
