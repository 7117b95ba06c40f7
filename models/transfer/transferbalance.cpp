#include "models/transfer/transferbalance.h"

TransferBalance TransferBalance::of(qint64 balance, qint64 pending, qint64 snapshotLsn,
                                    const std::vector<Own> &own)
{
    using Phase = TransferMachine::Phase;
    TransferBalance b {true, balance, pending, 0};
    for (const Own &t : own) {
        const bool createdInSnapshot = t.createLsn >= 0 && t.createLsn <= snapshotLsn;
        const bool settledAfterSnapshot = t.settleLsn > snapshotLsn;
        switch (t.phase) {
        case Phase::Sending:
        case Phase::Checking:
            // Maybe on its way: hold it, so the same money cannot be promised twice.
            b.pending += t.amount;
            break;
        case Phase::Pending:
            if (!createdInSnapshot)
                b.pending += t.amount;
            break;
        case Phase::Completed:
            if (settledAfterSnapshot) {
                b.balance -= t.amount;
                if (createdInSnapshot)
                    b.pending -= t.amount;
            }
            break;
        case Phase::Failed:
            if (settledAfterSnapshot && createdInSnapshot)
                b.pending -= t.amount;
            break;
        }
    }
    b.available = b.balance - b.pending;
    return b;
}
