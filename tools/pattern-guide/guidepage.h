#pragma once

#include <QList>
#include <QString>

#include <optional>

// Where a page's pattern shows in a shipped scenario: the steps from fromMs (inclusive) to toMs
// (exclusive, -1 = to the end), in scenario time.
struct GuideShowing
{
    QString scenarioFile; // a file name in resources/scenarios/
    qint64 fromMs = 0;
    qint64 toMs = -1;
    int line = 0; // in the source page, for messages
};

// One page of the pattern guide as a person wrote it (docs/patterns/src/<name>.md): a header in an
// HTML comment, then the prose for designers, which the generator copies as it is.
//
//   <!--
//   title: Wait for the server
//   screen: Favorites
//   order: 10
//   summary: The heart shows a spinner until the server has answered.
//   show: favorites-wait-or-roll-back.json 0 4
//   -->
//
// `show` may appear more than once; its times are seconds of scenario time, the end may be "end".
struct GuidePage
{
    QString name; // the file name without .md: the generated page is <name>.md
    QString title;
    QString screen;
    int order = 0;
    QString summary;
    QList<GuideShowing> showings;
    QString prose;

    static std::optional<GuidePage> parse(const QString &text, const QString &name, QString *error);
    static std::optional<GuidePage> load(const QString &path, QString *error);
};
