// Workshop-room security (docs/api.md, "Security"): the token and where it comes from, what an
// unauthenticated client learns, and what a web page in the person's browser can and cannot do
// to a backend on loopback.

#include "mock_backend/config/backendconfig.h"
#include "mock_backend/http/accesstoken.h"
#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mock;

namespace {

constexpr int generousMs = 20000;

struct Answer
{
    int status = 0;
    QByteArray body;
    QString code() const
    {
        return QJsonDocument::fromJson(body)
            .object()[QStringLiteral("error")][QStringLiteral("code")]
            .toString();
    }
};

// One request on its own connection, written byte for byte: unlike QNetworkAccessManager, this
// can send any Host and Origin, and exactly the headers a browser would.
Answer rawRequest(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(generousMs))
        return {};
    socket.write(request);
    QByteArray data;
    qsizetype headEnd = -1;
    qint64 length = 0;
    const bool complete = QTest::qWaitFor(
        [&] {
            data += socket.readAll();
            if (headEnd < 0) {
                headEnd = data.indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return false;
                const QRegularExpression lengthLine(
                    QStringLiteral("(?im)^content-length: *(\\d+)"));
                const auto match = lengthLine.match(QString::fromLatin1(data.first(headEnd)));
                length = match.hasMatch() ? match.captured(1).toLongLong() : 0;
            }
            return data.size() >= headEnd + 4 + length;
        },
        generousMs);
    if (!complete)
        return {};
    return {data.mid(9, 3).toInt(), data.mid(headEnd + 4, length)};
}

QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &headers,
                   const QByteArray &body = {})
{
    QByteArray text = method + ' ' + path + " HTTP/1.1\r\n" + headers;
    if (!body.isEmpty() || method != "GET")
        text += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return text + "\r\n" + body;
}

} // namespace

class TestBackendSecurity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tokenText_data();
    void tokenText();
    void tokenMatchesOnlyItself_data();
    void tokenMatchesOnlyItself();
    void tokenFromFile();
    void blankTokenIsRefused();
    void authenticationComesBeforeRouting_data();
    void authenticationComesBeforeRouting();
    void crossSiteRequestsChangeNothing_data();
    void crossSiteRequestsChangeNothing();
    void hostMustBeThisServer_data();
    void hostMustBeThisServer();
    void commandLineTakesTheTokenThreeWays_data();
    void commandLineTakesTheTokenThreeWays();
    void commandLineRefusesBadTokens_data();
    void commandLineRefusesBadTokens();

private:
    QByteArray self() const { return "127.0.0.1:" + QByteArray::number(m_server->port()); }

    std::unique_ptr<BackendServer> m_server;
};

void TestBackendSecurity::init()
{
    m_server = std::make_unique<BackendServer>(BackendConfig::instant());
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void TestBackendSecurity::cleanup()
{
    m_server.reset();
}

void TestBackendSecurity::tokenText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << QStringLiteral("s3cret-Token_1") << true;
    QTest::newRow("a file's newline") << QStringLiteral("s3cret\n") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces") << QStringLiteral("   ") << false;
    QTest::newRow("whitespace of all kinds") << QStringLiteral(" \t\r\n ") << false;
    QTest::newRow("a space inside") << QStringLiteral("two words") << false;
    QTest::newRow("not ASCII") << QStringLiteral("s\u00e9cret") << false;
    QTest::newRow("too long") << QString(1025, u'x') << false;
}

void TestBackendSecurity::tokenText()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QString error;
    const auto token = AccessToken::fromText(text, &error);
    QCOMPARE(token.has_value(), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    if (token)
        QVERIFY(token->isSet());
}

void TestBackendSecurity::tokenMatchesOnlyItself_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<bool>("matches");
    QTest::newRow("the token") << QByteArray("Bearer s3cret") << true;
    QTest::newRow("a prefix") << QByteArray("Bearer s3cre") << false;
    QTest::newRow("longer") << QByteArray("Bearer s3cret2") << false;
    QTest::newRow("one byte off") << QByteArray("Bearer s3crex") << false;
    QTest::newRow("no scheme") << QByteArray("s3cret") << false;
    QTest::newRow("another scheme") << QByteArray("Basic s3cret") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestBackendSecurity::tokenMatchesOnlyItself()
{
    QFETCH(QByteArray, authorization);
    QFETCH(bool, matches);
    const auto token = AccessToken::fromText(QStringLiteral("s3cret"), nullptr);
    QVERIFY(token);
    QCOMPARE(token->matches(authorization), matches);
    QVERIFY(!AccessToken().matches(authorization)); // no token matches nothing
}

