#pragma once

#include "models/transfer/transfermachine.h"

#include <QtGlobal>

#include <vector>

// What the screen shows of the money: the server's account snapshot plus what it cannot know
// yet (holds it has not seen, settlements after it). A pure function, so every case of
// "created before or after the snapshot, settled before or after it" is a table row.
struct TransferBalance
{
    bool known = false;
    qint64 balance = 0;
    qint64 pending = 0;
    qint64 available = 0;
    friend bool operator==(const TransferBalance &, const TransferBalance &) = default;

    // One of this session's own transfers, as far as the balance cares.
    struct Own
    {
        TransferMachine::Phase phase = TransferMachine::Phase::Sending;
        qint64 amount = 0;
        qint64 createLsn = -1;
        qint64 settleLsn = -1;
    };

    // snapshotLsn: the LSN the account snapshot was read at.
    static TransferBalance of(qint64 balance, qint64 pending, qint64 snapshotLsn,
                              const std::vector<Own> &own);
};
