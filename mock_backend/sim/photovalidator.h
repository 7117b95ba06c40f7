#pragma once

#include "mock_backend/http/apierror.h"

#include <QByteArray>
#include <QString>

namespace mock {

// Checks an uploaded photo without decoding it (no QtGui in the backend): the magic bytes
// must match the declared type, and a PNG's IHDR dimensions must be within the pixel limit.
class PhotoValidator
{
public:
    static bool validate(const QByteArray &bytes, const QString &contentType, qint64 maxPixels,
                         ApiError *error);
};

} // namespace mock
