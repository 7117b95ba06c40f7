#pragma once

#include <QDockWidget>
#include <QJsonObject>
#include <QList>

class BackendSettings;
class QComboBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTimer;
class QWidget;

namespace ConfigSchema {
struct Field;
}

// The control room's knobs: presets, latency, faults, replication, transfers and data. Everything
// it shows comes from BackendSettings (what the backend says), and everything it changes goes
// through it (the admin API), so a change made elsewhere — a scenario, another facilitator on a
// shared backend — shows up here too. The knobs, their ranges and words are built from the
// configuration schema (core/configschema.h); the replication section is in
// backendcontrolsreplicas.cpp.
class BackendControlsDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit BackendControlsDock(BackendSettings *settings, QWidget *parent = nullptr);

    // How long knob edits are collected before one PATCH goes out (typing "250" is one change).
    void setDebounceInterval(int ms);
    // For tests and scenarios: the knob for a config path such as "faults.errorRate".
    QWidget *knob(const QString &path) const;
    // The message shown next to a knob, empty when none.
    QString errorFor(const QString &path) const;
    // Every config path a knob shows and changes, replica entries with their index.
    QStringList knobPaths() const;
    // Under the backend's state, above the presets: what a facilitator changes mid-demo.
    void addTopSection(QWidget *section);
    // At the end, under the data section.
    void addSection(QWidget *section);
    // Real PostgreSQL replicas: their number is the cluster's and each has one fixed delay, so
    // the count and the lag model are shown as unavailable.
    void setRealReplicas(bool real);

private:
    struct Knob
    {
        QString path; // config path, "latency.reads.baseMs"
        QWidget *widget = nullptr;
        QLabel *error = nullptr; // shared by the knobs of one row
        const ConfigSchema::Field *field = nullptr;
        bool generic = false; // shows its field's value as it is (see updateFromSettings())
    };

    QWidget *buildPresets();
    QWidget *buildLatency();
    QWidget *buildFaults();
    QWidget *buildReplication();
    QWidget *buildTransfers();
    QWidget *buildCache();
    QWidget *buildData();
    void rebuildReplicaRows(int count);
    void updateReplicas();
    QLabel *makeErrorLabel();
    void addKnob(const QString &path, QWidget *widget, QLabel *error, bool generic = false);
    // A knob made from the schema field at path that sends its own changes.
    QWidget *addFieldKnob(const QString &path, QLabel *error, int entry = 0);
    // A form row for every knob of the schema under group ("faults").
    void addFormKnobs(QFormLayout *form, const QString &group, QLabel *error);

    void change(const QJsonObject &fragment, const QString &what);
    void flush();
    void updateFromSettings();
    void showError(const QJsonObject &patch, const QString &field, const QString &message);
    void clearErrors(const QJsonObject &patch);
    void showFeedback(bool ok, const QString &message);
    void updateState();
    void updateOneShots();
    void armOneShot(int count);
    void fitWidth();

    BackendSettings *m_settings;
    QTimer *m_debounce;
    QJsonObject m_pending;
    QStringList m_pendingWhat;
    bool m_updating = false;
    QList<Knob> m_knobs;

    QScrollArea *m_scroll = nullptr;
    QLabel *m_state = nullptr; // what the backend is now, from what it said last
    QLabel *m_feedback = nullptr; // what happened last, here or elsewhere
    QComboBox *m_faultAim = nullptr;
    QLabel *m_oneShots = nullptr;
    struct LatencyRow
    {
        QString distributionPath;
        QComboBox *distribution = nullptr;
        QSpinBox *jitter = nullptr;
    };
    QList<LatencyRow> m_latencyRows;
    QSpinBox *m_failCount = nullptr;
    QSpinBox *m_replicaCount = nullptr;
    QLabel *m_replicaCountError = nullptr;
    QLabel *m_realReplicasNote = nullptr;
    bool m_realReplicas = false;
    QGridLayout *m_replicaGrid = nullptr;
    struct ReplicaRow
    {
        QLabel *title;
        QComboBox *model;
        QSpinBox *first;
        QSpinBox *second;
        QLabel *state;
        QPushButton *pause;
        QLabel *error;
    };
    QList<ReplicaRow> m_replicaRows;
    QLineEdit *m_seed = nullptr;
    QLabel *m_seedError = nullptr;
};
