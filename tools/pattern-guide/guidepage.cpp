#include "tools/pattern-guide/guidepage.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

std::optional<qint64> secondsToMs(const QString &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return qRound64(seconds * 1000);
}

} // namespace

std::optional<GuidePage> GuidePage::parse(const QString &text, const QString &name, QString *error)
{
    const auto fail = [&](int line, const QString &why) -> std::optional<GuidePage> {
        *error = u"%1.md:%2: %3"_s.arg(name).arg(line).arg(why);
        return std::nullopt;
    };
    const QStringList lines = text.split(u'\n');
    if (lines.isEmpty() || lines.first().trimmed() != "<!--"_L1)
        return fail(1, u"a guide page starts with its header in <!-- … -->"_s);
    GuidePage page;
    page.name = name;
    int end = -1;
    static const QRegularExpression field(u"^([a-z]+):\\s*(.*)$"_s);
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line == "-->"_L1) {
            end = i;
            break;
        }
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch match = field.match(line);
        if (!match.hasMatch())
            return fail(i + 1, u"expected “key: value”"_s);
        const QString key = match.captured(1);
        const QString value = match.captured(2).trimmed();
        if (key == "title"_L1) {
            page.title = value;
        } else if (key == "screen"_L1) {
            page.screen = value;
        } else if (key == "summary"_L1) {
            page.summary = value;
        } else if (key == "order"_L1) {
            bool ok = false;
            page.order = value.toInt(&ok);
            if (!ok)
                return fail(i + 1, u"order must be a whole number"_s);
        } else if (key == "show"_L1) {
            const QStringList parts = value.split(u' ', Qt::SkipEmptyParts);
            if (parts.size() != 3 || !parts.at(0).endsWith(u".json"_s))
                return fail(i + 1, u"show: SCENARIO.json FROM-SECONDS TO-SECONDS|end"_s);
            GuideShowing showing;
            showing.scenarioFile = parts.at(0);
            showing.line = i + 1;
            const auto from = secondsToMs(parts.at(1));
            const auto to =
                parts.at(2) == "end"_L1 ? std::optional<qint64>(-1) : secondsToMs(parts.at(2));
            if (!from || !to || (*to >= 0 && *to <= *from))
                return fail(i + 1, u"the times are seconds ≥ 0, the end after the start"_s);
            showing.fromMs = *from;
            showing.toMs = *to;
            page.showings << showing;
        } else {
            return fail(
                i + 1, u"“%1” is not a known key (title, screen, order, summary, show)"_s.arg(key));
        }
    }
    if (end < 0)
        return fail(1, u"the header never ends (-->)"_s);
    if (page.title.isEmpty() || page.screen.isEmpty() || page.summary.isEmpty())
        return fail(1, u"title, screen and summary are required"_s);
    page.prose = lines.mid(end + 1).join(u'\n').trimmed();
    return page;
}

std::optional<GuidePage> GuidePage::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1 can't be read: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(QString::fromUtf8(file.readAll()), QFileInfo(path).completeBaseName(), error);
}
