// A little over 500 lines: one request's whole life (headers, deadline, retries of safe
// requests, the size limit, decoding the answer) stays in one place so that no path through it
// can skip a step; the typed calls are thin wrappers at the end.
#include "models/client/apiclient.h"

#include "models/sync/backoff.h"

#include "core/clock.h"
#include "core/wire.h"
#include "models/client/apicall.h"
#include "models/client/oneshotupload.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

template<typename T, typename Parse> auto decoderFor(Parse parse, QString key = {})
{
    return [parse, key](const QJsonObject &json, ApiPayload &payload, QString &error) {
        const QJsonObject source = key.isEmpty() ? json : json.value(key).toObject();
        if (!key.isEmpty() && !json.value(key).isObject()) {
            error = u"response.%1 is not an object"_s.arg(key);
            return false;
        }
        std::optional<T> parsed = parse(source, &error);
        if (!parsed)
            return false;
        payload = std::move(*parsed);
        return true;
    };
}

qint64 headerLsn(const QNetworkReply *reply, const QByteArray &name)
{
    bool ok = false;
    const qint64 value = reply->rawHeader(name).toLongLong(&ok);
    return ok ? value : -1;
}

QString plainMessage(ApiError error)
{
    switch (error) {
    case ApiError::ConnectionRefused:
        return ApiClient::tr("The server can't be reached.");
    case ApiError::Network:
        return ApiClient::tr("The connection broke before the server answered.");
    case ApiError::Timeout:
        return ApiClient::tr("The server took too long to answer.");
    case ApiError::Malformed:
        return ApiClient::tr("The server's answer was garbled or cut off.");
    case ApiError::Canceled:
        return ApiClient::tr("The request was canceled.");
    case ApiError::Http:
    case ApiError::None:
        break;
    }
    return {};
}

} // namespace

ApiClient::ApiClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_clock(std::make_unique<SteadyClock>())
    , m_baseUrl(baseUrl)
    , m_clientId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_nam->setAutoDeleteReplies(false);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient() = default;

void ApiClient::noteOwnWrite(qint64 lsn)
{
    if (lsn <= m_rywToken)
        return;
    m_rywToken = lsn;
    Q_EMIT readYourWritesTokenChanged(m_rywToken);
}

