#pragma once

#include <QByteArray>
#include <QFont>
#include <QObject>

class HeldAnswersModel;
class MainWindow;
class PresenterCaptionBar;
class QAction;
class QActionGroup;
class QDockWidget;
class StatusAnnouncer;

// For a projector: one shortcut (F5) enlarges the whole UI, hides the technical docks, and shows
// the caption bar that explains the person's last action in plain words; the backend's time
// scale and held answers stay in view (the held answers dock too while answers are being held).
// Leaving puts every dock, and the text size, back as the person had them. The size (125–200 %) is
// remembered.
class PresenterMode final : public QObject
{
    Q_OBJECT

public:
    static constexpr int sizes[] = {125, 150, 175, 200};

    // held: the held answers dock stays while the backend holds answers or routes.
    PresenterMode(MainWindow *window, PresenterCaptionBar *bar, HeldAnswersModel *held,
                  StatusAnnouncer *announcer, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    void setActive(bool active);
    int sizePercent() const { return m_percent; }
    void setSizePercent(int percent);
    QAction *toggleAction() const { return m_toggle; }

Q_SIGNALS:
    void activeChanged(bool active);

private:
    void applyFont();
    bool staysInPresenterMode(const QDockWidget *dock) const;

    MainWindow *m_window;
    PresenterCaptionBar *m_bar;
    HeldAnswersModel *m_held;
    StatusAnnouncer *m_announcer;
    QAction *m_toggle;
    QActionGroup *m_sizes;
    bool m_active = false;
    int m_percent = 150;
    QFont m_normalFont;
    QByteArray m_normalLayout;
};
