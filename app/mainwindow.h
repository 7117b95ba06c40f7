#pragma once

#include "models/client/connectionmonitor.h"

#include <QMainWindow>
#include <QUrl>

class QDockWidget;
class QLabel;
class QListWidget;
class QStackedWidget;

// The window frame: navigation between the screens, docks for the control room, and a status
// bar that always says where the backend is, which seed it runs and whether it answers.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void addScreen(const QString &title, const QString &description, QWidget *screen);
    void showScreen(int index);
    // Brings an added screen (or the page holding it) to the front; a widget that is in none is
    // ignored.
    void showScreen(QWidget *screen);
    int screenCount() const;
    // Where toasts belong: over the screens, clear of the docks.
    QWidget *toastArea() const;
    QWidget *screenAt(int index) const;
    QWidget *currentScreen() const;
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area);
    // A bar across the top of the screens and the navigation (presenter mode's caption); it
    // joins the F6 panes while it is shown.
    void setTopBar(QWidget *bar);
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *sessionMenu() const { return m_sessionMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }

    void setBackendAddress(const QUrl &url, bool embedded);
    void setSeed(quint64 seed);
    // Where the backend keeps its data: the simulation, or PostgreSQL.
    void setStore(bool postgres);
    void setConnectionState(ConnectionMonitor::State state);
    // Replica lag over the alarm: the status bar turns amber with a warning sign and the words.
    void setLagWarning(bool active, const QString &text);
    // "Backend frozen", "Backend in slow motion 0.25×"; empty at normal speed hides it.
    void setBackendTimeWords(const QString &words, const QString &sign = {});
    // Puts the docks in their default places, then restores the person's own layout and
    // geometry if one was saved and wanted (headless runs are reproducible without it); call
    // after every dock was added.
    void restoreLayout(bool includeSaved = true);

Q_SIGNALS:
    void screenChanged(int index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void arrangeDefaultLayout();
    void bringToFront(int index);
    // F6 / Shift+F6 between the screen in front and the docks one can see; F10 the menu bar.
    void setUpPaneKeys();
    void moveToPane(int step);
    QList<QWidget *> panes() const;

    QListWidget *m_navigation;
    QStackedWidget *m_screens;
    QLabel *m_connectionLabel;
    QLabel *m_addressLabel;
    QLabel *m_seedLabel;
    QLabel *m_storeLabel;
    QLabel *m_lagWarningLabel = nullptr;
    QLabel *m_backendTimeLabel = nullptr;
    QWidget *m_topBar = nullptr;
    int m_front = -1;
    QMenu *m_sessionMenu;
    QMenu *m_viewMenu;
    QMenu *m_helpMenu;
};
