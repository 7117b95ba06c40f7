// The Money transfer screen's scenario actions and expectations: send from the form, choose the
// pattern, check a transfer's final state and that the balance reconciles with the server.

#include "app/screens/transfer/transferscreen.h"

#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/control/actionregistry.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

TransferModel::Phase phaseFromName(const QString &name, bool *ok)
{
    using P = TransferModel::Phase;
    for (P phase : {P::Sending, P::Checking, P::Pending, P::Completed, P::Failed}) {
        if (TransferModel::phaseName(phase) == name) {
            *ok = true;
            return phase;
        }
    }
    *ok = false;
    return P::Failed;
}

} // namespace

void TransferScreen::registerScenarioActions(ActionRegistry *registry)
{
    registry->registerAction(
        u"transfer.send"_s, tr("Send a transfer from the form (args: payeeId, amount, note)"),
        [this](const QJsonObject &args, const ActionRegistry::Done &done) {
            const QString payee = args.value(u"payeeId"_s).toString();
            // The amount is typed as a person in this locale would; a number means cents.
            const QJsonValue amountValue = args.value(u"amount"_s);
            const QString amount = amountValue.isDouble()
                ? MoneyAmount::formatPlain(amountValue.toInteger(), m_model->locale())
                : amountValue.toString();
            const QString note = args.value(u"note"_s).toString();
            if (!m_model->hasAccount()) {
                done(false, tr("The account has not loaded yet."));
                return;
            }
            reveal();
            const TransferModel::SendResult result = sendAsPerson(payee, amount, note);
            if (!result.sent) {
                done(false, tr("Send was refused: %1").arg(result.message));
                return;
            }
            const int row = m_model->rowOfKey(result.key);
            done(true,
                 tr("Sent %1: it shows \"%2\"")
                     .arg(m_model->index(row).data(Qt::DisplayRole).toString(),
                          m_model->index(row).data(TransferModel::StatusTextRole).toString()));
        });
    registry->registerAction(
        u"transfer.setPattern"_s,
        tr("Choose the transfer pattern (args: pattern = \"transparent\" or \"optimistic\")"),
        [this](const QJsonObject &args, const ActionRegistry::Done &done) {
            const QString pattern = args.value(u"pattern"_s).toString();
            const std::optional<TransferModel::Pattern> chosen = patternFromKey(pattern);
            if (!chosen) {
                done(false, tr("\"pattern\" must be \"transparent\" or \"optimistic\"."));
                return;
            }
            reveal();
            setPattern(*chosen);
            done(true, tr("Pattern: %1").arg(pattern));
        });
    registry->registerExpectation(
        u"transfer.finalState"_s,
        tr("The newest transfer (or the one with this note) shows this state (args: state = "
           "final, completed, failed, pending, checking or sending; optional note, reason)"),
        [this](const QJsonObject &args) -> std::pair<bool, QString> {
            // "final": completed or failed, whichever the bank chose (seeded, but not per step).
            const QString stateName = args.value(u"state"_s).toString();
            const bool anyFinal = stateName == "final"_L1;
            bool known = anyFinal;
            const TransferModel::Phase wanted =
                anyFinal ? TransferModel::Phase::Completed : phaseFromName(stateName, &known);
            if (!known)
                return {false,
                        tr("\"state\" must be final, completed, failed, pending, "
                           "checking or sending.")};
            const QString note = args.value(u"note"_s).toString();
            int row = -1;
            for (int r = 0; r < m_model->rowCount(); ++r) {
                const QModelIndex index = m_model->index(r);
                if (!index.data(TransferModel::OwnRole).toBool())
                    continue;
                if (note.isEmpty() || index.data(TransferModel::NoteRole).toString() == note) {
                    row = r;
                    break;
                }
            }
            if (row < 0)
                return {false,
                        note.isEmpty()
                            ? tr("No transfer has been sent from this screen.")
                            : tr("There is no transfer with the note \"%1\".").arg(note)};
            const QModelIndex index = m_model->index(row);
            const auto phase =
                static_cast<TransferModel::Phase>(index.data(TransferModel::PhaseRole).toInt());
            const QString reason = index.data(TransferModel::ReasonRole).toString();
            const QString wantedReason = args.value(u"reason"_s).toString();
            const QString found = tr("%1 shows \"%2\" (%3)")
                                      .arg(index.data(Qt::DisplayRole).toString(),
                                           index.data(TransferModel::StatusTextRole).toString(),
                                           TransferModel::phaseName(phase));
            const bool phaseOk = anyFinal ? (phase == TransferModel::Phase::Completed
                                             || phase == TransferModel::Phase::Failed)
                                          : phase == wanted;
            return {phaseOk && (wantedReason.isEmpty() || wantedReason == reason), found};
        });
    registry->registerAsyncExpectation(
        u"transfer.balance"_s,
        tr("The balance line reconciles with the server, and optionally shows these amounts "
           "(args: available, pending — cents as numbers or text as shown)"),
        [this](const QJsonObject &args, const ActionRegistry::Done &done) {
            const TransferModel::Balance shown = m_model->balance();
            if (!shown.known) {
                done(false, tr("The balance has not loaded yet."));
                return;
            }
            const auto matches = [this](const QJsonValue &value, qint64 minor) {
                if (value.isUndefined() || value.isNull())
                    return true;
                if (value.isDouble())
                    return value.toInteger() == minor;
                return value.toString() == m_model->formatAmount(minor);
            };
            if (!matches(args.value(u"available"_s), shown.available)
                || !matches(args.value(u"pending"_s), shown.pending)) {
                done(false, tr("It shows \"%1\"").arg(m_model->balanceText()));
                return;
            }
            // Reconcile with a fresh read of the server's account.
            ApiCall *call = m_services.api->fetchAccount(ReadConsistency::Primary);
            connect(call, &ApiCall::finished, this, [this, done](const ApiResult &result) {
                const Account *server = result.get<Account>();
                if (!server) {
                    done(false,
                         tr("The server's account could not be read: %1").arg(result.message));
                    return;
                }
                const TransferModel::Balance now = m_model->balance();
                const QString found =
                    tr("It shows \"%1\"; the server holds %2 available and %3 pending")
                        .arg(m_model->balanceText(), m_model->formatAmount(server->available),
                             m_model->formatAmount(server->pending));
                // With nothing of ours in flight the two must agree exactly; while something
                // is, the screen may hold back more than the server, never promise more.
                const bool consistent = now.available + now.pending == now.balance;
                const bool agrees = m_model->hasUnfinished() ? now.available <= server->available
                                                             : now.available == server->available
                        && now.pending == server->pending && now.balance == server->balance;
                done(consistent && agrees, found);
            });
        });
}
