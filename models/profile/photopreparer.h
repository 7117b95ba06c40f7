#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

// The result of checking and preparing one photo the person chose, before anything is sent.
struct PreparedPhoto
{
    enum class Problem {
        None,
        Unreadable, // the file could not be opened
        Empty,
        NotAnImage,
        UnsupportedFormat, // an image, but not one we accept (GIF, BMP, HEIC, …)
        TooLargeFile,
        TooManyPixels, // also a decompression bomb: refused before decoding
        Corrupt,
    };

    Problem problem = Problem::None;
    QString message; // plain words, fit to show and announce; empty when ok
    QString displayName; // "beach.jpg"
    QByteArray bytes; // what will be sent
    QByteArray contentType; // image/png or image/jpeg
    QImage image; // what was encoded, for the local preview
    QSize originalSize;
    bool scaled = false;

    bool ok() const { return problem == Problem::None; }
};

// Checks a chosen photo and prepares it for upload, on the client, so that bad input gets a clear
// message before any request: size of the file, what it really is (by content, not by name), its
// pixel count from the header (QImageReader with an allocation limit, so a decompression bomb is
// refused without being decoded), and whether it decodes. Large photos are scaled down and
// re-encoded (PNG when they have transparency, otherwise JPEG).
class PhotoPreparer
{
    Q_DECLARE_TR_FUNCTIONS(PhotoPreparer)

public:
    struct Limits
    {
        qint64 maxFileBytes = 10LL * 1024 * 1024;
        qint64 maxPixels = 40'000'000; // the backend's limit
        int allocationLimitMb = 256; // QImageReader refuses to allocate more than this
        int maxEdge = 1024; // longest side after scaling down
        int jpegQuality = 88;
    };

    PhotoPreparer() = default;
    explicit PhotoPreparer(const Limits &limits)
        : m_limits(limits)
    {
    }

    const Limits &limits() const { return m_limits; }

    PreparedPhoto prepareFile(const QString &path) const;
    PreparedPhoto prepareBytes(const QByteArray &bytes, const QString &displayName) const;

    // "12.4 MB", for messages.
    static QString formatBytes(qint64 bytes);

private:
    Limits m_limits;
};
