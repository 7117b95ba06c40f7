#include "app/controlroom/backendcontrolsdock.h"

#include "models/control/backendsettings.h"
#include "models/control/presets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
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

using namespace Qt::StringLiterals;

namespace {

constexpr int maxKnobMs = 600000; // the backend's bound for every delay (ten minutes)

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

void leafPaths(const QJsonValue &value, const QString &path, QStringList *out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            leafPaths(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            out->append(path);
        for (qsizetype i = 0; i < array.size(); ++i)
            leafPaths(array.at(i), path + u"[%1]"_s.arg(i), out);
    } else {
        out->append(path);
    }
}

QJsonObject at(const QStringList &keys, const QJsonValue &value)
{
    QJsonValue v = value;
    for (qsizetype i = keys.size() - 1; i >= 0; --i)
        v = QJsonObject {{keys.at(i), v}};
    return v.toObject();
}

QSpinBox *msSpin(const QString &accessibleName)
{
    auto *spin = new QSpinBox;
    spin->setRange(0, maxKnobMs);
    spin->setSingleStep(50);
    spin->setSuffix(QObject::tr(" ms"));
    spin->setAccelerated(true);
    spin->setKeyboardTracking(false); // one change per finished number, not per digit
    spin->setAccessibleName(accessibleName);
    return spin;
}

QDoubleSpinBox *percentSpin(const QString &accessibleName)
{
    auto *spin = new QDoubleSpinBox;
    spin->setRange(0, 100);
    spin->setDecimals(1);
    spin->setSingleStep(5);
    spin->setSuffix(QObject::tr(" %"));
    spin->setKeyboardTracking(false);
    spin->setAccessibleName(accessibleName);
    return spin;
}

void setSilently(QSpinBox *spin, qint64 value)
{
    spin->setValue(static_cast<int>(std::min<qint64>(value, maxKnobMs)));
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

    m_feedback = new QLabel(tr("Waiting for the backend…"));
    m_feedback->setObjectName(u"backendFeedback"_s);
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_feedback);

    layout->addWidget(buildPresets());
    layout->addWidget(buildLatency());
    layout->addWidget(buildFaults());
    layout->addWidget(buildReplication());
    layout->addWidget(buildTransfers());
    layout->addWidget(buildData());
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setWidget(scroll);
    m_scroll = scroll;
    fitWidth();

    content->setEnabled(false);
    connect(m_settings, &BackendSettings::changed, this, [this, content] {
        if (!content->isEnabled())
            m_feedback->setText(tr("Connected. Every change applies to the backend at once."));
        content->setEnabled(true);
        updateFromSettings();
    });
    connect(m_settings, &BackendSettings::applyFailed, this, &BackendControlsDock::showError);
    connect(m_settings, &BackendSettings::applied, this,
            [this](const QJsonObject &patch) { clearErrors(patch); });
    connect(m_settings, &BackendSettings::commandFinished, this,
            &BackendControlsDock::showFeedback);
    if (m_settings->isLoaded()) {
        content->setEnabled(true);
        updateFromSettings();
    }
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
    label->setStyleSheet(u"QLabel { color: palette(text); border-left: 3px solid #c62828; "
                         "padding-left: 6px; }"_s);
    return label;
}