void TestBackendSecurity::tokenFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return file.fileName();
    };
    QString error;
    const auto token = AccessToken::fromFile(write(QStringLiteral("good"), "s3cret\n"), &error);
    QVERIFY2(token, qPrintable(error));
    QVERIFY(token->matches("Bearer s3cret"));
    QVERIFY(!AccessToken::fromFile(write(QStringLiteral("empty"), ""), &error));
    QVERIFY(error.contains(QStringLiteral("empty")));
    QVERIFY(!AccessToken::fromFile(write(QStringLiteral("blank"), "  \n"), &error));
    QVERIFY(!AccessToken::fromFile(dir.filePath(QStringLiteral("missing")), &error));
    QVERIFY(error.contains(QStringLiteral("missing")));
}

void TestBackendSecurity::blankTokenIsRefused()
{
    QString error;
    QVERIFY(!m_server->setAccessToken(QStringLiteral("   "), &error));
    QVERIFY(!error.isEmpty());
    // Refused means nothing changed: still no token, so admin routes stay open on loopback.
    const Answer config =
        rawRequest(m_server->port(), request("GET", "/admin/config", "Host: " + self() + "\r\n"));
    QCOMPARE(config.status, 200);
}

void TestBackendSecurity::authenticationComesBeforeRouting_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown route")
        << QByteArray("GET") << QByteArray("/nowhere") << QByteArray() << 401;
    QTest::newRow("unknown admin route")
        << QByteArray("GET") << QByteArray("/admin/secrets") << QByteArray() << 401;
    QTest::newRow("wrong method") << QByteArray("DELETE") << QByteArray("/items/3") << QByteArray()
                                  << 401;
    QTest::newRow("admin route") << QByteArray("GET") << QByteArray("/admin/config") << QByteArray()
                                 << 401;
    QTest::newRow("wrong token") << QByteArray("GET") << QByteArray("/nowhere")
                                 << QByteArray("Bearer guess") << 401;
    QTest::newRow("data route on loopback")
        << QByteArray("GET") << QByteArray("/items") << QByteArray() << 200;
    QTest::newRow("unknown route, with the token")
        << QByteArray("GET") << QByteArray("/nowhere") << QByteArray("Bearer s3cret") << 404;
    QTest::newRow("wrong method, with the token")
        << QByteArray("DELETE") << QByteArray("/items/3") << QByteArray("Bearer s3cret") << 405;
}

void TestBackendSecurity::authenticationComesBeforeRouting()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QVERIFY(m_server->setAccessToken(QStringLiteral("s3cret")));
    QByteArray headers = "Host: " + self() + "\r\nX-Client-Id: test\r\n";
    if (!authorization.isEmpty())
        headers += "Authorization: " + authorization + "\r\n";
    const Answer answer = rawRequest(m_server->port(), request(method, path, headers));
    QCOMPARE(answer.status, status);
    if (status == 401)
        QCOMPARE(answer.code(), QStringLiteral("unauthorized"));
}

