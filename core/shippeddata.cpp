#include "core/shippeddata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// A folder counts only if it holds scenarios: an empty share/converge left by a broken install
// must not hide a good one further down the list.
bool holdsData(const QString &dir)
{
    return !dir.isEmpty() && QFileInfo(dir + u"/scenarios"_s).isDir();
}

bool isInside(const QString &path, const QString &dir)
{
    return path == dir || path.startsWith(dir + u'/');
}

QStringList candidates()
{
    const QString binDir = QDir::cleanPath(QCoreApplication::applicationDirPath());
    QStringList dirs;
    // CONVERGE_DATA_FROM_BIN is GNUInstallDirs' datadir relative to its bindir ("../share").
    dirs << QDir::cleanPath(binDir + u'/' + QStringLiteral(CONVERGE_DATA_FROM_BIN)
                            + u"/converge"_s);
    // Only a program of this build tree may read the sources: an installed copy that read them
    // would hide a broken install on the developer's own machine.
    if (isInside(binDir, QDir::cleanPath(QStringLiteral(CONVERGE_BUILD_DIR))))
        dirs << QStringLiteral(CONVERGE_SOURCE_DATA_DIR);
    dirs << QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, u"converge"_s,
                                      QStandardPaths::LocateDirectory);
    return dirs;
}

QString find()
{
    const QStringList dirs = candidates();
    for (const QString &dir : dirs) {
        if (holdsData(dir))
            return dir;
    }
    qWarning("converge: the shipped scenarios and sample photos were not found (looked in %s)",
             qPrintable(dirs.join(u", "_s)));
    return {};
}

} // namespace

namespace ShippedData {

QString directory()
{
    static const QString dir = find();
    return dir;
}

QString scenariosDirectory()
{
    const QString dir = directory();
    return dir.isEmpty() ? QString() : dir + u"/scenarios"_s;
}

QString samplePhotosDirectory()
{
    const QString dir = directory();
    return dir.isEmpty() ? QString() : dir + u"/photos/samples"_s;
}

} // namespace ShippedData
