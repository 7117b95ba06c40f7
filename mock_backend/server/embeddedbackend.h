#pragma once

#include "mock_backend/config/backendconfig.h"
#include "mock_backend/postgres/postgressettings.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <QUrl>

namespace mock {

class BackendServer;

// Runs a BackendServer on 127.0.0.1 (a free port) in a thread of its own, so the app can
// talk to it over real HTTP without blocking its GUI thread. Shuts down cleanly when destroyed.
class EmbeddedBackend : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedBackend(QObject *parent = nullptr);
    explicit EmbeddedBackend(const BackendConfig &config, QObject *parent = nullptr);
    ~EmbeddedBackend() override;

    // Keep the data in a real PostgreSQL cluster (docs/postgres.md); before start().
    void setPostgres(const PostgresSettings &settings) { m_postgres = settings; }
    // Starts the thread and the server; emits ready() or failed() later.
    void start();
    bool isReady() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }

    // Blocking calls into the server thread (after ready()); same rules as the admin routes.
    bool applyConfigPatch(const QJsonObject &patch, QString *error = nullptr);
    void reset();

signals:
    void ready(const QUrl &url);
    void failed(const QString &message);

private:
    void stop();

    BackendConfig m_config;
    PostgresSettings m_postgres;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; owns the server
    BackendServer *m_server = nullptr;
    QUrl m_url;
};

} // namespace mock