void TestBackendSecurity::crossSiteRequestsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    // What any web page can make a browser send, without a CORS preflight.
    QTest::newRow("form post, empty")
        << QByteArray("POST") << QByteArray("/admin/reset")
        << QByteArray("Origin: http://evil.example\r\n") << QByteArray() << 403;
    QTest::newRow("form post without Origin")
        << QByteArray("POST") << QByteArray("/admin/reset")
        << QByteArray("Content-Type: application/x-www-form-urlencoded\r\n") << QByteArray("a=b")
        << 403;
    QTest::newRow("text/plain post")
        << QByteArray("POST") << QByteArray("/admin/replicas/1/pause")
        << QByteArray("Content-Type: text/plain\r\n") << QByteArray("{}") << 403;
    QTest::newRow("multipart post")
        << QByteArray("POST") << QByteArray("/admin/reset")
        << QByteArray("Content-Type: multipart/form-data; boundary=x\r\n") << QByteArray("--x--")
        << 403;
    QTest::newRow("no-cors fetch, no body")
        << QByteArray("POST") << QByteArray("/admin/replicas/1/pause") << QByteArray()
        << QByteArray() << 403;
    // A page that did get through a preflight (it cannot: none is ever approved) still names
    // itself.
    QTest::newRow("json from another page")
        << QByteArray("POST") << QByteArray("/admin/reset")
        << QByteArray("Origin: http://evil.example\r\nContent-Type: application/json\r\n")
        << QByteArray("{}") << 403;
    QTest::newRow("json from a sandboxed page")
        << QByteArray("POST") << QByteArray("/admin/reset")
        << QByteArray("Origin: null\r\nContent-Type: application/json\r\n") << QByteArray("{}")
        << 403;
    QTest::newRow("json from another local port")
        << QByteArray("POST") << QByteArray("/admin/reset")
        << QByteArray("Origin: http://127.0.0.1:1\r\nContent-Type: application/json\r\n")
        << QByteArray("{}") << 403;

    // What the app, scripts and curl send.
    QTest::newRow("json, empty body")
        << QByteArray("POST") << QByteArray("/admin/reset")
        << QByteArray("Content-Type: application/json\r\n") << QByteArray() << 200;
    QTest::newRow("json body") << QByteArray("POST") << QByteArray("/admin/replicas/1/pause")
                               << QByteArray("Content-Type: application/json\r\n")
                               << QByteArray("{}") << 200;
    QTest::newRow("an X- header") << QByteArray("POST") << QByteArray("/admin/reset")
                                  << QByteArray("X-Client-Id: curl\r\n") << QByteArray() << 200;
    QTest::newRow("json from this server's own origin")
        << QByteArray("POST") << QByteArray("/admin/reset")
        << QByteArray("Origin: http://SELF\r\nContent-Type: application/json\r\n") << QByteArray()
        << 200;
}

void TestBackendSecurity::crossSiteRequestsChangeNothing()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    headers.replace("SELF", self());
    // Something a reset would undo.
    m_server->simulation().setFavorite(7, true, QStringLiteral("c-1"), QStringLiteral("me"));
    const qint64 lsnBefore = m_server->simulation().primary().appliedLsn();

    const Answer answer = rawRequest(
        m_server->port(), request(method, path, "Host: " + self() + "\r\n" + headers, body));
    QCOMPARE(answer.status, status);
    const bool changed = m_server->simulation().primary().appliedLsn() != lsnBefore
        || m_server->simulation().replicas().replica(1).paused;
    if (status == 403) {
        QCOMPARE(answer.code(), QStringLiteral("cross_site_request"));
        QVERIFY(!changed);
    } else {
        QVERIFY(changed);
    }
}

void TestBackendSecurity::hostMustBeThisServer_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("status");
    QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1:PORT") << 200;
    QTest::newRow("localhost") << QByteArray("localhost:PORT") << 200;
    QTest::newRow("LOCALHOST") << QByteArray("LOCALHOST:PORT") << 200;
    QTest::newRow("IPv6 loopback") << QByteArray("[::1]:PORT") << 200;
    QTest::newRow("without the port") << QByteArray("localhost") << 200;
    // DNS rebinding: the attacker's name now resolves to 127.0.0.1.
    QTest::newRow("another name") << QByteArray("evil.example:PORT") << 403;
    QTest::newRow("a name ending in localhost") << QByteArray("evil-localhost:PORT") << 403;
    QTest::newRow("another address") << QByteArray("192.0.2.7:PORT") << 403;
    QTest::newRow("another port") << QByteArray("127.0.0.1:1") << 403;
    QTest::newRow("garbage") << QByteArray("[::1") << 403;
}

void TestBackendSecurity::hostMustBeThisServer()
{
    QFETCH(QByteArray, host);
    QFETCH(int, status);
    host.replace("PORT", QByteArray::number(m_server->port()));
    const Answer answer =
        rawRequest(m_server->port(), request("GET", "/items", "Host: " + host + "\r\n"));
    QCOMPARE(answer.status, status);
    if (status == 403)
        QCOMPARE(answer.code(), QStringLiteral("host_not_allowed"));
}

