#include "storage/exchange/importer.h"
#include "storage/search/searchindex.h"

#include "storage/db/database.h"
#include "storage/db/writetransaction.h"
#include "storage/exchange/dumpfile.h"
#include "storage/exchange/exporter.h"
#include "storage/exchange/importrecords.h"
#include "storage/exchange/importrules.h"
#include "storage/sync/sqlsyncstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSet>

#include <new>

namespace kcc::storage {

using namespace importing;

namespace {

// Above this many partijen an import rebuilds the search index once instead of per row.
constexpr qsizetype bulkSearchIndexThreshold = 2000;

// --- 0. which files are there ---------------------------------------------------------------
std::optional<Error> surveyFiles(const QString &directory, const QDir &dir, const QStringList &names,
                                 QSet<QString> &present, ImportReport &report)
{
    for (const QString &name : names) {
        if (DumpFile::exists(dir.filePath(name)))
            present.insert(name);
    }
    if (present.isEmpty()) {
        return Error{Messages::tr("Nothing was imported from %1: it holds none of the dump files (%2).")
                         .arg(QDir::toNativeSeparators(directory), names.join(QStringLiteral(", "))),
                     {}};
    }
    for (const QString &name : names) {
        // Without partij-identificatoren.json the nested copies in partijen.json are used.
        if (!present.contains(name) && name != names[IdentificatorenFile] && name != names[ActorKlantcontactenFile] &&
            name != names[BetrokkenenFile])
            report.warnings << Messages::tr("%1 is missing: nothing of that kind was imported.").arg(name);
    }
    for (const QString &name :
         dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::System | QDir::Hidden, QDir::Name)) {
        if (!names.contains(name))
            report.warnings << Messages::tr("%1 is not a dump file and was not read.").arg(name);
    }
    return std::nullopt;
}

// Every klantcontact needs an actor and a betrokkene (IntegrityCheck refuses one without): a new
// klantcontact can only get them from this import. Each klantcontact is checked in pass 2, unless
// the file that links them is missing, which is one problem here.
CrossRecordRules::Links checkLinkFiles(const QStringList &names, const QSet<QString> &present,
                                       qsizetype klantcontactCount, Problems &problems, ImportReport &report)
{
    const QString &klantcontactenFile = names[KlantcontactenFile];
    const QString &actorKlantcontactenFile = names[ActorKlantcontactenFile];
    const QString &betrokkenenFile = names[BetrokkenenFile];
    CrossRecordRules::Links links;
    if (klantcontactCount > 0 && !present.contains(actorKlantcontactenFile)) {
        problems.add(
            actorKlantcontactenFile, QString(),
            Messages::tr("The file is missing, but every klantcontact needs an actor and %1 holds %n klantcontact(s).",
                         nullptr, int(klantcontactCount))
                .arg(klantcontactenFile));
        links.actors = false;
    } else if (!present.contains(actorKlantcontactenFile)) {
        report.warnings
            << Messages::tr("%1 is missing: nothing of that kind was imported.").arg(actorKlantcontactenFile);
    }
    if (klantcontactCount > 0 && !present.contains(betrokkenenFile)) {
        problems.add(betrokkenenFile, QString(),
                     Messages::tr("The file is missing, but every klantcontact needs a betrokkene and %1 holds %n "
                                  "klantcontact(s).",
                                  nullptr, int(klantcontactCount))
                         .arg(klantcontactenFile));
        links.betrokkenen = false;
    } else if (!present.contains(betrokkenenFile)) {
        report.warnings << Messages::tr("%1 is missing: nothing of that kind was imported.").arg(betrokkenenFile);
    }
    return links;
}

// A klantcontact without any actor was made by another system on Open Klant (the desk never makes
// one): it is remembered as the server's record (sync_identiteit, herkomst 'server'), which
// IntegrityCheck reports as a warning instead of a problem.
Result<> keepAsServerRecords(Database &database, const QList<QUuid> &klantcontacten, ImportReport &report)
{
    const ApiJson json;
    for (const QUuid &uuid : klantcontacten) {
        if (Result<> mapped = SqlSyncStore::mapIdentity(database, ApiResource::Klantcontacten, uuid,
                                                        {uuid, json.url(ApiResource::Klantcontacten, uuid)},
                                                        QStringLiteral("server"));
            !mapped)
            return mapped;
    }
    if (!klantcontacten.isEmpty())
        report.warnings << Messages::tr("%n klantcontact(s) without any actor were kept as made by another system; "
                                        "kccctl check lists them as warnings.",
                                        nullptr, int(klantcontacten.size()));
    return {};
}

Error refusal(const QString &directory, const Problems &problems)
{
    const FieldErrors &errors = problems.errors();
    QStringList lines;
    for (qsizetype i = 0; i < errors.size() && i < Importer::maxReportedProblems; ++i)
        lines << errors.at(i).field % QStringLiteral(": ") % errors.at(i).message;
    if (problems.count() > Importer::maxReportedProblems)
        lines << Messages::tr("... and %n more problem(s).", nullptr,
                              int(problems.count() - Importer::maxReportedProblems));
    return Error{Messages::tr("Nothing was imported from %1: %n problem(s) found.", nullptr, int(problems.count()))
                         .arg(QDir::toNativeSeparators(directory)) %
                     QLatin1Char('\n') % lines.join(QLatin1Char('\n')),
                 errors};
}

} // namespace

