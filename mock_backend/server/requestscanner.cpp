#include "mock_backend/server/requestscanner.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace mock {

namespace {

constexpr qsizetype keptLineBytes = 128;
// Chunk sizes and line ends around a body that is within the limit.
constexpr qint64 chunkFramingAllowance = 16 * 1024;

bool startsWithName(QByteArrayView line, QByteArrayView name)
{
    return line.size() > name.size() && line.at(name.size()) == ':'
        && line.first(name.size()).compare(name, Qt::CaseInsensitive) == 0;
}

qint64 declaredLength(QByteArrayView value)
{
    value = value.trimmed();
    if (value.isEmpty())
        return -1;
    qint64 length = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return -1; // not a size; the parser rejects it
        if (length > (std::numeric_limits<qint64>::max() - 9) / 10)
            return std::numeric_limits<qint64>::max();
        length = length * 10 + (c - '0');
    }
    return length;
}

} // namespace

void RequestScanner::start(const Limits &limits)
{
    m_limits = limits;
    m_phase = Phase::Idle;
    m_headerBytes = 0;
    m_lines = 0;
    m_line.resize(0);
    m_declaredLength = -1;
    m_chunked = false;
    m_bodyBytes = 0;
}

RequestScanner::Verdict RequestScanner::feed(QByteArrayView bytes, qint64 more)
{
    // A line at a time (memchr), not a byte at a time: this runs for every request.
    const char *const data = bytes.data();
    qsizetype i = 0;
    while (i < bytes.size() && m_phase != Phase::Body) {
        if (m_phase == Phase::Idle) {
            const char c = data[i];
            if (c == '\r' || c == '\n' || c == ' ' || c == '\t') {
                ++i;
                continue;
            }
            m_phase = Phase::Headers;
        }
        const auto *newline =
            static_cast<const char *>(std::memchr(data + i, '\n', bytes.size() - i));
        const qsizetype lineEnd = newline ? newline - data : bytes.size();
        const qsizetype next = newline ? lineEnd + 1 : lineEnd;
        m_headerBytes += next - i;
        if (m_headerBytes > m_limits.maxHeaderBytes)
            return Verdict::HeadersTooLarge;
        const qsizetype kept = std::min<qsizetype>(lineEnd - i, keptLineBytes - m_line.size());
        if (kept > 0)
            m_line.append(bytes.sliced(i, kept));
        i = next;
        if (newline) {
            const Verdict verdict = endOfLine();
            if (verdict != Verdict::Fine)
                return verdict;
        }
    }
    if (m_phase != Phase::Body)
        return Verdict::Fine;
    m_bodyBytes += bytes.size() - i + more;
    if (m_chunked && m_bodyBytes > m_limits.maxBodyBytes + chunkFramingAllowance)
        return Verdict::BodyTooLarge;
    return Verdict::Fine;
}

RequestScanner::Verdict RequestScanner::endOfLine()
{
    QByteArrayView line(m_line);
    if (line.endsWith('\r'))
        line.chop(1);
    Verdict verdict = Verdict::Fine;
    if (line.isEmpty()) {
        m_phase = Phase::Body;
        if (m_declaredLength > m_limits.maxBodyBytes)
            verdict = Verdict::BodyTooLarge;
    } else if (++m_lines > m_limits.maxHeaderCount + 1) { // the request line is not a header
        verdict = Verdict::TooManyHeaders;
    } else if (startsWithName(line, "content-length")) {
        m_declaredLength = declaredLength(line.sliced(15));
    } else if (startsWithName(line, "transfer-encoding")) {
        m_chunked = line.toByteArray().toLower().contains("chunked");
    }
    m_line.resize(0); // keeps its capacity for the next line
    return verdict;
}

} // namespace mock
