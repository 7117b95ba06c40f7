#pragma once

#include "models/details/detailsmachine.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiCall;
class ApiClient;
struct ApiResult;
struct BackendEvent;
struct Profile;

// The driver of DetailsMachine: feeds it the person's edits and decisions, the save's answers,
// reads of the primary and events, and carries out what it asks for. It emits signals; the form,
// the conflict dialog, toasts and the announcer listen.
class DetailsModel final : public QObject
{
    Q_OBJECT

public:
    using Pattern = DetailsMachine::Pattern;
    using Notice = DetailsMachine::Notice;

    explicit DetailsModel(ApiClient *api, QObject *parent = nullptr);
    ~DetailsModel() override;

    void setSettings(const DetailsMachine::Settings &settings) { m_settings = settings; }
    void setPattern(Pattern pattern);
    Pattern pattern() const { return m_state.pattern; }

    const DetailsMachine::State &state() const { return m_state; }
    SyncState syncState() const { return DetailsMachine::syncState(m_state.phase); }
    bool isLoaded() const { return m_state.server.version > 0; }
    QString ownClientId() const;
    // The correlation id of the save in hand (its story on the timeline), empty when none.
    QString storyId() const { return m_storyId; }

    // Reads the details from the primary.
    void load();
    // Another read of the profile (any node): a newer version than the page holds is taken.
    void noteProfile(const Profile &profile);
    void noteEvent(const BackendEvent &event);

    void edit();
    void revert();
    void save(const QString &name, const QString &email);
    void keepMine();
    void takeTheirs();
    void saveMerged(const QString &name, const QString &email);

    static DetailsMachine::Details detailsOf(const Profile &profile);

Q_SIGNALS:
    void changed();
    void notified(DetailsMachine::Notice notice);
    // The person's save (or decision to write) went out; the form shows it in the same call.
    void saveStarted();
    // Show both versions to the person, or refresh them: state().theirs changed.
    void decisionNeeded();
    void loadFailed(const QString &message);

private:
    void feed(const DetailsMachine::Input &input);
    void send();
    void fetch();
    bool byOtherClient(const DetailsMachine::Details &details) const;

    ApiClient *m_api;
    DetailsMachine::Settings m_settings;
    DetailsMachine::State m_state;
    QTimer m_timer;
    QPointer<ApiCall> m_saveCall;
    QPointer<ApiCall> m_readCall;
    QString m_storyId;
};
