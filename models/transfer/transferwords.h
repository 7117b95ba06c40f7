#pragma once

#include "models/transfer/transfermachine.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

// The words a person reads about a transfer. The shared ones ("Checking…", "In progress",
// "Taking longer than usual") come from SyncWords, so they read the same as on other screens;
// only what is particular to money is said here.
class TransferWords
{
    Q_DECLARE_TR_FUNCTIONS(TransferWords)

public:
    // What a row says about itself.
    struct Facts
    {
        TransferMachine::Phase phase = TransferMachine::Phase::Sending;
        TransferMachine::Window window = TransferMachine::Window::Expected;
        bool own = true; // sent from this app rather than only listed by the server
        bool optimistic = false; // shown under the optimistic anti-pattern
        bool retryingUndelivered = false; // a send certainly did not arrive and is being repeated
        QString amountText; // "€120.00"
        QString payeeName;
        QString reason; // machine code
        QString reasonMessage; // the server's words, when we have none of our own
        QString limitText; // the per-transfer limit, formatted, when known
        std::chrono::milliseconds expectedWindow {3000};
    };

    // "Sending…", "Checking…", "In progress", "Taking longer than usual", "Completed"…
    static QString status(const Facts &facts);
    // The sentence for the tooltip and the accessible description.
    static QString detail(const Facts &facts);
    // The plain words for a machine reason code; empty when there are none.
    static QString reason(const QString &code, const QString &limitText = {});
    // The reason in plain words, else the server's message.
    static QString why(const Facts &facts);
};
