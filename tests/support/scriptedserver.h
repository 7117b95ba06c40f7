#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A loopback TCP server for client tests that must see what a real backend never does on
// purpose: garbled or truncated answers, a connection that drops mid-request, silence.
// It reads one request per connection (headers plus Content-Length body) and then acts.
class ScriptedServer final : public QObject
{
    Q_OBJECT

public:
    enum class Action { Respond, Close, Hang };
    struct Step
    {
        Action action = Action::Respond;
        QByteArray raw; // the full HTTP response for Respond
    };
    struct Received
    {
        QByteArray method;
        QByteArray path;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    explicit ScriptedServer(QObject *parent = nullptr);
    QUrl url() const;
    // Every request gets this step (or, when set, the step the function picks).
    void setStep(Step step) { m_step = std::move(step); }
    void setPicker(std::function<Step(const Received &)> picker) { m_picker = std::move(picker); }
    const QList<Received> &received() const { return m_received; }

    static QByteArray response(int status, const QByteArray &body,
                               const QByteArray &extraHeaders = {}, qint64 declaredLength = -1);

private:
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    Step m_step;
    std::function<Step(const Received &)> m_picker;
    QList<Received> m_received;
};
