#include "mock_backend/http/browserguard.h"

#include <QUrl>

namespace mock {

namespace {

ApiError forbidden(const QString &code, const QString &message)
{
    return {403, code, message, {}};
}

struct Authority
{
    QByteArray host; // without brackets for IPv6
    int port = -1; // -1: none given
};

std::optional<Authority> splitAuthority(QByteArrayView authority)
{
    Authority result;
    QByteArrayView rest;
    if (authority.startsWith('[')) {
        const qsizetype close = authority.indexOf(']');
        if (close < 0)
            return std::nullopt;
        result.host = authority.sliced(1, close - 1).toByteArray();
        rest = authority.sliced(close + 1);
    } else {
        const qsizetype colon = authority.indexOf(':');
        result.host = authority.first(colon < 0 ? authority.size() : colon).toByteArray();
        rest = colon < 0 ? QByteArrayView() : authority.sliced(colon);
    }
    if (result.host.isEmpty())
        return std::nullopt;
    if (!rest.isEmpty()) {
        bool ok = false;
        const uint port = rest.sliced(1).toUInt(&ok);
        if (!rest.startsWith(':') || !ok || port > 65535)
            return std::nullopt;
        result.port = static_cast<int>(port);
    }
    return result;
}

bool isAny(const QHostAddress &address)
{
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6;
}

QByteArray mediaType(const ApiRequest &request)
{
    return request.header("Content-Type").split(';').first().trimmed().toLower();
}

} // namespace

BrowserGuard::BrowserGuard(const QHostAddress &address, quint16 port)
    : m_address(address)
    , m_port(port)
{
}

bool BrowserGuard::isOwnAuthority(QByteArrayView text) const
{
    // Every request names the same host; parsing it as an address each time is most of the check.
    if (!m_lastOwnAuthority.isEmpty() && text == m_lastOwnAuthority)
        return true;
    if (!isOwnAuthorityUncached(text))
        return false;
    m_lastOwnAuthority = text.toByteArray();
    return true;
}

bool BrowserGuard::isOwnAuthorityUncached(QByteArrayView text) const
{
    const auto authority = splitAuthority(text.trimmed());
    if (!authority)
        return false;
    if (authority->port >= 0 && m_port != 0 && authority->port != m_port)
        return false;
    const QHostAddress literal(QString::fromLatin1(authority->host));
    if (m_address.isLoopback()) {
        // Nothing but loopback reaches a loopback listener, so any other name is a rebinding.
        return literal.isNull() ? authority->host.compare("localhost", Qt::CaseInsensitive) == 0
                                : literal.isLoopback();
    }
    // Off loopback every route needs the token, which a rebound page does not have; names
    // (a laptop's name in the workshop room) are fine, an address must be one listened on.
    return literal.isNull() || isAny(m_address) || literal.isEqual(m_address);
}

std::optional<ApiError> BrowserGuard::checkHost(const ApiRequest &request) const
{
    // HTTP/1.0 tools may leave Host out; a browser never does.
    if (!request.hasHeader("Host") || isOwnAuthority(request.header("Host")))
        return std::nullopt;
    return forbidden(QStringLiteral("host_not_allowed"),
                     QStringLiteral("This server does not answer to the host %1.")
                         .arg(QString::fromLatin1(request.header("Host").left(128))));
}

std::optional<ApiError> BrowserGuard::checkStateChanging(const ApiRequest &request) const
{
    if (request.method == "GET" || request.method == "HEAD")
        return std::nullopt;
    if (request.hasHeader("Origin")) {
        // A browser names the page that sent the request; only this server itself may.
        const QUrl origin(QString::fromLatin1(request.header("Origin")), QUrl::StrictMode);
        const bool own = origin.isValid() && origin.scheme() == QLatin1String("http")
            && origin.path().isEmpty() && isOwnAuthority(origin.authority().toLatin1())
            && (!request.hasHeader("Host")
                || origin.authority().compare(QString::fromLatin1(request.header("Host")),
                                              Qt::CaseInsensitive)
                    == 0);
        if (!own)
            return forbidden(QStringLiteral("cross_site_request"),
                             QStringLiteral("Requests from the web page %1 may not change "
                                            "anything here.")
                                 .arg(QString::fromLatin1(request.header("Origin").left(128))));
    }
    const QByteArray type = mediaType(request);
    if (type == "application/json" || type == "image/png" || type == "image/jpeg")
        return std::nullopt;
    for (const auto &[name, value] : request.headers) {
        if (name.size() > 2 && name.first(2).compare("x-", Qt::CaseInsensitive) == 0)
            return std::nullopt;
    }
    return forbidden(QStringLiteral("cross_site_request"),
                     QStringLiteral("A request that changes something must be sent as "
                                    "application/json or carry an X- header (such as "
                                    "X-Client-Id), which a web page cannot send to this server."));
}

} // namespace mock
