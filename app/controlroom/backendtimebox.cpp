#include "app/controlroom/backendtimebox.h"

#include "models/control/backendtimecontrol.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BackendTimeBox::BackendTimeBox(BackendTimeControl *time, QWidget *parent)
    : QGroupBox(tr("Backend time"), parent)
    , m_time(time)
    , m_speed(new QComboBox(this))
    , m_step(new QPushButton(tr("Step"), this))
    , m_state(new QLabel(this))
{
    setObjectName(u"backendTimeBox"_s);
    m_speed->setObjectName(u"backendSpeed"_s);
    m_speed->setAccessibleName(tr("Backend speed"));
    m_speed->setToolTip(tr("Slow the simulated backend down or freeze it; the app itself runs at "
                           "its normal speed. Ctrl+Shift+F freezes or resumes."));
    for (double scale : BackendTimeControl::offeredScales())
        m_speed->addItem(BackendTimeControl::scaleName(scale), scale);
    // No Alt letters: the docks beside it use up S, D, T and E; Ctrl+Shift+F and Ctrl+Shift+S
    // reach freeze and step from anywhere.
    auto *speedLabel = new QLabel(tr("Speed:"), this);
    speedLabel->setBuddy(m_speed);

    m_step->setObjectName(u"backendStep"_s);
    m_step->setAccessibleName(tr("Step backend time"));
    m_step->setToolTip(tr("While frozen: move backend time to what is due next (an answer, a "
                          "replica catching up). Ctrl+Shift+S"));
    m_state->setObjectName(u"backendTimeState"_s);
    m_state->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(speedLabel);
    row->addWidget(m_speed, 1);
    row->addWidget(m_step);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_state);

    connect(m_speed, &QComboBox::activated, this, [this](int index) {
        const double scale = m_speed->itemData(index).toDouble();
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

void BackendTimeBox::showScale(double scale)
{
    int index = m_speed->findData(scale);
    if (index < 0) {
        // A scale set elsewhere (a script, a scenario) that the list does not offer.
        m_speed->addItem(BackendTimeControl::scaleName(scale), scale);
        index = m_speed->count() - 1;
    }
    m_speed->setCurrentIndex(index);
    m_step->setEnabled(scale == 0);
    const QString words = BackendTimeControl::statusWords(scale);
    // Words, not colour, tell the state; a sign in front catches the eye.
    m_state->setText(words.isEmpty() ? tr("Backend at normal speed.")
                                     : sign(scale) + u' ' + words + u'.');
}

QString BackendTimeBox::sign(double scale)
{
    // Signs every default font has; the words carry the meaning.
    if (scale == 1)
        return {};
    return scale == 0 ? u"‖"_s : u"◔"_s;
}
