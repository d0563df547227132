#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kcc::storage {

class Database;

// Security in the engine on PostgreSQL (issue 13): what the application enforces in its screens,
// the server enforces for whoever holds a medewerker's login, in psql as much as in the werkplek.
//
// - Group roles kcc_medewerker, kcc_balie, kcc_supervisor and kcc_beheerder (AccountRole codes with
//   the prefix kcc_), all members of kcc_gebruiker, which holds what the call flow and the task
//   actions need and no more: no DELETE of klantcontacten, no column wachtwoord_hash of account.
// - Every medewerker signs in with an own login (scram-sha-256) whose name is their account's
//   gebruikersnaam in lower case; kcc_actor() maps the session's login to the actor.
// - Row-level security: a vertrouwelijk klantcontact only for the actors linked to it, the actors its
//   tasks are assigned to and supervisors (VertrouwelijkZichtbaar's rule); an UPDATE of a
//   klantcontact only by an actor linked to it (or a beheerder); an afdeling's queue rows only for
//   its members and supervisors; drafts only for their own medewerker.
// install() is idempotent and runs after every migration on PostgreSQL, so that a table a later
// version adds is covered (a table it does not name gets no rights at all).
class PostgresSecurity
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::PostgresSecurity)

public:
    static Result<> install(const QSqlDatabase &connection);

    // Creates (or updates the password and roles of) the login of `gebruikersnaam` with the group
    // roles of `roles` (AccountRole codes). The password is turned into a SCRAM verifier by libpq on
    // this side: the server never sees it in clear, nor does its log. Needs CREATEROLE.
    static Result<> createLogin(Database &database, const QString &gebruikersnaam, const QString &password,
                                const QStringList &roles);
    static QString loginName(const QString &gebruikersnaam);
    static QString groupRole(const QString &accountRole);
};

} // namespace kcc::storage