qint64 ImportReport::total() const
{
    qint64 sum = 0;
    for (const auto &[file, count] : counts)
        sum += count;
    return sum;
}

Importer::Importer(Database &database)
    : m_database(database)
{
}

Result<ImportReport> Importer::importFrom(const QString &directory)
{
    // Short of memory, Qt's containers throw std::bad_alloc; the open transaction is rolled back
    // while it unwinds, so nothing is half-imported and the user gets a sentence, not an abort.
    try {
        return importChecked(directory);
    } catch (const std::bad_alloc &) {
        return Error{tr("Nothing was imported from %1: there is not enough memory for this import. Close other "
                        "programs or import on a computer with more memory.")
                         .arg(QDir::toNativeSeparators(directory)),
                     {}};
    }
}

Result<ImportReport> Importer::importChecked(const QString &directory)
{
    QElapsedTimer timer;
    timer.start();
    const QDir dir(directory);
    if (!dir.exists())
        return Error{tr("The import folder %1 does not exist.").arg(QDir::toNativeSeparators(directory)), {}};

    const QStringList names = Exporter::exportFileNames();
    Problems problems;
    ImportReport report;
    QSet<QString> present;
    if (std::optional<Error> none = surveyFiles(directory, dir, names, present, report))
        return *none;

    // --- 1. first pass: parse and check every element on its own, keep what the rules need -----
    ImportRecords records(m_database, dir, names, present.contains(names[IdentificatorenFile]));
    records.read(problems);
    const CrossRecordRules::Links links =
        checkLinkFiles(names, present, records.klantcontacten.size(), problems, report);

    // --- 2. second pass, in one transaction: the rules across records, and the writes ----------
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    // The name-search triggers cost ~1 ms per partij; for a large import it is far cheaper to
    // suspend them and rebuild the search index once, inside this same transaction.
    const bool bulk = records.partijen.size() > bulkSearchIndexThreshold;
    if (bulk) {
        if (Result<> suspended = SearchIndex::suspend(m_database); !suspended)
            return suspended.error();
    }
    CrossRecordRules rules(m_database, records, problems, links);
    rules.run();
    if (!problems.isEmpty())
        return refusal(directory, problems);

    // --- 3. commit what the second pass wrote ----------------------------------------------
    if (const std::optional<Error> &failed = rules.writeError()) {
        return Error{tr("Nothing was imported from %1: %2").arg(QDir::toNativeSeparators(directory), failed->message),
                     failed->fieldErrors};
    }
    if (Result<> kept = keepAsServerRecords(m_database, records.withoutActor, report); !kept)
        return Error{
            tr("Nothing was imported from %1: %2").arg(QDir::toNativeSeparators(directory), kept.error().message), {}};
    if (bulk) {
        if (Result<> rebuilt = SearchIndex::rebuild(m_database); !rebuilt) {
            return Error{tr("Nothing was imported from %1: %2")
                             .arg(QDir::toNativeSeparators(directory), rebuilt.error().message),
                         rebuilt.error().fieldErrors};
        }
    }
    if (Result<> committed = transaction.commit(); !committed) {
        return Error{
            tr("Nothing was imported from %1: %2").arg(QDir::toNativeSeparators(directory), committed.error().message),
            {}};
    }

    const QList<qint64> counts = records.counts();
    for (qsizetype i = 0; i < names.size(); ++i)
        report.counts.append({names.at(i), counts.at(i)});
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace kcc::storage
