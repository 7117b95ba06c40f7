// converge-pattern-guide: makes docs/patterns/ (the living pattern guide) from the hand-written
// pages in docs/patterns/src/ and headless runs of the shipped scenarios they show, or checks it.
//
//   converge-pattern-guide                 regenerate docs/patterns/ (pages, index, pictures)
//   converge-pattern-guide --check         regenerate into a temporary folder; fail when an
//                                          expectation does not hold or a committed page's
//                                          text (outside its run blocks) is out of date
//   --text-only   no runs: only the pages' text (seconds instead of a minute or two)
//   --all         also run the shipped scenarios no page shows, for their expectations
//   --jobs N      runs at a time (default 2)
//
// scripts/generate-pattern-guide.sh builds and runs it; CTest runs --check (pattern_guide).

#include "models/control/scenario.h"
#include "models/session/sessionexport.h"
#include "tools/pattern-guide/guidepage.h"
#include "tools/pattern-guide/guidewriter.h"
#include "tools/pattern-guide/headlessruns.h"
#include "tools/pattern-guide/runstory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

bool writeText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        say(u"pattern guide: can't write %1: %2"_s.arg(path, file.errorString()));
        return false;
    }
    return true;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The first line where two texts part, for a message a person can act on.
QString firstDifference(const QString &committed, const QString &fresh)
{
    const QStringList a = committed.split(u'\n');
    const QStringList b = fresh.split(u'\n');
    for (int i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString left = i < a.size() ? a.at(i) : u"(nothing)"_s;
        const QString right = i < b.size() ? b.at(i) : u"(nothing)"_s;
        if (left != right)
            return u"  committed: %1\n  now:       %2"_s.arg(left.left(160), right.left(160));
    }
    return {};
}

