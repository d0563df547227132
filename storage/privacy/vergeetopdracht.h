#pragma once

#include "model/beheer/accountservice.h"
#include "model/core/clock.h"
#include "model/core/result.h"
#include "model/privacy/huidigeverwerking.h"
#include "model/privacy/verwerkingeninzage.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUuid>

namespace kcc::storage {

class Database;

// What an erasure did, for the privacy officer's answer to the citizen.
struct VergeetVerslag
{
    QUuid partij;
    qint64 betrokkenen = 0;
    qint64 klantcontacten = 0; // kept, their betrokkenen anonymised
    qint64 digitaleAdressen = 0;
    qint64 identificatoren = 0;
    qint64 rekeningnummers = 0;
    qint64 concepten = 0; // drafts that mentioned the person, removed
    // Empty when the freed space was wiped too; otherwise why not (another program had the
    // database open): the erasure itself is done, wipe later with VergeetOpdracht::wisVrijeRuimte.
    QString waarschuwing;
    qint64 milliseconden = 0;
};

// The right to erasure (AVG art. 17), for the privacy officer only, as far as the retention
// rules allow: the klantcontacten and interne taken stay (the statistics per kanaal and onderwerp
// stay the same), but nothing identifies the person any more. In ONE write transaction: the
// partij keeps its uuid and nummer but loses its names, addresses and notitie; its
// identificatoren, digitale adressen (also those its betrokkenen gave) and rekeningnummers are
// deleted; its betrokkenen lose their names and addresses; the person's values are replaced by
// "[gewist]" in the free text of their klantcontacten, interne taken and task log; drafts that
// mention them are removed; the sync outbox forgets its error texts about their records. The
// erasure is logged first (by BSN, while it is still known); a failed erasure lets that entry
// vervallen.
//
// SQLite keeps deleted bytes in free pages, in freeblocks inside pages, in old FTS5 segments
// and in the WAL. So the transaction runs with secure_delete on and merges the name index into
// one segment ('optimize'); then wisVrijeRuimte() rewrites the file (VACUUM, which also drops
// what earlier edits left behind) and truncates the WAL. On PostgreSQL the dead row versions stay
// until the server's (auto)vacuum.
class VergeetOpdracht
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::VergeetOpdracht)

public:
    VergeetOpdracht(Database &database, VerwerkingenLog &log, const HuidigeVerwerking &verwerking, Clock clock = {});

    Result<VergeetVerslag> vergeet(const InzageVraag &vraag, const SignedInActor &functionaris);

    // SQLite: VACUUM (then the search index is checked against the partij rowids and rebuilt if
    // VACUUM renumbered them) and wal_checkpoint(TRUNCATE). Fails when another connection is
    // reading or writing; nothing is lost then, only not yet wiped.
    static Result<> wisVrijeRuimte(Database &database);

    // The text that replaces the person's values in free text.
    static QString gewist() { return QStringLiteral("[gewist]"); }

private:
    Result<VergeetVerslag> anonimiseer(const QUuid &partij);

    Database &m_database;
    VerwerkingenLog &m_log;
    const HuidigeVerwerking &m_verwerking;
    Clock m_clock;
};

} // namespace kcc::storage
