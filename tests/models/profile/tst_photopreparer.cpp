// Bad input is refused on the client with a clear message before anything is sent; good input is
// scaled down and re-encoded to what the backend accepts.

#include "models/profile/photopreparer.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(PreparedPhoto::Problem)

namespace {

QByteArray encode(const QImage &image, const char *format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.write(image);
    return buffer.data();
}

QImage picture(int width, int height, bool transparent = false)
{
    QImage image(width, height, transparent ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.fill(transparent ? Qt::transparent : Qt::white);
    QPainter painter(&image);
    painter.setBrush(Qt::darkCyan);
    painter.drawEllipse(image.rect().adjusted(4, 4, -4, -4));
    return image;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= static_cast<quint8>(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray chunk(const QByteArray &type, const QByteArray &payload)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(static_cast<quint32>(payload.size()), out.data());
    out += type + payload;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(type + payload), crc.data());
    return out + crc;
}

// A well-formed PNG header that claims width × height pixels: a decompression bomb's shape.
QByteArray pngClaiming(quint32 width, quint32 height, const QByteArray &idat = "xxxx")
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // truecolour
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", idat)
        + chunk("IEND", {});
}

} // namespace

class TestPhotoPreparer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesBadInput_data();
    void refusesBadInput();
    void refusesFilesBeforeReadingThem();
    void decodedSizeStaysWithinAllocationLimit();
    void scalesDownLargePhotos_data();
    void scalesDownLargePhotos();
};

void TestPhotoPreparer::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<PreparedPhoto::Problem>("problem");
    QTest::addColumn<QString>("mentions");

    using P = PreparedPhoto::Problem;
    const QByteArray png = encode(picture(64, 64), "png");
    QTest::newRow("text file") << QByteArray("Dear diary, today I chose a photo.") << P::NotAnImage
                               << u"isn't an image"_s;
    QTest::newRow("empty file") << QByteArray() << P::Empty << u"is empty"_s;
    QTest::newRow("corrupt png") << pngClaiming(64, 64, QByteArray(200, 'z')) << P::Corrupt
                                 << u"damaged"_s;
    QTest::newRow("png cut off in its header") << png.left(20) << P::Corrupt << u"damaged"_s;
    QTest::newRow("over the size limit")
        << (png + QByteArray(11 * 1024 * 1024, '\0')) << P::TooLargeFile << u"at most 10.0 MB"_s;
    QTest::newRow("decompression bomb")
        << pngClaiming(50000, 50000) << P::TooManyPixels << u"50000 × 50000 pixels"_s;
    QTest::newRow("bmp") << encode(picture(16, 16), "bmp") << P::UnsupportedFormat << u"BMP"_s;
    QTest::newRow("gif") << QByteArray("GIF89a\x10\x00\x10\x00\x00\x00\x00;", 13)
                         << P::UnsupportedFormat << u"GIF"_s;
    QTest::newRow("heic") << QByteArray("\0\0\0\x18"
                                        "ftypheic\0\0\0\0mif1heic",
                                        24)
                          << P::UnsupportedFormat << u"HEIC"_s;
}

void TestPhotoPreparer::refusesBadInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(PreparedPhoto::Problem, problem);
    QFETCH(QString, mentions);

    const PreparedPhoto photo = PhotoPreparer().prepareBytes(bytes, u"holiday.png"_s);
    QCOMPARE(photo.problem, problem);
    QVERIFY(!photo.ok());
    QVERIFY2(photo.message.contains(u"holiday.png"_s), qPrintable(photo.message));
    QVERIFY2(photo.message.contains(mentions), qPrintable(photo.message));
    QVERIFY(photo.bytes.isEmpty()); // nothing to send
}

void TestPhotoPreparer::refusesFilesBeforeReadingThem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PhotoPreparer::Limits limits;
    limits.maxFileBytes = 1000;
    const PhotoPreparer preparer(limits);

    const QString big = dir.filePath(u"big.png"_s);
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(encode(picture(64, 64), "png") + QByteArray(4000, '\0'));
    file.close();
    QCOMPARE(preparer.prepareFile(big).problem, PreparedPhoto::Problem::TooLargeFile);

    const PreparedPhoto missing = preparer.prepareFile(dir.filePath(u"gone.jpg"_s));
    QCOMPARE(missing.problem, PreparedPhoto::Problem::Unreadable);
    QVERIFY(missing.message.contains(u"gone.jpg"_s));
}

void TestPhotoPreparer::decodedSizeStaysWithinAllocationLimit()
{
    // Few enough pixels for the pixel limit, but more memory than the reader may allocate.
    PhotoPreparer::Limits limits;
    limits.allocationLimitMb = 1;
    const PreparedPhoto photo =
        PhotoPreparer(limits).prepareBytes(encode(picture(1000, 1000), "png"), u"wide.png"_s);
    QCOMPARE(photo.problem, PreparedPhoto::Problem::TooManyPixels);
}

void TestPhotoPreparer::scalesDownLargePhotos_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QSize>("expectedSize");
    QTest::addColumn<bool>("scaled");
    QTest::addColumn<QByteArray>("contentType");

    QTest::newRow("large jpeg") << encode(picture(3000, 1500), "jpeg") << QSize(1024, 512) << true
                                << QByteArray("image/jpeg");
    QTest::newRow("opaque png becomes jpeg")
        << encode(picture(800, 600), "png") << QSize(800, 600) << false << QByteArray("image/jpeg");
    QTest::newRow("transparent png stays png")
        << encode(picture(1200, 2400, true), "png") << QSize(512, 1024) << true
        << QByteArray("image/png");
}

void TestPhotoPreparer::scalesDownLargePhotos()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QSize, expectedSize);
    QFETCH(bool, scaled);
    QFETCH(QByteArray, contentType);

    const PreparedPhoto photo = PhotoPreparer().prepareBytes(bytes, u"photo"_s);
    QVERIFY2(photo.ok(), qPrintable(photo.message));
    QCOMPARE(photo.image.size(), expectedSize);
    QCOMPARE(photo.scaled, scaled);
    QCOMPARE(photo.contentType, contentType);
    // What is sent decodes to the prepared size and is what the backend's own check accepts.
    const QImage sent = QImage::fromData(photo.bytes);
    QCOMPARE(sent.size(), expectedSize);
    if (contentType == "image/jpeg")
        QVERIFY(photo.bytes.startsWith("\xff\xd8\xff") && photo.bytes.endsWith("\xff\xd9"));
    else
        QVERIFY(photo.bytes.startsWith("\x89PNG"));
}

QTEST_MAIN(TestPhotoPreparer)
#include "tst_photopreparer.moc"
