#include "convergeapp.h"

#include "apicall.h"
#include "apiclient.h"
#include "connectionmonitor.h"
#include "embeddedbackend.h"
#include "eventstream.h"
#include "mainwindow.h"
#include "screens/placeholderscreen.h"

using namespace Qt::StringLiterals;

ConvergeApp::ConvergeApp(CommandLineOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_window(std::make_unique<MainWindow>())
    , m_api(new ApiClient(QUrl(), this))
    , m_events(new EventStream(m_api, this))
    , m_connection(new ConnectionMonitor(m_api, this))
{
    if (!m_options.token.isEmpty())
        m_api->setAccessToken(m_options.token);

    m_window->addScreen(tr("Favorites"), tr("Optimistic toggles with rollback"),
                        new PlaceholderScreen(tr("Favorites"),
                                              tr("Optimistic toggles with rollback, compared "
                                                 "with waiting for the server.")));
    m_window->addScreen(tr("Profile photo"), tr("Read-your-writes against a lagging replica"),
                        new PlaceholderScreen(tr("Profile photo"),
                                              tr("Read-your-writes against a lagging replica, "
                                                 "four ways.")));
    m_window->addScreen(tr("Money transfer"), tr("A transparent pending state, exactly once"),
                        new PlaceholderScreen(tr("Money transfer"),
                                              tr("A transparent pending state, exactly once, "
                                                 "nothing lost.")));

    connect(m_connection, &ConnectionMonitor::stateChanged, m_window.get(),
            &MainWindow::setConnectionState);
    connect(m_connection, &ConnectionMonitor::stateChanged, this,
            [this](ConnectionMonitor::State state) {
                if (state == ConnectionMonitor::State::Online)
                    refreshHealth();
            });
}

ConvergeApp::~ConvergeApp() = default;

void ConvergeApp::start()
{
    m_window->restoreLayout();
    m_window->show();
    if (!m_options.backendUrl.isEmpty()) {
        onBackendReady(m_options.backendUrl, false);
        return;
    }
    BackendConfig config = BackendConfig::defaults();
    if (m_options.seed)
        config.seed = *m_options.seed;
    m_embedded = new EmbeddedBackend(config, this);
    connect(m_embedded, &EmbeddedBackend::ready, this,
            [this](const QUrl &url) { onBackendReady(url, true); });
    connect(m_embedded, &EmbeddedBackend::failed, this, &ConvergeApp::fatalError);
    m_embedded->start();
}

void ConvergeApp::onBackendReady(const QUrl &url, bool embedded)
{
    m_api->setBaseUrl(url);
    m_window->setBackendAddress(url, embedded);
    m_connection->start();
    m_events->start();
    Q_EMIT backendReady();
}

void ConvergeApp::refreshHealth()
{
    ApiCall *call = m_api->fetchHealth();
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (const Health *health = result.get<Health>())
            m_window->setSeed(health->seed);
    });
}
