#include "app/controlroom/timelinedock.h"

#include "models/sync/syncwords.h"

#include "models/session/sessionrecorder.h"
#include "models/session/timelinefiltermodel.h"
#include "models/session/timelinemodel.h"
#include "widgets/focuscurrentrow.h"
#include "widgets/timelineview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

TimelineDock::TimelineDock(SessionRecorder *recorder, QWidget *parent)
    : QDockWidget(tr("Timeline"), parent)
    , m_model(new TimelineModel(recorder, this))
    , m_filter(new TimelineFilterModel(this))
    , m_view(new TimelineView)
    , m_screens(new QComboBox)
    , m_outcomes(new QComboBox)
    , m_technical(new QCheckBox(tr("&Technical columns")))
    , m_background(new QCheckBox(tr("&Background requests")))
    , m_count(new QLabel)
{
    setObjectName(u"timelineDock"_s); // saved layouts find the dock by this name
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    FocusCurrentRow::install(m_view);

    m_screens->setObjectName(u"timelineScreenFilter"_s);
    m_screens->setAccessibleName(tr("Show screen"));
    m_screens->addItem(tr("All screens"), QString());
    for (const QString &id :
         {u"favorites"_s, u"profile"_s, u"transfer"_s, u"control-room"_s, u"backend"_s})
        addScreen(id);
    m_outcomes->setObjectName(u"timelineOutcomeFilter"_s);
    m_outcomes->setAccessibleName(tr("Show outcome"));
    m_outcomes->addItem(tr("Any outcome"), -1);
    for (const SyncState state : {SyncState::Confirmed, SyncState::Pending, SyncState::Failed,
                                  SyncState::Unknown, SyncState::Conflict})
        m_outcomes->addItem(SyncWords::shortText(state), static_cast<int>(state));
    m_technical->setObjectName(u"timelineTechnicalToggle"_s);
    m_technical->setAccessibleDescription(
        tr("Shows the correlation id, kind, node, LSN, HTTP status and detail of every step"));
    m_background->setObjectName(u"timelineBackgroundToggle"_s);
    m_background->setAccessibleDescription(
        tr("Also shows requests nobody asked for on screen, such as balance refreshes and the "
           "control room's polls"));
    m_filter->setShowBackground(false);
    m_count->setObjectName(u"timelineCount"_s);
    // The filters may shrink (their text elides) so the dock fits beside a screen at 1280 px.
    for (QComboBox *filter : {m_screens, m_outcomes}) {
        filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filter->setMinimumContentsLength(6);
        filter->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    auto *screenLabelWidget = new QLabel(tr("&Screen:"));
    screenLabelWidget->setBuddy(m_screens);
    auto *outcomeLabel = new QLabel(tr("&Outcome:"));
    outcomeLabel->setBuddy(m_outcomes);

    auto *bar = new QHBoxLayout;
    bar->addWidget(screenLabelWidget);
    bar->addWidget(m_screens);
    bar->addSpacing(8);
    bar->addWidget(outcomeLabel);
    bar->addWidget(m_outcomes);
    bar->addStretch(1);
    // A second row keeps the dock narrow enough to share the window with a screen.
    auto *secondBar = new QHBoxLayout;
    secondBar->addWidget(m_technical);
    secondBar->addWidget(m_background);
    secondBar->addStretch(1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addLayout(secondBar);
    // A line of its own: the counts grow with the session and must not widen the dock.
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_screens, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setScreenFilter(m_screens->currentData().toString());
        updateCount();
    });
    connect(m_outcomes, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_outcomes->currentData().toInt();
        m_filter->setOutcomeFilter(value < 0 ? std::nullopt
                                             : std::optional(static_cast<SyncState>(value)));
        updateCount();
    });
    connect(m_technical, &QCheckBox::toggled, m_view, &TimelineView::setTechnicalColumnsVisible);
    connect(m_background, &QCheckBox::toggled, this, [this](bool show) {
        m_filter->setShowBackground(show);
        updateCount();
    });
    connect(m_view, &TimelineView::technicalColumnsVisibleChanged, m_technical,
            &QCheckBox::setChecked);

    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &where, int first, int last) {
                if (!where.isValid())
                    noteScreens(first, last);
                scheduleCountUpdate();
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelineDock::scheduleCountUpdate);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelineDock::scheduleCountUpdate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineDock::scheduleCountUpdate);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TimelineDock::scheduleCountUpdate);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TimelineDock::scheduleCountUpdate);
    noteScreens(0, m_model->rowCount() - 1);
    updateCount();
}

QString TimelineDock::screenLabel(const QString &screenId)
{
    if (screenId == "favorites"_L1)
        return tr("Favorites");
    if (screenId == "favorites-right"_L1)
        return tr("Favorites · right pane");
    if (screenId == "profile"_L1)
        return tr("Profile photo");
    if (screenId == "profile-right"_L1)
        return tr("Profile photo · right pane");
    if (screenId == "transfer"_L1)
        return tr("Money transfer");
    if (screenId == "transfer-right"_L1)
        return tr("Money transfer · right pane");
    if (screenId == "control-room"_L1)
        return tr("Control room");
    if (screenId == "backend"_L1)
        return tr("Backend");
    return screenId;
}

void TimelineDock::addScreen(const QString &screenId)
{
    if (screenId.isEmpty() || m_screens->findData(screenId) >= 0)
        return;
    m_screens->addItem(screenLabel(screenId), screenId);
}

void TimelineDock::noteScreens(int first, int last)
{
    // Screens nobody told us about (a new screen, a scenario's own name) still get a filter.
    for (int row = first; row <= last; ++row)
        addScreen(m_model->index(row, 0).data(TimelineModel::ScreenRole).toString());
}

void TimelineDock::scheduleCountUpdate()
{
    if (std::exchange(m_countDue, true))
        return;
    QMetaObject::invokeMethod(this, &TimelineDock::updateCount, Qt::QueuedConnection);
}

void TimelineDock::updateCount()
{
    m_countDue = false;
    // Background requests are not actions: they are counted apart, and only when shown.
    int background = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        background += m_model->index(row, 0).data(TimelineModel::IsBackgroundRole).toBool() ? 1 : 0;
    const bool withBackground = m_filter->showsBackground();
    const int total = m_model->rowCount() - (withBackground ? 0 : background);
    const int shown = m_filter->rowCount();
    // No plural forms without a translation loaded: phrase it so it reads right for any count.
    QString text = shown == total ? tr("Actions: %1").arg(total)
                                  : tr("Showing %1 of %2 actions").arg(shown).arg(total);
    if (withBackground && background > 0)
        text = shown == total
            ? tr("Actions: %1 (background requests: %2)").arg(total - background).arg(background)
            : tr("Showing %1 of %2 (background requests: %3)")
                  .arg(shown)
                  .arg(total)
                  .arg(background);
    m_count->setText(text);
    m_count->setAccessibleName(m_count->text());
}