void BackendControlsDock::addKnob(const QString &path, QWidget *widget, QLabel *error)
{
    widget->setObjectName(path);
    m_knobs.append({path, widget, error});
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
    auto *headerDist = new QLabel(tr("Distribution"));
    auto *headerBase = new QLabel(tr("Base"));
    auto *headerJitter = new QLabel(tr("Jitter"));
    grid->addWidget(headerDist, 0, 1);
    grid->addWidget(headerBase, 0, 2);
    grid->addWidget(headerJitter, 0, 3);
    const std::pair<BackendSettings::RouteClass, QString> classes[] = {
        {BackendSettings::RouteClass::Reads, tr("Reads")},
        {BackendSettings::RouteClass::Writes, tr("Writes")},
        {BackendSettings::RouteClass::Transfers, tr("Transfers")},
    };
    int row = 1;
    for (const auto &[routeClass, title] : classes) {
        const QString key = BackendSettings::routeClassKey(routeClass);
        const QString base = u"latency.%1"_s.arg(key);
        auto *label = new QLabel(title);
        auto *distribution = new QComboBox;
        distribution->addItem(tr("fixed"), u"fixed"_s);
        distribution->addItem(tr("uniform"), u"uniform"_s);
        distribution->addItem(tr("normal"), u"normal"_s);
        distribution->addItem(tr("lognormal"), u"lognormal"_s);
        distribution->setAccessibleName(tr("%1 latency distribution").arg(title));
        distribution->setToolTip(tr("fixed: always the base. uniform: base plus 0 to jitter. "
                                    "normal: base ± jitter (one standard deviation). lognormal: "
                                    "median base, 95th percentile base + jitter."));
        label->setBuddy(distribution);
        auto *baseSpin = msSpin(tr("%1 latency base").arg(title));
        auto *jitterSpin = msSpin(tr("%1 latency jitter").arg(title));
        auto *error = makeErrorLabel();
        grid->addWidget(label, row, 0);
        grid->addWidget(distribution, row, 1);
        grid->addWidget(baseSpin, row, 2);
        grid->addWidget(jitterSpin, row, 3);
        grid->addWidget(error, row + 1, 0, 1, 4);
        row += 2;
        addKnob(base + u".distribution"_s, distribution, error);
        addKnob(base + u".baseMs"_s, baseSpin, error);
        addKnob(base + u".jitterMs"_s, jitterSpin, error);
        m_latencyRows.append({distribution, baseSpin, jitterSpin});

        connect(distribution, &QComboBox::currentIndexChanged, this,
                [this, key, title, distribution] {
                    const QString value = distribution->currentData().toString();
                    change(at({u"latency"_s, key, u"distribution"_s}, value),
                           tr("%1 latency %2").arg(title, value));
                });
        connect(baseSpin, &QSpinBox::valueChanged, this, [this, key, title](int value) {
            change(at({u"latency"_s, key, u"baseMs"_s}, value),
                   tr("%1 latency base %2 ms").arg(title).arg(value));
        });
        connect(jitterSpin, &QSpinBox::valueChanged, this, [this, key, title](int value) {
            change(at({u"latency"_s, key, u"jitterMs"_s}, value),
                   tr("%1 latency jitter %2 ms").arg(title).arg(value));
        });
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

    m_errorRate = percentSpin(tr("Error rate"));
    m_errorRate->setToolTip(tr("Share of data requests that fail with 503."));
    m_hangRate = percentSpin(tr("Hang rate"));
    m_hangRate->setToolTip(tr("Share of data requests that never get an answer."));
    m_lostRate = percentSpin(tr("Lost-response rate"));
    m_lostRate->setToolTip(tr("Share of writes that are applied but whose answer is lost."));
    m_offline = new QCheckBox(tr("Offline: nothing answers"));
    m_offline->setAccessibleName(tr("Offline"));
    form->addRow(tr("&Error rate"), m_errorRate);
    form->addRow(tr("&Hang rate"), m_hangRate);
    form->addRow(tr("&Lost responses"), m_lostRate);
    form->addRow(QString(), m_offline);
    form->addRow(error);
    addKnob(u"faults.errorRate"_s, m_errorRate, error);
    addKnob(u"faults.hangRate"_s, m_hangRate, error);
    addKnob(u"faults.lostResponseRate"_s, m_lostRate, error);
    addKnob(u"faults.offline"_s, m_offline, error);

    const auto rate = [this](QDoubleSpinBox *spin, const QString &key, const QString &words) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, key, words](double value) {
            change(at({u"faults"_s, key}, value / 100.0), words.arg(value));
        });
    };
    rate(m_errorRate, u"errorRate"_s, tr("Error rate %1 %"));
    rate(m_hangRate, u"hangRate"_s, tr("Hang rate %1 %"));
    rate(m_lostRate, u"lostResponseRate"_s, tr("Lost-response rate %1 %"));
    connect(m_offline, &QCheckBox::toggled, this, [this](bool on) {
        change(at({u"faults"_s, u"offline"_s}, on),
               on ? tr("Backend offline") : tr("Backend online"));
    });

    auto *failOne = new QPushButton(tr("Fail &next request"));
    failOne->setObjectName(u"failNextRequest"_s);
    failOne->setToolTip(tr("The next data request fails with 503, whatever it is."));
    connect(failOne, &QPushButton::clicked, this, [this] { m_settings->failNext(1); });
    m_failCount = new QSpinBox;
    m_failCount->setRange(1, 100);
    m_failCount->setValue(3);
    m_failCount->setAccessibleName(tr("Number of requests to fail"));
    auto *failN = new QPushButton(tr("Fail next N"));
    failN->setObjectName(u"failNextN"_s);
    failN->setAccessibleName(tr("Fail the next N requests"));
    connect(failN, &QPushButton::clicked, this,
            [this] { m_settings->failNext(m_failCount->value()); });
    auto *row = new QHBoxLayout;
    row->addWidget(failOne);
    row->addStretch(1);
    row->addWidget(m_failCount);
    row->addWidget(failN);
    form->addRow(row);
    return box;
}

