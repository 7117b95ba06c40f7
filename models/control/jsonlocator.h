#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// Where each value of a (syntactically valid) JSON text starts: object members by the position
// of their key, array elements by the position of their value. QJsonDocument forgets positions,
// and people fix files by line number.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray &text);

    // Where path starts (an offset into the text), -1 when the text has no such value.
    qsizetype position(const QString &path) const { return m_positions.value(path, -1); }

private:
    void skipSpace();
    QString string();
    void value(const QString &path);

    const QByteArray &m_text;
    qsizetype m_at = 0;
    QHash<QString, qsizetype> m_positions;
};
