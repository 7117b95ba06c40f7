#pragma once

#include <QProcess>
#include <QString>

// A private Xvfb for the benchmark, as tests/e2e/xserver.sh starts one: the server picks a free
// display itself (-displayfd) and does not reset when a client leaves (-noreset). Stopped when
// destroyed.
class Xvfb final
{
public:
    Xvfb() = default;
    ~Xvfb();
    Xvfb(const Xvfb &) = delete;
    Xvfb &operator=(const Xvfb &) = delete;

    // Returns once the server accepts connections; on failure error says why.
    bool start(const QString &screen, QString *error);
    // ":<n>", for DISPLAY.
    QString display() const { return m_display; }

private:
    QProcess m_process;
    QString m_display;
};
