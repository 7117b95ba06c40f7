#include "models/profile/photopreparer.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>

using namespace Qt::StringLiterals;

namespace {

// What the bytes are, judged by their first bytes only (a file name proves nothing).
QByteArray sniffFormat(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return "png";
    if (bytes.startsWith("\xff\xd8\xff"))
        return "jpeg";
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return "gif";
    if (bytes.startsWith("BM"))
        return "bmp";
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return "webp";
    if (bytes.mid(4, 4) == "ftyp") {
        const QByteArray brand = bytes.mid(8, 4);
        if (brand == "heic" || brand == "heix" || brand == "mif1" || brand == "msf1")
            return "heic";
        if (brand == "avif")
            return "avif";
    }
    if (bytes.startsWith("II*\0") || bytes.startsWith("MM\0*"))
        return "tiff";
    return {};
}

QString formatLabel(const QByteArray &format)
{
    if (format == "heic")
        return u"HEIC"_s;
    return QString::fromLatin1(format.toUpper());
}

} // namespace

QString PhotoPreparer::formatBytes(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return tr("%L1 MB").arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    if (bytes >= 1024)
        return tr("%1 KB").arg((bytes + 512) / 1024);
    return tr("%n byte(s)", nullptr, static_cast<int>(bytes));
}

PreparedPhoto PhotoPreparer::prepareFile(const QString &path) const
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    PreparedPhoto refused;
    refused.displayName = name;
    // Check the size before reading, so a huge file is never loaded into memory.
    if (info.exists() && info.size() > m_limits.maxFileBytes) {
        refused.problem = PreparedPhoto::Problem::TooLargeFile;
        refused.message =
            tr("“%1” is %2; photos can be at most %3.")
                .arg(name, formatBytes(info.size()), formatBytes(m_limits.maxFileBytes));
        return refused;
    }
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        refused.problem = PreparedPhoto::Problem::Unreadable;
        refused.message = tr("“%1” couldn't be opened.").arg(name);
        return refused;
    }
    return prepareBytes(file.readAll(), name);
}

PreparedPhoto PhotoPreparer::prepareBytes(const QByteArray &bytes, const QString &displayName) const
{
    PreparedPhoto out;
    out.displayName = displayName;
    auto refuse = [&out](PreparedPhoto::Problem problem, QString message) {
        out.problem = problem;
        out.message = std::move(message);
        return out;
    };

    if (bytes.isEmpty())
        return refuse(PreparedPhoto::Problem::Empty, tr("“%1” is empty.").arg(displayName));
    if (bytes.size() > m_limits.maxFileBytes)
        return refuse(
            PreparedPhoto::Problem::TooLargeFile,
            tr("“%1” is %2; photos can be at most %3.")
                .arg(displayName, formatBytes(bytes.size()), formatBytes(m_limits.maxFileBytes)));

    const QByteArray format = sniffFormat(bytes);
    if (format != "png" && format != "jpeg") {
        QByteArray known = format;
        if (known.isEmpty()) {
            // Something Qt can still read (ICO, XPM, …) is an image we don't accept; anything
            // else is not an image at all.
            QBuffer probe;
            probe.setData(bytes);
            probe.open(QIODevice::ReadOnly);
            QImageReader reader(&probe);
            reader.setDecideFormatFromContent(true);
            if (reader.canRead())
                known = reader.format();
        }
        if (known.isEmpty())
            return refuse(PreparedPhoto::Problem::NotAnImage,
                          tr("“%1” isn't an image. Choose a PNG or JPEG photo.").arg(displayName));
        return refuse(PreparedPhoto::Problem::UnsupportedFormat,
                      tr("“%1” is a %2 image, which isn't supported. Choose a PNG or JPEG photo.")
                          .arg(displayName, formatLabel(known)));
    }

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setAllocationLimit(m_limits.allocationLimitMb);
    reader.setAutoTransform(true);

    // The header's dimensions, read without decoding: a decompression bomb stops here.
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return refuse(PreparedPhoto::Problem::Corrupt,
                      tr("“%1” is damaged and can't be read.").arg(displayName));
    out.originalSize = size;
    const qint64 pixels = qint64(size.width()) * size.height();
    const qint64 decodedBytes = pixels * 4;
    if (pixels > m_limits.maxPixels
        || decodedBytes > qint64(m_limits.allocationLimitMb) * 1024 * 1024)
        return refuse(PreparedPhoto::Problem::TooManyPixels,
                      tr("“%1” is %2 × %3 pixels; photos can have at most %4 million pixels.")
                          .arg(displayName)
                          .arg(size.width())
                          .arg(size.height())
                          .arg(m_limits.maxPixels / 1'000'000));

    QImage image = reader.read();
    if (image.isNull())
        return refuse(PreparedPhoto::Problem::Corrupt,
                      tr("“%1” is damaged and can't be read.").arg(displayName));

    if (std::max(image.width(), image.height()) > m_limits.maxEdge) {
        image = image.scaled(m_limits.maxEdge, m_limits.maxEdge, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
        out.scaled = true;
    }

    // Re-encoding also drops metadata (location, camera) the person may not mean to share.
    const bool transparent = image.hasAlphaChannel();
    QBuffer encoded;
    encoded.open(QIODevice::WriteOnly);
    QImageWriter writer(&encoded, transparent ? "png" : "jpeg");
    if (!transparent)
        writer.setQuality(m_limits.jpegQuality);
    if (!writer.write(image))
        return refuse(PreparedPhoto::Problem::Corrupt,
                      tr("“%1” couldn't be prepared for upload.").arg(displayName));
    out.bytes = encoded.data();
    out.contentType = transparent ? "image/png" : "image/jpeg";
    out.image = std::move(image);
    return out;
}
