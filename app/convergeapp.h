#pragma once

#include "commandline.h"

#include <QObject>
#include <QPointer>

#include <memory>

class ApiClient;
class ConnectionMonitor;
class EmbeddedBackend;
class EventStream;
class MainWindow;

// The composition root: creates the backend connection, the client state, the views, and
// connects them. Nothing else in the app knows how the pieces are wired.
class ConvergeApp final : public QObject
{
    Q_OBJECT

public:
    explicit ConvergeApp(CommandLineOptions options, QObject *parent = nullptr);
    ~ConvergeApp() override;

    void start();
    MainWindow *window() const { return m_window.get(); }
    ApiClient *api() const { return m_api; }

Q_SIGNALS:
    void backendReady();
    void fatalError(const QString &message);

private:
    void onBackendReady(const QUrl &url, bool embedded);
    void refreshHealth();

    CommandLineOptions m_options;
    std::unique_ptr<MainWindow> m_window;
    ApiClient *m_api;
    EventStream *m_events;
    ConnectionMonitor *m_connection;
    EmbeddedBackend *m_embedded = nullptr;
};
