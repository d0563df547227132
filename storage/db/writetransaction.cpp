#include "storage/db/writetransaction.h"

#include "storage/db/database.h"
#include "storage/db/integritycheck.h"
#include "storage/db/sqldialect.h"
#include "storage/db/storageerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace kcc::storage {

namespace {

class TransactionMessages
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::WriteTransaction)
};

} // namespace

WriteTransaction::WriteTransaction(Database &database)
    : m_database(database)
{
    if (m_database.isReadOnly()) {
        m_error = Error{TransactionMessages::tr("Nothing can be saved: the database %1 is open for reading only, "
                                                "because %2.")
                            .arg(m_database.path(), m_database.readOnlyReason()),
                        {}};
        return;
    }
    QSqlQuery query(m_database.connection());
    // Not QSqlDatabase::transaction(): on SQLite that issues a deferred BEGIN (see PLATFORM.md).
    bool begun = m_database.connection().isOpen() && query.exec(SqlDialect::beginWrite(m_database.connection()));
    const bool lost =
        !begun && (!m_database.connection().isOpen() || StorageError::isConnectionLost(query.lastError()));
    if (lost && m_database.engine() == Engine::PostgreSQL) {
        // The server dropped the connection since the last statement (a restart, a failover, a
        // cut): nothing of this unit of work was sent yet, so it starts on a new connection.
        if (Result<> reconnected = m_database.reconnect(); !reconnected) {
            m_error = reconnected.error();
            return;
        }
        query = QSqlQuery(m_database.connection());
        begun = query.exec(SqlDialect::beginWrite(m_database.connection()));
    }
    if (begun) {
        m_active = true;
    } else if (StorageError::isConnectionLost(query.lastError())) {
        m_error = StorageError::fromSql(query.lastError());
    } else {
        m_error =
            Error{StorageError::isBusy(query.lastError())
                      ? TransactionMessages::tr("The database is busy with another program; please try again.")
                      : TransactionMessages::tr("Could not start saving: %1").arg(query.lastError().databaseText()),
                  {}};
    }
}

WriteTransaction::~WriteTransaction()
{
    if (m_active && !m_committed) {
        QSqlQuery query(m_database.connection());
        // Fails harmlessly when SQLite already ended the transaction itself.
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

bool WriteTransaction::isActive() const
{
    return m_active && !m_committed;
}

const Error &WriteTransaction::error() const
{
    return m_error;
}

Result<> WriteTransaction::commit()
{
    if (!m_active)
        return m_error;
    if (m_committed) {
        m_error = Error{TransactionMessages::tr("This change was already saved."), {}};
        return m_error;
    }
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("COMMIT"))) {
        m_committed = true;
        return {};
    }
    const QSqlError sqlError = query.lastError();
    if (StorageError::isForeignKeyViolation(sqlError)) {
        // Deferred references are checked only now; on SQLite the transaction is still open, so
        // the offending rows can be named before the destructor rolls back. PostgreSQL has ended
        // it already and names the reference in its message.
        const QStringList problems =
            m_database.engine() == Engine::SQLite ? IntegrityCheck::foreignKeyProblems(m_database, 3) : QStringList();
        m_error = Error{TransactionMessages::tr("Nothing was saved, because a reference points to a record that does "
                                                "not exist: %1")
                            .arg(problems.isEmpty() ? sqlError.databaseText() : problems.join(QLatin1Char(' '))),
                        {}};
    } else if (StorageError::isRetryable(sqlError)) {
        m_error = Error{TransactionMessages::tr("Nothing was saved, because another seat changed the same records at "
                                                "the same moment; please try again."),
                        {},
                        Error::Cause::Conflict};
    } else if (StorageError::isConnectionLost(sqlError)) {
        // The server may have committed before the connection broke: the caller must find out
        // (a registration looks for its klantcontact's uuid) before it writes again.
        m_error = Error{TransactionMessages::tr("The connection to the database server was lost while saving; "
                                                "whether it was saved is not known yet."),
                        {},
                        Error::Cause::Unreachable};
    } else if (StorageError::isBusy(sqlError)) {
        m_error = Error{TransactionMessages::tr("Nothing was saved, because the database is busy with another "
                                                "program; please try again."),
                        {}};
    } else {
        m_error = Error{TransactionMessages::tr("Nothing was saved: %1").arg(sqlError.databaseText()), {}};
    }
    return m_error;
}

} // namespace kcc::storage
