#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace mock {

// The workshop room's shared secret (docs/api.md, "Security"). Only its SHA-256 digest is kept,
// and a presented token is hashed and compared in constant time: how long a wrong guess takes
// says nothing about how much of it was right, nor how long the token is.
class AccessToken
{
public:
    AccessToken() = default; // none: nothing is required

    // Surrounding whitespace (a file's last newline, a stray space when pasting) is dropped;
    // what remains must be 1 to 1024 visible ASCII characters, as a Bearer header can carry.
    // An empty or whitespace-only token is an error, never "no token".
    static std::optional<AccessToken> fromText(const QString &text, QString *error);
    static std::optional<AccessToken> fromFile(const QString &path, QString *error);

    bool isSet() const { return !m_digest.isEmpty(); }
    // authorization is the whole header value: "Bearer <token>".
    bool matches(QByteArrayView authorization) const;

private:
    QByteArray m_digest;
};

} // namespace mock