void TestBackendSecurity::commandLineTakesTheTokenThreeWays_data()
{
    QTest::addColumn<QString>("way");
    QTest::newRow("--token") << QStringLiteral("option");
    QTest::newRow("--token-file") << QStringLiteral("file");
    QTest::newRow("environment") << QStringLiteral("environment");
}

void TestBackendSecurity::commandLineTakesTheTokenThreeWays()
{
    QFETCH(QString, way);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList arguments {QStringLiteral("--port"), QStringLiteral("0"),
                           QStringLiteral("--instant"), QStringLiteral("--quiet")};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CONVERGE_BACKEND_TOKEN"));
    if (way == QLatin1String("option")) {
        arguments << QStringLiteral("--token") << QStringLiteral("s3cret");
    } else if (way == QLatin1String("file")) {
        QFile file(dir.filePath(QStringLiteral("token")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("s3cret\n");
        file.close();
        arguments << QStringLiteral("--token-file") << file.fileName();
    } else {
        environment.insert(QStringLiteral("CONVERGE_BACKEND_TOKEN"), QStringLiteral("s3cret"));
    }
    QProcess backend;
    backend.setProcessEnvironment(environment);
    backend.start(QStringLiteral(CONVERGE_BACKEND_EXECUTABLE), arguments);
    QVERIFY(backend.waitForStarted(generousMs));
    QVERIFY(QTest::qWaitFor([&] { return backend.canReadLine(); }, generousMs));
    const QRegularExpression listening(QStringLiteral("listening on http://127.0.0.1:(\\d+)"));
    const auto match = listening.match(QString::fromUtf8(backend.readLine()));
    QVERIFY(match.hasMatch());
    const auto port = static_cast<quint16>(match.captured(1).toUInt());
    const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    QCOMPARE(rawRequest(port, request("GET", "/admin/config", host)).status, 401);
    QCOMPARE(
        rawRequest(port, request("GET", "/admin/config", host + "Authorization: Bearer s3cret\r\n"))
            .status,
        200);
    backend.kill();
    backend.waitForFinished(generousMs);
}

void TestBackendSecurity::commandLineRefusesBadTokens_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environmentToken");
    QTest::addColumn<QString>("said");
    QTest::newRow("blank --token")
        << QStringList {QStringLiteral("--token"), QStringLiteral("  ")} << QString()
        << QStringLiteral("--token: the access token is empty");
    QTest::newRow("empty --token")
        << QStringList {QStringLiteral("--token"), QString()} << QString()
        << QStringLiteral("--token: the access token is empty");
    QTest::newRow("blank environment")
        << QStringList() << QStringLiteral(" ")
        << QStringLiteral("CONVERGE_BACKEND_TOKEN: the access token is empty");
    QTest::newRow("missing file") << QStringList {QStringLiteral("--token-file"),
                                                  QStringLiteral("/nonexistent/token")}
                                  << QString()
                                  << QStringLiteral("--token-file: cannot read /nonexistent/token");
    QTest::newRow("both options") << QStringList {QStringLiteral("--token"), QStringLiteral("a"),
                                                  QStringLiteral("--token-file"),
                                                  QStringLiteral("/nonexistent/token")}
                                  << QString() << QStringLiteral("not both");
    QTest::newRow("off loopback without a token")
        << QStringList {QStringLiteral("--listen"), QStringLiteral("0.0.0.0")} << QString()
        << QStringLiteral("needs --token");
}

void TestBackendSecurity::commandLineRefusesBadTokens()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environmentToken);
    QFETCH(QString, said);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CONVERGE_BACKEND_TOKEN"));
    if (!environmentToken.isEmpty())
        environment.insert(QStringLiteral("CONVERGE_BACKEND_TOKEN"), environmentToken);
    QProcess backend;
    backend.setProcessEnvironment(environment);
    backend.start(QStringLiteral(CONVERGE_BACKEND_EXECUTABLE),
                  QStringList {QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    QVERIFY(backend.waitForFinished(generousMs));
    QCOMPARE(backend.exitCode(), 2);
    const QString stderrText = QString::fromUtf8(backend.readAllStandardError());
    QVERIFY2(stderrText.contains(said), qPrintable(stderrText));
}

QTEST_GUILESS_MAIN(TestBackendSecurity)
#include "tst_backendsecurity.moc"
