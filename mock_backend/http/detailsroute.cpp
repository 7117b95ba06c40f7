#include "mock_backend/http/detailsroute.h"

#include "core/wire.h"
#include "mock_backend/http/jsonfields.h"
#include "mock_backend/sim/simulation.h"

#include <QStringView>

namespace mock {

namespace DetailsRoute {

namespace {

using namespace JsonFields;

constexpr qsizetype maxNameLength = 80; // characters (code points), as a person counts them
constexpr qsizetype maxEmailLength = 254; // RFC 5321's limit on a forward path, less the <>
// Read whole first, judged in code points after; the body limit bounds it anyway.
constexpr qsizetype maxReadLength = 1 << 20;

const QString nameKey = QStringLiteral("name");
const QString emailKey = QStringLiteral("email");

bool invalid(ApiError *error, const QString &field, const QString &message)
{
    *error = {400, QString(Wire::ErrorCode::invalidField), message, field};
    return false;
}

bool hasControlCharacter(const QList<uint> &codePoints)
{
    for (const uint c : codePoints) {
        if (QChar::category(char32_t(c)) == QChar::Other_Control)
            return true;
    }
    return false;
}

bool checkName(const QString &name, ApiError *error)
{
    const QList<uint> codePoints = name.toUcs4();
    if (name.trimmed().isEmpty())
        return invalid(error, nameKey, QStringLiteral("name must not be empty"));
    if (codePoints.size() > maxNameLength)
        return invalid(error, nameKey,
                       QStringLiteral("name must be at most %1 characters").arg(maxNameLength));
    if (hasControlCharacter(codePoints))
        return invalid(error, nameKey,
                       QStringLiteral("name must not contain control characters (such as a line "
                                      "break or a tab)"));
    return true;
}

bool checkEmail(const QString &email, ApiError *error)
{
    const QList<uint> codePoints = email.toUcs4();
    const qsizetype at = email.indexOf(u'@');
    if (email.count(u'@') != 1 || at == 0 || at == email.size() - 1)
        return invalid(error, emailKey,
                       QStringLiteral("email must be an address such as sam@example.com: "
                                      "exactly one @ with text on both sides"));
    for (const uint c : codePoints) {
        if (QChar::isSpace(char32_t(c)))
            return invalid(error, emailKey, QStringLiteral("email must not contain spaces"));
    }
    if (hasControlCharacter(codePoints))
        return invalid(error, emailKey,
                       QStringLiteral("email must not contain control characters"));
    if (codePoints.size() > maxEmailLength)
        return invalid(error, emailKey,
                       QStringLiteral("email must be at most %1 characters").arg(maxEmailLength));
    return true;
}

// Reads and checks the fields present (both when required); unknown fields are refused.
bool readDetails(const QJsonObject &body, bool required, std::optional<QString> *name,
                 std::optional<QString> *email, ApiError *error)
{
    if (!checkKnown(body, {nameKey, emailKey}, {}, error))
        return false;
    QString value;
    if (!readString(body, nameKey, {}, maxReadLength, &value, error, required))
        return false;
    if (body.contains(nameKey)) {
        if (!checkName(value, error))
            return false;
        *name = value;
    }
    if (!readString(body, emailKey, {}, maxReadLength, &value, error, required))
        return false;
    if (body.contains(emailKey)) {
        if (!checkEmail(value, error))
            return false;
        *email = value;
    }
    return true;
}

// {"profile":…,"lsn":n} with X-Write-LSN and the new ETag, as the photo upload answers.
ApiResponse written(const Simulation &simulation, qint64 lsn, const QString &clientId = {})
{
    if (lsn < 0)
        return ApiResponse::error(simulation.storeUnavailable());
    QJsonObject body {{QStringLiteral("profile"), simulation.primary().profileJson()},
                      {QStringLiteral("lsn"), lsn}};
    if (!clientId.isEmpty())
        body.insert(QStringLiteral("clientId"), clientId);
    ApiResponse r = ApiResponse::json(200, body);
    r.setHeader(Wire::Header::writeLsn, QByteArray::number(lsn));
    r.setHeader(Wire::Header::etag, etag(simulation.primary().details().version));
    return r;
}

} // namespace

QByteArray etag(int detailsVersion)
{
    return '"' + QByteArray::number(detailsVersion) + '"';
}

bool parseIfMatch(const ApiRequest &request, Precondition *out, ApiError *error)
{
    *out = {};
    if (!request.hasHeader(Wire::Header::ifMatch))
        return true;
    out->present = true;
    const QByteArray value = request.header(Wire::Header::ifMatch).trimmed();
    if (value == "*")
        return true;
    // Exactly as etag() writes it: a quoted decimal without sign or leading zero. A list of
    // tags or a weak one (W/"3") is refused rather than guessed at.
    const QByteArray digits = value.mid(1, value.size() - 2);
    bool ok = value.size() >= 3 && value.startsWith('"') && value.endsWith('"')
        && digits.size() <= 9 && !(digits.size() > 1 && digits.startsWith('0'));
    for (const char c : digits)
        ok = ok && c >= '0' && c <= '9';
    if (!ok)
        return invalid(error, QLatin1String(Wire::Header::ifMatch),
                       QStringLiteral("If-Match must be a version as the ETag gives it, such as "
                                      "\"3\" (with the quotes), or *"));
    out->version = digits.toInt();
    return true;
}

ApiResponse put(Simulation &simulation, const ApiRequest &request, const QString &correlationId,
                const QString &clientId)
{
    ApiError error;
    Precondition precondition;
    if (!parseIfMatch(request, &precondition, &error))
        return ApiResponse::error(error);
    QJsonObject body;
    std::optional<QString> name;
    std::optional<QString> email;
    if (!parseObject(request.body, &body, &error)
        || !readDetails(body, true, &name, &email, &error))
        return ApiResponse::error(error);

    const DataStore::Details &current = simulation.primary().details();
    if (precondition.version && *precondition.version != current.version) {
        const ApiError failed {
            412,
            QString(Wire::ErrorCode::preconditionFailed),
            QStringLiteral("These details were changed after the version you started from "
                           "(you sent version %1; it is now version %2). Nothing was saved: "
                           "compare them, then send your choice with If-Match: \"%2\".")
                .arg(*precondition.version)
                .arg(current.version),
            {}};
        QJsonObject answer = failed.toJson();
        answer.insert(QStringLiteral("profile"), simulation.primary().profileJson());
        ApiResponse r = ApiResponse::json(412, answer);
        r.setHeader(Wire::Header::etag, etag(current.version));
        return r;
    }
    return written(simulation, simulation.setDetails(*name, *email, correlationId, clientId));
}

ApiResponse simulateOtherDevice(Simulation &simulation, const QJsonObject &body,
                                const QString &correlationId)
{
    ApiError error;
    std::optional<QString> name;
    std::optional<QString> email;
    if (!readDetails(body, false, &name, &email, &error))
        return ApiResponse::error(error);
    if (!name && !email)
        return ApiResponse::error({400, QString(Wire::ErrorCode::missingField),
                                   QStringLiteral("Send name, email or both."), nameKey});
    const DataStore::Details &current = simulation.primary().details();
    const QString clientId = QLatin1String(Simulation::otherDeviceClientId);
    const qint64 lsn = simulation.setDetails(
        name.value_or(current.name), email.value_or(current.email), correlationId, clientId);
    return written(simulation, lsn, clientId);
}

} // namespace DetailsRoute

} // namespace mock
