#pragma once

#include "models/client/apicall.h"
#include "models/transfer/transfermodel.h"

#include <QPointer>

// One row of the transfer list, shared by the two halves of TransferModel (the list model in
// transfermodel.cpp, the form in transferdraft.cpp, the driver in transferdriver.cpp). Own rows are
// driven by the machine; rows only listed by the server use just the phase and reason of their
// state.
struct TransferModel::Row
{
    TransferOutbox::Entry entry;
    QString key; // the idempotency key, or "server:<id>" for a listed row
    bool own = true;
    TransferMachine::State state;
    int attempts = 0; // requests sent for it, for inspectors
    quint64 generation = 0; // a scheduled retry runs only if nothing was scheduled since
    QPointer<ApiCall> call;

    bool isFinal() const { return state.isFinal(); }
};
