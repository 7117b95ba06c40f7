#include "app/controlroom/scenariodock.h"

#include "models/control/scenariorunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ScenarioDock::ScenarioDock(ScenarioRunner *runner, QWidget *parent)
    : QDockWidget(tr("Scenario"), parent)
    , m_runner(runner)
    , m_title(new QLabel)
    , m_time(new QLabel)
    , m_progress(new QProgressBar)
    , m_next(new QLabel)
    , m_result(new QLabel)
    , m_pause(new QPushButton(tr("&Pause")))
    , m_stop(new QPushButton(tr("S&top")))
    , m_restart(new QPushButton(tr("Start &again")))
    , m_open(new QPushButton(tr("&Open…")))
{
    setObjectName(u"scenarioDock"_s);
    setAccessibleName(tr("Scenario clock"));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setObjectName(u"scenarioTitle"_s);
    m_time->setObjectName(u"scenarioTime"_s);
    m_time->setTextFormat(Qt::PlainText);
    QFont timeFont = m_time->font();
    timeFont.setPointSizeF(timeFont.pointSizeF() * 1.3);
    timeFont.setStyleHint(QFont::Monospace);
    m_time->setFont(timeFont);
    m_progress->setObjectName(u"scenarioProgress"_s);
    m_progress->setAccessibleName(tr("Scenario progress"));
    m_progress->setTextVisible(false);
    m_next->setObjectName(u"scenarioNextStep"_s);
    m_next->setWordWrap(true);
    m_result->setObjectName(u"scenarioResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_time);
    timeRow->addWidget(m_progress, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_restart);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    m_open->setAccessibleName(tr("Open scenario file"));

    layout->addWidget(m_title);
    layout->addLayout(timeRow);
    layout->addWidget(m_next);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
    layout->addStretch(1);
    setWidget(content);

    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_runner->state() == ScenarioRunner::State::Paused)
            m_runner->resume();
        else
            m_runner->pause();
    });
    connect(m_stop, &QPushButton::clicked, m_runner, &ScenarioRunner::stop);
    connect(m_restart, &QPushButton::clicked, this,
            [this] { m_runner->start(m_runner->scenario()); });
    connect(m_open, &QPushButton::clicked, this, &ScenarioDock::openRequested);
    connect(m_runner, &ScenarioRunner::stateChanged, this, &ScenarioDock::onStateChanged);
    connect(m_runner, &ScenarioRunner::progressChanged, this, &ScenarioDock::onProgress);
    connect(m_runner, &ScenarioRunner::nextStepChanged, this, &ScenarioDock::onNextStep);
    connect(m_runner, &ScenarioRunner::finished, this, &ScenarioDock::onFinished);
    onStateChanged();
}

QString ScenarioDock::formatTime(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void ScenarioDock::onStateChanged()
{
    const ScenarioRunner::State state = m_runner->state();
    const bool loaded = !m_runner->scenario().name.isEmpty();
    if (!loaded) {
        m_title->setText(tr("No scenario"));
        m_time->setText(u"0:00 / 0:00"_s);
        m_next->setText(tr("Choose one from the Scenarios menu, or open a file."));
        m_result->setVisible(false);
    } else {
        QString status;
        switch (state) {
        case ScenarioRunner::State::Preparing:
            status = tr("preparing the backend…");
            break;
        case ScenarioRunner::State::Running:
            status = tr("▶ running");
            break;
        case ScenarioRunner::State::Paused:
            status = tr("⏸ paused");
            break;
        case ScenarioRunner::State::Finished:
            status = tr("■ finished");
            break;
        case ScenarioRunner::State::Idle:
            status = tr("■ stopped");
            break;
        }
        m_title->setText(tr("%1 — %2").arg(m_runner->scenario().name, status));
        m_title->setToolTip(m_runner->scenario().description);
        if (state == ScenarioRunner::State::Preparing)
            m_result->setVisible(false);
    }
    m_title->setAccessibleName(m_title->text());
    const bool active = m_runner->isActive();
    m_pause->setEnabled(state == ScenarioRunner::State::Running
                        || state == ScenarioRunner::State::Paused);
    m_pause->setText(state == ScenarioRunner::State::Paused ? tr("&Resume") : tr("&Pause"));
    m_stop->setEnabled(active);
    m_restart->setEnabled(loaded && !active);
}

void ScenarioDock::onProgress(qint64 elapsedMs, qint64 durationMs)
{
    m_time->setText(u"%1 / %2"_s.arg(formatTime(elapsedMs), formatTime(durationMs)));
    m_time->setAccessibleName(
        tr("%1 of %2 elapsed").arg(formatTime(elapsedMs), formatTime(durationMs)));
    m_progress->setRange(0, static_cast<int>(std::max<qint64>(1, durationMs / 100)));
    m_progress->setValue(static_cast<int>(elapsedMs / 100));
}

void ScenarioDock::onNextStep(int index, qint64 atMs, const QString &text)
{
    m_next->setText(index < 0 ? tr("Next: end at %1").arg(formatTime(atMs))
                              : tr("Next at %1: %2").arg(formatTime(atMs), text));
    m_next->setAccessibleName(m_next->text());
}

void ScenarioDock::onFinished(bool ok, const QStringList &failures)
{
    m_result->setText(ok ? tr("✓ Every expectation met.")
                         : tr("✗ Problems: %1").arg(failures.size()) + u"\n"_s
                              + failures.join(u'\n'));
    m_result->setAccessibleName(m_result->text());
    m_result->setVisible(true);
}
