#pragma once

#include <QString>

// PostgreSQL writes a WAL position (an LSN) as two hexadecimal halves, "16/B374D848"; the API
// carries it as the integer byte position. The inspector shows both.
namespace WalPosition {

// "16/B374D848" for 97500059720; empty for a negative position.
QString text(qint64 bytePosition);

} // namespace WalPosition
