#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace kcc::storage {

class Database;

struct ImportReport
{
    QList<QPair<QString, qint64>> counts; // file name -> number of elements imported, in file order
    qint64 milliseconds = 0;
    QStringList warnings; // a missing optional file, an unexpected extra .json file

    qint64 total() const;
};

// Reads the twelve files that Exporter writes (or a dump in the same shape taken from Open Klant)
// and adds their records to the database, all or nothing:
//  1. every element of every file is parsed and validated (ApiJson readers, Strictness::Import);
//  2. every reference must resolve to a record of the right resource, in the import or already in
//     the database, and a uuid that already exists in the database is refused;
//  3. the cross-record rules hold: one partij per BSN/RSIN/KvK, one identificator per soort per
//     partij, a vestigingsnummer under a kvk_nummer, werkteVoorPartij an organisatie,
//     voorkeursDigitaalAdres/-Rekeningnummer one of the partij's own, unique pairs
//     (vertegenwoordiging, actor-klantcontact), unique nummer/referentienummer, unique
//     (partij, referentie, soort) of digitale adressen;
//  4. only then everything is inserted in one WriteTransaction; any database error rolls it back.
// Every rule of 3 that is about uniqueness is also a unique index or constraint (schema version 6
// added the last one, digitale adressen), so two imports at once cannot both get a duplicate in:
// the later one fails at insert with the same kind of message.
// Problems are reported as "<file>[<index>].<field>: <message>" (the first 10,000 in
// Error::fieldErrors, the first 50 in the message, the count of all of them).
//
// Files are read one element at a time (JsonArrayStream), so the memory of an import grows with
// the parsed records it validates, not with a multiple of the JSON text.
//
// Only regular files are read (no links, FIFOs or devices), each at most maxFileBytes, and their
// text must be valid Unicode (no invalid UTF-8, NUL, lone surrogate escapes or noncharacters).
// A folder with none of the files is refused; so are klantcontacten without actorklantcontacten.json
// and a taak assigned to no actor. A klantcontact that no actorklantcontact links to an actor was
// made by another system on Open Klant: it is imported and remembered as the server's
// (sync_identiteit, herkomst 'server'), so that IntegrityCheck reports it as a warning.
// Any other missing file means no elements of that resource, with a warning (except
// partij-identificatoren.json, see below); an unexpected extra .json file is a warning too.
// A missing file means no elements of that resource. Without partij-identificatoren.json the
// nested partijIdentificatoren of partijen.json are imported instead; with it, the nested copies
// are ignored. The link between a partij and its digitale adressen (and rekeningnummers) is taken
// from DigitaalAdres.verstrektDoorPartij (Rekeningnummer.partij), as in Open Klant where that side
// holds the foreign key; Partij.digitaleAdressen/rekeningnummers only have to resolve.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::Importer)

public:
    explicit Importer(Database &database);

    Result<ImportReport> importFrom(const QString &directory);

    static constexpr int maxReportedProblems = 50;
    // Larger files are refused before reading: partijen.json of 200k demo partijen is 372 MiB.
    static constexpr qint64 maxFileBytes = 512LL * 1024 * 1024;

private:
    Result<ImportReport> importChecked(const QString &directory);

    Database &m_database;
};

} // namespace kcc::storage