QString ApiClient::newCorrelationId()
{
    // Short enough to read aloud in a workshop, unique enough for one session's timeline.
    return u"c-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

QString ApiClient::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void ApiClient::applyConsistency(ApiRequest &request, ReadConsistency consistency,
                                 qint64 atLeastLsn) const
{
    switch (consistency) {
    case ReadConsistency::AnyReplica:
        request.query.addQueryItem(u"consistency"_s, u"any"_s);
        break;
    case ReadConsistency::Primary:
        request.query.addQueryItem(u"consistency"_s, u"primary"_s);
        break;
    case ReadConsistency::ReadYourWrites:
        request.query.addQueryItem(u"minLsn"_s, QString::number(m_rywToken));
        break;
    case ReadConsistency::AtLeast:
        request.query.addQueryItem(u"minLsn"_s, QString::number(std::max<qint64>(atLeastLsn, 0)));
        break;
    }
}

ApiCall *ApiClient::send(ApiRequest request)
{
    if (request.correlationId.isEmpty())
        request.correlationId = newCorrelationId();
    if (request.maxAttempts > 1 && !request.isSafeToRetry()) {
        qWarning("ApiClient: %s %s has no idempotency key; it will not be retried",
                 request.method.constData(), qUtf8Printable(request.path));
        request.maxAttempts = 1;
    }
    auto *call = new ApiCall(std::move(request), this);
    call->m_startedMs = m_clock->nowMs();
    call->m_requestId = u"r-%1"_s.arg(++m_requestCount);
    startAttempt(call);
    return call;
}

void ApiClient::startAttempt(ApiCall *call)
{
    if (call->m_canceled) {
        ApiResult result;
        result.error = ApiError::Canceled;
        result.message = plainMessage(ApiError::Canceled);
        result.correlationId = call->correlationId();
        result.wasWrite = call->request().isWrite();
        result.attempts = call->m_attempt;
        finish(call, std::move(result));
        return;
    }
    ++call->m_attempt;
    call->m_timedOut = false;
    call->m_tooLarge = false;
    const ApiRequest &request = call->request();

    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);

    QNetworkRequest networkRequest(url);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setRawHeader("X-Correlation-Id", request.correlationId.toUtf8());
    networkRequest.setRawHeader("X-Client-Id", m_clientId.toUtf8());
    networkRequest.setRawHeader("Accept", request.binaryAnswer ? "*/*" : "application/json");
    if (!request.idempotencyKey.isEmpty())
        networkRequest.setRawHeader("Idempotency-Key", request.idempotencyKey.toUtf8());
    if (!request.ifMatch.isEmpty())
        networkRequest.setRawHeader("If-Match", request.ifMatch);
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    if (!m_token.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());

    QNetworkReply *reply = nullptr;
    if (request.isWrite()) {
        // Every write carries a body QNAM cannot rewind, so a dropped connection reaches us
        // instead of being re-sent behind our back (see OneShotUpload).
        auto *body = new OneShotUpload(request.body);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_nam->sendCustomRequest(networkRequest, request.method, body);
        body->setParent(reply);
    } else {
        reply = m_nam->sendCustomRequest(networkRequest, request.method);
    }
    call->m_reply = reply;
    call->m_attemptNumber = ++m_lastAttempt;

    if (!call->m_deadline) {
        call->m_deadline = new QTimer(call);
        call->m_deadline->setSingleShot(true);
    }
    call->m_deadline->disconnect();
    connect(call->m_deadline, &QTimer::timeout, call, [call] {
        call->m_timedOut = true;
        if (call->m_reply)
            call->m_reply->abort();
    });
    call->m_deadline->start(request.timeout);

    connect(reply, &QNetworkReply::finished, this,
            [this, call, reply] { onReplyFinished(call, reply); });
    // Counted on what we would keep (decompressed), and stopped as soon as it is too much.
    const qint64 limit = m_maxAnswerBytes;
    auto guard = [call, reply, limit] {
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (call->m_tooLarge || (declared <= limit && reply->bytesAvailable() <= limit))
            return;
        call->m_tooLarge = true;
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, call, guard);
    connect(reply, &QNetworkReply::readyRead, call, guard);

    if (!request.quiet)
        Q_EMIT requestStarted(infoFor(call));
}

void ApiClient::onReplyFinished(ApiCall *call, QNetworkReply *reply)
{
    reply->deleteLater();
    call->m_deadline->stop();
    call->m_reply = nullptr;

    ApiResult result = resultFor(call, reply);
    const bool reachable = result.error != ApiError::ConnectionRefused
        && result.error != ApiError::Timeout && result.error != ApiError::Network;
    if (result.error != ApiError::Canceled && !call->request().control)
        Q_EMIT reachabilityObserved(reachable, call->m_attemptNumber);

    if (shouldRetry(call, result)) {
        if (!call->request().quiet)
            Q_EMIT requestFinished(infoFor(call), result);
        const auto delay = Backoff {250ms, 2000ms}.delay(call->m_attempt);
        if (!call->m_backoff) {
            call->m_backoff = new QTimer(call);
            call->m_backoff->setSingleShot(true);
            connect(call->m_backoff, &QTimer::timeout, this, [this, call] { startAttempt(call); });
        }
        call->m_backoff->start(delay);
        return;
    }
    finish(call, std::move(result));
}

