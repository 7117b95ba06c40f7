#include "mock_backend/server/requestscanner.h"

#include <limits>

namespace mock {

namespace {

constexpr qsizetype keptLineBytes = 128;
// Chunk sizes and line ends around a body that is within the limit.
constexpr qint64 chunkFramingAllowance = 16 * 1024;

bool startsWithName(const QByteArray &line, QByteArrayView name)
{
    return line.size() > name.size() && line.at(name.size()) == ':'
        && QByteArrayView(line).first(name.size()).compare(name, Qt::CaseInsensitive) == 0;
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
    m_line.clear();
    m_declaredLength = -1;
    m_chunked = false;
    m_bodyBytes = 0;
}

RequestScanner::Verdict RequestScanner::feed(QByteArrayView bytes, qint64 more)
{
    qsizetype i = 0;
    for (; i < bytes.size() && m_phase != Phase::Body; ++i) {
        const char c = bytes[i];
        if (m_phase == Phase::Idle) {
            if (c == '\r' || c == '\n' || c == ' ' || c == '\t')
                continue;
            m_phase = Phase::Headers;
        }
        if (++m_headerBytes > m_limits.maxHeaderBytes)
            return Verdict::HeadersTooLarge;
        if (c == '\n') {
            const Verdict verdict = endOfLine();
            if (verdict != Verdict::Fine)
                return verdict;
        } else if (m_line.size() < keptLineBytes) {
            m_line.append(c);
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
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    const bool blank = m_line.isEmpty();
    const QByteArray line = std::exchange(m_line, {});
    if (blank) {
        m_phase = Phase::Body;
        return m_declaredLength > m_limits.maxBodyBytes ? Verdict::BodyTooLarge : Verdict::Fine;
    }
    if (++m_lines > m_limits.maxHeaderCount + 1) // the request line is not a header
        return Verdict::TooManyHeaders;
    if (startsWithName(line, "content-length"))
        m_declaredLength = declaredLength(QByteArrayView(line).sliced(15));
    else if (startsWithName(line, "transfer-encoding"))
        m_chunked = line.toLower().contains("chunked");
    return Verdict::Fine;
}

} // namespace mock
