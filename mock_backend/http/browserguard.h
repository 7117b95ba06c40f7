#pragma once

#include "mock_backend/http/apierror.h"
#include "mock_backend/http/apitypes.h"

#include <QHostAddress>

#include <optional>

namespace mock {

// Keeps a web page the person happens to open from using the backend through their browser
// (docs/api.md, "Security"). Two ways in, two checks:
// - DNS rebinding: a page whose own host name now resolves to 127.0.0.1 is same-origin with the
//   backend in the browser's eyes and could read the data routes, but its requests still name
//   that host in Host. On loopback, Host must name loopback and this port.
// - Cross-site requests: any page can make a browser POST a form or a no-cors fetch to any
//   address, but only with a form or text/plain content type and no custom header; anything
//   else needs a CORS preflight, which this server never approves. So a request that changes
//   state must carry a JSON (or, for photos, image) content type or an X-… header, and a
//   browser's Origin, when present, must be this server.
class BrowserGuard
{
public:
    BrowserGuard() = default;
    BrowserGuard(const QHostAddress &address, quint16 port);

    // Every request: 403 host_not_allowed when Host names another server.
    std::optional<ApiError> checkHost(const ApiRequest &request) const;
    // Requests that change state (every method but GET and HEAD): 403 cross_site_request.
    std::optional<ApiError> checkStateChanging(const ApiRequest &request) const;

private:
    // host[:port] as in a Host header or an origin's authority.
    bool isOwnAuthority(QByteArrayView authority) const;
    bool isOwnAuthorityUncached(QByteArrayView authority) const;

    QHostAddress m_address = QHostAddress::LocalHost;
    quint16 m_port = 0; // 0: any (an HttpApi without a listening server, in unit tests)
    mutable QByteArray m_lastOwnAuthority; // the last Host or Origin authority found to be ours
};

} // namespace mock
