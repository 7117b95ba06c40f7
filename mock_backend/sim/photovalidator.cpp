#include "mock_backend/sim/photovalidator.h"

#include <QtEndian>

namespace mock {

namespace {

bool invalid(ApiError *error, const QString &message)
{
    *error = {422, QStringLiteral("invalid_image"), message, {}};
    return false;
}

} // namespace

bool PhotoValidator::validate(const QByteArray &bytes, const QString &contentType, qint64 maxPixels,
                              ApiError *error)
{
    static const QByteArray pngMagic("\x89PNG\r\n\x1a\n", 8);
    if (contentType == QLatin1String("image/png")) {
        // Signature (8) + IHDR chunk length (4) + "IHDR" (4) + width (4) + height (4).
        if (bytes.size() < 33 || !bytes.startsWith(pngMagic))
            return invalid(error, QStringLiteral("This file is not a readable PNG image."));
        if (bytes.mid(12, 4) != "IHDR")
            return invalid(error, QStringLiteral("This PNG image is damaged (no header)."));
        const auto *raw = reinterpret_cast<const uchar *>(bytes.constData());
        const quint32 width = qFromBigEndian<quint32>(raw + 16);
        const quint32 height = qFromBigEndian<quint32>(raw + 20);
        if (width == 0 || height == 0)
            return invalid(error, QStringLiteral("This PNG image has no pixels."));
        // The PNG specification caps each side at 2^31 - 1; a larger one is a damaged header.
        constexpr quint32 maxSide = 0x7fffffff;
        if (width > maxSide || height > maxSide)
            return invalid(error, QStringLiteral("This PNG image is damaged (impossible size)."));
        // Unsigned: two 32-bit sides always fit in 64 bits, where a signed product can overflow.
        if (maxPixels <= 0 || quint64(width) * quint64(height) > quint64(maxPixels))
            return invalid(error,
                           QStringLiteral("This image is too large (%1 × %2 pixels; the "
                                          "limit is %3 pixels).")
                               .arg(width)
                               .arg(height)
                               .arg(maxPixels));
        return true;
    }
    // JPEG: SOI marker at the start and EOI marker at the end.
    if (bytes.size() < 4 || !bytes.startsWith("\xff\xd8\xff") || !bytes.endsWith("\xff\xd9"))
        return invalid(error, QStringLiteral("This file is not a readable JPEG image."));
    return true;
}

} // namespace mock
