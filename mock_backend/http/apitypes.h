#pragma once

#include "mock_backend/http/apierror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace mock {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request, copied out of QHttpServerRequest so it can outlive it (delays, parking).
struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    bool fromLoopback = true;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    HeaderList headers;

    static ApiResponse json(int status, const QJsonObject &object)
    {
        ApiResponse r;
        r.status = status;
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return r;
    }
    // An answer whose JSON is already written.
    static ApiResponse bytes(int status, QByteArray json)
    {
        ApiResponse r;
        r.status = status;
        r.body = std::move(json);
        return r;
    }
    static ApiResponse error(const ApiError &error) { return json(error.status, error.toJson()); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
                header.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
};

} // namespace mock
