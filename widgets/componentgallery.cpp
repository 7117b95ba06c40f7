#include "widgets/componentgallery.h"

#include "models/sync/syncwords.h"

#include "widgets/announcementlogmodel.h"
#include "widgets/announcementlogpanel.h"
#include "widgets/displaypreferences.h"
#include "widgets/focuscurrentrow.h"
#include "widgets/kittimer.h"
#include "widgets/notificationhistorypanel.h"
#include "widgets/palettes.h"
#include "widgets/statusannouncer.h"
#include "widgets/syncbadge.h"
#include "widgets/syncbadgedelegate.h"
#include "widgets/syncbadgepainter.h"
#include "widgets/syncstatestyle.h"
#include "widgets/toast.h"
#include "widgets/toastcenter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace std::chrono_literals;

namespace {

constexpr int stateRole = Qt::UserRole + 1;
const QString itemName = QStringLiteral("Blue Chair");

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

} // namespace

ComponentGallery::ComponentGallery(DisplayPreferences *preferences, QWidget *parent)
    : QWidget(parent)
    , m_preferences(preferences ? preferences : new DisplayPreferences(nullptr, this))
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
    , m_statusBar(new QStatusBar(this))
{
    setObjectName(QStringLiteral("componentGallery"));
    setWindowTitle(tr("Converge UX kit gallery"));
    setAccessibleName(tr("Component gallery"));

    m_announcer = new StatusAnnouncer(this);
    m_toasts = new ToastCenter(this, m_preferences);
    m_log = new AnnouncementLogModel(this);
    m_log->attach(m_announcer);
    m_announcer->attachStatusBar(m_statusBar);
    m_statusBar->setSizeGripEnabled(false);

    m_live = buildLive();
    m_light = buildColumn(Theme::Light);
    m_dark = buildColumn(Theme::Dark);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(0);
    columns->addWidget(m_light);
    columns->addWidget(m_dark);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_live);
    contentLayout->addLayout(columns);

    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_statusBar);
}

QWidget *ComponentGallery::themeColumn(Theme theme) const
{
    return theme == Theme::Light ? m_light : m_dark;
}

QWidget *ComponentGallery::buildLive()
{
    auto *live = new QWidget;
    live->setObjectName(QStringLiteral("liveSection"));
    auto *grid = new QGridLayout(live);
    grid->setContentsMargins(16, 12, 16, 12);
    grid->addWidget(heading(tr("Try it"), live), 0, 0, 1, 3);

    auto *actions = new QGroupBox(tr("Scenarios"), live);
    auto *actionsLayout = new QVBoxLayout(actions);
    auto addButton = [&](const QString &text, auto slot) {
        auto *button = new QPushButton(text, actions);
        actionsLayout->addWidget(button);
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    addButton(tr("Save a change"), [this] { simulateSave(1200); });
    addButton(tr("Save quickly"), [this] { simulateSave(150); });
    addButton(tr("Fail a save"), [this] { simulateFailedSave(); });
    addButton(tr("Lose the response"), [this] { simulateLostResponse(); });
    addButton(tr("Go offline"), [this] { setOffline(true); });
    addButton(tr("Come back online"), [this] { setOffline(false); });
    addButton(tr("Show an information toast"), [this] {
        m_toasts->show({.style = ToastSpec::Style::Info,
                        .text = SyncWords::longText(SyncState::Stale, {}, 3s)});
    });
    actionsLayout->addStretch();

    auto *badgeBox = new QGroupBox(tr("Live badge and settings"), live);
    auto *form = new QFormLayout(badgeBox);
    m_liveBadge = new SyncBadge(badgeBox);
    m_liveBadge->setDisplayPreferences(m_preferences);
    m_liveBadge->setState(SyncState::Confirmed);
    m_liveBadge->setFadeEnabled(true);
    connect(m_liveBadge, &SyncBadge::retryRequested, this, [this] { simulateSave(1200); });
    auto *badgeLabel = new QLabel(tr("\"%1\":").arg(itemName), badgeBox);
    badgeLabel->setBuddy(m_liveBadge);
    form->addRow(badgeLabel, m_liveBadge);

    auto *reduced = new QCheckBox(tr("Reduce motion"), badgeBox);
    reduced->setChecked(m_preferences->reducedMotion());
    connect(reduced, &QCheckBox::toggled, m_preferences, &DisplayPreferences::setReducedMotion);
    form->addRow(reduced);
    auto *duration = new QComboBox(badgeBox);
    duration->setAccessibleName(tr("Toast duration"));
    duration->addItem(tr("Normal"), 1.0);
    duration->addItem(tr("Twice as long"), 2.0);
    duration->addItem(tr("Four times as long"), 4.0);
    duration->addItem(tr("Until I dismiss them"), 0.0);
    connect(duration, &QComboBox::currentIndexChanged, this, [this, duration](int index) {
        const double scale = duration->itemData(index).toDouble();
        m_preferences->setAutoDismissToasts(scale > 0);
        if (scale > 0)
            m_preferences->setToastDurationScale(scale);
    });
    auto *durationLabel = new QLabel(tr("Toasts stay:"), badgeBox);
    durationLabel->setBuddy(duration);
    form->addRow(durationLabel, duration);
    auto *hint = new QLabel(tr("Ctrl+Shift+N moves focus to the newest toast and back."), badgeBox);
    hint->setWordWrap(true);
    form->addRow(hint);

    auto *history = new NotificationHistoryPanel(m_toasts, live);
    auto *logPanel = new AnnouncementLogPanel(m_log, live);
    history->setMinimumHeight(220);
    logPanel->setMinimumHeight(220);

    grid->addWidget(actions, 1, 0);
    grid->addWidget(badgeBox, 1, 1);
    grid->addWidget(history, 1, 2);
    grid->addWidget(logPanel, 1, 3);
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 1);
    return live;
}

