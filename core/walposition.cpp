#include "core/walposition.h"

namespace WalPosition {

QString text(qint64 bytePosition)
{
    if (bytePosition < 0)
        return {};
    const auto position = static_cast<quint64>(bytePosition);
    return QString::number(position >> 32, 16).toUpper() + u'/'
        + QString::number(position & 0xFFFFFFFFu, 16).toUpper();
}

} // namespace WalPosition
