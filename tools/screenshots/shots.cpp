#include "tools/screenshots/shots.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Shots::Shots(const QDir &out)
    : m_out(out)
{
}

void Shots::save(QWidget *widget, const QString &name)
{
    // Pending layout and paint requests first, so the picture shows the state just reached.
    QCoreApplication::processEvents();
    const QString path = m_out.filePath(name + u".png"_s);
    if (!widget->grab().save(path))
        throw Failure(u"Could not write %1"_s.arg(path).toStdString());
    m_saved << path;
}

void Shots::waitFor(const std::function<bool()> &done, const QString &what,
                    std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    while (!done()) {
        if (deadline.hasExpired())
            throw Failure(u"Gave up waiting for: %1"_s.arg(what).toStdString());
        pause(10ms);
    }
}

void Shots::require(bool ok, const QString &what)
{
    if (!ok)
        throw Failure(u"Not as expected: %1"_s.arg(what).toStdString());
}

void Shots::pause(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}