QWidget *ComponentGallery::buildColumn(Theme theme)
{
    const bool dark = theme == Theme::Dark;
    auto *column = new QFrame;
    column->setMinimumWidth(520);
    column->setObjectName(dark ? QStringLiteral("darkColumn") : QStringLiteral("lightColumn"));
    column->setPalette(dark ? Palettes::dark() : Palettes::light());
    column->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(20, 16, 20, 20);
    layout->setSpacing(10);
    layout->addWidget(heading(dark ? tr("Dark palette") : tr("Light palette"), column));

    // Badges: every state, with the sentence that goes into its description.
    layout->addWidget(heading(tr("Sync badges"), column));
    auto *badges = new QGridLayout;
    badges->setHorizontalSpacing(16);
    int row = 0;
    auto addBadge = [&](SyncState state, const QString &caption, bool spinner, bool reduced) {
        auto *badge = new SyncBadge(column);
        badge->setFadeEnabled(false);
        // Each row shows one moment: the plain rows before the 400 ms, the spinner row after.
        SyncBadge::Timings timings;
        timings.showDelay = spinner ? 0ms : std::chrono::milliseconds(24h);
        badge->setTimings(timings);
        if (reduced) {
            auto *still = new DisplayPreferences(nullptr, badge);
            still->setReducedMotion(true);
            badge->setDisplayPreferences(still);
        } else {
            badge->setDisplayPreferences(m_preferences);
        }
        badge->setState(state,
                        state == SyncState::Stale ? SyncWords::shortText(state, 3s) : QString(),
                        itemName);
        auto *text = new QLabel(caption, column);
        text->setWordWrap(true);
        badges->addWidget(badge, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        badges->addWidget(text, row, 1);
        ++row;
    };
    for (SyncState state : SyncStateStyle::allStates)
        addBadge(state, SyncWords::longText(state, itemName, 3s), false, false);
    addBadge(SyncState::Pending, tr("After 400 ms of waiting: the spinner."), true, false);
    addBadge(SyncState::Pending, tr("Reduced motion: a still icon, never a spinner."), true, true);
    badges->setColumnStretch(1, 1);
    layout->addLayout(badges);

    // The same badge drawn by the item delegate inside a list.
    layout->addWidget(heading(tr("In a list"), column));
    auto *model = new QStandardItemModel(column);
    const struct
    {
        const char *name;
        SyncState state;
    } rows[] = {{"Blue Chair", SyncState::Pending},  {"Oak Table", SyncState::Confirmed},
                {"Linen Lamp", SyncState::Failed},   {"Wool Rug", SyncState::Unknown},
                {"Desk Shelf", SyncState::Conflict}, {"Cane Stool", SyncState::Stale}};
    for (const auto &r : rows) {
        const QString name = QString::fromUtf8(r.name);
        auto *item = new QStandardItem(name);
        item->setData(QVariant::fromValue(r.state), stateRole);
        const QString word = r.state == SyncState::Stale ? SyncWords::shortText(r.state, 3s)
                                                         : SyncWords::shortText(r.state);
        item->setData(word, stateRole + 1);
        item->setData(
            QString(name + QStringLiteral(", ") + SyncBadgePainter::accessibleText(r.state, word)),
            Qt::AccessibleTextRole);
        item->setData(SyncBadgePainter::accessibleDescription(r.state, name, 3s),
                      Qt::AccessibleDescriptionRole);
        item->setEditable(false);
        model->appendRow(item);
    }
    auto *list = new QListView(column);
    list->setModel(model);
    list->setItemDelegate(new SyncBadgeDelegate(stateRole, stateRole + 1, list));
    list->setAccessibleName(tr("Furniture (sample list)"));
    FocusCurrentRow::install(list);
    FocusCurrentRow::setRow(list, model->index(2, 0)); // no focus event from a list without focus
    list->setFixedHeight(list->sizeHintForRow(0) * model->rowCount() + 2 * list->frameWidth() + 2);
    layout->addWidget(list);

    // Toasts in each style; the last shows a merged repeat.
    layout->addWidget(heading(tr("Toasts"), column));
    auto addToast = [&](const ToastSpec &spec, int count) {
        auto *toast = new Toast(spec, column);
        toast->setCount(count);
        layout->addWidget(toast);
    };
    addToast(
        {.style = ToastSpec::Style::Info, .text = SyncWords::longText(SyncState::Stale, {}, 3s)},
        1);
    addToast({.style = ToastSpec::Style::Success,
              .text = tr("Removed \"%1\" from favorites.").arg(itemName),
              .action = ToastSpec::Action::Undo},
             1);
    addToast({.style = ToastSpec::Style::Error,
              .text = SyncWords::longText(SyncState::Failed, itemName),
              .action = ToastSpec::Action::Retry},
             1);
    addToast({.style = ToastSpec::Style::Info,
              .text = SyncWords::longText(SyncState::Conflict),
              .action = ToastSpec::Action::View},
             1);
    addToast({.style = ToastSpec::Style::Error, .text = SyncWords::offlineLongText()}, 3);

    // A sample of what the screen reader heard.
    auto *sample = new AnnouncementLogModel(column);
    const QDate day(2024, 5, 14);
    sample->append(QDateTime(day, QTime(14, 3, 5, 120)), tr("3 changes saved."),
                   StatusAnnouncer::Politeness::Polite);
    sample->append(QDateTime(day, QTime(14, 3, 9, 480)),
                   SyncWords::longText(SyncState::Failed, itemName),
                   StatusAnnouncer::Politeness::Assertive);
    sample->append(QDateTime(day, QTime(14, 3, 20, 15)), SyncWords::offlineLongText(),
                   StatusAnnouncer::Politeness::Assertive);
    sample->append(QDateTime(day, QTime(14, 3, 41, 730)), tr("Back online."),
                   StatusAnnouncer::Politeness::Polite);
    auto *logPanel = new AnnouncementLogPanel(sample, column);
    logPanel->layout()->setContentsMargins(0, 0, 0, 0);
    logPanel->setFixedHeight(170);
    layout->addWidget(logPanel);
    layout->addStretch();
    return column;
}

void ComponentGallery::setScheduler(KitScheduler *scheduler)
{
    m_scheduler = scheduler;
    m_toasts->setScheduler(scheduler);
    m_announcer->setScheduler(scheduler);
    for (SyncBadge *badge : findChildren<SyncBadge *>())
        badge->setScheduler(scheduler);
    for (Toast *toast : findChildren<Toast *>())
        toast->setScheduler(scheduler);
}

void ComponentGallery::simulateSave(int latencyMs)
{
    m_liveBadge->setState(SyncState::Pending, {}, itemName);
    m_announcer->announce(StatusAnnouncer::Kind::Progress,
                          SyncWords::shortText(SyncState::Pending));
    KitTimer::singleShot(std::chrono::milliseconds(latencyMs), m_scheduler, this, [this] {
        m_liveBadge->setState(SyncState::Confirmed, {}, itemName);
        m_announcer->announce(StatusAnnouncer::Kind::Saved, tr("\"%1\" saved.").arg(itemName));
    });
}

void ComponentGallery::simulateFailedSave()
{
    m_liveBadge->setState(SyncState::Pending, {}, itemName);
    KitTimer::singleShot(800ms, m_scheduler, this, [this] {
        m_liveBadge->setState(SyncState::Failed, {}, itemName);
        const QString sentence = SyncWords::longText(SyncState::Failed, itemName);
        m_announcer->announce(StatusAnnouncer::Kind::RolledBack, sentence);
        m_toasts->show({.style = ToastSpec::Style::Error,
                        .text = sentence,
                        .action = ToastSpec::Action::Retry},
                       this, [this] { simulateSave(1200); });
    });
}

void ComponentGallery::simulateLostResponse()
{
    m_liveBadge->setState(SyncState::Pending, {}, itemName);
    KitTimer::singleShot(600ms, m_scheduler, this, [this] {
        m_liveBadge->setState(SyncState::Unknown, {}, itemName);
        KitTimer::singleShot(2000ms, m_scheduler, this, [this] {
            m_liveBadge->setState(SyncState::Confirmed, {}, itemName);
            m_announcer->announce(StatusAnnouncer::Kind::Saved, tr("\"%1\" saved.").arg(itemName));
        });
    });
}

void ComponentGallery::setOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    if (offline) {
        m_announcer->announce(StatusAnnouncer::Kind::Offline, SyncWords::offlineLongText());
        m_toasts->show({.style = ToastSpec::Style::Error, .text = SyncWords::offlineLongText()});
    } else {
        m_announcer->announce(StatusAnnouncer::Kind::Info, tr("Back online."));
        m_toasts->show({.style = ToastSpec::Style::Success, .text = tr("Back online.")});
    }
}
