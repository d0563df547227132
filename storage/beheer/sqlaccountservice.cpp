#include "storage/beheer/sqlaccountservice.h"

#include "storage/beheer/passwordhash.h"
#include "storage/db/database.h"
#include "storage/db/sqlutil.h"
#include "storage/db/storageerror.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"

#include "model/taken/taaktoegang.h"
#include "model/validation/validation.h"
#include "model/validation/valuevalidators.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kcc::storage {

namespace {

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

Error invalid(const FieldErrors &errors)
{
    return Error{errors.isEmpty() ? QString() : errors.first().message, errors};
}

} // namespace

SqlAccountService::SqlAccountService(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

void SqlAccountService::setActingActor(const SignedInActor &actor)
{
    m_actor = actor;
}

int SqlAccountService::waitAfterFailures(int failures)
{
    if (failures >= lockAfterFailures)
        return lockMinutes * 60;
    return failures >= lockAfterFailures - 2 ? waitSeconds : 0;
}

Result<> SqlAccountService::mayManage(const char *action) const
{
    Result<> allowed = TaakToegang::beheren(m_actor);
    if (!allowed)
        qWarning("Refused to %s: \"%s\" is no beheerder.", action, qPrintable(m_actor.naam));
    return allowed;
}

std::pair<int, QDateTime> SqlAccountService::recordFailure(const QUuid &actor, const QString &naam)
{
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT mislukte_aanmeldingen FROM account WHERE actor = ?"));
    query.addBindValue(uuidText(actor));
    if (!transaction.isActive() || !query.exec() || !query.next()) {
        qWarning("Failed sign-in for \"%s\" could not be counted: %s", qPrintable(naam),
                 qPrintable(transaction.isActive() ? query.lastError().text() : transaction.error().message));
        return {0, QDateTime()};
    }
    const int failures = query.value(0).toInt() + 1;
    query.finish();
    const int wait = waitAfterFailures(failures);
    const QDateTime until = wait > 0 ? m_clock().toUTC().addSecs(wait) : QDateTime();
    query.prepare(QStringLiteral("UPDATE account SET mislukte_aanmeldingen = ?, geblokkeerd_tot = ? WHERE actor = ?"));
    query.addBindValue(failures);
    query.addBindValue(until.isValid() ? QVariant(until.toString(Qt::ISODateWithMs))
                                       : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(uuidText(actor));
    if (!query.exec() || !transaction.commit()) {
        qWarning("Failed sign-in for \"%s\" could not be counted.", qPrintable(naam));
        return {failures, QDateTime()};
    }
    if (until.isValid()) {
        qWarning("Failed sign-in for \"%s\" (%d in a row): no new attempt before %s.", qPrintable(naam), failures,
                 qPrintable(until.toString(Qt::ISODate)));
    } else {
        qWarning("Failed sign-in for \"%s\" (%d in a row).", qPrintable(naam), failures);
    }
    return {failures, until};
}

std::optional<Error> SqlAccountService::checkPassword(const QString &password) const
{
    if (password.size() < minimumPasswordLength) {
        return Error{tr("The password needs at least %n characters.", nullptr, minimumPasswordLength),
                     {{QStringLiteral("password"),
                       tr("The password needs at least %n characters.", nullptr, minimumPasswordLength)}}};
    }
    return std::nullopt;
}

std::optional<Error> SqlAccountService::checkRoles(const QStringList &roles) const
{
    if (roles.isEmpty())
        return Error{tr("Choose at least one role."), {{QStringLiteral("roles"), tr("Choose at least one role.")}}};
    for (const QString &role : roles) {
        if (!AccountRole::all().contains(role)) {
            const QString message = tr("%1 is not a known role.").arg(role);
            return Error{message, {{QStringLiteral("roles"), message}}};
        }
    }
    return std::nullopt;
}

Result<SignedInActor> SqlAccountService::signIn(const QString &naam, const QString &password)
{
    const Error refused{tr("The name or password is not correct, or the account is not active."), {}};
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT a.actor, a.wachtwoord_hash, a.rollen, r.naam, r.soort_actor, r.indicatie_actief,"
                       " a.mislukte_aanmeldingen, a.geblokkeerd_tot FROM account a JOIN actor r ON r.uuid = a.actor"
                       " WHERE a.gebruikersnaam = ?"));
    query.addBindValue(naam.trimmed());
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("signing in"));
    if (!query.next()) {
        // Spend the same time as a real check, so that timing does not reveal which names exist.
        static const QString dummy = PasswordHash::create(QStringLiteral("not a password"));
        (void)PasswordHash::verify(password, dummy);
        qWarning("Failed sign-in for the unknown name \"%s\".", qPrintable(naam.trimmed()));
        return refused;
    }
    const QUuid uuid = QUuid::fromString(query.value(0).toString());
    const QString stored = query.value(1).toString();
    const bool active = query.value(5).toInt() == 1 && query.value(4).toString() == toCode(SoortActor::Medewerker);
    const int failures = query.value(6).toInt();
    const QDateTime lockedUntil = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    auto shown = [](const QDateTime &moment) { return moment.toLocalTime().toString(QStringLiteral("HH:mm:ss")); };
    if (lockedUntil.isValid() && lockedUntil > m_clock()) {
        // Not even the password is checked while the account waits: guessing gets no answer.
        qWarning("Sign-in for \"%s\" refused: the account is locked until %s.", qPrintable(naam.trimmed()),
                 qPrintable(lockedUntil.toString(Qt::ISODate)));
        if (failures >= lockAfterFailures) {
            return Error{tr("After %n failed sign-ins in a row this account is locked until %1. Try again then, or "
                            "ask a beheerder to set a new password.",
                            nullptr, failures)
                             .arg(shown(lockedUntil)),
                         {}};
        }
        return Error{tr("Wait until %1 before you try to sign in again.").arg(shown(lockedUntil)), {}};
    }
    if (!PasswordHash::verify(password, stored) || !active) {
        query.finish();
        const auto [failed, until] = recordFailure(uuid, naam.trimmed());
        if (until.isValid() && failed >= lockAfterFailures) {
            return Error{tr("The name or password is not correct. After %n failed sign-ins in a row this account is "
                            "locked until %1.",
                            nullptr, failed)
                             .arg(shown(until)),
                         {}};
        }
        if (until.isValid()) {
            return Error{tr("The name or password is not correct, or the account is not active. Wait until %1 before "
                            "you try again; after %n failed sign-ins in a row the account is locked for a while.",
                            nullptr, lockAfterFailures)
                             .arg(shown(until)),
                         {}};
        }
        return refused;
    }

    SignedInActor actor;
    actor.actor = uuid;
    actor.naam = query.value(3).toString();
    actor.soortActor = SoortActor::Medewerker;
    actor.roles = query.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    query.finish();

    if (failures > 0 || lockedUntil.isValid()) {
        WriteTransaction transaction(m_database);
        QSqlQuery reset(m_database.connection());
        reset.prepare(
            QStringLiteral("UPDATE account SET mislukte_aanmeldingen = 0, geblokkeerd_tot = NULL WHERE actor = ?"));
        reset.addBindValue(uuidText(uuid));
        if (!transaction.isActive() || !reset.exec() || !transaction.commit())
            qWarning("The failed sign-ins of \"%s\" could not be reset.", qPrintable(actor.naam));
    }
    if (PasswordHash::needsRehash(stored)) {
        // Moving to Argon2id or stronger parameters is best effort: the sign-in stands even if this fails.
        (void)storePassword(actor.actor, password);
    }
    return actor;
}

