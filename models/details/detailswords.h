#pragma once

#include "models/details/detailsmachine.h"

#include <QCoreApplication>
#include <QString>

// The contact details' sentences, derived from the machine's state in one place, so the form, the
// dialog, toasts and announcements say the same thing. Short state words come from SyncWords.
class DetailsWords
{
    Q_DECLARE_TR_FUNCTIONS(DetailsModel)

public:
    // The line under the form's badge; empty when nothing needs saying.
    static QString status(const DetailsMachine::State &state, const QString &ownClientId);
    // Who wrote a version, in plain words: "you", "another device", "another session".
    static QString writer(const QString &updatedBy, const QString &ownClientId);
    // What the person is told when a notice happens; empty for notices said nowhere.
    static QString announcement(DetailsMachine::Notice notice, const DetailsMachine::State &state);
    static QString patternTitle(DetailsMachine::Pattern pattern);
    static QString patternExplanation(DetailsMachine::Pattern pattern);
};
