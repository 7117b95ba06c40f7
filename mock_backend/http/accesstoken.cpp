#include "mock_backend/http/accesstoken.h"

#include <QCryptographicHash>
#include <QFile>

namespace mock {

namespace {

constexpr qsizetype maxTokenLength = 1024;

QByteArray digestOf(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

// Every byte is looked at whatever the first difference: no early exit to time.
bool equalInConstantTime(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false; // both are digests of one fixed length; this leaks nothing
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

std::optional<AccessToken> AccessToken::fromText(const QString &text, QString *error)
{
    const QString token = text.trimmed();
    const auto refuse = [error](const QString &message) -> std::optional<AccessToken> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (token.isEmpty())
        return refuse(QStringLiteral("the access token is empty"));
    if (token.size() > maxTokenLength)
        return refuse(
            QStringLiteral("the access token is longer than %1 characters").arg(maxTokenLength));
    for (const QChar c : token) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return refuse(QStringLiteral("the access token may only hold visible ASCII "
                                         "characters, without spaces"));
    }
    AccessToken result;
    result.m_digest = digestOf(token.toLatin1());
    return result;
}

std::optional<AccessToken> AccessToken::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1 (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    // A token file holds one short line; more than that is not a token file.
    const QByteArray bytes = file.read(maxTokenLength + 64);
    QString why;
    const auto token = fromText(QString::fromLatin1(bytes), &why);
    if (!token && error)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return token;
}

bool AccessToken::matches(QByteArrayView authorization) const
{
    constexpr QByteArrayView scheme = "Bearer ";
    if (!isSet() || !authorization.startsWith(scheme))
        return false;
    return equalInConstantTime(digestOf(authorization.sliced(scheme.size())), m_digest);
}

} // namespace mock
