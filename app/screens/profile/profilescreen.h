#pragma once

#include "app/sessionservices.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class ApiClient;
class Clock;
class DetailsFeedback;
class DetailsModel;
class DetailsSection;
class InspectorPanel;
class PhotoView;
class ProfileFeedback;
class ProfileModel;
class QBoxLayout;
class QButtonGroup;
class QCheckBox;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class ReplicaInspector;
class SampleStrip;
class SecondSessionWindow;
class SyncBadge;

// The profile photo screen: read-your-writes against a lagging replica, four ways, and reads that
// never go back in time (stay on one replica). The photo,
// the name, "Change photo…", drag and drop, sample photos, the pattern selector with local
// preview, and the inspector beside it. ProfileModel decides; this screen lays out and shows it.
// ProfileFeedback turns the model's signals into toasts, announcements, telemetry and timeline
// steps; the scenario actions are models/profile/profileactions.
class ProfileScreen final : public QWidget
{
    Q_OBJECT

public:
    // Registers the scenario actions in services.actions when there is one.
    explicit ProfileScreen(const SessionServices &services, QWidget *parent = nullptr);
    ~ProfileScreen() override;

    // The backend answers: load the page and keep the inspector's numbers fresh.
    void start();

    ProfileModel *model() const { return m_model; }
    DetailsModel *details() const { return m_details; }
    DetailsSection *detailsSection() const { return m_detailsSection; }
    ReplicaInspector *inspector() const { return m_inspector; }
    PhotoView *photoView() const { return m_photo; }
    InspectorPanel *inspectorPanel() const { return m_inspectorPanel; }
    SampleStrip *sampleStrip() const { return m_samples; }
    SecondSessionWindow *secondWindow() const;
    QString problemText() const;

    void chooseFile();
    void uploadSample(const QString &key);
    void uploadFile(const QString &path);
    void openSecondWindow();
    // In a split view: the pane's name its toasts and announcements begin with ("Left pane")
    // and its title, which names its telemetry rows; both empty when it is alone.
    void setPane(const QString &pane, const QString &title);
    // The timeline's screen for its steps ("profile", a right pane's "profile-right").
    void setScreenId(const QString &screen);
    // Asks the shell to bring this screen to the front (scenario steps, screenshots).
    void reveal() { Q_EMIT revealRequested(); }
    // The same, with the contact details scrolled into view.
    void revealDetails();

Q_SIGNALS:
    void revealRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    void refresh();
    void connectModel();
    void showProblem(const QString &message);

    std::unique_ptr<Clock> m_ownClock;
    ApiClient *m_api;
    ProfileModel *m_model;
    ReplicaInspector *m_inspector;
    DetailsModel *m_details;
    ProfileFeedback *m_feedback = nullptr;
    DetailsFeedback *m_detailsFeedback = nullptr;
    DetailsSection *m_detailsSection = nullptr;
    QScrollArea *m_scroll = nullptr;

    PhotoView *m_photo = nullptr;
    QLabel *m_name = nullptr;
    SyncBadge *m_badge = nullptr;
    QLabel *m_status = nullptr;
    QFrame *m_problemBox = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_retry = nullptr;
    SampleStrip *m_samples = nullptr;
    QButtonGroup *m_patterns = nullptr;
    QCheckBox *m_preview = nullptr;
    InspectorPanel *m_inspectorPanel = nullptr;
    QBoxLayout *m_columns = nullptr;
    QBoxLayout *m_top = nullptr;
    QPointer<SecondSessionWindow> m_secondWindow;
    bool m_hadPreview = false;
};
