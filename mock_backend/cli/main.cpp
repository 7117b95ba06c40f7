// converge-backend: the simulated backend as a standalone server for workshops and curl.

#include "mock_backend/config/backendconfig.h"
#include "mock_backend/http/accesstoken.h"
#include "mock_backend/postgres/storeoptions.h"
#include "mock_backend/server/backendserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <optional>

using namespace mock;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "converge-backend: " << message << '\n';
    return 2;
}

constexpr char tokenVariable[] = "CONVERGE_BACKEND_TOKEN";

// One way to give the token: --token, --token-file, or the environment (used when neither
// option is). No token at all is a valid answer (an unset AccessToken); a given but empty or
// blank one is an error, never "no token".
std::optional<AccessToken> readToken(const QCommandLineParser &parser,
                                     const QCommandLineOption &tokenOption,
                                     const QCommandLineOption &fileOption, QString *error)
{
    if (parser.isSet(tokenOption) && parser.isSet(fileOption)) {
        *error = QStringLiteral("give either --token or --token-file, not both");
        return std::nullopt;
    }
    QString why;
    std::optional<AccessToken> token;
    QString source;
    if (parser.isSet(fileOption)) {
        token = AccessToken::fromFile(parser.value(fileOption), &why);
        source = QStringLiteral("--token-file");
    } else if (parser.isSet(tokenOption)) {
        token = AccessToken::fromText(parser.value(tokenOption), &why);
        source = QStringLiteral("--token");
    } else if (qEnvironmentVariableIsSet(tokenVariable)) {
        token = AccessToken::fromText(qEnvironmentVariable(tokenVariable), &why);
        source = QLatin1String(tokenVariable);
    } else {
        return AccessToken();
    }
    if (!token)
        *error = QStringLiteral("%1: %2").arg(source, why);
    return token;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("converge-backend"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Converge's simulated replicated backend (see docs/api.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port (0 = any free port)."),
                                        QStringLiteral("port"), QStringLiteral("8080"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Address to listen on."),
                                          QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the random generator."),
                                        QStringLiteral("seed"));
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QStringLiteral("JSON configuration file."),
                                          QStringLiteral("file"));
    const QCommandLineOption tokenOption(
        QStringLiteral("token"),
        QStringLiteral("Access token (Authorization: Bearer); required off loopback. Visible "
                       "to every local user in the process list: prefer --token-file or %1.")
            .arg(QLatin1String(tokenVariable)),
        QStringLiteral("token"));
    const QCommandLineOption tokenFileOption(
        QStringLiteral("token-file"),
        QStringLiteral("Read the access token from this file (surrounding whitespace ignored)."),
        QStringLiteral("file"));
    const QCommandLineOption instantOption(QStringLiteral("instant"),
                                           QStringLiteral("Start without latency, lag or "
                                                          "faults."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         QStringLiteral("Do not log each request."));
    const QCommandLineOption maxHeaderBytesOption(
        QStringLiteral("max-header-bytes"),
        QStringLiteral("Request line and headers, at most (431 beyond)."), QStringLiteral("bytes"));
    const QCommandLineOption maxHeadersOption(QStringLiteral("max-headers"),
                                              QStringLiteral("Header lines, at most (431 beyond)."),
                                              QStringLiteral("count"));
    const QCommandLineOption headerTimeoutOption(
        QStringLiteral("header-timeout-ms"),
        QStringLiteral("Time from a request's first byte to its last header (408 after)."),
        QStringLiteral("ms"));
    const QCommandLineOption idleTimeoutOption(
        QStringLiteral("idle-timeout-ms"),
        QStringLiteral("Silence from a client owed no answer before it is closed."),
        QStringLiteral("ms"));
    parser.addOptions({portOption, listenOption, seedOption, configOption, tokenOption,
                       tokenFileOption, instantOption, quietOption, maxHeaderBytesOption,
                       maxHeadersOption, headerTimeoutOption, idleTimeoutOption});
    const StoreOptions storeOptions;
    storeOptions.addTo(parser);
    parser.process(app);

    QString storeError;
    const auto postgres = storeOptions.read(parser, &storeError);
    if (!postgres)
        return fail(storeError);

    BackendConfig config =
        parser.isSet(instantOption) ? BackendConfig::instant() : BackendConfig::defaults();
    if (parser.isSet(configOption)) {
        QFile file(parser.value(configOption));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(file.fileName()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject())
            return fail(QStringLiteral("%1 is not a JSON object (%2)")
                            .arg(file.fileName(), parseError.errorString()));
        ApiError error;
        const auto parsed = BackendConfig::fromJson(doc.object(), &error, config);
        if (!parsed)
            return fail(QStringLiteral("%1: %2").arg(file.fileName(), error.message));
        config = *parsed;
    }
    if (parser.isSet(seedOption)) {
        bool ok = false;
        const qulonglong seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok || seed >= 9007199254740992ULL)
            return fail(QStringLiteral("--seed must be a whole number from 0 to 2^53 - 1"));
        config.seed = seed;
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(QStringLiteral("--port must be from 0 to 65535"));
    const QHostAddress address(parser.value(listenOption));
    if (address.isNull())
        return fail(QStringLiteral("--listen must be an IP address"));
    QString tokenError;
    const auto token = readToken(parser, tokenOption, tokenFileOption, &tokenError);
    if (!token)
        return fail(tokenError);
    if (!address.isLoopback() && !token->isSet())
        return fail(QStringLiteral("listening on %1 (not loopback) needs --token, --token-file "
                                   "or %2")
                        .arg(address.toString(), QLatin1String(tokenVariable)));

    ConnectionLimits limits;
    const struct
    {
        const QCommandLineOption &option;
        qint64 min;
        qint64 max;
        std::function<void(qint64)> set;
    } limitOptions[] = {
        {maxHeaderBytesOption, 1024, 1024 * 1024, [&](qint64 v) { limits.maxHeaderBytes = v; }},
        {maxHeadersOption, 8, 10000,
         [&](qint64 v) { limits.maxHeaderCount = static_cast<int>(v); }},
        {headerTimeoutOption, 100, 3600000,
         [&](qint64 v) { limits.headerTimeoutMs = static_cast<int>(v); }},
        {idleTimeoutOption, 100, 3600000,
         [&](qint64 v) { limits.idleTimeoutMs = static_cast<int>(v); }},
    };
    for (const auto &limit : limitOptions) {
        if (!parser.isSet(limit.option))
            continue;
        bool ok = false;
        const qint64 value = parser.value(limit.option).toLongLong(&ok);
        if (!ok || value < limit.min || value > limit.max)
            return fail(QStringLiteral("--%1 must be from %2 to %3")
                            .arg(limit.option.names().constFirst())
                            .arg(limit.min)
                            .arg(limit.max));
        limit.set(value);
    }

    BackendServer server(config);
    if (postgres->isEnabled() && !server.usePostgres(*postgres, &storeError))
        return fail(storeError);
    server.setConnectionLimits(limits);
    server.setAccessToken(*token);
    if (!parser.isSet(quietOption)) {
        QObject::connect(&server, &BackendServer::requestLogged, [](const QString &line) {
            std::fprintf(stdout, "%s\n", qPrintable(line));
            std::fflush(stdout);
        });
    }
    if (!server.listen(address, static_cast<quint16>(port)))
        return fail(QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port));
    std::fprintf(stdout, "converge-backend listening on %s (seed %llu, store %s)\n",
                 qPrintable(server.url().toString()), static_cast<unsigned long long>(config.seed),
                 postgres->isEnabled() ? "postgres" : "simulation");
    std::fflush(stdout);
    return app.exec();
}
