#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class ActionRegistry;
class ApiClient;
class InspectorPanel;
class PhotoView;
class ProfileModel;
class QBoxLayout;
class QButtonGroup;
class QCheckBox;
class QFrame;
class QLabel;
class QPushButton;
class ReplicaInspector;
class SampleStrip;
class SecondSessionWindow;
class SessionRecorder;
class StatusAnnouncer;
class SteadyClock;
class SyncBadge;
class Telemetry;
class ToastCenter;

// The profile photo screen: read-your-writes against a lagging replica, four ways. The photo,
// the name, "Change photo…", drag and drop, sample photos, the pattern selector with local
// preview, and the inspector beside it. ProfileModel decides; this screen shows and wires the
// model's signals to toasts, the announcer, telemetry and the timeline.
class ProfileScreen final : public QWidget
{
    Q_OBJECT

public:
    ProfileScreen(ApiClient *api, ToastCenter *toasts, StatusAnnouncer *announcer,
                  QWidget *parent = nullptr);
    ~ProfileScreen() override;

    // The session's recorder, telemetry and scenario registry (created after the screens).
    void attach(SessionRecorder *recorder, Telemetry *telemetry, ActionRegistry *registry);
    // The backend answers: load the page and keep the inspector's numbers fresh.
    void start();

    ProfileModel *model() const { return m_model; }
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
    // Brings this screen to the front of the main window (scenarios, screenshots).
    void reveal();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    void refresh();
    void wireFeedback();
    void showProblem(const QString &message);

    std::unique_ptr<SteadyClock> m_clock;
    ApiClient *m_api;
    QPointer<ToastCenter> m_toasts;
    QPointer<StatusAnnouncer> m_announcer;
    QPointer<SessionRecorder> m_recorder;
    QPointer<Telemetry> m_telemetry;
    ProfileModel *m_model;
    ReplicaInspector *m_inspector;

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
    QPointer<SecondSessionWindow> m_secondWindow;
    bool m_hadPreview = false;
};
