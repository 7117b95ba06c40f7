#include "app/controlroom/backendtimebox.h"

#include "models/control/backendtimecontrol.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BackendTimeBox::BackendTimeBox(BackendTimeControl *time, QWidget *parent)
    : QGroupBox(tr("Backend time"), parent)
    , m_time(time)
    , m_speeds(new QButtonGroup(this))
    , m_step(new QPushButton(tr("Step"), this))
    , m_state(new QLabel(this))
{
    setObjectName(u"backendTimeBox"_s);
    // No Alt letters: the docks beside it use up S, D, T and E; Ctrl+Shift+F and Ctrl+Shift+S
    // reach freeze and step from anywhere.
    auto *speeds = new QHBoxLayout;
    const QList<double> scales = BackendTimeControl::offeredScales();
    for (qsizetype i = 0; i < scales.size(); ++i) {
        const double scale = scales.at(i);
        auto *button = new QRadioButton(BackendTimeControl::scaleName(scale), this);
        button->setObjectName(u"backendSpeed%1"_s.arg(i));
        button->setAccessibleName(tr("Backend speed %1").arg(BackendTimeControl::scaleName(scale)));
        button->setToolTip(tr("Slow the simulated backend down or freeze it; the app itself runs "
                              "at its normal speed. Ctrl+Shift+F freezes or resumes."));
        m_speeds->addButton(button, static_cast<int>(i));
        speeds->addWidget(button);
    }
    speeds->addStretch(1);

    m_step->setObjectName(u"backendStep"_s);
    m_step->setFocusPolicy(Qt::StrongFocus);
    m_step->setAccessibleName(tr("Step backend time"));
    m_step->setToolTip(tr("While frozen: move backend time to what is due next (an answer, a "
                          "replica catching up). Ctrl+Shift+S"));
    m_state->setObjectName(u"backendTimeState"_s);
    m_state->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_state, 1);
    row->addWidget(m_step);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(speeds);
    layout->addLayout(row);

    connect(m_speeds, &QButtonGroup::idClicked, this, [this](int id) {
        const double scale = BackendTimeControl::offeredScales().value(id, 1);
        if (scale != m_time->scale())
            m_time->setScale(scale);
    });
    connect(m_step, &QPushButton::clicked, m_time, [this] { m_time->step(); });
    connect(m_time, &BackendTimeControl::scaleChanged, this, &BackendTimeBox::showScale);
    // A refused change leaves the choice where the backend is.
    connect(m_time, &BackendTimeControl::commandFinished, this, [this](bool ok) {
        if (!ok)
            showScale(m_time->scale());
    });
    showScale(m_time->scale());
}

QList<QRadioButton *> BackendTimeBox::speedButtons() const
{
    QList<QRadioButton *> buttons;
    for (QAbstractButton *button : m_speeds->buttons())
        buttons.append(static_cast<QRadioButton *>(button));
    return buttons;
}

void BackendTimeBox::showScale(double scale)
{
    const qsizetype offered = BackendTimeControl::offeredScales().indexOf(scale);
    if (offered >= 0) {
        m_speeds->button(static_cast<int>(offered))->setChecked(true);
    } else if (QAbstractButton *checked = m_speeds->checkedButton()) {
        // A scale set elsewhere (a script) that no button offers: none is checked, the words say.
        m_speeds->setExclusive(false);
        checked->setChecked(false);
        m_speeds->setExclusive(true);
    }
    m_step->setEnabled(scale == 0 && !m_realTime);
    if (m_realTime) {
        m_state->setText(tr("Real time: PostgreSQL's replicas replay as fast as they do, so "
                            "the backend cannot slow down or freeze. Use a replica's lag or "
                            "Pause instead."));
        return;
    }
    const QString words = BackendTimeControl::statusWords(scale);
    // Words, not colour, tell the state; a sign in front catches the eye.
    m_state->setText(words.isEmpty() ? tr("Backend at normal speed.")
                                     : sign(scale) + u' ' + words + u'.');
}

void BackendTimeBox::setRealTime(bool real)
{
    m_realTime = real;
    for (QAbstractButton *button : m_speeds->buttons())
        button->setEnabled(!real);
    showScale(m_time->scale());
}

QString BackendTimeBox::sign(double scale)
{
    // Signs every default font has; the words carry the meaning.
    if (scale == 1)
        return {};
    return scale == 0 ? u"‖"_s : u"◔"_s;
}
