#include "core/crdt/crdtjson.h"

#include <cmath>

std::optional<quint64> CrdtJson::counter(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!(number >= 0) || number > double(maxCounter) || std::trunc(number) != number)
        return std::nullopt;
    return quint64(number);
}

QJsonValue CrdtJson::counterValue(quint64 counter)
{
    return QJsonValue(double(counter));
}

void CrdtJson::fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
}
