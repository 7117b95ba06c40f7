#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

// The few JSON rules the merge types share: counters are whole numbers that a double holds
// exactly (JSON has no integers), and errors are plain sentences.
namespace CrdtJson {
inline constexpr quint64 maxCounter = quint64(1) << 53;

std::optional<quint64> counter(const QJsonValue &value);
QJsonValue counterValue(quint64 counter);
void fail(QString *error, const QString &message);
} // namespace CrdtJson
