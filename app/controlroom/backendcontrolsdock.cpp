#include "app/controlroom/backendcontrolsdock.h"

#include "app/controlroom/knobs.h"
#include "core/configschema.h"
#include "core/jsonpath.h"
#include "models/control/backendsettings.h"
#include "models/control/backendstatus.h"
#include "models/control/oneshotfaults.h"
#include "models/control/presets.h"
#include "widgets/appearance.h"
#include "widgets/scrollfollowsfocus.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Calls back whenever the watched widget's layout is redone: the controls' width follows what
// they need (a replica row added, a longer status), so they never scroll sideways.
class LayoutWatcher final : public QObject
{
public:
    LayoutWatcher(QWidget *watched, std::function<void()> changed)
        : QObject(watched)
        , m_changed(std::move(changed))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            m_changed();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_changed;
};

// Deep merge of JSON objects; arrays are merged entry by entry, because an edit of replica 2
// and one of replica 1 within the same debounce window must both survive.
void mergeInto(QJsonObject &target, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QJsonValue existing = target.value(it.key());
        if (it.value().isObject() && existing.isObject()) {
            QJsonObject merged = existing.toObject();
            mergeInto(merged, it.value().toObject());
            target.insert(it.key(), merged);
        } else if (it.value().isArray() && existing.isArray()) {
            QJsonArray a = existing.toArray();
            const QJsonArray b = it.value().toArray();
            QJsonArray merged;
            for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
                QJsonObject entry = i < a.size() ? a.at(i).toObject() : QJsonObject {};
                if (i < b.size())
                    mergeInto(entry, b.at(i).toObject());
                merged.append(entry);
            }
            target.insert(it.key(), merged);
        } else {
            target.insert(it.key(), it.value());
        }
    }
}

} // namespace

BackendControlsDock::BackendControlsDock(BackendSettings *settings, QWidget *parent)
    : QDockWidget(tr("Backend controls"), parent)
    , m_settings(settings)
    , m_debounce(new QTimer(this))
{
    setObjectName(u"backendControlsDock"_s);
    setAccessibleName(tr("Backend controls"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &BackendControlsDock::flush);

    auto *content = new QWidget;
    content->setObjectName(u"backendControls"_s);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(10);

    m_state = new QLabel;
    m_state->setObjectName(u"backendState"_s);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    layout->addWidget(m_state);
    m_feedback = new QLabel;
    m_feedback->setObjectName(u"backendFeedback"_s);
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feedback->setVisible(false);
    layout->addWidget(m_feedback);
    updateState();

    layout->addWidget(buildPresets());
    layout->addWidget(buildLatency());
    layout->addWidget(buildFaults());
    layout->addWidget(buildReplication());
    layout->addWidget(buildCache());
    layout->addWidget(buildTransfers());
    layout->addWidget(buildData());
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Not an unnamed Tab stop: the controls inside are, and each scrolls into view on focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    ScrollFollowsFocus::install(scroll);
    setWidget(scroll);
    m_scroll = scroll;
    fitWidth();
    new LayoutWatcher(content, [this] { fitWidth(); });

    content->setEnabled(false);
    connect(m_settings, &BackendSettings::changed, this, [this, content] {
        if (!content->isEnabled())
            showFeedback(true, tr("Connected. Every change applies to the backend at once."));
        content->setEnabled(true);
        updateFromSettings();
    });
    connect(m_settings, &BackendSettings::applyFailed, this, &BackendControlsDock::showError);
    // Also a scenario's changes: the line says what happened last, whoever did it.
    connect(m_settings, &BackendSettings::applied, this,
            [this](const QJsonObject &patch, const QString &what) {
                clearErrors(patch);
                if (!what.isEmpty())
                    showFeedback(true, what);
            });
    connect(m_settings, &BackendSettings::commandFinished, this,
            &BackendControlsDock::showFeedback);
    connect(m_settings, &BackendSettings::changedElsewhere, this, [this](const QString &what) {
        m_feedback->setText(u"↻ "_s + what);
        m_feedback->setAccessibleName(what);
        m_feedback->setVisible(true);
    });
    connect(m_settings, &BackendSettings::oneShotsChanged, this,
            &BackendControlsDock::updateOneShots);
    if (m_settings->isLoaded()) {
        content->setEnabled(true);
        updateFromSettings();
    }
    updateOneShots();
}

void BackendControlsDock::addTopSection(QWidget *section)
{
    auto *layout = qobject_cast<QVBoxLayout *>(m_scroll->widget()->layout());
    // After the state and feedback lines.
    layout->insertWidget(2, section);
}

void BackendControlsDock::addSection(QWidget *section)
{
    auto *layout = qobject_cast<QVBoxLayout *>(m_scroll->widget()->layout());
    layout->insertWidget(layout->count() - 1, section); // above the closing stretch
}

void BackendControlsDock::setDebounceInterval(int ms)
{
    m_debounce->setInterval(ms);
}

QLabel *BackendControlsDock::makeErrorLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setVisible(false);
    label->setObjectName(u"knobError"_s);
    // A symbol and words, with colour only as a third cue.
    const QString sheet = u"QLabel { border-left: 3px solid #c62828; padding-left: 6px; }"_s;
    label->setStyleSheet(sheet);
    // A styled label keeps the palette it was polished with: after View → Appearance its text
    // would stay dark on a dark window. Polished again, it takes the new one.
    Appearance::onPaletteChange(label, [label, sheet] {
        label->setStyleSheet({});
        label->setStyleSheet(sheet);
    });
    return label;
}

