#include "benchmarks/app_startup/xvfb.h"

#include <poll.h>
#include <unistd.h>

namespace {

constexpr int displayFd = 3;

} // namespace

Xvfb::~Xvfb()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

bool Xvfb::start(const QString &screen, QString *error)
{
    int fds[2];
    if (pipe(fds) != 0) {
        *error = QStringLiteral("no pipe for -displayfd");
        return false;
    }
    const int readEnd = fds[0];
    const int writeEnd = fds[1];
    // The server writes its display number on fd 3 once it accepts connections.
    m_process.setChildProcessModifier([readEnd, writeEnd] {
        ::close(readEnd);
        if (writeEnd != displayFd) {
            ::dup2(writeEnd, displayFd);
            ::close(writeEnd);
        }
    });
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start(QStringLiteral("Xvfb"),
                    {QStringLiteral("-displayfd"), QString::number(displayFd),
                     QStringLiteral("-noreset"), QStringLiteral("-nolisten"), QStringLiteral("tcp"),
                     QStringLiteral("-screen"), QStringLiteral("0"), screen});
    ::close(writeEnd);
    if (!m_process.waitForStarted(10000)) {
        ::close(readEnd);
        *error = QStringLiteral("Xvfb did not start: ") + m_process.errorString();
        return false;
    }
    QByteArray number;
    pollfd waiting {readEnd, POLLIN, 0};
    char c = 0;
    while (::poll(&waiting, 1, 10000) > 0 && ::read(readEnd, &c, 1) == 1 && c != '\n')
        number.append(c);
    ::close(readEnd);
    if (number.isEmpty()) {
        *error = QStringLiteral("Xvfb did not say which display it took");
        return false;
    }
    m_display = u':' + QString::fromLatin1(number);
    return true;
}
