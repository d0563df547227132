#include "storage/demo/demoloader.h"

#include "model/demo/demogenerator.h"
#include "model/demo/demosink.h"
#include "storage/db/checkconstraints.h"
#include "storage/db/database.h"
#include "storage/db/databasecopy.h"
#include "storage/db/integritycheck.h"
#include "storage/db/schema.h"
#include "storage/db/sqlutil.h"
#include "storage/db/storageerror.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/bulkinserter.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "storage/search/searchindex.h"
#include "storage/taken/takenschema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringBuilder>
#include <QTemporaryDir>

namespace kcc::storage {
namespace {

// Writes the generator's records (the same rows as the repositories would, see BulkInserter)
// and counts them per API resource.
class BulkSink final : public demo::DemoSink
{
public:
    explicit BulkSink(std::function<bool(qint64, qint64)> progress)
        : m_progress(std::move(progress))
    {
    }

    Result<> prepare(sqlite3 *database)
    {
        for (Result<> prepared :
             {m_partijen.prepare(database), m_identificatoren.prepare(database), m_digitaleAdressen.prepare(database),
              m_rekeningnummers.prepare(database), m_vertegenwoordigingen.prepare(database),
              m_klantcontacten.prepare(database), m_actorKlantcontacten.prepare(database),
              m_betrokkenen.prepare(database), m_onderwerpobjecten.prepare(database), m_bijlagen.prepare(database),
              m_actoren.prepare(database), m_internetaken.prepare(database)}) {
            if (!prepared)
                return prepared;
        }
        return {};
    }

    bool add(const Actor &item) override { return write(m_actoren, item, m_counts.actoren); }
    bool add(const Partij &item) override { return write(m_partijen, item, m_counts.partijen); }
    bool add(const PartijIdentificator &item) override
    {
        return write(m_identificatoren, item, m_counts.identificatoren);
    }
    bool add(const DigitaalAdres &item) override { return write(m_digitaleAdressen, item, m_counts.digitaleAdressen); }
    bool add(const Rekeningnummer &item) override { return write(m_rekeningnummers, item, m_counts.rekeningnummers); }
    bool add(const Vertegenwoordiging &item) override
    {
        return write(m_vertegenwoordigingen, item, m_counts.vertegenwoordigingen);
    }
    bool add(const Klantcontact &item) override { return write(m_klantcontacten, item, m_counts.klantcontacten); }
    bool add(const ActorKlantcontact &item) override
    {
        return write(m_actorKlantcontacten, item, m_counts.actorKlantcontacten);
    }
    bool add(const Betrokkene &item) override { return write(m_betrokkenen, item, m_counts.betrokkenen); }
    bool add(const Onderwerpobject &item) override
    {
        return write(m_onderwerpobjecten, item, m_counts.onderwerpobjecten);
    }
    bool add(const Bijlage &item) override { return write(m_bijlagen, item, m_counts.bijlagen); }
    bool add(const InterneTaak &item) override { return write(m_internetaken, item, m_counts.internetaken); }
    bool progress(qint64 done, qint64 total) override { return !m_progress || m_progress(done, total); }

    const Error &error() const { return m_error; }
    QMap<QString, qint64> counts() const
    {
        return {
            {QStringLiteral("partijen"), m_counts.partijen},
            {QStringLiteral("partij-identificatoren"), m_counts.identificatoren},
            {QStringLiteral("digitaleadressen"), m_counts.digitaleAdressen},
            {QStringLiteral("rekeningnummers"), m_counts.rekeningnummers},
            {QStringLiteral("vertegenwoordigingen"), m_counts.vertegenwoordigingen},
            {QStringLiteral("klantcontacten"), m_counts.klantcontacten},
            {QStringLiteral("betrokkenen"), m_counts.betrokkenen},
            {QStringLiteral("onderwerpobjecten"), m_counts.onderwerpobjecten},
            {QStringLiteral("bijlagen"), m_counts.bijlagen},
            {QStringLiteral("actoren"), m_counts.actoren},
            {QStringLiteral("actorklantcontacten"), m_counts.actorKlantcontacten},
            {QStringLiteral("internetaken"), m_counts.internetaken},
        };
    }

private:
    template<typename T>
    bool write(BulkInserter<T> &inserter, const T &item, qint64 &count)
    {
        const Result<> written = inserter.insert(item);
        if (!written) {
            m_error = written.error();
            return false;
        }
        ++count;
        return true;
    }