void BackendControlsDock::addKnob(const QString &path, QWidget *widget, QLabel *error, bool generic)
{
    if (widget->objectName().isEmpty())
        widget->setObjectName(path);
    m_knobs.append({path, widget, error, ConfigSchema::field(path), generic});
}

QWidget *BackendControlsDock::addFieldKnob(const QString &path, QLabel *error, int entry)
{
    const ConfigSchema::Field *field = ConfigSchema::field(path);
    Q_ASSERT_X(field, "BackendControlsDock", qPrintable(path));
    QWidget *widget = Knobs::make(*field, entry);
    addKnob(path, widget, error, true);
    Knobs::onEdited(widget, this, [this, path, field, widget, entry] {
        const QJsonValue value = Knobs::value(widget, *field);
        change(m_settings->patchFor(path, value), Knobs::describe(*field, entry, value));
    });
    return widget;
}

void BackendControlsDock::addFormKnobs(QFormLayout *form, const QString &group, QLabel *error)
{
    QString used;
    for (const ConfigSchema::Field &field : ConfigSchema::fields()) {
        if (!field.knob || !field.path.startsWith(group + u'.'))
            continue;
        QWidget *widget = addFieldKnob(field.path, error);
        if (auto *check = qobject_cast<QCheckBox *>(widget)) {
            check->setText(Knobs::withMnemonic(field.label, &used));
            form->addRow(QString(), check);
            continue;
        }
        auto *label = new QLabel(Knobs::withMnemonic(field.label, &used));
        label->setBuddy(widget);
        form->addRow(label, widget);
    }
}

QStringList BackendControlsDock::knobPaths() const
{
    QStringList paths;
    for (const Knob &k : m_knobs)
        paths.append(k.path);
    return paths;
}

QWidget *BackendControlsDock::knob(const QString &path) const
{
    for (const Knob &k : m_knobs) {
        if (k.path == path)
            return k.widget;
    }
    return nullptr;
}

QString BackendControlsDock::errorFor(const QString &path) const
{
    for (const Knob &k : m_knobs) {
        if (k.path == path && k.error && !k.error->isHidden())
            return k.error->text();
    }
    return {};
}

