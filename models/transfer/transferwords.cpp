#include "models/transfer/transferwords.h"

#include "models/sync/syncwords.h"

using namespace Qt::StringLiterals;

using Phase = TransferMachine::Phase;
using Window = TransferMachine::Window;

QString TransferWords::status(const Facts &f)
{
    if (f.own && f.optimistic) {
        // The anti-pattern: claim success at once, take it back later.
        return f.phase == Phase::Failed ? tr("Reversed") : tr("Sent");
    }
    switch (f.phase) {
    case Phase::Sending:
        return tr("Sending…");
    case Phase::Checking:
        return SyncWords::shortText(SyncState::Unknown);
    case Phase::Pending:
        if (!f.own)
            return SyncWords::inProgressShortText();
        switch (f.window) {
        case Window::Expected:
            return SyncWords::inProgressShortText();
        case Window::Longer:
            return SyncWords::slowShortText();
        case Window::VeryLong:
            return tr("Still processing");
        }
        break;
    case Phase::Completed:
        return tr("Completed");
    case Phase::Failed:
        return f.reason == "not_sent"_L1 || f.reason == "not_saved"_L1 ? tr("Not sent")
                                                                       : tr("Failed");
    }
    return {};
}

QString TransferWords::detail(const Facts &f)
{
    const QString because = why(f);
    if (f.own && f.optimistic) {
        if (f.phase == Phase::Failed)
            return tr("This transfer was shown as sent, then bounced. %1 The money was put "
                      "back.")
                .arg(because);
        return tr("%1 sent to %2.").arg(f.amountText, f.payeeName);
    }
    const QString windowWords = f.window == Window::VeryLong
        ? tr("We keep checking. A slow transfer is not a failed one.")
        : f.window == Window::Longer ? SyncWords::slowLongText()
                                     : QString();
    switch (f.phase) {
    case Phase::Sending:
        if (f.retryingUndelivered)
            return tr("We couldn't reach the bank yet. Trying again with the same transfer, so "
                      "it is never sent twice.");
        return tr("Your transfer is on its way to the bank.");
    case Phase::Checking:
        return QString(tr("We're checking whether your transfer arrived.") + u' ' + windowWords)
            .trimmed();
    case Phase::Pending:
        if (!f.own || f.window == Window::Expected)
            return SyncWords::inProgressLongText(
                std::chrono::duration_cast<std::chrono::seconds>(f.expectedWindow));
        return windowWords;
    case Phase::Completed:
        return tr("%1 reached %2.").arg(f.amountText, f.payeeName);
    case Phase::Failed:
        if (!f.own)
            return because;
        return QString(because + u' ' + tr("The money is available again.")).trimmed();
    }
    return {};
}

QString TransferWords::reason(const QString &code, const QString &limitText)
{
    if (code == "recipient_bank_declined"_L1)
        return tr("The recipient's bank declined the transfer.");
    if (code == "recipient_account_closed"_L1)
        return tr("The recipient's account is closed.");
    if (code == "insufficient_funds"_L1)
        return tr("There wasn't enough money available when the bank checked.");
    if (code == "over_limit"_L1)
        return limitText.isEmpty()
            ? tr("The amount is over the limit per transfer.")
            : tr("The amount is over the limit of %1 per transfer.").arg(limitText);
    if (code == "unknown_payee"_L1)
        return tr("This payee is no longer on your account.");
    if (code == "not_sent"_L1)
        return tr("We couldn't reach the bank, so nothing was sent.");
    if (code == "not_saved"_L1)
        return tr("This computer couldn't keep the transfer safe, so nothing was sent.");
    return {};
}

QString TransferWords::why(const Facts &f)
{
    const QString plain = reason(f.reason, f.limitText);
    return plain.isEmpty() ? f.reasonMessage : plain;
}
