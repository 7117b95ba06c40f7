#include "tools/pattern-guide/runstory.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

const QString actionMark = u"Scenario action: "_s;
const QString metMark = u"✓ Expectation met: "_s;
const QString failedMark = u"✗ Expectation failed: "_s;
const QString settingsMark = u"Scenario: "_s;

// Kinds a designer reads; requests and answers are the technical columns of the timeline.
const QSet<QString> &storyKinds()
{
    static const QSet<QString> kinds {
        u"user_action"_s,     u"confirmed"_s,      u"failed"_s,          u"rolled_back"_s,
        u"outcome_unknown"_s, u"conflict"_s,       u"stale"_s,           u"toast_shown"_s,
        u"announcement"_s,    u"write_accepted"_s, u"replica_applied"_s, u"request_failed"_s,
        u"config_changed"_s,  u"info"_s,
    };
    return kinds;
}

QString wordsOf(const QJsonObject &event)
{
    const QString kind = event.value(u"kind"_s).toString();
    const QString text = event.value(u"text"_s).toString().simplified();
    if (kind == "toast_shown"_L1)
        return u"Notification: “%1”"_s.arg(text);
    if (kind == "announcement"_L1)
        return u"A screen reader hears: “%1”"_s.arg(text);
    if (text.startsWith(actionMark))
        return u"**Scenario:** "_s + text.mid(actionMark.size());
    if (kind == "config_changed"_L1 && text.startsWith(settingsMark))
        return u"**Scenario:** "_s + text.mid(settingsMark.size());
    return text;
}

} // namespace

RunStory::RunStory(const Scenario &scenario, const QList<QJsonObject> &exportLines)
    : m_scenario(scenario)
{
    for (const QJsonObject &line : exportLines) {
        if (line.value(u"kind"_s).toString() != "session"_L1)
            m_events << line;
    }
    QList<int> marked; // the action and expect steps, in the order they run
    for (int i = 0; i < m_scenario.steps.size(); ++i) {
        const ScenarioStep::Kind kind = m_scenario.steps.at(i).kind;
        if (kind == ScenarioStep::Kind::Action || kind == ScenarioStep::Kind::Expect
            || kind == ScenarioStep::Kind::Set || kind == ScenarioStep::Kind::Heal)
            marked << i;
        if (kind == ScenarioStep::Kind::Expect)
            m_expectations << ExpectationResult {i, false, false, {}};
    }
    m_stepSessionMs = QList<qint64>(m_scenario.steps.size(), -1);
    int nextMarked = 0;
    for (const QJsonObject &event : std::as_const(m_events)) {
        const QString text = event.value(u"text"_s).toString();
        const QString kind = event.value(u"kind"_s).toString();
        // A set or heal step changes the settings under the scenario's name.
        const bool changed = kind == "config_changed"_L1 && text.startsWith(settingsMark);
        const bool mine = changed
            || (kind == "info"_L1 && event.value(u"screen"_s).toString() == "control-room"_L1);
        if (!mine)
            continue;
        const bool action = changed || text.startsWith(actionMark);
        const bool met = text.startsWith(metMark);
        const bool failed = text.startsWith(failedMark);
        if (!(action || met || failed) || nextMarked >= marked.size())
            continue;
        const int step = marked.at(nextMarked++);
        m_stepSessionMs[step] = event.value(u"atMs"_s).toInteger();
        for (ExpectationResult &result : m_expectations) {
            if (result.stepIndex == step) {
                result.reported = true;
                result.held = met;
                const QString rest = text.mid((met ? metMark : failedMark).size());
                const qsizetype dash = rest.indexOf(u" — "_s);
                result.message = dash < 0 ? rest : rest.mid(dash + 3);
            }
        }
    }
}

qint64 RunStory::sessionTimeOfStep(qint64 scenarioMs, bool startsOnly) const
{
    for (int i = 0; i < m_scenario.steps.size(); ++i) {
        const ScenarioStep &step = m_scenario.steps.at(i);
        // An expectation is marked as it ends, every other step as it starts.
        const bool counts =
            step.kind == ScenarioStep::Kind::Expect ? !startsOnly : m_stepSessionMs.at(i) >= 0;
        if (counts && step.atMs >= scenarioMs && m_stepSessionMs.at(i) >= 0)
            return m_stepSessionMs.at(i);
    }
    return -1;
}

QList<StoryLine> RunStory::story(qint64 fromMs, qint64 toMs) const
{
    const qint64 start = sessionTimeOfStep(fromMs, false);
    if (start < 0)
        return {};
    const qint64 end = toMs < 0 ? -1 : sessionTimeOfStep(toMs, true);
    QList<StoryLine> lines;
    for (const QJsonObject &event : m_events) {
        const qint64 at = event.value(u"atMs"_s).toInteger();
        if (at < start || (end >= 0 && at >= end))
            continue;
        const QString text = event.value(u"text"_s).toString();
        if (!storyKinds().contains(event.value(u"kind"_s).toString()) || text.isEmpty()
            || text.startsWith(metMark) || text.startsWith(failedMark))
            continue;
        const QString words = wordsOf(event);
        if (!lines.isEmpty() && lines.last().text == words) {
            ++lines.last().times;
            continue;
        }
        lines << StoryLine {at - start, words, 1};
    }
    return lines;
}
