#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

class ApiClient;
class PhotoView;
class ProfileModel;
class QCheckBox;
class QComboBox;
class QLabel;
class SteadyClock;

// The same profile seen by another session (its own client id, no read-your-writes token):
// read-your-writes fixes only the writer's own view; everyone else still sees the old photo
// until the replicas catch up. It reloads every 2 seconds, so with a naive read it also shows the
// page going back in time when the replicas are at different lags; its read pattern is a choice.
class SecondSessionWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit SecondSessionWindow(const QUrl &baseUrl, QWidget *parent = nullptr);
    ~SecondSessionWindow() override;

    ProfileModel *model() const { return m_model; }
    QComboBox *patternChoice() const { return m_pattern; }
    QString timeTravelText() const;

private:
    void refresh();

    std::unique_ptr<SteadyClock> m_clock;
    ApiClient *m_api;
    ProfileModel *m_model;
    PhotoView *m_photo;
    QLabel *m_name;
    QLabel *m_served;
    QLabel *m_timeTravel;
    QComboBox *m_pattern;
    QCheckBox *m_autoReload;
    QTimer m_reloadTimer;
};