ApiResult ApiClient::resultFor(ApiCall *call, QNetworkReply *reply) const
{
    const ApiRequest &request = call->request();
    ApiResult result;
    result.correlationId = request.correlationId;
    result.wasWrite = request.isWrite();
    result.attempts = call->m_attempt;
    result.elapsedMs = m_clock->nowMs() - call->m_startedMs;

    const QNetworkReply::NetworkError networkError = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.httpStatus = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    result.servedBy = QString::fromUtf8(reply->rawHeader("X-Served-By"));
    result.nodeLsn = headerLsn(reply, "X-LSN");
    result.writeLsn = headerLsn(reply, "X-Write-LSN");
    result.replayed = reply->rawHeader("Idempotent-Replayed") == "true";
    result.cache = QString::fromUtf8(reply->rawHeader(Wire::Header::cache));
    if (!result.cache.isEmpty()) {
        result.cacheStrategy = QString::fromUtf8(reply->rawHeader(Wire::Header::cacheStrategy));
        result.cacheAgeMs = headerLsn(reply, Wire::Header::cacheAge);
        result.cacheVersion = headerLsn(reply, Wire::Header::cacheVersion);
    }

    auto fail = [&result](ApiError error, QString code, QString message = {}) {
        result.error = error;
        result.errorCode = std::move(code);
        result.message = message.isEmpty() ? plainMessage(error) : std::move(message);
        return result;
    };

    if (call->m_timedOut)
        return fail(ApiError::Timeout, u"timeout"_s);
    if (call->m_canceled)
        return fail(ApiError::Canceled, u"canceled"_s);
    if (call->m_tooLarge)
        return fail(ApiError::Malformed, u"too_large"_s,
                    tr("The server's answer was larger than the %1 bytes this app accepts.")
                        .arg(m_maxAnswerBytes));
    // Errors 1–99 are below HTTP: the connection failed, whatever status line may have arrived.
    if (networkError == QNetworkReply::ConnectionRefusedError
        || networkError == QNetworkReply::HostNotFoundError)
        return fail(ApiError::ConnectionRefused, u"connection_refused"_s);
    if (networkError != QNetworkReply::NoError && networkError < 100) {
        // A status line followed by a broken connection is a cut-off answer, not silence.
        if (result.httpStatus > 0)
            return fail(ApiError::Malformed, u"truncated"_s);
        return fail(ApiError::Network, u"network"_s);
    }
    if (result.httpStatus == 0)
        return fail(ApiError::Network, u"network"_s);

    const QByteArray bytes = reply->readAll();
    if (bytes.size() > m_maxAnswerBytes)
        return fail(ApiError::Malformed, u"too_large"_s,
                    tr("The server's answer was larger than the %1 bytes this app accepts.")
                        .arg(m_maxAnswerBytes));
    // Content-Length counts the bytes on the wire: for a compressed answer that is not what we
    // read after decompression. A compressed answer cut short fails in the network layer.
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    const bool compressed = !encoding.isEmpty() && encoding != "identity";
    const qint64 declaredLength = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (!compressed && declaredLength > 0 && bytes.size() != declaredLength)
        return fail(ApiError::Malformed, u"truncated"_s);

    if (result.httpStatus >= 400) {
        QJsonParseError parseError;
        result.body = QJsonDocument::fromJson(bytes, &parseError).object();
        const QJsonObject error = result.body.value(u"error"_s).toObject();
        const QString code = error.value(u"code"_s).toString();
        // A 412 carries the record as it is now: the payload a conflict is decided on. When it
        // does not read, the payload stays empty and the caller reads the record itself.
        if (result.httpStatus == 412 && request.decode) {
            QString ignored;
            if (!request.decode(result.body, result.payload, ignored))
                result.payload = {};
        }
        const QString message = error.value(u"message"_s).toString();
        if (code.isEmpty())
            return fail(ApiError::Http, u"http_%1"_s.arg(result.httpStatus),
                        tr("The server answered with an error (%1).").arg(result.httpStatus));
        return fail(ApiError::Http, code, message);
    }

    if (request.binaryAnswer) {
        result.payload = bytes;
        return result;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(ApiError::Malformed, u"malformed_json"_s);
    result.body = document.object();
    if (result.wasWrite && result.writeLsn < 0 && result.body.value(u"lsn"_s).isDouble())
        result.writeLsn = result.body.value(u"lsn"_s).toInteger();

    if (request.decode) {
        QString decodeError;
        if (!request.decode(result.body, result.payload, decodeError))
            return fail(
                ApiError::Malformed, u"unexpected_shape"_s,
                tr("The server's answer did not have the expected shape: %1").arg(decodeError));
    } else {
        result.payload = result.body;
    }
    return result;
}

bool ApiClient::shouldRetry(const ApiCall *call, const ApiResult &result) const
{
    if (call->m_attempt >= call->request().maxAttempts || !call->request().isSafeToRetry())
        return false;
    switch (result.error) {
    case ApiError::ConnectionRefused:
    case ApiError::Network:
    case ApiError::Timeout:
        return true;
    case ApiError::Http:
        return result.httpStatus == 502 || result.httpStatus == 503 || result.httpStatus == 504;
    case ApiError::None:
    case ApiError::Malformed:
    case ApiError::Canceled:
        return false;
    }
    return false;
}

void ApiClient::finish(ApiCall *call, ApiResult result)
{
    call->m_finished = true;
    result.requestId = call->m_requestId;
    if (result.ok() && result.wasWrite && result.writeLsn > 0)
        noteOwnWrite(result.writeLsn);
    if (!call->request().quiet)
        Q_EMIT requestFinished(infoFor(call), result);
    Q_EMIT call->finished(result);
    call->deleteLater();
}

ApiRequestInfo ApiClient::infoFor(const ApiCall *call) const
{
    const ApiRequest &request = call->request();
    ApiRequestInfo info;
    info.correlationId = request.correlationId;
    info.method = request.method;
    info.path = request.path;
    info.idempotencyKey = request.idempotencyKey;
    info.attempt = call->m_attempt;
    info.requestId = call->m_requestId;
    if (!request.isWrite()) {
        if (request.query.hasQueryItem(u"minLsn"_s)) {
            info.consistency = u"min-lsn"_s;
            info.minLsn = request.query.queryItemValue(u"minLsn"_s).toLongLong();
        } else {
            info.consistency = request.query.queryItemValue(u"consistency"_s);
        }
    }
    return info;
}

// ---- typed routes -------------------------------------------------------------------------

namespace {

ApiRequest readRequest(const QString &path, const QString &correlationId)
{
    ApiRequest request;
    request.method = "GET";
    request.path = path;
    request.correlationId = correlationId;
    request.maxAttempts = 3;
    return request;
}

ApiRequest jsonRequest(const QByteArray &method, const QString &path, const QJsonObject &body,
                       const QString &idempotencyKey, const QString &correlationId)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    request.idempotencyKey = idempotencyKey;
    request.correlationId = correlationId;
    return request;
}

} // namespace