QWidget *BackendControlsDock::buildPresets()
{
    auto *box = new QGroupBox(tr("Presets"));
    box->setToolTip(tr("One click sets a group of knobs. A preset changes only the knobs it "
                       "names; Instant clears everything."));
    auto *grid = new QGridLayout(box);
    grid->setSpacing(6);
    const QList<Preset> presets = Presets::all();
    for (qsizetype i = 0; i < presets.size(); ++i) {
        const Preset preset = presets.at(i);
        auto *button = new QPushButton(u"%1\n%2"_s.arg(preset.name, preset.numbers));
        button->setObjectName(u"preset-"_s + preset.id);
        button->setToolTip(preset.description);
        button->setAccessibleName(tr("Preset %1, %2").arg(preset.name, preset.numbers));
        button->setAccessibleDescription(preset.description);
        button->setMinimumHeight(button->sizeHint().height() + 4);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(button, &QPushButton::clicked, this, [this, preset] {
            // Edits still waiting would otherwise land after the preset and undo part of it.
            m_debounce->stop();
            m_pending = {};
            m_pendingWhat.clear();
            m_settings->applyPreset(preset, [this, preset](bool ok, const QString &message) {
                showFeedback(ok,
                             ok ? tr("Preset “%1” applied: %2").arg(preset.name, preset.description)
                                : tr("Preset “%1” was refused: %2").arg(preset.name, message));
            });
        });
        grid->addWidget(button, static_cast<int>(i / 2), static_cast<int>(i % 2));
    }
    return box;
}

QWidget *BackendControlsDock::buildLatency()
{
    auto *box = new QGroupBox(tr("Latency per route class"));
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(6);
    int row = 1;
    for (const QString &routeClass : ConfigSchema::routeClasses()) {
        const QString title = ConfigSchema::routeClassTitle(routeClass);
        const QString prefix = u"latency.%1."_s.arg(routeClass);
        auto *label = new QLabel(title);
        auto *error = makeErrorLabel();
        LatencyRow latencyRow;
        int column = 1;
        for (const ConfigSchema::Field &field : ConfigSchema::fields()) {
            if (!field.knob || !field.path.startsWith(prefix))
                continue;
            QWidget *widget = addFieldKnob(field.path, error);
            if (row == 1) {
                // Named by the field, never cut from its label: a translation orders its
                // words its own way ("Reads latency base" is "Lesezugriffe: Latenz-Basis").
                const QString key = field.key();
                const QString header = key == "distribution"_L1 ? tr("Distribution")
                    : key == "baseMs"_L1                        ? tr("Base")
                    : key == "jitterMs"_L1                      ? tr("Jitter")
                    : key == "capMs"_L1                         ? tr("Cap")
                                                                : field.label;
                grid->addWidget(new QLabel(header), 0, column);
            }
            grid->addWidget(widget, row, column++);
            if (auto *combo = qobject_cast<QComboBox *>(widget)) {
                label->setBuddy(combo);
                latencyRow.distribution = combo;
                latencyRow.distributionPath = field.path;
            } else if (field.key() == u"jitterMs"_s) {
                latencyRow.jitter = qobject_cast<QSpinBox *>(widget);
            }
        }
        grid->addWidget(label, row, 0);
        grid->addWidget(error, row + 1, 0, 1, column);
        row += 2;
        m_latencyRows.append(latencyRow);
    }
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 1);
    return box;
}