Result<SignedInActor> SqlAccountService::confirmPassword(const QUuid &actor, const QString &password)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT gebruikersnaam FROM account WHERE actor = ?"));
    query.addBindValue(uuidText(actor));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("signing in"));
    if (!query.next())
        return Error{tr("The name or password is not correct, or the account is not active."), {}};
    const QString naam = query.value(0).toString();
    query.finish();
    // By the name, so that waiting, lock-out and rehashing are those of a sign-in; only the name
    // is not asked, so the message speaks of the password alone.
    Result<SignedInActor> signedIn = signIn(naam, password);
    if (!signedIn &&
        signedIn.error().message == tr("The name or password is not correct, or the account is not active."))
        return Error{tr("The password is not correct."),
                     {{QStringLiteral("password"), tr("The password is not correct.")}}};
    return signedIn;
}

Result<QUuid> SqlAccountService::createMedewerker(const QString &naam, const QString &functie, const QString &email,
                                                  const QString &telefoon, const QString &password,
                                                  const QStringList &roles, const QString &gebruikersnaam)
{
    if (const auto error = checkPassword(password))
        return *error;
    if (const auto error = checkRoles(roles))
        return *error;

    Actor actor;
    actor.uuid = QUuid::createUuid();
    actor.naam = naam.trimmed();
    actor.soortActor = SoortActor::Medewerker;
    actor.indicatieActief = true;
    actor.heeftActorIdentificatie = true;
    actor.functie = functie.trimmed();
    actor.emailadres = email.trimmed();
    Result<QString> phone = normalizeTelefoonnummer(telefoon);
    actor.telefoonnummer = phone ? phone.value() : telefoon.trimmed();
    if (const FieldErrors errors = validate(actor); !errors.isEmpty())
        return invalid(errors);

    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    if (!TaakToegang::isBeheerder(m_actor)) {
        // Only the first account of an empty database needs no beheerder to make it, and it must
        // be one itself; counted inside the transaction, so two first starts cannot both pass.
        Result<bool> any = hasAnyAccount();
        if (!any)
            return any.error();
        if (any.value() || !roles.contains(AccountRole::beheerder()))
            return mayManage("create a medewerker").error();
    }
    QSqlQuery exists(m_database.connection());
    const QString login = gebruikersnaam.trimmed().isEmpty() ? actor.naam : gebruikersnaam.trimmed();
    exists.prepare(QStringLiteral("SELECT 1 FROM account WHERE gebruikersnaam = ?"));
    exists.addBindValue(login);
    if (!exists.exec())
        return StorageError::fromSql(exists.lastError());
    if (exists.next()) {
        const QString message = tr("There is already an account with the name %1.").arg(login);
        return Error{message, {{QStringLiteral("naam"), message}}};
    }
    {
        Repository<Actor> actors(m_database);
        if (Result<> inserted = actors.insert(actor); !inserted)
            return inserted.error();
    }
    QSqlQuery insert(m_database.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO account (actor, gebruikersnaam, wachtwoord_hash, rollen) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(uuidText(actor.uuid));
    insert.addBindValue(login);
    insert.addBindValue(PasswordHash::create(password));
    insert.addBindValue(roles.join(QLatin1Char(',')));
    if (!insert.exec())
        return StorageError::fromSql(insert.lastError(), tr("creating the account"));
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return actor.uuid;
}

Result<QUuid> SqlAccountService::createAfdeling(const QString &naam, const QString &omschrijving, const QString &email)
{
    if (Result<> allowed = mayManage("create an afdeling"); !allowed)
        return allowed.error();
    Actor actor;
    actor.uuid = QUuid::createUuid();
    actor.naam = naam.trimmed();
    actor.soortActor = SoortActor::OrganisatorischeEenheid;
    actor.indicatieActief = true;
    actor.heeftActorIdentificatie = true;
    actor.omschrijving = omschrijving.trimmed();
    actor.emailadres = email.trimmed();
    if (const FieldErrors errors = validate(actor); !errors.isEmpty())
        return invalid(errors);
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    {
        Repository<Actor> actors(m_database);
        if (Result<> inserted = actors.insert(actor); !inserted)
            return inserted.error();
    }
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return actor.uuid;
}

Result<> SqlAccountService::setPassword(const QUuid &actor, const QString &password)
{
    if (Result<> allowed = mayManage("set a password"); !allowed)
        return allowed;
    return storePassword(actor, password);
}

Result<> SqlAccountService::storePassword(const QUuid &actor, const QString &password)
{
    if (const auto error = checkPassword(password))
        return *error;
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE account SET wachtwoord_hash = ? WHERE actor = ?"));
    query.addBindValue(PasswordHash::create(password));
    query.addBindValue(uuidText(actor));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("changing the password"));
    if (query.numRowsAffected() != 1)
        return Error{tr("This colleague has no account."), {}};
    return transaction.commit();
}

Result<> SqlAccountService::setRoles(const QUuid &actor, const QStringList &roles)
{
    if (Result<> allowed = mayManage("change roles"); !allowed)
        return allowed;
    if (const auto error = checkRoles(roles))
        return *error;
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE account SET rollen = ? WHERE actor = ?"));
    query.addBindValue(roles.join(QLatin1Char(',')));
    query.addBindValue(uuidText(actor));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("changing the roles"));
    if (query.numRowsAffected() != 1)
        return Error{tr("This colleague has no account."), {}};
    return transaction.commit();
}

Result<QStringList> SqlAccountService::roles(const QUuid &actor)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT rollen FROM account WHERE actor = ?"));
    query.addBindValue(uuidText(actor));
    if (!query.exec())
        return StorageError::fromSql(query.lastError());
    if (!query.next())
        return QStringList();
    return query.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

Result<bool> SqlAccountService::hasAnyAccount()
{
    Result<QVariant> count = Sql::scalar(m_database.connection(), QStringLiteral("SELECT count(*) FROM account"),
                                         tr("counting the accounts"));
    if (!count)
        return count.error();
    return count.value().toLongLong() > 0;
}

} // namespace kcc::storage
