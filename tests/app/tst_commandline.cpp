// What both executables do before (or without) a window: usage on --help with no display at all,
// the gallery's screenshots into the folder asked for, and the gallery's window size.

#include "app/gallerysize.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// No DISPLAY, no WAYLAND_DISPLAY and no QT_QPA_PLATFORM: a machine without any window system.
QProcessEnvironment withoutDisplay(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    return env;
}

struct Ran
{
    int exitCode = -1;
    QString out;
    QString err;
};

Ran runWithoutDisplay(const QString &program, const QStringList &arguments)
{
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(withoutDisplay(home));
    process.start(program, arguments);
    Ran ran;
    if (!process.waitForStarted() || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        ran.err = u"did not finish"_s;
        return ran;
    }
    ran.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    ran.out = QString::fromUtf8(process.readAllStandardOutput());
    ran.err = QString::fromUtf8(process.readAllStandardError());
    return ran;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void informationWithoutDisplay_data();
    void informationWithoutDisplay();
    void windowWithoutDisplayIsExplained_data();
    void windowWithoutDisplayIsExplained();
    void galleryScreenshotsIntoTheFolderAskedFor_data();
    void galleryScreenshotsIntoTheFolderAskedFor();
    void galleryScreenshotFolderThatCannotBeMade();
    void galleryWindowFitsTheScreen_data();
    void galleryWindowFitsTheScreen();
};

void TestCommandLine::informationWithoutDisplay_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("printed"); // all of these on standard output

    const QString converge = QStringLiteral(CONVERGE_EXECUTABLE);
    const QString gallery = QStringLiteral(GALLERY_EXECUTABLE);
    QTest::newRow("converge --help")
        << converge << QStringList {u"--help"_s}
        << QStringList {u"Usage:"_s, u"--scenario <file>"_s, u"--headless"_s, u"--timeout"_s,
                        u"--gallery"_s};
    QTest::newRow("converge -h") << converge << QStringList {u"-h"_s}
                                 << QStringList {u"Usage:"_s, u"--backend <url>"_s};
    QTest::newRow("converge --version")
        << converge << QStringList {u"--version"_s} << QStringList {u"Converge 0."_s};
    QTest::newRow("converge --help with other options")
        << converge << QStringList {u"--gallery"_s, u"--help"_s} << QStringList {u"Usage:"_s};
    QTest::newRow("converge-gallery --help")
        << gallery << QStringList {u"--help"_s}
        << QStringList {u"Usage:"_s, u"--screenshot <dir>"_s, u"--size <WxH>"_s};
}

void TestCommandLine::informationWithoutDisplay()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, printed);
    const Ran ran = runWithoutDisplay(program, arguments);
    QVERIFY2(ran.exitCode == 0, qPrintable(u"exit %1: %2"_s.arg(ran.exitCode).arg(ran.err)));
    for (const QString &words : printed)
        QVERIFY2(ran.out.contains(words), qPrintable(ran.out + ran.err));
}

void TestCommandLine::windowWithoutDisplayIsExplained_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("converge") << QStringLiteral(CONVERGE_EXECUTABLE) << QStringList {};
    QTest::newRow("converge --gallery")
        << QStringLiteral(CONVERGE_EXECUTABLE) << QStringList {u"--gallery"_s};
    QTest::newRow("converge-gallery") << QStringLiteral(GALLERY_EXECUTABLE) << QStringList {};
}

void TestCommandLine::windowWithoutDisplayIsExplained()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    const Ran ran = runWithoutDisplay(program, arguments);
    QCOMPARE(ran.exitCode, 2);
    QVERIFY2(ran.err.contains(u"there is no display"_s), qPrintable(ran.err));
}

void TestCommandLine::galleryScreenshotsIntoTheFolderAskedFor_data()
{
    QTest::addColumn<QString>("folder"); // inside a fresh temporary folder
    QTest::newRow("existing") << u"."_s;
    QTest::newRow("new and nested") << u"docs/images/new"_s;
}

void TestCommandLine::galleryScreenshotsIntoTheFolderAskedFor()
{
    QFETCH(QString, folder);
    QTemporaryDir dir;
    const QString target = QDir(dir.path()).filePath(folder);
    const Ran ran =
        runWithoutDisplay(QStringLiteral(GALLERY_EXECUTABLE), {u"--screenshot"_s, target});
    QVERIFY2(ran.exitCode == 0, qPrintable(u"exit %1: %2"_s.arg(ran.exitCode).arg(ran.err)));
    for (const QString &name :
         {u"gallery-light.png"_s, u"gallery-dark.png"_s, u"gallery-window.png"_s}) {
        const QImage image(QDir(target).filePath(name));
        QVERIFY2(!image.isNull(), qPrintable(name + u": "_s + ran.out + ran.err));
        QVERIFY(image.width() >= 400);
        QVERIFY2(ran.out.contains(u"saved "_s + QDir(target).filePath(name)), qPrintable(ran.out));
    }
}

void TestCommandLine::galleryScreenshotFolderThatCannotBeMade()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"a-file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Ran ran = runWithoutDisplay(QStringLiteral(GALLERY_EXECUTABLE),
                                      {u"--screenshot"_s, dir.filePath(u"a-file/pictures"_s)});
    QCOMPARE(ran.exitCode, 1);
    QVERIFY2(ran.err.contains(u"cannot create the folder"_s), qPrintable(ran.err));
}

void TestCommandLine::galleryWindowFitsTheScreen_data()
{
    QTest::addColumn<QSize>("available");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("unknown screen") << QSize() << QSize(1280, 900);
    QTest::newRow("large screen") << QSize(1920, 1050) << QSize(1280, 900);
    QTest::newRow("small laptop") << QSize(1280, 770) << QSize(1216, 732);
}

void TestCommandLine::galleryWindowFitsTheScreen()
{
    QFETCH(QSize, available);
    QFETCH(QSize, expected);
    QCOMPARE(::galleryWindowSize(available), expected);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
