#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
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
    // Hold: keep the request unanswered until the test releases it (an answer that arrives
    // late, after others).
    enum class Action { Respond, Close, Hang, Hold };
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
    int heldCount() const { return static_cast<int>(m_held.size()); }
    // Answers (Respond) or drops (Close) the oldest held request.
    void releaseHeld(const Step &step);

    static QByteArray response(int status, const QByteArray &body,
                               const QByteArray &extraHeaders = {}, qint64 declaredLength = -1);

private:
    void onReadyRead(QTcpSocket *socket);
    static void act(QTcpSocket *socket, const Step &step);

    QTcpServer m_server;
    Step m_step;
    std::function<Step(const Received &)> m_picker;
    QList<Received> m_received;
    QList<QPointer<QTcpSocket>> m_held; // a client that gave up leaves a null
};