// Screenshots as the run wrote them, saved again with the strongest PNG compression.
bool copyPicture(const QString &from, const QString &to)
{
    QImage image(from);
    if (image.isNull()) {
        say(u"pattern guide: the run wrote no picture %1"_s.arg(from));
        return false;
    }
    return image.convertToFormat(QImage::Format_RGB888).save(to, "PNG", 0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // QImage reads and writes PNG without a display
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Makes or checks the pattern guide in docs/patterns/."_s);
    parser.addHelpOption();
    const QCommandLineOption check(u"check"_s, u"Check instead of writing."_s);
    const QCommandLineOption textOnly(u"text-only"_s, u"Run no scenario."_s);
    const QCommandLineOption all(u"all"_s, u"Also run the scenarios no page shows."_s);
    const QCommandLineOption jobs(u"jobs"_s, u"Runs at a time."_s, u"n"_s, u"2"_s);
    const QCommandLineOption root(u"root"_s, u"The source tree."_s, u"dir"_s,
                                  QStringLiteral(CONVERGE_SOURCE_DIR));
    const QCommandLineOption converge(u"converge"_s, u"The converge executable."_s, u"file"_s,
                                      QStringLiteral(CONVERGE_EXECUTABLE));
    parser.addOptions({check, textOnly, all, jobs, root, converge});
    parser.process(app);

    const QDir tree(parser.value(root));
    const QDir guide(tree.filePath(u"docs/patterns"_s));
    const QDir sources(guide.filePath(u"src"_s));
    const QDir shippedDir(tree.filePath(u"resources/scenarios"_s));

    // The hand-written pages.
    QList<GuidePage> pages;
    for (const QString &file : sources.entryList({u"*.md"_s}, QDir::Files, QDir::Name)) {
        if (file == "README.md"_L1)
            continue;
        QString error;
        const auto page = GuidePage::load(sources.filePath(file), &error);
        if (!page) {
            say(u"pattern guide: "_s + error);
            return 2;
        }
        pages << *page;
    }
    std::stable_sort(pages.begin(), pages.end(),
                     [](const GuidePage &a, const GuidePage &b) { return a.order < b.order; });
    const QString intro = readText(sources.filePath(u"README.md"_s)).trimmed();
    if (pages.isEmpty() || intro.isEmpty()) {
        say(u"pattern guide: no pages or no README.md in %1"_s.arg(sources.path()));
        return 2;
    }

    // Every shipped scenario, and the ones the pages show.
    QHash<QString, GuideWriter::ScenarioInGuide> shipped;
    for (const QString &file : shippedDir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QString error;
        const auto scenario = Scenario::load(shippedDir.filePath(file), &error);
        if (!scenario) {
            say(u"pattern guide: "_s + error);
            return 2;
        }
        shipped.insert(file, {*scenario, std::nullopt});
    }
    QStringList shown;
    for (const GuidePage &page : std::as_const(pages)) {
        for (const GuideShowing &showing : page.showings) {
            if (!shipped.contains(showing.scenarioFile)) {
                say(u"pattern guide: %1.md:%2: %3 is not a shipped scenario"_s.arg(
                    page.name, QString::number(showing.line), showing.scenarioFile));
                return 2;
            }
            if (!shown.contains(showing.scenarioFile))
                shown << showing.scenarioFile;
        }
    }

    // The runs, and whether every expectation held.
    QTemporaryDir work;
    if (!work.isValid()) {
        say(u"pattern guide: no temporary folder: "_s + work.errorString());
        return 2;
    }
    QStringList toRun = parser.isSet(textOnly) ? QStringList {} : shown;
    if (parser.isSet(all) && !parser.isSet(textOnly)) {
        QStringList rest = shipped.keys();
        rest.sort();
        for (const QString &file : std::as_const(rest)) {
            if (!toRun.contains(file))
                toRun << file;
        }
    }
    QStringList paths;
    for (const QString &file : std::as_const(toRun))
        paths << shippedDir.filePath(file);
    const HeadlessRuns runner(parser.value(converge), work.filePath(u"runs"_s),
                              parser.value(jobs).toInt());
    QStringList problems;
    QHash<QString, QString> runDirs;
    for (const HeadlessRun &run : runner.run(paths)) {
        const QString file = QFileInfo(run.scenarioPath).fileName();
        runDirs.insert(file, run.outDir);
        GuideWriter::ScenarioInGuide &in = shipped[file];
        QString error;
        const auto lines =
            SessionExporter::read(QDir(run.outDir).filePath(u"session.jsonl"_s), &error);
        if (lines)
            in.run.emplace(in.scenario, *lines);
        bool named = false;
        if (in.run) {
            for (const ExpectationResult &result : in.run->expectations()) {
                if (result.reported && result.held)
                    continue;
                const ScenarioStep &step = in.scenario.steps.at(result.stepIndex);
                problems << u"%1:%2 (%3 s): expectation %4 %5%6"_s.arg(
                    file, QString::number(step.line), QString::number(step.atMs / 1000.0),
                    step.name,
                    result.reported ? u"did not hold: "_s + result.message : u"was never checked"_s,
                    step.note.isEmpty() ? QString() : u" (“%1”)"_s.arg(step.note));
                named = true;
            }
        }
        if (!run.finished || run.exitCode != 0) {
            if (!named)
                problems << u"%1: the headless run ended with exit code %2%3:\n%4"_s.arg(
                    file, QString::number(run.exitCode), lines ? QString() : u" (" + error + u')',
                    run.output.trimmed().right(2000));
        }
    }
    for (const QString &problem : std::as_const(problems))
        say(u"pattern guide: "_s + problem);

    // The guide, written where it belongs or into a temporary folder to compare.
    const bool checking = parser.isSet(check);
    const QDir out(checking ? work.filePath(u"guide"_s) : guide.path());
    QDir().mkpath(out.filePath(u"images"_s));
    QHash<QString, QString> texts;
    for (const GuidePage &page : std::as_const(pages))
        texts.insert(page.name + u".md"_s, GuideWriter::page(page, shipped));
    texts.insert(u"README.md"_s, GuideWriter::index(intro, pages, shipped));
    QHash<QString, QString> pictureFrom; // picture name → scenario file
    for (const GuidePage &page : std::as_const(pages)) {
        for (const auto &[file, shot] : GuideWriter::screenshots(page, shipped)) {
            if (pictureFrom.contains(shot) && pictureFrom.value(shot) != file) {
                say(u"pattern guide: %1 and %2 both take a screenshot called “%3”"_s.arg(
                    pictureFrom.value(shot), file, shot));
                return 2;
            }
            pictureFrom.insert(shot, file);
        }
    }

    if (!checking) {
        // Pages and pictures that are no longer made go away.
        for (const QString &old : guide.entryList({u"*.md"_s}, QDir::Files)) {
            if (!texts.contains(old))
                QFile::remove(guide.filePath(old));
        }
        for (const QString &old : QDir(guide.filePath(u"images"_s)).entryList(QDir::Files)) {
            if (!pictureFrom.contains(QFileInfo(old).completeBaseName()))
                QFile::remove(guide.filePath(u"images/"_s + old));
        }
    }
    bool ok = problems.isEmpty();
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        ok = writeText(out.filePath(it.key()), it.value()) && ok;
    if (!parser.isSet(textOnly)) {
        for (auto it = pictureFrom.cbegin(); it != pictureFrom.cend(); ++it) {
            ok = copyPicture(QDir(runDirs.value(it.value())).filePath(it.key() + u".png"_s),
                             out.filePath(u"images/"_s + it.key() + u".png"_s))
                && ok;
        }
    }

    if (checking) {
        // Same pages, same words outside the run blocks, every picture there. Pictures are not
        // compared: they differ by a pixel between machines and Qt versions.
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            const QString committedPath = guide.filePath(it.key());
            if (!QFile::exists(committedPath)) {
                say(u"pattern guide: docs/patterns/%1 is missing"_s.arg(it.key()));
                ok = false;
                continue;
            }
            const QString committed = GuideWriter::withoutRunBlocks(readText(committedPath));
            const QString fresh = GuideWriter::withoutRunBlocks(it.value());
            if (committed != fresh) {
                say(u"pattern guide: docs/patterns/%1 is out of date:\n%2"_s.arg(
                    it.key(), firstDifference(committed, fresh)));
                ok = false;
            }
        }
        for (const QString &old : guide.entryList({u"*.md"_s}, QDir::Files)) {
            if (!texts.contains(old)) {
                say(u"pattern guide: docs/patterns/%1 is no longer made"_s.arg(old));
                ok = false;
            }
        }
        for (auto it = pictureFrom.cbegin(); it != pictureFrom.cend(); ++it) {
            if (!QFile::exists(guide.filePath(u"images/"_s + it.key() + u".png"_s))) {
                say(u"pattern guide: docs/patterns/images/%1.png is missing"_s.arg(it.key()));
                ok = false;
            }
        }
        if (!ok)
            say(u"pattern guide: FAILED. Regenerate with scripts/generate-pattern-guide.sh once "
                "the expectations hold."_s);
        else
            say(u"pattern guide: up to date; %1 scenario run(s), every expectation held."_s.arg(
                paths.size()));
    } else {
        say(ok ? u"pattern guide: wrote %1 page(s) and %2 picture(s) to %3"_s.arg(
                QString::number(texts.size()), QString::number(pictureFrom.size()), guide.path())
               : u"pattern guide: written, but with the problems above"_s);
    }
    return ok ? 0 : 1;
}
