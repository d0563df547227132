#pragma once

#include "model/beheer/accountservice.h"
#include "model/core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace kcc {

// A partij changed at the desk and on the server since the last sync (issue 14, item 5). The
// desk's change is held (outbox entry `outboxId`, status 'conflict') until the beheerder chooses.
// The three versions are the API's JSON, limited to the keys a client may write (syncVelden()).
struct PartijConflict
{
    qint64 id = 0;
    qint64 outboxId = 0;
    QUuid partij;       // the desk's uuid
    QJsonObject basis;  // the server's version at the last sync
    QJsonObject bureau; // the desk's version
    QJsonObject server; // the server's version now
    QDateTime ontstaanOp;
};

enum class ConflictChoice
{
    KeepDesk,  // send the desk's version (again, with the server's version as the new base)
    KeepServer // write the server's version into the local partij; the desk's change is dropped
};

class PartijConflicts
{
public:
    virtual ~PartijConflicts() = default;

    // The keys of a partij that the sync sends and compares: the writable properties of the
    // spec's Partij (without the references, which are records of their own).
    static QStringList syncVelden();

    virtual Result<QList<PartijConflict>> open() = 0;
    // Beheerder only. Leaves a trace: who chose what, and when. One transaction.
    virtual Result<> resolve(const SignedInActor &beheerder, qint64 id, ConflictChoice choice) = 0;
};

} // namespace kcc
