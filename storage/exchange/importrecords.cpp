#include "storage/exchange/importrecords.h"

namespace kcc::storage::importing {

ImportRecords::ImportRecords(Database &database, const QDir &dir, const QStringList &names, bool identificatorFile)
    : dir(dir)
    , names(names)
    , identificatorFile(identificatorFile)
    , partijen(database)
    , identificatoren(database)
    , adressen(database)
    , rekeningnummers(database)
    , vertegenwoordigingen(database)
    , klantcontacten(database)
    , betrokkenen(database)
    , onderwerpobjecten(database)
    , bijlagen(database)
    , actoren(database)
    , actorKlantcontacten(database)
    , taken(database)
{
}

void ImportRecords::read(Problems &problems)
{
    const auto nothingElse = [](const auto &) {};
    const auto partij = [this](const QJsonObject &json) { return parsePartij(json); };
    keep(problems, ActorenFile, simple(&ApiJson::actorFromJson), actoren, nothingElse);
    keep(problems, PartijenFile, partij, partijen, [&](const Item<Partij> &item) {
        // Without partij-identificatoren.json the nested copies in partijen.json are imported.
        if (!identificatorFile) {
            for (const Item<PartijIdentificator> &nested : nestedIdentificatoren(item))
                identificatoren.add(nested, problems);
        }
    });
    keep(problems, IdentificatorenFile, simple(&ApiJson::partijIdentificatorFromJson), identificatoren, nothingElse);
    keep(problems, AdressenFile, simple(&ApiJson::digitaalAdresFromJson), adressen, nothingElse);
    keep(problems, RekeningnummersFile, simple(&ApiJson::rekeningnummerFromJson), rekeningnummers, nothingElse);
    keep(problems, VertegenwoordigingenFile, simple(&ApiJson::vertegenwoordigingFromJson), vertegenwoordigingen,
         nothingElse);
    keep(problems, KlantcontactenFile, simple(&ApiJson::klantcontactFromJson), klantcontacten, nothingElse);
    keep(problems, BetrokkenenFile, simple(&ApiJson::betrokkeneFromJson), betrokkenen,
         [&](const Item<Betrokkene> &item) { withBetrokkene.insert(item.value.hadKlantcontact); });
    keep(problems, OnderwerpobjectenFile, simple(&ApiJson::onderwerpobjectFromJson), onderwerpobjecten, nothingElse);
    keep(problems, BijlagenFile, simple(&ApiJson::bijlageFromJson), bijlagen, nothingElse);
    keep(problems, ActorKlantcontactenFile, simple(&ApiJson::actorKlantcontactFromJson), actorKlantcontacten,
         [&](const Item<ActorKlantcontact> &item) { withActor.insert(item.value.klantcontact); });
    keep(problems, TakenFile, simple(&ApiJson::interneTaakFromJson), taken, nothingElse);
}

Result<Partij> ImportRecords::parsePartij(const QJsonObject &json)
{
    relaties = PartijInvoer();
    return ApiJson::partijFromJson(json, &relaties);
}

QList<Item<PartijIdentificator>> ImportRecords::nestedIdentificatoren(const Item<Partij> &partij) const
{
    QList<Item<PartijIdentificator>> nested;
    for (qsizetype j = 0; j < relaties.partijIdentificatoren.size(); ++j) {
        Location where = partij.where;
        where.nested = j;
        nested.append({relaties.partijIdentificatoren.at(j), where});
    }
    return nested;
}

QList<qint64> ImportRecords::counts() const
{
    return {partijen.size(),        identificatoren.size(),      adressen.size(),
            rekeningnummers.size(), vertegenwoordigingen.size(), klantcontacten.size(),
            betrokkenen.size(),     onderwerpobjecten.size(),    bijlagen.size(),
            actoren.size(),         actorKlantcontacten.size(),  taken.size()};
}

} // namespace kcc::storage::importing
