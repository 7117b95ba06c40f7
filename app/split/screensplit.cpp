#include "app/split/screensplit.h"

#include "app/split/panemirror.h"
#include "app/split/panesession.h"
#include "app/split/splitscreen.h"

#include <utility>

ScreenSplit::ScreenSplit(QWidget *left, const SessionServices &services,
                         const QString &rightScreenId, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_left(left)
    , m_rightScreenId(rightScreenId)
    , m_view(new SplitScreen(left))
    , m_mirror(new PaneMirror(this))
{
}

ScreenSplit::~ScreenSplit()
{
    // The right screen before its session (a child of this), wherever the view still lives.
    delete m_right.data();
}

void ScreenSplit::setSplit(bool on)
{
    if (on == isSplit())
        return;
    if (!on) {
        unsplitting();
        namePane(m_left, {}, {});
        m_view->setRight(nullptr); // deletes the right screen before its session
        delete std::exchange(m_session, nullptr);
        Q_EMIT splitChanged(false);
        return;
    }
    m_session = new PaneSession(m_services, tr("Right pane"), this);
    QWidget *right = createRight(m_session->services());
    m_right = right;
    m_view->setRight(right);
    updateTitles();
    if (m_started) {
        m_session->start();
        startRight(right);
    }
    Q_EMIT splitChanged(true);
}

void ScreenSplit::start()
{
    if (std::exchange(m_started, true) || !m_right)
        return;
    m_session->start();
    startRight(m_right);
}

void ScreenSplit::updateTitles()
{
    if (!m_right)
        return;
    const QString left = paneTitle(Side::Left, patternTitle(m_left));
    const QString right = paneTitle(Side::Right, patternTitle(m_right));
    m_view->setTitles(left, right);
    namePane(m_left, tr("Left pane"), left);
    namePane(m_right, tr("Right pane"), right);
}

QString ScreenSplit::paneTitle(Side side, const QString &pattern)
{
    return (side == Side::Left ? tr("Left · %1") : tr("Right · %1")).arg(pattern);
}
