// English plural forms of the source words ("1 change", "3 changes" for "%n change(s)", from
// translations/converge_en.ts), installed as soon as any program's QCoreApplication exists and
// before any other catalogue, so nobody reads "(s)": not the app in any language, not a test,
// not a headless run. Built as an object library (translations/plurals.cmake), so no linker
// drops it for being unreferenced.
#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

void installEnglishPlurals()
{
    auto *plurals = new QTranslator(QCoreApplication::instance());
    if (plurals->load(u":/converge/i18n/converge_en.qm"_s))
        QCoreApplication::installTranslator(plurals);
    else
        delete plurals;
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)
