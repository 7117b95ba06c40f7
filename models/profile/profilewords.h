#pragma once

#include "models/profile/profilemachine.h"

#include <QCoreApplication>
#include <QString>

// The profile page's sentences, each derived from the machine's state in one place, so the status
// line, the toasts and the timeline say the same thing. Short state words come from SyncWords.
class ProfileWords
{
    Q_DECLARE_TR_FUNCTIONS(ProfileModel)

public:
    // The line under the badge; empty when nothing needs saying. name: the upload's display name.
    static QString status(const ProfileMachine::State &state, const QString &name);
    // The caption over the dimmed local preview; empty without one.
    static QString preview(const ProfileMachine::State &state);
    // "the primary", "replica 2"
    static QString node(const QString &servedBy);
};
