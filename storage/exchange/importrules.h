#pragma once

// The importer's second pass (storage/exchange/importer.cpp): the rules across records, checked
// on every record of the import again, and the writes. Private to the importer.

#include "storage/exchange/importrecords.h"

namespace kcc::storage::importing {

class CrossRecordRules
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::Importer)

public:
    // Which klantcontacten must be linked: not to the actors (betrokkenen) when their file is
    // missing, which is reported once instead of for every klantcontact.
    struct Links
    {
        bool actors = true;
        bool betrokkenen = true;
    };

    // Runs inside the transaction that is open around the import.
    CrossRecordRules(Database &database, ImportRecords &records, Problems &problems, Links links);

    // Every file again, parents first, although the deferred foreign keys would allow any order:
    // the rowid order of each table follows the files, which keeps export -> import -> export
    // identical.
    void run();
    // The first write that failed (see SecondPass::writeError).
    const std::optional<Error> &writeError() const { return m_second.writeError(); }

private:
    // Where an identificator was seen, for the three uniqueness rules of §4.2.
    struct IdentificatorKeys
    {
        QHash<QString, Location> global;    // register|objecttype|soort|objectId -> where
        QHash<QString, QUuid> globalOwner;  // same key -> partij
        QHash<QString, Location> perPartij; // partij|soort -> where
        QHash<QString, Location> scoped;    // sub|register|objecttype|soort|objectId -> where
    };

    void partijen();
    void checkPartij(QHash<QString, Location> &nummers, const Item<Partij> &item);
    void checkVoorkeuren(const Item<Partij> &item);
    void identificatoren();
    void checkIdentificator(IdentificatorKeys &keys, const Item<PartijIdentificator> &item);
    void checkSubIdentificator(IdentificatorKeys &keys, const Item<PartijIdentificator> &item, const QString &tuple);
    void checkGlobalIdentificator(IdentificatorKeys &keys, const Item<PartijIdentificator> &item, const QString &tuple);
    void checkIdentificatorPerPartij(IdentificatorKeys &keys, const Item<PartijIdentificator> &item);
    void digitaleAdressen();
    void vertegenwoordigingen();
    void klantcontacten();
    void actorKlantcontacten();
    void taken();
    void checkTaak(QHash<QString, Location> &nummers, QHash<QString, Location> &referentienummers,
                   const Item<InterneTaak> &item);

    void needPartij(const QString &where, const QString &field, const std::optional<QUuid> &uuid);
    void needKlantcontact(const QString &where, const QString &field, const std::optional<QUuid> &uuid);
    void needActor(const QString &where, const QString &field, const QUuid &uuid);
    // Unique numbers within the import and against the stored rows.
    void uniqueNumber(QHash<QString, Location> &seen, const Location &where, const QString &field,
                      const std::optional<QString> &number, const QString &table, const QString &column);
    const QString &name(DumpFileIndex file) const { return m_records.names[file]; }

    Database &m_database;
    ImportRecords &m_records;
    Problems &m_problems;
    const Links m_links;
    SecondPass m_second;
    StoredValues m_stored;
};

} // namespace kcc::storage::importing
