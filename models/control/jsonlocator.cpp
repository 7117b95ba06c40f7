#include "models/control/jsonlocator.h"

#include "core/jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

JsonLocator::JsonLocator(const QByteArray &text)
    : m_text(text)
{
    skipSpace();
    value({});
}

void JsonLocator::skipSpace()
{
    while (m_at < m_text.size()
           && (m_text[m_at] == ' ' || m_text[m_at] == '\n' || m_text[m_at] == '\r'
               || m_text[m_at] == '\t'))
        ++m_at;
}

QString JsonLocator::string()
{
    const qsizetype start = m_at;
    ++m_at; // opening quote
    bool escaped = false;
    while (m_at < m_text.size()) {
        const char c = m_text[m_at++];
        if (escaped)
            escaped = false;
        else if (c == '\\')
            escaped = true;
        else if (c == '"')
            break;
    }
    const QByteArray raw = m_text.mid(start, m_at - start);
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw.mid(1, raw.size() - 2));
    return QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString();
}

void JsonLocator::value(const QString &path)
{
    if (!m_positions.contains(path))
        m_positions.insert(path, m_at);
    if (m_at >= m_text.size())
        return;
    const char c = m_text[m_at];
    if (c == '{') {
        ++m_at;
        skipSpace();
        while (m_at < m_text.size() && m_text[m_at] != '}') {
            const qsizetype keyAt = m_at;
            const QString childPath = JsonPath::join(path, string());
            m_positions.insert(childPath, keyAt);
            skipSpace();
            ++m_at; // colon
            skipSpace();
            value(childPath);
            skipSpace();
            if (m_at < m_text.size() && m_text[m_at] == ',') {
                ++m_at;
                skipSpace();
            }
        }
        ++m_at;
    } else if (c == '[') {
        ++m_at;
        skipSpace();
        int index = 0;
        while (m_at < m_text.size() && m_text[m_at] != ']') {
            value(path + u"[%1]"_s.arg(index++));
            skipSpace();
            if (m_at < m_text.size() && m_text[m_at] == ',') {
                ++m_at;
                skipSpace();
            }
        }
        ++m_at;
    } else if (c == '"') {
        string();
    } else {
        while (m_at < m_text.size() && !QByteArrayView(",]} \t\r\n").contains(m_text[m_at]))
            ++m_at;
    }
}