ApiCall *ApiClient::fetchHealth()
{
    ApiRequest request = readRequest(u"/health"_s, {});
    request.maxAttempts = 1;
    request.quiet = true;
    request.timeout = std::min(m_defaultTimeout, std::chrono::milliseconds(3000));
    request.decode = decoderFor<Health>(Dto::parseHealth);
    return send(std::move(request));
}

ApiCall *ApiClient::fetchItems(ReadConsistency consistency, const QString &correlationId)
{
    ApiRequest request = readRequest(u"/items"_s, correlationId);
    request.timeout = m_defaultTimeout;
    applyConsistency(request, consistency);
    request.decode = decoderFor<QList<CatalogItem>>(Dto::parseItems);
    return send(std::move(request));
}

ApiCall *ApiClient::setFavorite(int itemId, bool favorite, const QString &idempotencyKey,
                                const QString &correlationId)
{
    ApiRequest request =
        jsonRequest("PUT", u"/items/%1/favorite"_s.arg(itemId),
                    QJsonObject {{u"favorite"_s, favorite}}, idempotencyKey, correlationId);
    request.timeout = m_defaultTimeout;
    request.decode = decoderFor<CatalogItem>(Dto::parseItem, u"item"_s);
    return send(std::move(request));
}

ApiCall *ApiClient::mergeFavorites(const QString &device, const FavoritesReplica &copy,
                                   const QString &idempotencyKey, const QString &correlationId)
{
    ApiRequest request =
        jsonRequest("POST", u"/favorites/merge"_s,
                    QJsonObject {{u"device"_s, device}, {u"copy"_s, copy.toJson()}}, idempotencyKey,
                    correlationId);
    request.timeout = m_defaultTimeout;
    request.decode = decoderFor<FavoritesReplica>(FavoritesReplica::fromJson, u"theirs"_s);
    return send(std::move(request));
}

ApiCall *ApiClient::fetchProfile(ReadConsistency consistency, const QString &correlationId,
                                 qint64 atLeastLsn)
{
    ApiRequest request = readRequest(u"/profile"_s, correlationId);
    request.timeout = m_defaultTimeout;
    applyConsistency(request, consistency, atLeastLsn);
    request.decode = decoderFor<Profile>(Dto::parseProfile, u"profile"_s);
    return send(std::move(request));
}

ApiCall *ApiClient::fetchPhoto(qint64 version, const QString &correlationId)
{
    ApiRequest request = readRequest(u"/profile/photo/%1"_s.arg(version), correlationId);
    request.timeout = m_defaultTimeout;
    request.binaryAnswer = true;
    return send(std::move(request));
}