QWidget *BackendControlsDock::buildReplication()
{
    auto *box = new QGroupBox(tr("Replication"));
    auto *layout = new QVBoxLayout(box);
    auto *form = new QFormLayout;
    m_replicaCount = new QSpinBox;
    m_replicaCount->setRange(0, 5);
    m_replicaCount->setAccessibleName(tr("Replica count"));
    m_replicaCount->setKeyboardTracking(false);
    m_replicaCount->setToolTip(tr("Read replicas behind the primary (0 to 5). New replicas "
                                  "start with no lag."));
    form->addRow(tr("Replica &count"), m_replicaCount);
    layout->addLayout(form);
    m_replicaCountError = makeErrorLabel();
    layout->addWidget(m_replicaCountError);
    addKnob(u"replication.replicas"_s, m_replicaCount, m_replicaCountError);
    connect(m_replicaCount, &QSpinBox::valueChanged, this, [this](int count) {
        QJsonArray array;
        for (int i = 0; i < count; ++i)
            array.append(QJsonObject {});
        change({{u"replication"_s, QJsonObject {{u"replicas"_s, array}}}},
               count == 1 ? tr("1 replica") : tr("%1 replicas").arg(count));
    });

    auto *rows = new QWidget;
    m_replicaGrid = new QGridLayout(rows);
    m_replicaGrid->setContentsMargins(0, 0, 0, 0);
    m_replicaGrid->setHorizontalSpacing(6);
    layout->addWidget(rows);
    return box;
}

