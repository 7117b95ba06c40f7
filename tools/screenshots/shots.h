#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <stdexcept>

class QWidget;

// What the picture programs share: wait while the event loop runs, save a PNG, and stop with a
// plain message when a step does not reach the state it is meant to picture (a wrong picture in
// the docs is worse than none).
class Shots
{
public:
    struct Failure : std::runtime_error
    {
        using std::runtime_error::runtime_error;
    };

    explicit Shots(const QDir &out);

    // Saves <name>.png of the widget as it is drawn now.
    void save(QWidget *widget, const QString &name);
    // Runs the event loop until done() holds; throws Failure naming `what` after the timeout.
    void waitFor(const std::function<bool()> &done, const QString &what,
                 std::chrono::milliseconds timeout = std::chrono::seconds(20));
    void require(bool ok, const QString &what);
    // Runs the event loop for a while: something that only real time brings (a replica
    // catching up, an answer from /health landing before the picture).
    static void pause(std::chrono::milliseconds duration);

    const QDir &out() const { return m_out; }
    // --palette dark: sets that honour it shoot in the dark palette.
    bool dark() const { return m_dark; }
    void setDark(bool dark) { m_dark = dark; }
    const QStringList &saved() const { return m_saved; }

private:
    QDir m_out;
    QStringList m_saved;
    bool m_dark = false;
};
