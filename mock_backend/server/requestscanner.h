#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace mock {

// Watches the bytes of one request on their way to QHttpServer's parser and says as early as
// possible when a limit is crossed. It only measures: lines and bytes of the header block, the
// declared Content-Length, and body bytes; parsing stays QHttpServer's job.
class RequestScanner
{
public:
    enum class Verdict { Fine, HeadersTooLarge, TooManyHeaders, BodyTooLarge };
    struct Limits
    {
        qint64 maxHeaderBytes = 0;
        int maxHeaderCount = 0;
        qint64 maxBodyBytes = 0;
    };

    // Forgets the previous request; the next byte fed is the first of a new one.
    void start(const Limits &limits);
    // bytes, then more bytes not shown (the caller shows at least maxHeaderBytes + 1 of them
    // while headers are incomplete, so only body bytes go unseen).
    Verdict feed(QByteArrayView bytes, qint64 more = 0);

    // A request has begun (leading blank lines between requests do not count).
    bool started() const { return m_phase != Phase::Idle; }
    bool headersDone() const { return m_phase == Phase::Body; }

private:
    enum class Phase { Idle, Headers, Body };
    Verdict endOfLine();

    Limits m_limits;
    Phase m_phase = Phase::Idle;
    qint64 m_headerBytes = 0;
    int m_lines = 0;
    QByteArray m_line; // the start of the current line, enough to read a header's name and size
    qint64 m_declaredLength = -1;
    bool m_chunked = false;
    qint64 m_bodyBytes = 0;
};

} // namespace mock