QWidget *BackendControlsDock::buildFaults()
{
    auto *box = new QGroupBox(tr("Faults"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *error = makeErrorLabel();
    addFormKnobs(form, u"faults"_s, error);
    form->addRow(error);

    // One-off faults wait for what the facilitator aims them at: the person's next writes, or
    // one route. The app's own background requests never use them up (docs/api.md).
    m_faultAim = new QComboBox;
    m_faultAim->setObjectName(u"faultAim"_s);
    for (const OneShotFaults::Aim &aim : OneShotFaults::aims())
        m_faultAim->addItem(aim.title, aim.route);
    m_faultAim->setAccessibleName(tr("What the one-off faults hit"));
    // Its longest entry must not widen the dock; the list shows entries in full.
    m_faultAim->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_faultAim->setMinimumContentsLength(12);
    m_faultAim->setToolTip(tr("The next writes hit whatever the person does next; a route waits "
                              "for that kind of request."));
    auto *aimLabel = new QLabel(tr("&Hit:"));
    aimLabel->setBuddy(m_faultAim);
    form->addRow(aimLabel, m_faultAim);

    auto *failOne = new QPushButton(tr("Fail &next one"));
    failOne->setObjectName(u"failNextRequest"_s);
    failOne->setAccessibleName(tr("Fail the next one"));
    failOne->setToolTip(tr("The next request of the kind chosen above fails with 503."));
    connect(failOne, &QPushButton::clicked, this, [this] { armOneShot(1); });
    m_failCount = new QSpinBox;
    m_failCount->setRange(1, 100);
    m_failCount->setValue(3);
    m_failCount->setAccessibleName(tr("Number of requests to fail"));
    auto *failN = new QPushButton(tr("Fail next N"));
    failN->setObjectName(u"failNextN"_s);
    failN->setAccessibleName(tr("Fail the next N"));
    connect(failN, &QPushButton::clicked, this, [this] { armOneShot(m_failCount->value()); });
    auto *row = new QHBoxLayout;
    row->addWidget(failOne);
    row->addStretch(1);
    row->addWidget(m_failCount);
    row->addWidget(failN);
    form->addRow(row);

    m_oneShots = new QLabel;
    m_oneShots->setObjectName(u"oneShotState"_s);
    m_oneShots->setWordWrap(true);
    m_oneShots->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *clear = new QPushButton(tr("C&lear one-off faults"));
    clear->setObjectName(u"clearOneShots"_s);
    connect(clear, &QPushButton::clicked, this, [this] { m_settings->clearOneShotFaults(); });
    form->addRow(m_oneShots);
    form->addRow(QString(), clear);
    return box;
}

void BackendControlsDock::armOneShot(int count)
{
    const QString route = m_faultAim->currentData().toString();
    if (route.isEmpty())
        m_settings->failNext(count);
    else
        m_settings->failTimes(route, count);
}

void BackendControlsDock::updateOneShots()
{
    // Live from the backend: its answers and faults.changed events, never what was clicked here.
    const OneShotFaults &shots = m_settings->oneShots();
    QStringList lines = shots.armedLines();
    const QStringList used = shots.usedLines(3);
    if (!used.isEmpty())
        lines.append(tr("Used: %1").arg(used.join(u"\n"_s)));
    m_oneShots->setText(lines.join(u'\n'));
    m_oneShots->setAccessibleName(lines.join(u' '));
}

QWidget *BackendControlsDock::buildTransfers()
{
    auto *box = new QGroupBox(tr("Transfers"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *error = makeErrorLabel();
    addFormKnobs(form, u"transfers"_s, error);
    form->addRow(error);
    return box;
}

QWidget *BackendControlsDock::buildCache()
{
    auto *box = new QGroupBox(tr("Photo cache"));
    box->setToolTip(tr("A cache in front of the profile's photo, like a CDN: it answers before "
                       "the database, so a read pattern only helps when the cache lets the new "
                       "photo through."));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *error = makeErrorLabel();
    addFormKnobs(form, u"cache"_s, error);
    form->addRow(error);
    // The strategies by what they do; the backend's names stay the items' data.
    if (auto *strategy = qobject_cast<QComboBox *>(knob(u"cache.strategy"_s))) {
        strategy->setObjectName(u"cacheStrategy"_s);
        const std::pair<QString, QString> titles[] = {
            {u"none"_s, tr("No cache")},
            {u"ttl"_s, tr("Expires after a while (TTL)")},
            {u"write-through"_s, tr("Updated on every upload (write-through)")},
            {u"event"_s, tr("Dropped when the upload's event arrives")},
            {u"versioned"_s, tr("Version in the key (versioned URLs)")},
        };
        for (const auto &[option, title] : titles) {
            const int index = strategy->findData(option);
            if (index >= 0)
                strategy->setItemText(index, title);
        }
        strategy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        strategy->setMinimumContentsLength(12);
    }
    return box;
}

QWidget *BackendControlsDock::buildData()
{
    auto *box = new QGroupBox(tr("Data"));
    auto *layout = new QVBoxLayout(box);
    auto *seedRow = new QHBoxLayout;
    auto *seedLabel = new QLabel(tr("S&eed"));
    const QString seedPath = u"seed"_s;
    const ConfigSchema::Field *seedField = ConfigSchema::field(seedPath);
    m_seed = new QLineEdit;
    m_seed->setAccessibleName(seedField->label);
    m_seed->setToolTip(seedField->help);
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9]{1,15}"_s), m_seed));
    seedLabel->setBuddy(m_seed);
    auto *applySeed = new QPushButton(tr("&Apply seed"));
    applySeed->setObjectName(u"applySeed"_s);
    applySeed->setAccessibleName(tr("Apply seed and reset data"));
    applySeed->setToolTip(tr("Uses the seed and resets the data to what it produces."));
    seedRow->addWidget(seedLabel);
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(applySeed);
    layout->addLayout(seedRow);
    m_seedError = makeErrorLabel();
    layout->addWidget(m_seedError);
    addKnob(seedPath, m_seed, m_seedError);
    const auto apply = [this, seedField] {
        bool ok = false;
        const quint64 seed = m_seed->text().toULongLong(&ok);
        if (!ok || double(seed) > seedField->max) {
            m_seedError->setText(tr("⚠ The seed is a whole number, such as 42."));
            m_seedError->setVisible(true);
            return;
        }
        m_seedError->setVisible(false);
        m_settings->setSeedAndReset(seed);
    };
    connect(applySeed, &QPushButton::clicked, this, apply);
    connect(m_seed, &QLineEdit::returnPressed, this, apply);

    auto *buttons = new QHBoxLayout;
    auto *reset = new QPushButton(tr("&Reset data to seed"));
    reset->setObjectName(u"resetData"_s);
    reset->setToolTip(tr("Items, profile, account and transfers go back to what the seed "
                         "produces. Settings stay."));
    connect(reset, &QPushButton::clicked, this, [this] { m_settings->resetData(); });
    auto *device = new QPushButton(tr("Simulate another &device"));
    device->setObjectName(u"simulateDevice"_s);
    device->setToolTip(tr("Another device of the same person toggles the favorite of a random "
                          "item."));
    connect(device, &QPushButton::clicked, this, [this] { m_settings->simulateDevice(); });
    buttons->addWidget(reset);
    buttons->addWidget(device);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    // On a row of its own: the dock stays as narrow as before.
    auto *details = new QPushButton(tr("Another device edits the profile"));
    details->setObjectName(u"simulateDeviceDetails"_s);
    details->setToolTip(tr("Another device changes the profile's display name, as if the person "
                           "edited it on their phone. Save on the Profile screen to see what each "
                           "pattern does with it."));
    connect(details, &QPushButton::clicked, this, [this] { m_settings->simulateDeviceDetails(); });
    auto *secondRow = new QHBoxLayout;
    secondRow->addWidget(details);
    secondRow->addStretch(1);
    layout->addLayout(secondRow);
    return box;
}

void BackendControlsDock::change(const QJsonObject &fragment, const QString &what)
{
    if (m_updating)
        return;
    mergeInto(m_pending, fragment);
    m_pendingWhat.removeAll(what);
    m_pendingWhat.append(what);
    m_debounce->start();
}

void BackendControlsDock::flush()
{
    if (m_pending.isEmpty())
        return;
    const QJsonObject patch = m_pending;
    const QString what = m_pendingWhat.join(u", "_s);
    m_pending = {};
    m_pendingWhat.clear();
    m_settings->apply(patch, what, [this, what](bool ok, const QString &) {
        if (ok)
            showFeedback(true, what);
    });
}

void BackendControlsDock::showError(const QJsonObject &patch, const QString &field,
                                    const QString &message)
{
    // The knob the server named, else every knob of the refused patch.
    QList<QLabel *> labels;
    for (const Knob &k : std::as_const(m_knobs)) {
        if (!field.isEmpty()
            && (field == k.path || field.startsWith(k.path + u'.')
                || k.path.startsWith(field + u'.') || k.path.startsWith(field + u'['))) {
            if (!labels.contains(k.error))
                labels.append(k.error);
        }
    }
    if (labels.isEmpty()) {
        const QStringList paths = JsonPath::leafPaths(patch);
        for (const Knob &k : std::as_const(m_knobs)) {
            const QString prefix = k.path.section(u'.', 0, -2);
            for (const QString &p : std::as_const(paths)) {
                if ((p == k.path || p.startsWith(prefix + u'.')) && !labels.contains(k.error))
                    labels.append(k.error);
            }
        }
    }
    for (QLabel *label : std::as_const(labels)) {
        label->setText(tr("⚠ The backend refused this: %1").arg(message));
        label->setAccessibleName(label->text());
        label->setVisible(true);
    }
    showFeedback(false, tr("The backend refused the change: %1").arg(message));
    // The knobs go back to what the backend holds: nothing changed.
    updateFromSettings();
}

void BackendControlsDock::clearErrors(const QJsonObject &patch)
{
    const QStringList paths = JsonPath::leafPaths(patch);
    for (const Knob &k : std::as_const(m_knobs)) {
        const QString prefix = k.path.section(u'.', 0, -2);
        for (const QString &p : std::as_const(paths)) {
            if (p == k.path || p.startsWith(prefix + u'.') || p.startsWith(k.path))
                k.error->setVisible(false);
        }
    }
}

void BackendControlsDock::showFeedback(bool ok, const QString &message)
{
    m_feedback->setText((ok ? u"✓ "_s : u"⚠ "_s) + message);
    m_feedback->setAccessibleName(m_feedback->text());
    m_feedback->setVisible(true);
}

void BackendControlsDock::updateState()
{
    // A sign and words first; the state line never depends on colour.
    const bool offline = m_settings->isLoaded() && BackendStatus::isOffline(*m_settings);
    const QString text = BackendStatus::describe(*m_settings);
    m_state->setText((offline ? u"⚠ "_s : m_settings->isLoaded() ? u"● "_s : QString()) + text);
    m_state->setAccessibleName(tr("Backend now: %1").arg(text));
}

void BackendControlsDock::updateFromSettings()
{
    updateState();
    // An edit still inside the debounce window wins over an older echo from the server.
    if (m_debounce->isActive())
        return;
    m_updating = true;
    for (const Knob &k : std::as_const(m_knobs)) {
        if (k.generic)
            Knobs::setValue(k.widget, *k.field, m_settings->value(k.path));
    }
    for (const LatencyRow &row : std::as_const(m_latencyRows)) {
        if (!row.jitter)
            continue;
        const QString distribution = m_settings->value(row.distributionPath).toString();
        row.jitter->setPrefix(distribution == u"lognormal"_s ? tr("p95 +") : QString());
        row.jitter->setEnabled(distribution != u"fixed"_s);
    }
    updateReplicas();
    if (!m_seed->hasFocus())
        m_seed->setText(QString::number(m_settings->seed()));
    m_updating = false;
    fitWidth();
}

void BackendControlsDock::fitWidth()
{
    // Values and replica rows change what the knobs need; the dock grows rather than cutting
    // off the right-hand column of buttons.
    m_scroll->setMinimumWidth(m_scroll->widget()->minimumSizeHint().width()
                              + m_scroll->verticalScrollBar()->sizeHint().width()
                              + 2 * m_scroll->frameWidth());
}
