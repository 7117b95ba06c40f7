#pragma once

#include <QJsonObject>
#include <QString>

namespace mock {

// The one error shape of the API: {"error":{"code":"…","message":"…","field":"…"}}.
struct ApiError
{
    int status = 400;
    QString code;
    QString message;
    QString field; // the offending field's path, when there is one

    QJsonObject toJson() const
    {
        QJsonObject inner {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
        if (!field.isEmpty())
            inner.insert(QStringLiteral("field"), field);
        return QJsonObject {{QStringLiteral("error"), inner}};
    }
};

} // namespace mock