ApiCall *ApiClient::uploadPhoto(const QByteArray &bytes, const QByteArray &contentType,
                                const QString &idempotencyKey, const QString &correlationId)
{
    ApiRequest request;
    request.method = "PUT";
    request.path = u"/profile/photo"_s;
    request.body = bytes;
    request.contentType = contentType;
    request.idempotencyKey = idempotencyKey;
    request.correlationId = correlationId;
    request.timeout = std::max(m_defaultTimeout, std::chrono::milliseconds(30000));
    request.decode = decoderFor<PhotoInfo>(Dto::parsePhotoInfo, u"photo"_s);
    return send(std::move(request));
}

ApiCall *ApiClient::saveDetails(const QString &name, const QString &email, qint64 basedOnVersion,
                                const QString &idempotencyKey, const QString &correlationId)
{
    ApiRequest request =
        jsonRequest("PUT", u"/profile/details"_s, {{u"name"_s, name}, {u"email"_s, email}},
                    idempotencyKey, correlationId);
    if (basedOnVersion > 0)
        request.ifMatch = '"' + QByteArray::number(basedOnVersion) + '"';
    request.timeout = m_defaultTimeout;
    request.decode = decoderFor<Profile>(Dto::parseProfile, u"profile"_s);
    return send(std::move(request));
}

ApiCall *ApiClient::fetchAccount(ReadConsistency consistency, const QString &correlationId)
{
    ApiRequest request = readRequest(u"/account"_s, correlationId);
    request.timeout = m_defaultTimeout;
    applyConsistency(request, consistency);
    request.decode = decoderFor<Account>(Dto::parseAccount, u"account"_s);
    return send(std::move(request));
}

ApiCall *ApiClient::createTransfer(const QString &payeeId, qint64 amountMinor, const QString &note,
                                   const QString &idempotencyKey, const QString &correlationId)
{
    QJsonObject body {{u"payeeId"_s, payeeId}, {u"amount"_s, amountMinor}};
    if (!note.isEmpty())
        body.insert(u"note"_s, note);
    ApiRequest request = jsonRequest("POST", u"/transfers"_s, body, idempotencyKey, correlationId);
    request.timeout = m_defaultTimeout;
    request.decode = decoderFor<Transfer>(Dto::parseTransfer, u"transfer"_s);
    return send(std::move(request));
}

ApiCall *ApiClient::fetchTransfer(const QString &transferId, ReadConsistency consistency,
                                  const QString &correlationId)
{
    ApiRequest request = readRequest(u"/transfers/%1"_s.arg(transferId), correlationId);
    request.timeout = m_defaultTimeout;
    applyConsistency(request, consistency);
    request.decode = decoderFor<Transfer>(Dto::parseTransfer, u"transfer"_s);
    return send(std::move(request));
}

ApiCall *ApiClient::lookupTransfer(const QString &idempotencyKey, const QString &correlationId)
{
    // The path is set decoded (QUrl encodes it); keys are UUIDs, never with a '/'.
    ApiRequest request = readRequest(u"/transfers/by-key/%1"_s.arg(idempotencyKey), correlationId);
    request.timeout = m_defaultTimeout;
    // Only the primary can say "there is none": a lagging replica has not seen it yet.
    applyConsistency(request, ReadConsistency::Primary);
    request.decode = decoderFor<Transfer>(Dto::parseTransfer, u"transfer"_s);
    return send(std::move(request));
}

ApiCall *ApiClient::fetchTransfers(ReadConsistency consistency, const QString &correlationId)
{
    ApiRequest request = readRequest(u"/transfers"_s, correlationId);
    request.timeout = m_defaultTimeout;
    applyConsistency(request, consistency);
    request.decode = decoderFor<QList<Transfer>>(Dto::parseTransfers);
    return send(std::move(request));
}

ApiCall *ApiClient::fetchConfig()
{
    ApiRequest request = readRequest(u"/admin/config"_s, {});
    request.quiet = true;
    request.control = true;
    return send(std::move(request));
}

ApiCall *ApiClient::patchConfig(const QJsonObject &patch, const QString &correlationId)
{
    return admin("PATCH", u"/admin/config"_s, patch, correlationId);
}

ApiCall *ApiClient::admin(const QByteArray &method, const QString &path, const QJsonObject &body,
                          const QString &correlationId)
{
    ApiRequest request = method == "GET" ? readRequest(path, correlationId)
                                         : jsonRequest(method, path, body, {}, correlationId);
    request.timeout = std::chrono::milliseconds(5000);
    request.control = true;
    return send(std::move(request));
}
