#pragma once

#include "mock_backend/http/apierror.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QStringList>

namespace mock {

// Strict typed reads of JSON fields. Every failure fills an ApiError (status 400) whose message
// names the field by its full path, e.g. "latency.reads.baseMs must be ≥ 0". An absent optional
// field leaves the output untouched and succeeds.
namespace JsonFields {

QString join(const QString &path, const QString &key);

// A request body that must be one JSON object. QJsonDocument alone also takes numbers RFC 8259
// forbids ("100.", ".5", "1.e3"): another client's JSON library would refuse what this server
// accepted, so such bodies are malformed here too (400 malformed_json).
bool parseObject(const QByteArray &body, QJsonObject *out, ApiError *error);
// The byte offset of the first number outside RFC 8259's grammar, or -1. For text that
// QJsonDocument has already parsed (strings and structure are well formed).
qsizetype firstInvalidNumber(QByteArrayView json);

bool checkKnown(const QJsonObject &object, const QStringList &allowed, const QString &path,
                ApiError *error);
bool readInt(const QJsonObject &object, const QString &key, const QString &path, qint64 min,
             qint64 max, qint64 *out, ApiError *error, bool required = false);
bool readDouble(const QJsonObject &object, const QString &key, const QString &path, double min,
                double max, double *out, ApiError *error, bool required = false);
bool readBool(const QJsonObject &object, const QString &key, const QString &path, bool *out,
              ApiError *error, bool required = false);
bool readString(const QJsonObject &object, const QString &key, const QString &path,
                qsizetype maxLength, QString *out, ApiError *error, bool required = false);
bool readEnum(const QJsonObject &object, const QString &key, const QString &path,
              const QStringList &allowed, QString *out, ApiError *error, bool required = false);
bool readObject(const QJsonObject &object, const QString &key, const QString &path,
                QJsonObject *out, ApiError *error, bool required = false);

} // namespace JsonFields

} // namespace mock
