#pragma once

#include <QWidget>

// The Qt 6.4 announcement channel: a visually hidden 1×1 widget whose accessible role is
// Notification and whose accessible name is the message. notify() hides and shows it, which the
// Linux bridge turns into a "showing" event that Orca 43 speaks as "notification <message>".
class AnnouncementNotifier : public QWidget
{
    Q_OBJECT

public:
    explicit AnnouncementNotifier(QWidget *parent);

    void notify(const QString &message);
    QString message() const { return m_message; }

private:
    QString m_message;
};
