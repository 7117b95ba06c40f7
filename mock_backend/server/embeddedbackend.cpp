#include "mock_backend/server/embeddedbackend.h"

#include "mock_backend/server/backendserver.h"

namespace mock {

EmbeddedBackend::EmbeddedBackend(QObject *parent)
    : EmbeddedBackend(BackendConfig::defaults(), parent)
{
}

EmbeddedBackend::EmbeddedBackend(const BackendConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    m_thread.setObjectName(QStringLiteral("converge-backend"));
}

EmbeddedBackend::~EmbeddedBackend()
{
    stop();
}

void EmbeddedBackend::start()
{
    if (m_context)
        return;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    const BackendConfig config = m_config;
    const PostgresSettings postgres = m_postgres;
    QMetaObject::invokeMethod(m_context, [this, config, postgres] {
        // Runs in the backend thread: the server, its sockets and its database connections
        // belong to it.
        auto *server = new BackendServer(config, m_context);
        QString storeError;
        if (postgres.isEnabled() && !server->usePostgres(postgres, &storeError)) {
            delete server;
            QMetaObject::invokeMethod(this, [this, storeError] {
                emit failed(
                    tr("The built-in backend could not use PostgreSQL: %1").arg(storeError));
            });
            return;
        }
        if (!server->listen(QHostAddress::LocalHost, 0)) {
            delete server;
            QMetaObject::invokeMethod(this, [this] {
                emit failed(tr("The built-in backend could not listen on 127.0.0.1."));
            });
            return;
        }
        m_server = server;
        const QUrl url = server->url();
        QMetaObject::invokeMethod(this, [this, url] {
            m_url = url;
            emit ready(url);
        });
    });
}

bool EmbeddedBackend::applyConfigPatch(const QJsonObject &patch, QString *error)
{
    if (!m_context)
        return false;
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(
        m_context,
        [this, &patch, &ok, &message] {
            if (m_server)
                ok = m_server->applyConfigPatch(patch, &message);
            else
                message = QStringLiteral("The backend is not running.");
        },
        Qt::BlockingQueuedConnection);
    if (error)
        *error = message;
    return ok;
}

void EmbeddedBackend::reset()
{
    if (!m_context)
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_server)
                m_server->reset();
        },
        Qt::BlockingQueuedConnection);
}

void EmbeddedBackend::stop()
{
    if (!m_context)
        return;
    // The server (a child of the context) must die in its own thread, before the thread ends.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_context;
            m_context = nullptr;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace mock