    BulkInserter<Partij> m_partijen;
    BulkInserter<PartijIdentificator> m_identificatoren;
    BulkInserter<DigitaalAdres> m_digitaleAdressen;
    BulkInserter<Rekeningnummer> m_rekeningnummers;
    BulkInserter<Vertegenwoordiging> m_vertegenwoordigingen;
    BulkInserter<Klantcontact> m_klantcontacten;
    BulkInserter<ActorKlantcontact> m_actorKlantcontacten;
    BulkInserter<Betrokkene> m_betrokkenen;
    BulkInserter<Onderwerpobject> m_onderwerpobjecten;
    BulkInserter<Bijlage> m_bijlagen;
    BulkInserter<Actor> m_actoren;
    BulkInserter<InterneTaak> m_internetaken;
    std::function<bool(qint64, qint64)> m_progress;
    struct
    {
        qint64 partijen = 0, identificatoren = 0, digitaleAdressen = 0, rekeningnummers = 0, vertegenwoordigingen = 0,
               klantcontacten = 0, actorKlantcontacten = 0, betrokkenen = 0, onderwerpobjecten = 0, bijlagen = 0,
               actoren = 0, internetaken = 0;
    } m_counts;
    Error m_error;
};

// Connection settings for the duration of the load only, restored however it ends.
//  * foreign_keys OFF: the schema's references are DEFERRABLE INITIALLY DEFERRED, and while a
//    deferred violation is outstanding (a Partij names its voorkeursDigitaalAdres before that row
//    exists) SQLite searches the child tables on every insert into a parent table. With the
//    secondary indexes dropped that is a full scan per row: quadratic, minutes for 50,000
//    partijen. Instead the load checks every reference once at the end (foreign_key_check)
//    and rolls back if any is dangling. The pragma is a no-op inside a transaction, so it is
//    set before BEGIN and restored after COMMIT/ROLLBACK.
//  * a larger page cache: the uuid primary keys are random, so every insert touches a random
//    leaf of a growing index, and the default 2 MB cache would make SQLite spill and re-read pages.
class BulkLoadPragmas
{
public:
    explicit BulkLoadPragmas(const QSqlDatabase &connection)
        : m_connection(connection)
    {
        QSqlQuery query(m_connection);
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
            m_cacheSize = query.value(0).toLongLong();
        if (query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next())
            m_foreignKeys = query.value(0).toInt() != 0;
        // KiB: 2 GiB, taken only as pages are used; a million partijen make a ~1.5 GB file.
        query.exec(QStringLiteral("PRAGMA cache_size = -2097152"));
        query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~BulkLoadPragmas()
    {
        QSqlQuery query(m_connection);
        // Integers we read ourselves, not input.
        query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
        query.exec(m_foreignKeys ? QStringLiteral("PRAGMA foreign_keys = ON")
                                 : QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    BulkLoadPragmas(const BulkLoadPragmas &) = delete;
    BulkLoadPragmas &operator=(const BulkLoadPragmas &) = delete;

private:
    QSqlDatabase m_connection;
    qint64 m_cacheSize = -2000;
    bool m_foreignKeys = true;
};

// CHECK constraints with an IN list of three or more values ("soort_partij IN ('persoon',
// 'organisatie', 'contactpersoon')") make SQLite build a temporary b-tree for the list on every
// INSERT: ~20,000 instructions per row and list, a tenth of a million-partij load. While the
// generator writes, the constraints are switched off (PRAGMA ignore_check_constraints; NOT NULL,
// the STRICT types and UNIQUE still hold), and CheckConstraints::verify() then checks every row
// against them in one scan per table: a row the constraints reject fails the whole load, as it
// would have row by row.
class CheckConstraintsSkipped
{
public:
    explicit CheckConstraintsSkipped(const QSqlDatabase &connection)
        : m_connection(connection)
    {
        QSqlQuery(m_connection).exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    }
    ~CheckConstraintsSkipped()
    {
        QSqlQuery(m_connection).exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    }
    CheckConstraintsSkipped(const CheckConstraintsSkipped &) = delete;
    CheckConstraintsSkipped &operator=(const CheckConstraintsSkipped &) = delete;

private:
    QSqlDatabase m_connection;
};

// The unique indexes that the schema creates as separate statements (the partij-identificator
// rules: one partij per BSN/KvK/RSIN, one identificator per soort per partij) are also built once
// after the load instead of row by row. Building them still enforces them: a duplicate makes the
// CREATE fail and the whole load roll back. (Inline UNIQUE constraints cannot be dropped.)
QStringList separateUniqueIndexStatements()
{
    QStringList statements;
    for (const QString &statement : Schema::versionOneStatements()) {
        if (statement.startsWith(QLatin1String("CREATE UNIQUE INDEX ")))
            statements << statement;
    }
    return statements;
}

Result<> execAll(const QSqlDatabase &connection, const QStringList &statements)
{
    QSqlQuery query(connection);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return StorageError::fromSql(query.lastError(),
                                         QCoreApplication::translate("kcc::storage::DemoLoader", "building indexes"));
    }
    return {};
}

QStringList dropStatementsFor(const QStringList &createStatements)
{
    QStringList drops;
    for (const QString &statement : createStatements) {
        // "CREATE UNIQUE INDEX <name> ON ..."; names come from our own schema, not from input.
        drops << QLatin1String("DROP INDEX IF EXISTS ") % statement.section(QLatin1Char(' '), 3, 3);
    }
    return drops;
}

} // namespace

qint64 DemoOptions::defaultKlantcontacten(qint64 partijen)
{
    if (partijen <= 0)
        return 0;
    if (partijen <= 1000)
        return 2 * partijen;
    return 2000 + (partijen - 1000) / 10;
}

// PostgreSQL: the generator's rows go into a scratch SQLite file through the fast bulk path, and
// from there in one COPY transaction to the server (DatabaseCopy), so that the same seed gives the
// same records on both engines.
Result<DemoReport> DemoLoader::loadThroughScratchFile(Database &database, const DemoOptions &options,
                                                      const std::function<void(const QString &, int)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    const QTemporaryDir scratchDir;
    if (!scratchDir.isValid())
        return Error{tr("No scratch folder for the demo data: %1").arg(scratchDir.errorString()), {}};
    auto scratch = Database::open(scratchDir.filePath(QStringLiteral("demo.db")));
    if (!scratch)
        return scratch.error();
    Result<DemoReport> loaded = load(*scratch.value(), options, [&progress](const QString &stage, int percent) {
        if (progress)
            progress(stage, percent * 7 / 10);
    });
    if (!loaded)
        return loaded;
    const QString copying = tr("Copying to PostgreSQL");
    if (progress)
        progress(copying, 70);
    const Result<CopyReport> copied = DatabaseCopy::copy(*scratch.value(), database);
    if (!copied)
        return copied.error();
    if (progress)
        progress(tr("Done"), 100);
    DemoReport result = loaded.value();
    result.milliseconds = timer.elapsed();
    return result;
}

Result<DemoReport> DemoLoader::load(Database &database, const DemoOptions &options,
                                    const std::function<void(const QString &stage, int percent)> &progress)
{
    if (options.partijen < 1 || options.partijen > DemoOptions::maxPartijen)
        return Error{
            tr("The number of partijen for demo data must be between 1 and %L1.").arg(DemoOptions::maxPartijen), {}};
    if (options.klantcontacten < -1 || options.klantcontacten > DemoOptions::maxKlantcontacten)
        return Error{tr("The number of klantcontacten for demo data must be between 0 and %L1.")
                         .arg(DemoOptions::maxKlantcontacten),
                     {}};
    const qint64 klantcontacten =
        options.klantcontacten >= 0 ? options.klantcontacten : DemoOptions::defaultKlantcontacten(options.partijen);
    const auto report = [&progress](const QString &stage, int percent) {
        if (progress)
            progress(stage, percent);
    };

    if (database.engine() == Engine::PostgreSQL)
        return loadThroughScratchFile(database, options, progress);

    QElapsedTimer timer;
    timer.start();
    const QString refused =
        tr("The database already holds records. Demo data is only loaded into an empty database, so that it never "
           "mixes with real records.");
    if (!isEmpty(database))
        return Error{refused, {}};

    BulkLoadPragmas pragmas(database.connection());
    WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.error();
    // Again inside the transaction: another process may have written since the first check.
    if (!isEmpty(database))
        return Error{refused, {}};

    report(tr("Preparing the database"), 0);
    if (const Result<> dropped = Schema::dropSecondaryIndexes(database); !dropped)
        return dropped.error();
    if (const Result<> suspended = SearchIndex::suspend(database); !suspended)
        return suspended.error();
    const QStringList uniqueIndexes = separateUniqueIndexStatements();
    if (const Result<> dropped = execAll(database.connection(), dropStatementsFor(uniqueIndexes)); !dropped)
        return dropped.error();

    // The share of each stage in a million-partij load (bench_demo): writing ~47%, indexes ~17%,
    // references ~15%, search index ~12%, saving ~8%.
    const QString writing = tr("Writing demo records");
    int lastPercent = -1;
    BulkSink sink([&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(2 + done * 47 / total) : 49;
        if (percent != lastPercent) {
            lastPercent = percent;
            report(writing, percent);
        }
        return true;
    });
    const Result<sqlite3 *> handle = sqliteHandle(database.connection());
    if (!handle)
        return handle.error();
    if (Result<> prepared = sink.prepare(handle.value()); !prepared)
        return prepared.error();
    {
        const CheckConstraintsSkipped skipped(database.connection());
        demo::DemoGenerator generator(options.seed, options.partijen, klantcontacten);
        if (!generator.run(sink))
            return sink.error();
    }
    if (Result<> checked = CheckConstraints::verify(database.connection()); !checked)
        return checked.error();

    report(tr("Building indexes"), 50);
    if (const Result<> created = Schema::createSecondaryIndexes(database); !created)
        return created.error();
    if (const Result<> created = execAll(database.connection(), uniqueIndexes); !created)
        return created.error();
    report(tr("Checking references"), 67);
    if (const QStringList dangling = IntegrityCheck::foreignKeyProblems(database, 5); !dangling.isEmpty())
        return Error{tr("The demo data refers to records that do not exist; nothing was written. %1")
                         .arg(dangling.join(QLatin1Char(' '))),
                     {}};
    report(tr("Building the search index"), 82);
    if (const Result<> rebuilt = SearchIndex::rebuild(database); !rebuilt)
        return rebuilt.error();
    // Every task shows its creation in the task log, as one registered through the call flow.
    QSqlDatabase connection = database.connection();
    if (const Result<> logged = TakenSchema::logUnloggedTasks(connection); !logged)
        return logged.error();
    report(tr("Saving"), 93);
    if (const Result<> committed = transaction.commit(); !committed)
        return committed.error();

    DemoReport result;
    result.counts = sink.counts();
    result.milliseconds = timer.elapsed();
    report(tr("Done"), 100);
    return result;
}

} // namespace kcc::storage
