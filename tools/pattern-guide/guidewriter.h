#pragma once

#include "models/control/scenario.h"
#include "tools/pattern-guide/guidepage.h"
#include "tools/pattern-guide/runstory.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// The Markdown of the guide: one page per pattern and screen, and the index. Everything outside
// the run blocks comes from the source pages and the scenario files alone, so it is the same on
// every machine; inside them is what one run recorded (times, the app's words), which is not.
namespace GuideWriter {

inline const QString runBlockStart = QStringLiteral("<!-- from the run: -->");
inline const QString runBlockEnd = QStringLiteral("<!-- end of what the run says -->");

// A scenario and, once it ran, what its run recorded.
struct ScenarioInGuide
{
    Scenario scenario;
    std::optional<RunStory> run; // none when the guide is written without running (--text-only)
};

QString page(const GuidePage &page, const QHash<QString, ScenarioInGuide> &scenarios);
QString index(const QString &intro, const QList<GuidePage> &pages,
              const QHash<QString, ScenarioInGuide> &shipped);
// The screenshot steps a page shows, by scenario file.
QList<std::pair<QString, QString>> screenshots(const GuidePage &page,
                                               const QHash<QString, ScenarioInGuide> &scenarios);
// The text without its run blocks: what must match between two machines.
QString withoutRunBlocks(const QString &markdown);

} // namespace GuideWriter
