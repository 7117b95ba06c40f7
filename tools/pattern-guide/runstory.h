#pragma once

#include "models/control/scenario.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// One line of a page's "what happened": a time relative to the first step shown, and plain words.
struct StoryLine
{
    qint64 afterMs = 0;
    QString text;
    int times = 1; // the same words in a row, counted once
};

// What became of one expectation of the scenario.
struct ExpectationResult
{
    int stepIndex = -1; // in Scenario::steps
    bool reported = false; // the run got to it
    bool held = false;
    QString message; // the app's words: what it found
};

// Reads a headless run's session export against its scenario. Steps never overlap, so the
// export's "Scenario action: …" lines (one as each action starts), "Scenario: …" settings changes
// (set and heal steps) and "✓/✗ Expectation …" lines (one as each expectation ends) follow those
// steps one by one: that is how a window of scenario time becomes a stretch of the session.
class RunStory
{
public:
    RunStory(const Scenario &scenario, const QList<QJsonObject> &exportLines);

    QList<ExpectationResult> expectations() const { return m_expectations; }
    // The person-level steps between the first marked step at or after fromMs and the first step
    // at or after toMs that is marked as it starts (-1: the end of the run). Actions, expectations,
    // set and heal steps are marked; the others (screenshots, pauses, one-off faults) are not.
    QList<StoryLine> story(qint64 fromMs, qint64 toMs) const;

private:
    qint64 sessionTimeOfStep(qint64 scenarioMs, bool startsOnly) const;

    Scenario m_scenario;
    QList<QJsonObject> m_events; // without the session line
    QList<qint64> m_stepSessionMs; // per step: when the export marks it, -1 when it does not
    QList<ExpectationResult> m_expectations;
};
