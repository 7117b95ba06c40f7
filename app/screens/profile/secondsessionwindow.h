#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

class ApiClient;
class PhotoView;
class ProfileModel;
class QCheckBox;
class QLabel;
class SteadyClock;

// The same profile seen by another session (its own client id, no read-your-writes token):
// read-your-writes fixes only the writer's own view; everyone else still sees the old photo
// until the replicas catch up.
class SecondSessionWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit SecondSessionWindow(const QUrl &baseUrl, QWidget *parent = nullptr);
    ~SecondSessionWindow() override;

    ProfileModel *model() const { return m_model; }

private:
    void refresh();

    std::unique_ptr<SteadyClock> m_clock;
    ApiClient *m_api;
    ProfileModel *m_model;
    PhotoView *m_photo;
    QLabel *m_name;
    QLabel *m_served;
    QCheckBox *m_autoReload;
    QTimer m_reloadTimer;
};
