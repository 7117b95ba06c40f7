#pragma once

#include "app/sessionservices.h"
#include "models/session/timelineevent.h"
#include "widgets/statusannouncer.h"

#include <QHash>
#include <QObject>

class TransferModel;

// What the transfer model's signals become for the person and the facilitator: toasts (Retry
// puts a failed transfer back in the form), announcements, timeline steps and telemetry. The
// screen lays out the form and the list; everything said about a transfer goes through here.
class TransferFeedback final : public QObject
{
    Q_OBJECT

public:
    static constexpr auto screenId = "transfer";
    static constexpr auto telemetryOperation = "transfer";

    TransferFeedback(TransferModel *model, const SessionServices &services,
                     QObject *parent = nullptr);

    // The form refused to send: said at once, with the field's message.
    void sendRefused(const QString &message);
    // The form took a transfer; feedbackMs from the click to the row showing it.
    void sendTaken(qint64 feedbackMs);
    // The split-view pane this screen is ("Left pane"), said first, and its title, which names
    // its telemetry rows; both empty outside split view.
    void setPane(const QString &pane, const QString &title);
    // The timeline's screen its stories are told under ("transfer", "transfer-right").
    void setScreenId(const QString &screen) { m_screen = screen; }
    // Failed transfers whose toast (or its row in the history) still offers Retry.
    int retryableFailureCount() const { return static_cast<int>(m_failureToasts.size()); }

Q_SIGNALS:
    // The person pressed Retry on a failed transfer's toast.
    void retryRequested(const QString &key);

private:
    // Who an announcement is about, so the transfer's final state drops what is outdated.
    static QString subjectOf(const QString &key);
    QString operation() const;
    QString said(const QString &text) const;
    void connectProgress();
    void connectOutcomes();
    void showFailure(const QString &key, const QString &message, TimelineEvent::Kind kind,
                     StatusAnnouncer::Kind announce);
    void record(TimelineEvent::Kind kind, const QString &correlationId, const QString &text);
    QString correlationOf(const QString &key) const;

    TransferModel *m_model;
    SessionServices m_services;
    // The toast offering Retry for each failed transfer, withdrawn once it is resent; dropped
    // when the notification history forgets it, so a long day does not grow it.
    QHash<QString, int> m_failureToasts;
    QString m_screen;
    QString m_pane;
    QString m_paneTitle;
};
