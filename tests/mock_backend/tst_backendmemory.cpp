// What a huge upload costs the server: the real converge-backend in its own process is sent
// 256 MiB, declared up front or chunked, and its peak memory (VmHWM) may grow by about one
// request's worth (the body limit), never by the upload's size.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

constexpr int generousMs = 60000;
constexpr qint64 uploadBytes = 256LL * 1024 * 1024;
constexpr qint64 photoLimitBytes = 1024 * 1024;
// Parser copies, socket buffers and allocator slack around one request's worth.
constexpr qint64 overheadBytes = 6 * 1024 * 1024;

std::optional<qint64> peakMemoryBytes(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return std::nullopt;
}

} // namespace

class TestBackendMemory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void hugeUploadDoesNotGrowMemory_data();
    void hugeUploadDoesNotGrowMemory();

private:
    int request(const QByteArray &raw);
    // Sends head, then body bytes as fast as the server takes them, until uploadBytes are sent
    // or the server closes. Returns how many body bytes it took.
    qint64 upload(const QByteArray &head, bool chunked);

    QTemporaryDir m_dir;
    QProcess m_backend;
    quint16 m_port = 0;
};

void TestBackendMemory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile config(m_dir.filePath(QStringLiteral("config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"limits":{"maxPhotoBytes":)" + QByteArray::number(photoLimitBytes) + "}}");
    config.close();
    m_backend.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_backend.start(QStringLiteral(CONVERGE_BACKEND_EXECUTABLE),
                    {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--instant"),
                     QStringLiteral("--quiet"), QStringLiteral("--config"), config.fileName()});
    QVERIFY(m_backend.waitForStarted(generousMs));
    QVERIFY(QTest::qWaitFor([&] { return m_backend.canReadLine(); }, generousMs));
    const QRegularExpression listening(QStringLiteral("listening on http://127.0.0.1:(\\d+)"));
    const auto match = listening.match(QString::fromUtf8(m_backend.readLine()));
    QVERIFY(match.hasMatch());
    m_port = static_cast<quint16>(match.captured(1).toUInt());
    // Warm up every code path an upload touches, so the baseline already holds them.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(request("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n"), 200);
        const int refused = request("PUT /profile/photo HTTP/1.1\r\nHost: localhost\r\n"
                                    "Content-Type: image/png\r\nContent-Length: 4\r\n\r\nnope");
        QVERIFY2(refused >= 400 && refused < 500, QByteArray::number(refused).constData());
    }
}

void TestBackendMemory::cleanupTestCase()
{
    m_backend.kill();
    m_backend.waitForFinished(generousMs);
}

int TestBackendMemory::request(const QByteArray &raw)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket.waitForConnected(generousMs))
        return 0;
    socket.write(raw);
    if (!QTest::qWaitFor([&] { return socket.canReadLine(); }, generousMs))
        return 0;
    return socket.readLine().mid(9, 3).toInt();
}

qint64 TestBackendMemory::upload(const QByteArray &head, bool chunked)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket.waitForConnected(generousMs))
        return -1;
    const QByteArray piece(64 * 1024, 'x');
    const QByteArray chunk = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    qint64 sent = 0;
    // Only a little is ever queued in this process: the server's reading paces the upload.
    const auto feed = [&] {
        while (sent < uploadBytes && socket.state() == QAbstractSocket::ConnectedState
               && socket.bytesToWrite() < 1024 * 1024) {
            socket.write(chunked ? chunk : piece);
            sent += piece.size();
        }
    };
    connect(&socket, &QTcpSocket::bytesWritten, this, feed);
    socket.write(head);
    feed();
    const bool ended = QTest::qWaitFor(
        [&] {
            return socket.state() != QAbstractSocket::ConnectedState
                || (sent >= uploadBytes && socket.bytesToWrite() == 0);
        },
        generousMs);
    return ended ? sent - socket.bytesToWrite() : -1;
}

void TestBackendMemory::hugeUploadDoesNotGrowMemory_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::addColumn<qint64>("allowedGrowth");
    QTest::newRow("declared Content-Length") << false << overheadBytes;
    QTest::newRow("chunked") << true << photoLimitBytes + overheadBytes;
}

void TestBackendMemory::hugeUploadDoesNotGrowMemory()
{
    QFETCH(bool, chunked);
    QFETCH(qint64, allowedGrowth);
    const auto before = peakMemoryBytes(m_backend.processId());
    QVERIFY(before);
    const QByteArray head = "PUT /profile/photo HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                            "image/png\r\n"
        + (chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                   : "Content-Length: " + QByteArray::number(uploadBytes) + "\r\n")
        + "\r\n";
    const qint64 taken = upload(head, chunked);
    QVERIFY(taken >= 0);
    const auto after = peakMemoryBytes(m_backend.processId());
    QVERIFY(after);
    const QByteArray figures = "peak grew by " + QByteArray::number(*after - *before)
        + " bytes while " + QByteArray::number(taken) + " body bytes were sent";
    qInfo("%s", figures.constData());
    QVERIFY2(*after - *before <= allowedGrowth, figures.constData());
    // It is still serving.
    QCOMPARE(request("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n"), 200);
}

QTEST_GUILESS_MAIN(TestBackendMemory)
#include "tst_backendmemory.moc"