void BackendControlsDock::rebuildReplicaRows(int count)
{
    for (const ReplicaRow &row : std::as_const(m_replicaRows)) {
        for (QWidget *w : {static_cast<QWidget *>(row.title), static_cast<QWidget *>(row.model),
                           static_cast<QWidget *>(row.first), static_cast<QWidget *>(row.second),
                           static_cast<QWidget *>(row.state), static_cast<QWidget *>(row.pause),
                           static_cast<QWidget *>(row.error)}) {
            m_knobs.removeIf([w](const Knob &k) { return k.widget == w; });
            w->deleteLater();
        }
    }
    m_replicaRows.clear();

    for (int i = 0; i < count; ++i) {
        const int id = i + 1;
        ReplicaRow row;
        row.title = new QLabel(tr("Replica %1").arg(id));
        row.model = new QComboBox;
        row.model->addItem(tr("fixed"), u"fixed"_s);
        row.model->addItem(tr("uniform"), u"uniform"_s);
        row.model->addItem(tr("lognormal"), u"lognormal"_s);
        row.model->setAccessibleName(tr("Replica %1 lag model").arg(id));
        row.model->setToolTip(tr("fixed: always the lag. uniform: base plus 0 to jitter. "
                                 "lognormal: a median and a 95th percentile."));
        row.title->setBuddy(row.model);
        row.first = msSpin(tr("Replica %1 lag").arg(id));
        row.second = msSpin(tr("Replica %1 lag spread").arg(id));
        row.state = new QLabel;
        row.pause = new QPushButton(tr("Pause"));
        row.pause->setObjectName(u"pauseReplica%1"_s.arg(id));
        row.error = makeErrorLabel();
        // Two lines per replica keep the dock narrow enough to sit beside a screen.
        const int gridRow = i * 3;
        m_replicaGrid->addWidget(row.title, gridRow, 0);
        m_replicaGrid->addWidget(row.model, gridRow, 1);
        m_replicaGrid->addWidget(row.state, gridRow, 2);
        m_replicaGrid->addWidget(row.pause, gridRow, 3);
        m_replicaGrid->addWidget(row.first, gridRow + 1, 1);
        m_replicaGrid->addWidget(row.second, gridRow + 1, 2, 1, 2);
        m_replicaGrid->addWidget(row.error, gridRow + 2, 0, 1, 4);
        const QString path = u"replication.replicas[%1]"_s.arg(i);
        addKnob(path + u".model"_s, row.model, row.error);
        addKnob(path + u".first"_s, row.first, row.error);
        addKnob(path + u".second"_s, row.second, row.error);

        connect(row.model, &QComboBox::currentIndexChanged, this, [this, i, id, row] {
            const QString model = row.model->currentData().toString();
            change(m_settings->replicaPatch(i, {{u"model"_s, model}}),
                   tr("Replica %1 lag model %2").arg(id).arg(model));
        });
        // The two spin boxes mean different fields per model; see updateFromSettings().
        const auto field = [row](bool first) {
            const QString model = row.model->currentData().toString();
            if (model == u"lognormal"_s)
                return first ? u"medianMs"_s : u"p95Ms"_s;
            return first ? u"baseMs"_s : u"jitterMs"_s;
        };
        connect(row.first, &QSpinBox::valueChanged, this, [this, i, id, field](int value) {
            change(m_settings->replicaPatch(i, {{field(true), value}}),
                   tr("Replica %1 lag %2 ms").arg(id).arg(value));
        });
        connect(row.second, &QSpinBox::valueChanged, this, [this, i, id, field](int value) {
            change(m_settings->replicaPatch(i, {{field(false), value}}),
                   tr("Replica %1 lag spread %2 ms").arg(id).arg(value));
        });
        connect(row.pause, &QPushButton::clicked, this, [this, i, id] {
            const QList<ReplicaSettings> replicas = m_settings->replicas();
            const bool paused = i < replicas.size() && replicas.at(i).paused;
            m_settings->setReplicaPaused(id, !paused);
        });
        m_replicaRows.append(row);
    }
    // Tab order follows reading order: row by row, left to right.
    QWidget *previous = m_replicaCount;
    for (const ReplicaRow &row : std::as_const(m_replicaRows)) {
        for (QWidget *w : {static_cast<QWidget *>(row.model), static_cast<QWidget *>(row.first),
                           static_cast<QWidget *>(row.second), static_cast<QWidget *>(row.pause)}) {
            setTabOrder(previous, w);
            previous = w;
        }
    }
}

