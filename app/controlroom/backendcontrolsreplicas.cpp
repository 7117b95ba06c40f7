// The replication section of BackendControlsDock: the replica count and one row per replica,
// rebuilt when the count changes. A row's two spin boxes mean different schema fields per lag
// model (base and jitter, or median and p95), so they are wired here rather than generically.
#include "app/controlroom/backendcontrolsdock.h"

#include "app/controlroom/knobs.h"
#include "core/configschema.h"
#include "models/control/backendsettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString replicasPath = u"replication.replicas"_s;

QString entryPath(int index, const QString &key)
{
    return u"%1[%2].%3"_s.arg(replicasPath).arg(index).arg(key);
}

} // namespace

QWidget *BackendControlsDock::buildReplication()
{
    auto *box = new QGroupBox(tr("Replication"));
    auto *layout = new QVBoxLayout(box);
    auto *form = new QFormLayout;
    m_replicaCountError = makeErrorLabel();
    m_replicaCount = qobject_cast<QSpinBox *>(addFieldKnob(replicasPath, m_replicaCountError));
    auto *label = new QLabel(ConfigSchema::field(replicasPath)->label);
    label->setBuddy(m_replicaCount);
    form->addRow(label, m_replicaCount);
    layout->addLayout(form);
    layout->addWidget(m_replicaCountError);
    m_realReplicasNote = new QLabel(tr("Real PostgreSQL replicas: the cluster decides how many "
                                       "there are, and each holds every write back by the same "
                                       "delay, so only a fixed lag can be set."));
    m_realReplicasNote->setObjectName(u"realReplicasNote"_s);
    m_realReplicasNote->setWordWrap(true);
    m_realReplicasNote->hide();
    layout->addWidget(m_realReplicasNote);

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
        row.error = makeErrorLabel();
        row.model =
            qobject_cast<QComboBox *>(addFieldKnob(entryPath(i, u"model"_s), row.error, id));
        row.title->setBuddy(row.model);
        const ConfigSchema::Field *base = ConfigSchema::field(entryPath(i, u"baseMs"_s));
        row.first = qobject_cast<QSpinBox *>(Knobs::make(*base, id));
        row.second = qobject_cast<QSpinBox *>(Knobs::make(*base, id));
        row.state = new QLabel;
        row.pause = new QPushButton(tr("Pause"));
        row.pause->setObjectName(u"pauseReplica%1"_s.arg(id));
        // Two lines per replica keep the dock narrow enough to sit beside a screen.
        const int gridRow = i * 3;
        m_replicaGrid->addWidget(row.title, gridRow, 0);
        m_replicaGrid->addWidget(row.model, gridRow, 1);
        m_replicaGrid->addWidget(row.state, gridRow, 2);
        m_replicaGrid->addWidget(row.pause, gridRow, 3);
        m_replicaGrid->addWidget(row.first, gridRow + 1, 1);
        m_replicaGrid->addWidget(row.second, gridRow + 1, 2, 1, 2);
        m_replicaGrid->addWidget(row.error, gridRow + 2, 0, 1, 4);
        // The spin boxes show base and jitter, or median and p95 for a lognormal model.
        const QString fields[2][2] = {{u"baseMs"_s, u"medianMs"_s}, {u"jitterMs"_s, u"p95Ms"_s}};
        for (int which = 0; which < 2; ++which) {
            QSpinBox *spin = which == 0 ? row.first : row.second;
            spin->setObjectName(entryPath(i, fields[which][0]));
            for (const QString &key : fields[which])
                addKnob(entryPath(i, key), spin, row.error);
            connect(spin, &QSpinBox::valueChanged, this, [this, i, id, row, which, fields] {
                const bool lognormal = row.model->currentData().toString() == u"lognormal"_s;
                const QString path = entryPath(i, fields[which][lognormal ? 1 : 0]);
                const ConfigSchema::Field *field = ConfigSchema::field(path);
                const QJsonValue value = Knobs::value(which == 0 ? row.first : row.second, *field);
                change(m_settings->patchFor(path, value), Knobs::describe(*field, id, value));
            });
        }
        addKnob(entryPath(i, u"paused"_s), row.pause, row.error);
        connect(row.pause, &QPushButton::clicked, this, [this, i, id] {
            const bool paused = m_settings->value(entryPath(i, u"paused"_s)).toBool();
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

void BackendControlsDock::setRealReplicas(bool real)
{
    m_realReplicas = real;
    m_realReplicasNote->setVisible(real);
    updateReplicas();
}

void BackendControlsDock::updateReplicas()
{
    m_replicaCount->setEnabled(!m_realReplicas);
    const QList<ReplicaSettings> replicas = m_settings->replicas();
    if (m_replicaRows.size() != replicas.size())
        rebuildReplicaRows(static_cast<int>(replicas.size()));
    for (qsizetype i = 0; i < replicas.size(); ++i) {
        const ReplicaSettings &r = replicas.at(i);
        const ReplicaRow &row = m_replicaRows.at(i);
        const int id = static_cast<int>(i) + 1;
        row.model->setCurrentIndex(row.model->findData(r.model));
        row.model->setEnabled(!m_realReplicas);
        const bool lognormal = r.model == u"lognormal"_s;
        const auto show = [id](QSpinBox *spin, const QString &path, qint64 value,
                               const QString &prefix) {
            spin->setPrefix(prefix);
            spin->setValue(static_cast<int>(std::min<qint64>(value, spin->maximum())));
            spin->setAccessibleName(ConfigSchema::field(path)->labelFor(id));
        };
        if (lognormal) {
            show(row.first, entryPath(int(i), u"medianMs"_s), r.medianMs, tr("median "));
            show(row.second, entryPath(int(i), u"p95Ms"_s), r.p95Ms, tr("p95 "));
        } else {
            show(row.first, entryPath(int(i), u"baseMs"_s), r.baseMs,
                 r.model == u"fixed"_s ? QString() : tr("base "));
            show(row.second, entryPath(int(i), u"jitterMs"_s), r.jitterMs, tr("+ up to "));
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
}
