#include "storage/db/storageerror.h"

#include <QHash>

#include <optional>

namespace kcc::storage {

namespace {

QString sqliteText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

// PostgreSQL names its SQLSTATE in QSqlError::nativeErrorCode(); SQLite's driver puts its
// result code there, which is never five characters with a letter, so the two do not mix.
QString sqlState(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code.size() == 5 ? code : QString();
}

// The constraint's name in PostgreSQL's message: ... violates unique constraint "partij_nummer_key".
QString postgresConstraintName(const QSqlError &error)
{
    const QString text = sqliteText(error);
    const qsizetype start = text.indexOf(QLatin1String("constraint \""));
    if (start < 0)
        return {};
    const qsizetype nameStart = start + 12;
    const qsizetype end = text.indexOf(QLatin1Char('"'), nameStart);
    return end < 0 ? QString() : text.mid(nameStart, end - nameStart);
}

// SQLite's detail ("table.column, table.column") for PostgreSQL's unique constraint names, so the
// repositories' messages read the same on both engines. Inline UNIQUE columns are named
// <table>_<column>_key by PostgreSQL, primary keys <table>_pkey; the named unique indexes are ours.
QString sqliteStyleUniqueDetail(const QString &constraint)
{
    static const QHash<QString, QString> namedIndexes = {
        {QStringLiteral("partij_identificator_globaal_uniek"),
         QStringLiteral("partij_identificator.code_objecttype, partij_identificator.code_soort_object_id, "
                        "partij_identificator.object_id, partij_identificator.code_register")},
        {QStringLiteral("partij_identificator_binnen_sub_uniek"),
         QStringLiteral("partij_identificator.sub_identificator_van, partij_identificator.code_objecttype, "
                        "partij_identificator.code_soort_object_id, partij_identificator.object_id, "
                        "partij_identificator.code_register")},
        {QStringLiteral("partij_identificator_soort_per_partij"),
         QStringLiteral("partij_identificator.identificeerde_partij, partij_identificator.code_soort_object_id")},
        {QStringLiteral("digitaal_adres_referentie_uniek"),
         QStringLiteral("digitaal_adres.verstrekt_door_partij, digitaal_adres.soort_digitaal_adres, "
                        "digitaal_adres.referentie")},
    };
    static const QStringList tables = {
        QStringLiteral("partij_identificator"),
        QStringLiteral("partij"),
        QStringLiteral("digitaal_adres"),
        QStringLiteral("rekeningnummer"),
        QStringLiteral("vertegenwoordiging"),
        QStringLiteral("klantcontact"),
        QStringLiteral("betrokkene"),
        QStringLiteral("onderwerpobject"),
        QStringLiteral("bijlage"),
        QStringLiteral("actor_klantcontact"),
        QStringLiteral("actor"),
        QStringLiteral("interne_taak_actor"),
        QStringLiteral("interne_taak"),
        QStringLiteral("account"),
    };
    if (const auto named = namedIndexes.constFind(constraint); named != namedIndexes.cend())
        return named.value();
    for (const QString &table : tables) {
        if (constraint == table + QLatin1String("_pkey"))
            return table + QLatin1String(".uuid");
        if (constraint.startsWith(table + QLatin1Char('_')) && constraint.endsWith(QLatin1String("_key")))
            return table + QLatin1Char('.') + constraint.mid(table.size() + 1).chopped(4);
    }
    return constraint;
}

} // namespace

// Conflicts and a lost server are told in plain words, never as the engine's text: the user can
// only try again or wait.
static std::optional<Error> plainError(const QSqlError &error)
{
    if (StorageError::isRetryable(error)) {
        return Error{StorageError::tr("Another seat changed the same records at the same moment; please try again."),
                     {},
                     Error::Cause::Conflict};
    }
    if (StorageError::isConnectionLost(error)) {
        return Error{StorageError::tr("The connection to the database server was lost; nothing was saved. What you "
                                      "entered stays on this desk: save again when the connection is back."),
                     {},
                     Error::Cause::Unreachable};
    }
    return std::nullopt;
}

Error StorageError::fromSql(const QSqlError &error)
{
    if (std::optional<Error> plain = plainError(error))
        return *plain;
    return Error{tr("The database reported an error: %1").arg(sqliteText(error)), {}};
}

Error StorageError::fromSql(const QSqlError &error, const QString &action)
{
    if (std::optional<Error> plain = plainError(error))
        return *plain;
    //: %1 is what was being done ("saving the partij"), %2 the database's own message
    return Error{tr("The database reported an error while %1: %2").arg(action, sqliteText(error)), {}};
}

bool StorageError::isUniqueViolation(const QSqlError &error)
{
    return sqlState(error) == QLatin1String("23505") ||
           sqliteText(error).contains(QLatin1String("UNIQUE constraint failed"));
}

bool StorageError::isCheckViolation(const QSqlError &error)
{
    return sqlState(error) == QLatin1String("23514") ||
           sqliteText(error).contains(QLatin1String("CHECK constraint failed"));
}

bool StorageError::isForeignKeyViolation(const QSqlError &error)
{
    return sqlState(error) == QLatin1String("23503") ||
           sqliteText(error).contains(QLatin1String("FOREIGN KEY constraint failed"));
}

bool StorageError::isNotNullViolation(const QSqlError &error)
{
    return sqlState(error) == QLatin1String("23502") ||
           sqliteText(error).contains(QLatin1String("NOT NULL constraint failed"));
}

bool StorageError::isBusy(const QSqlError &error)
{
    // PostgreSQL: a lock that could not be had (NOWAIT) or the statement timeout.
    const QString state = sqlState(error);
    if (state == QLatin1String("55P03") || state == QLatin1String("57014"))
        return true;
    const QString text = sqliteText(error);
    return text.contains(QLatin1String("database is locked")) || text.contains(QLatin1String("database is busy"));
}

bool StorageError::isRetryable(const QSqlError &error)
{
    const QString state = sqlState(error);
    return state == QLatin1String("40001") || state == QLatin1String("40P01");
}

bool StorageError::isConnectionLost(const QSqlError &error)
{
    // Class 08 (connection exception) and 57P01..57P03 (the server shut down or restarts).
    const QString state = sqlState(error);
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02") ||
        state == QLatin1String("57P03")) {
        return true;
    }
    const QString text = sqliteText(error);
    return error.type() == QSqlError::ConnectionError ||
           text.contains(QLatin1String("server closed the connection unexpectedly")) ||
           text.contains(QLatin1String("no connection to the server")) ||
           text.contains(QLatin1String("could not receive data from server")) ||
           text.contains(QLatin1String("could not send data to server")) ||
           text.contains(QLatin1String("connection not open")) || text.contains(QLatin1String("SSL SYSCALL error"));
}

QString StorageError::constraintDetail(const QSqlError &error)
{
    if (!sqlState(error).isEmpty()) {
        const QString constraint = postgresConstraintName(error);
        return isUniqueViolation(error) ? sqliteStyleUniqueDetail(constraint) : constraint;
    }
    const QString text = sqliteText(error);
    const qsizetype colon = text.indexOf(QLatin1String("failed: "));
    return colon < 0 ? QString() : text.mid(colon + 8).trimmed();
}

} // namespace kcc::storage
