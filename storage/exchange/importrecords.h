#pragma once

// The importer's first pass (storage/exchange/importer.cpp): every element of every dump file
// parsed and checked on its own, and what the cross-record rules of the second pass need of it.
// Private to the importer.

#include "storage/exchange/importpasses.h"

#include <QSet>

namespace kcc::storage::importing {

// The dump files by their place in Exporter::exportFileNames().
enum DumpFileIndex : qsizetype
{
    PartijenFile,
    IdentificatorenFile,
    AdressenFile,
    RekeningnummersFile,
    VertegenwoordigingenFile,
    KlantcontactenFile,
    BetrokkenenFile,
    OnderwerpobjectenFile,
    BijlagenFile,
    ActorenFile,
    ActorKlantcontactenFile,
    TakenFile,
};

// A reader of one JSON object, from an ApiJson reader that may have more (defaulted) parameters.
template<typename Parse>
auto simple(Parse parse)
{
    return [parse](const QJsonObject &json) { return parse(json); };
}

// The records of an import, one Records<T> per file, filled by the first pass.
struct ImportRecords
{
    // `names` are the dump files; without partij-identificatoren.json (`identificatorFile` false)
    // the identificatoren nested in partijen.json are the ones imported.
    ImportRecords(Database &database, const QDir &dir, const QStringList &names, bool identificatorFile);

    // The first pass: every file, actoren first, each element parsed and kept or its problems added.
    void read(Problems &problems);

    // The reader of partijen.json: keeps the partij's relations (`relaties`) for the rules.
    Result<Partij> parsePartij(const QJsonObject &json);
    // The identificatoren nested in the partij that parsePartij read last.
    QList<Item<PartijIdentificator>> nestedIdentificatoren(const Item<Partij> &partij) const;
    // The number of records of each file, in file order.
    QList<qint64> counts() const;

    const QDir &dir;
    const QStringList &names;
    const bool identificatorFile;

    PartijInvoer relaties; // of the partij being read
    Records<Partij> partijen;
    Records<PartijIdentificator> identificatoren;
    Records<DigitaalAdres> adressen;
    Records<Rekeningnummer> rekeningnummers;
    Records<Vertegenwoordiging> vertegenwoordigingen;
    Records<Klantcontact> klantcontacten;
    Records<Betrokkene> betrokkenen;
    Records<Onderwerpobject> onderwerpobjecten;
    Records<Bijlage> bijlagen;
    Records<Actor> actoren;
    Records<ActorKlantcontact> actorKlantcontacten;
    Records<InterneTaak> taken;
    QSet<QUuid> withActor;      // klantcontacten that an actorklantcontact links to an actor
    QSet<QUuid> withBetrokkene; // klantcontacten that a betrokkene refers to
    QList<QUuid> withoutActor;  // klantcontacten no actorklantcontact links to an actor (pass 2)

private:
    // Every element of file `name`, parsed by `parse`, added to `records` and handed to `also`.
    template<typename Parse, typename R, typename Also>
    void keep(Problems &problems, DumpFileIndex file, Parse parse, R &records, Also also)
    {
        using T = typename R::Value;
        forEachRecord<T>(dir, names[file], problems, parse, [&](const Item<T> &item) {
            records.add(item, problems);
            also(item);
        });
    }
};

} // namespace kcc::storage::importing
