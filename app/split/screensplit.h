#pragma once

#include "app/sessionservices.h"
#include "app/split/splitscreen.h"

#include <QObject>
#include <QPointer>

class PaneMirror;
class PaneSession;

// One screen side by side with a second copy of itself (View → Side by side, --split, a
// scenario's "split"): the window's own screen on the left, a copy on the right with a session
// of its own (PaneSession) against the same backend, each in its own pattern, the person's
// actions mirrored between them (PaneMirror). What is the same for every screen lives here; a
// screen's split (FavoritesSplit, ProfileSplit, TransferSplit) makes the right copy, mirrors its
// actions and names its patterns.
class ScreenSplit : public QObject
{
    Q_OBJECT

public:
    ~ScreenSplit() override;

    // What the window shows in the screen's place.
    SplitScreen *view() const { return m_view; }
    QWidget *leftWidget() const { return m_left; }
    QWidget *rightWidget() const { return m_right; } // null unless split
    PaneSession *session() const { return m_session; } // null unless split
    PaneMirror *mirror() const { return m_mirror; }
    bool isSplit() const { return m_right != nullptr; }
    // The timeline's screen for the right pane's steps ("favorites-right").
    QString rightScreenId() const { return m_rightScreenId; }

    // Splits with the right pane in the contrasting pattern (or the one chosen before), or goes
    // back to the left pane alone, whose session and pattern carry on.
    void setSplit(bool on);
    // The backend answered: a right pane connects and loads now, or as soon as it is made.
    void start();

    enum class Side { Left, Right };
    // A pane's title: "Left · Wait for the server". With no pattern, what every title of that
    // side begins with (the telemetry's pane filter looks for it in the rows' names).
    static QString paneTitle(Side side, const QString &pattern = {});

    // The screen's name in menus and announcements ("Favorites").
    virtual QString screenName() const = 0;
    // The panes' patterns by key (SplitChoice::patternKeys; the right one waits for the next
    // split when not split); false, and nothing changes, for a key the screen has no pattern for.
    virtual bool setPatternKeys(const QString &left, const QString &right) = 0;

Q_SIGNALS:
    void splitChanged(bool on);

protected:
    ScreenSplit(QWidget *left, const SessionServices &services, const QString &rightScreenId,
                QObject *parent);

    // The right pane's screen on the pane's own session, in its pattern, its actions connected
    // to the mirror both ways and its pattern changes to updateTitles().
    virtual QWidget *createRight(const SessionServices &services) = 0;
    // Tells a pane's screen how its words start ("Left pane") and what its telemetry rows are
    // called (the pane's title); both empty when it is alone again.
    virtual void namePane(QWidget *screen, const QString &pane, const QString &title) = 0;
    // The pane's title after "Left · ": its screen's current pattern.
    virtual QString patternTitle(QWidget *screen) const = 0;
    virtual void startRight(QWidget *right) = 0;
    // Just before the right pane goes: undo what createRight told the left one.
    virtual void unsplitting() { }

    const SessionServices &services() const { return m_services; }
    void updateTitles();

private:
    SessionServices m_services;
    QWidget *m_left;
    QString m_rightScreenId;
    QPointer<SplitScreen> m_view;
    QPointer<QWidget> m_right;
    PaneSession *m_session = nullptr;
    PaneMirror *m_mirror;
    bool m_started = false;
};
