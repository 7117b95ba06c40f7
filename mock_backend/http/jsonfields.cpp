#include "mock_backend/http/jsonfields.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace mock {

namespace JsonFields {

namespace {

bool fail(ApiError *error, const QString &code, const QString &field, const QString &message)
{
    if (error) {
        error->status = 400;
        error->code = code;
        error->field = field;
        error->message = message;
    }
    return false;
}

// Returns false (and fills error) when a required key is missing; sets present otherwise.
bool lookUp(const QJsonObject &object, const QString &key, const QString &path, bool required,
            QJsonValue *value, bool *present, ApiError *error)
{
    const auto it = object.constFind(key);
    *present = it != object.constEnd();
    if (!*present) {
        if (required)
            return fail(error, QStringLiteral("missing_field"), join(path, key),
                        join(path, key) + QStringLiteral(" is required"));
        return true;
    }
    *value = it.value();
    return true;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Past the digits from i; false when there is not at least one.
bool skipDigits(QByteArrayView text, qsizetype *i)
{
    const qsizetype start = *i;
    while (*i < text.size() && isDigit(text[*i]))
        ++*i;
    return *i > start;
}

// One number from text[*i] as RFC 8259 writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool skipNumber(QByteArrayView text, qsizetype *i)
{
    if (text[*i] == '-')
        ++*i;
    if (*i < text.size() && text[*i] == '0')
        ++*i;
    else if (*i >= text.size() || text[*i] < '1' || text[*i] > '9' || !skipDigits(text, i))
        return false;
    if (*i < text.size() && text[*i] == '.') {
        ++*i;
        if (!skipDigits(text, i))
            return false;
    }
    if (*i < text.size() && (text[*i] == 'e' || text[*i] == 'E')) {
        ++*i;
        if (*i < text.size() && (text[*i] == '+' || text[*i] == '-'))
            ++*i;
        if (!skipDigits(text, i))
            return false;
    }
    // Whatever follows must end the number ("01" and "1.2.3" do not).
    return *i >= text.size() || !(isDigit(text[*i]) || text[*i] == '.');
}

} // namespace

qsizetype firstInvalidNumber(QByteArrayView json)
{
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character, which may be a quote
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        // Outside strings, only numbers hold digits, '-' or '.' (true, false, null hold none).
        if (c != '-' && c != '.' && !isDigit(c))
            continue;
        const qsizetype start = i;
        if (!skipNumber(json, &i))
            return start;
        --i; // the loop steps past the number's last character
    }
    return -1;
}

bool parseObject(const QByteArray &body, QJsonObject *out, ApiError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, QStringLiteral("malformed_json"), {},
                    QStringLiteral("The request body is not valid JSON (%1 at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    const qsizetype badNumber = firstInvalidNumber(body);
    if (badNumber >= 0)
        return fail(error, QStringLiteral("malformed_json"), {},
                    QStringLiteral("The request body is not valid JSON (a number must have "
                                   "digits on both sides of its decimal point, at byte %1).")
                        .arg(badNumber));
    if (!doc.isObject())
        return fail(error, QStringLiteral("malformed_json"), {},
                    QStringLiteral("The request body must be a JSON object."));
    *out = doc.object();
    return true;
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

bool checkKnown(const QJsonObject &object, const QStringList &allowed, const QString &path,
                ApiError *error)
{
    // QJsonObject keys are sorted, so the first unknown field reported is stable.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return fail(error, QStringLiteral("unknown_field"), join(path, it.key()),
                        QStringLiteral("%1 is not a known field").arg(join(path, it.key())));
    }
    return true;
}

bool readInt(const QJsonObject &object, const QString &key, const QString &path, qint64 min,
             qint64 max, qint64 *out, ApiError *error, bool required)
{
    QJsonValue value;
    bool present = false;
    if (!lookUp(object, key, path, required, &value, &present, error))
        return false;
    if (!present)
        return true;
    const QString field = join(path, key);
    if (!value.isDouble())
        return fail(error, QStringLiteral("invalid_field"), field,
                    QStringLiteral("%1 must be a whole number").arg(field));
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d)
        return fail(error, QStringLiteral("invalid_field"), field,
                    QStringLiteral("%1 must be a whole number, not a fraction").arg(field));
    // From 2^53 on a double no longer holds every integer: 9007199254740993 arrives as
    // 9007199254740992, so a value there may have been rounded and cannot be trusted.
    if (std::fabs(d) >= 9007199254740992.0)
        return fail(error, QStringLiteral("invalid_field"), field,
                    QStringLiteral("%1 is too large").arg(field));
    const auto n = static_cast<qint64>(d);
    if (n < min)
        return fail(error, QStringLiteral("invalid_field"), field,
                    QStringLiteral("%1 must be ≥ %2").arg(field).arg(min));
    if (n > max)
        return fail(error, QStringLiteral("invalid_field"), field,
                    QStringLiteral("%1 must be ≤ %2").arg(field).arg(max));
    *out = n;
    return true;
}