QWidget *BackendControlsDock::buildTransfers()
{
    auto *box = new QGroupBox(tr("Transfers"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *error = makeErrorLabel();
    m_settleMin = msSpin(tr("Settle time, shortest"));
    m_settleMax = msSpin(tr("Settle time, longest"));
    m_successRate = percentSpin(tr("Transfer success rate"));
    m_successRate->setToolTip(tr("Share of transfers the recipient's bank accepts."));
    form->addRow(tr("Settle time, &shortest"), m_settleMin);
    form->addRow(tr("Settle time, l&ongest"), m_settleMax);
    form->addRow(tr("&Success rate"), m_successRate);
    form->addRow(error);
    addKnob(u"transfers.settleMinMs"_s, m_settleMin, error);
    addKnob(u"transfers.settleMaxMs"_s, m_settleMax, error);
    addKnob(u"transfers.successRate"_s, m_successRate, error);
    connect(m_settleMin, &QSpinBox::valueChanged, this, [this](int value) {
        change(at({u"transfers"_s, u"settleMinMs"_s}, value),
               tr("Transfers settle after at least %1 ms").arg(value));
    });
    connect(m_settleMax, &QSpinBox::valueChanged, this, [this](int value) {
        change(at({u"transfers"_s, u"settleMaxMs"_s}, value),
               tr("Transfers settle after at most %1 ms").arg(value));
    });
    connect(m_successRate, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        change(at({u"transfers"_s, u"successRate"_s}, value / 100.0),
               tr("Transfer success rate %1 %").arg(value));
    });
    return box;
}

QWidget *BackendControlsDock::buildData()
{
    auto *box = new QGroupBox(tr("Data"));
    auto *layout = new QVBoxLayout(box);
    auto *seedRow = new QHBoxLayout;
    auto *seedLabel = new QLabel(tr("S&eed"));
    m_seed = new QLineEdit;
    m_seed->setObjectName(u"seed"_s);
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setToolTip(tr("The same seed gives the same data and the same sequence of random "
                          "latencies and faults."));
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
    addKnob(u"seed"_s, m_seed, m_seedError);
    const auto apply = [this] {
        bool ok = false;
        const quint64 seed = m_seed->text().toULongLong(&ok);
        if (!ok) {
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
        QStringList paths;
        leafPaths(patch, {}, &paths);
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
    QStringList paths;
    leafPaths(patch, {}, &paths);
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
}

void BackendControlsDock::updateFromSettings()
{
    // An edit still inside the debounce window wins over an older echo from the server.
    if (m_debounce->isActive())
        return;
    m_updating = true;
    const BackendSettings::RouteClass classes[] = {BackendSettings::RouteClass::Reads,
                                                   BackendSettings::RouteClass::Writes,
                                                   BackendSettings::RouteClass::Transfers};
    for (int i = 0; i < 3; ++i) {
        const LatencySettings latency = m_settings->latency(classes[i]);
        const LatencyRow &row = m_latencyRows.at(i);
        row.distribution->setCurrentIndex(row.distribution->findData(latency.distribution));
        setSilently(row.base, latency.baseMs);
        setSilently(row.jitter, latency.jitterMs);
        row.jitter->setPrefix(latency.distribution == u"lognormal"_s ? tr("p95 +") : QString());
        row.jitter->setEnabled(latency.distribution != u"fixed"_s);
    }

    const FaultSettings faults = m_settings->faults();
    m_errorRate->setValue(faults.errorRate * 100);
    m_hangRate->setValue(faults.hangRate * 100);
    m_lostRate->setValue(faults.lostResponseRate * 100);
    m_offline->setChecked(faults.offline);

    const QList<ReplicaSettings> replicas = m_settings->replicas();
    m_replicaCount->setValue(static_cast<int>(replicas.size()));
    if (m_replicaRows.size() != replicas.size())
        rebuildReplicaRows(static_cast<int>(replicas.size()));
    for (qsizetype i = 0; i < replicas.size(); ++i) {
        const ReplicaSettings &r = replicas.at(i);
        const ReplicaRow &row = m_replicaRows.at(i);
        const int id = static_cast<int>(i) + 1;
        row.model->setCurrentIndex(row.model->findData(r.model));
        if (r.model == u"lognormal"_s) {
            row.first->setPrefix(tr("median "));
            row.second->setPrefix(tr("p95 "));
            setSilently(row.first, r.medianMs);
            setSilently(row.second, r.p95Ms);
            row.first->setAccessibleName(tr("Replica %1 median lag").arg(id));
            row.second->setAccessibleName(tr("Replica %1 95th percentile lag").arg(id));
        } else {
            row.first->setPrefix(r.model == u"fixed"_s ? QString() : tr("base "));
            row.second->setPrefix(tr("+ up to "));
            setSilently(row.first, r.baseMs);
            setSilently(row.second, r.jitterMs);
            row.first->setAccessibleName(r.model == u"fixed"_s ? tr("Replica %1 lag").arg(id)
                                                               : tr("Replica %1 base lag").arg(id));
            row.second->setAccessibleName(tr("Replica %1 lag jitter").arg(id));
        }
        row.second->setVisible(r.model != u"fixed"_s);
        // A symbol and a word: paused is not told by colour.
        row.state->setText(r.paused ? tr("⏸ Paused") : tr("▶ Applying"));
        row.state->setAccessibleName(r.paused ? tr("Replica %1 is paused").arg(id)
                                              : tr("Replica %1 is applying writes").arg(id));
        row.pause->setText(r.paused ? tr("Resume") : tr("Pause"));
        row.pause->setAccessibleName(r.paused ? tr("Resume replica %1").arg(id)
                                              : tr("Pause replica %1").arg(id));
    }

    const TransferSettings transfers = m_settings->transfers();
    setSilently(m_settleMin, transfers.settleMinMs);
    setSilently(m_settleMax, transfers.settleMaxMs);
    m_successRate->setValue(transfers.successRate * 100);

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
