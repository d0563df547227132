#include "storage/beheer/postgreslogin.h"

#include "storage/db/postgressecurity.h"
#include "storage/db/storageerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kcc::storage {

namespace {

bool isRefusedLogin(const Error &error)
{
    return std::any_of(error.fieldErrors.cbegin(), error.fieldErrors.cend(),
                       [](const FieldError &field) { return field.field == QLatin1String("password"); });
}

} // namespace

QString PostgresLogin::refused()
{
    return tr("The name or password is not correct, or the account is not active.");
}

Result<std::unique_ptr<Database>> PostgresLogin::open(const DatabaseAddress &server, const QString &naam,
                                                      const QString &password)
{
    if (naam.trimmed().isEmpty() || password.isEmpty())
        return Error{refused(), {{QStringLiteral("password"), refused()}}};
    DatabaseAddress address = server;
    address.user = PostgresSecurity::loginName(naam);
    // The schema is the administrator's business (kccctl init): a seat never migrates it.
    Result<std::unique_ptr<Database>> opened =
        Database::open(address.toString(), Database::Migration::Refuse, Database::Access::ReadWrite, password);
    if (!opened) {
        if (isRefusedLogin(opened.error())) {
            qWarning("Failed sign-in on %s for the login \"%s\".", qPrintable(server.toString()),
                     qPrintable(address.user));
            return Error{refused(), {{QStringLiteral("password"), refused()}}};
        }
        return opened.error();
    }
    return opened;
}

Result<SignedInActor> PostgresLogin::whoAmI(Database &database)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT a.uuid, a.naam, a.soort_actor, a.indicatie_actief FROM actor a"
                                 " WHERE a.uuid = kcc_actor()"));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("reading who signed in"));
    if (!query.next() || query.value(3).toInt() != 1 || query.value(2).toString() != toCode(SoortActor::Medewerker)) {
        qWarning("The PostgreSQL login of %s has no active medewerker account.", qPrintable(database.path()));
        return Error{refused(), {{QStringLiteral("password"), refused()}}};
    }
    SignedInActor actor;
    actor.actor = QUuid::fromString(query.value(0).toString());
    actor.naam = query.value(1).toString();
    actor.soortActor = SoortActor::Medewerker;
    query.finish();

    QSqlQuery roles(database.connection());
    roles.prepare(QStringLiteral("SELECT rolname FROM pg_roles WHERE pg_has_role(session_user, oid, 'MEMBER')"));
    if (!roles.exec())
        return StorageError::fromSql(roles.lastError(), tr("reading the roles of who signed in"));
    QStringList groups;
    while (roles.next())
        groups << roles.value(0).toString();
    for (const QString &role : AccountRole::all()) {
        if (groups.contains(PostgresSecurity::groupRole(role)))
            actor.roles << role;
    }
    return actor;
}

Result<SignedInActor> PostgresLogin::confirm(Database &database, const QString &password)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT session_user")) || !query.next())
        return StorageError::fromSql(query.lastError(), tr("reading who signed in"));
    const QString login = query.value(0).toString();
    query.finish();
    Result<std::unique_ptr<Database>> checked = open(database.address(), login, password);
    if (!checked)
        return checked.error();
    return whoAmI(*checked.value());
}

} // namespace kcc::storage
