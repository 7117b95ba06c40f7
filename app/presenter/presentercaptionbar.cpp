#include "app/presenter/presentercaptionbar.h"

#include "app/controlroom/backendtimebox.h"
#include "models/control/backendtimecontrol.h"
#include "models/control/heldanswers.h"
#include "models/session/presentercaption.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Only the weight is set, so the size keeps following the application font (presenter mode
// enlarges it); a copy of a widget's font would pin its size too.
QFont boldFont()
{
    QFont bold;
    bold.setBold(true);
    return bold;
}

QLabel *chip(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    label->setFont(boldFont());
    label->setTextInteractionFlags(Qt::TextSelectableByKeyboard);
    label->hide();
    return label;
}

} // namespace

PresenterCaptionBar::PresenterCaptionBar(PresenterCaption *caption, BackendTimeControl *time,
                                         HeldAnswersModel *held, QWidget *parent)
    : QFrame(parent)
    , m_captionModel(caption)
    , m_action(new QLabel)
    , m_caption(new QLabel)
    , m_time(chip(u"presenterBackendTime"_s))
    , m_held(chip(u"presenterHeldAnswers"_s))
{
    setObjectName(u"presenterCaptionBar"_s);
    setAccessibleName(tr("What is happening"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    m_action->setObjectName(u"presenterAction"_s);
    m_action->setFont(boldFont());
    m_action->setWordWrap(true);
    m_caption->setObjectName(u"presenterCaption"_s);
    m_caption->setWordWrap(true);
    // Reachable with Tab and F6, so a screen reader can read it again on demand; it is not
    // announced by itself, since each screen already says its own news once.
    for (QLabel *label : {m_action, m_caption}) {
        label->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
        label->setFocusPolicy(Qt::StrongFocus);
    }

    auto *story = new QVBoxLayout;
    story->setSpacing(2);
    story->addWidget(m_action);
    story->addWidget(m_caption);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(story, 1);
    layout->addWidget(m_time, 0, Qt::AlignTop);
    layout->addWidget(m_held, 0, Qt::AlignTop);

    connect(caption, &PresenterCaption::changed, this, &PresenterCaptionBar::showCaption);
    showCaption();
    if (time) {
        connect(time, &BackendTimeControl::scaleChanged, this, &PresenterCaptionBar::showTime);
        showTime(time->scale());
    }
    if (held) {
        connect(held, &HeldAnswersModel::heldCountChanged, this, &PresenterCaptionBar::showHeld);
        showHeld(held->heldCount());
    }
}

void PresenterCaptionBar::showCaption()
{
    const QString action = m_captionModel->action();
    if (action.isEmpty()) {
        m_action->setText(tr("Your last action will be explained here."));
        m_caption->clear();
    } else {
        m_action->setText(tr("You: %1").arg(action));
        m_caption->setText(m_captionModel->text());
    }
    m_action->setAccessibleName(m_action->text());
    m_caption->setAccessibleName(m_caption->text());
}

void PresenterCaptionBar::showTime(double scale)
{
    const QString words = BackendTimeControl::statusWords(scale);
    m_time->setVisible(!words.isEmpty());
    m_time->setText(BackendTimeBox::sign(scale) + u' ' + words);
    m_time->setAccessibleName(words);
}

void PresenterCaptionBar::showHeld(int held)
{
    m_held->setVisible(held > 0);
    m_held->setText(tr("⏸ %n answer(s) held", nullptr, held));
    m_held->setAccessibleName(tr("%n answer(s) held back by the backend", nullptr, held));
}