bool readDouble(const QJsonObject &object, const QString &key, const QString &path, double min,
                double max, double *out, ApiError *error, bool required)
{
    QJsonValue value;
    bool present = false;
    if (!lookUp(object, key, path, required, &value, &present, error))
        return false;
    if (!present)
        return true;
    const QString field = join(path, key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return fail(error, QStringLiteral("invalid_field"), field,
                    QStringLiteral("%1 must be a number").arg(field));
    const double d = value.toDouble();
    if (d < min || d > max)
        return fail(error, QStringLiteral("invalid_field"), field,
                    QStringLiteral("%1 must be between %2 and %3").arg(field).arg(min).arg(max));
    *out = d;
    return true;
}

bool readBool(const QJsonObject &object, const QString &key, const QString &path, bool *out,
              ApiError *error, bool required)
{
    QJsonValue value;
    bool present = false;
    if (!lookUp(object, key, path, required, &value, &present, error))
        return false;
    if (!present)
        return true;
    if (!value.isBool())
        return fail(error, QStringLiteral("invalid_field"), join(path, key),
                    QStringLiteral("%1 must be true or false").arg(join(path, key)));
    *out = value.toBool();
    return true;
}

bool readString(const QJsonObject &object, const QString &key, const QString &path,
                qsizetype maxLength, QString *out, ApiError *error, bool required)
{
    QJsonValue value;
    bool present = false;
    if (!lookUp(object, key, path, required, &value, &present, error))
        return false;
    if (!present)
        return true;
    const QString field = join(path, key);
    if (!value.isString())
        return fail(error, QStringLiteral("invalid_field"), field,
                    QStringLiteral("%1 must be a string").arg(field));
    if (value.toString().size() > maxLength)
        return fail(error, QStringLiteral("invalid_field"), field,
                    QStringLiteral("%1 must be at most %2 characters").arg(field).arg(maxLength));
    *out = value.toString();
    return true;
}

bool readEnum(const QJsonObject &object, const QString &key, const QString &path,
              const QStringList &allowed, QString *out, ApiError *error, bool required)
{
    QString value;
    if (!readString(object, key, path, 64, &value, error, required))
        return false;
    if (!object.contains(key))
        return true;
    if (!allowed.contains(value))
        return fail(error, QStringLiteral("invalid_field"), join(path, key),
                    QStringLiteral("%1 must be one of: %2")
                        .arg(join(path, key), allowed.join(QStringLiteral(", "))));
    *out = value;
    return true;
}

bool readObject(const QJsonObject &object, const QString &key, const QString &path,
                QJsonObject *out, ApiError *error, bool required)
{
    QJsonValue value;
    bool present = false;
    if (!lookUp(object, key, path, required, &value, &present, error))
        return false;
    if (!present)
        return true;
    if (!value.isObject())
        return fail(error, QStringLiteral("invalid_field"), join(path, key),
                    QStringLiteral("%1 must be an object").arg(join(path, key)));
    *out = value.toObject();
    return true;
}

} // namespace JsonFields

} // namespace mock
