#include "storage/exchange/importrules.h"

#include "model/validation/referencerules.h"

namespace kcc::storage::importing {

namespace {

QString missing(const QString &what, const QUuid &uuid)
{
    return Messages::tr("%1 %2 does not exist, neither in this import nor in the database.").arg(what, uuidText(uuid));
}

} // namespace

CrossRecordRules::CrossRecordRules(Database &database, ImportRecords &records, Problems &problems, Links links)
    : m_database(database)
    , m_records(records)
    , m_problems(problems)
    , m_links(links)
    , m_second(database, records.dir, problems)
    , m_stored(database, problems)
{
}

void CrossRecordRules::run()
{
    ImportRecords &r = m_records;
    m_second.run(name(ActorenFile), simple(&ApiJson::actorFromJson), r.actoren, [](const auto &) {});
    partijen();
    identificatoren();
    digitaleAdressen();
    m_second.run(
        name(RekeningnummersFile), simple(&ApiJson::rekeningnummerFromJson), r.rekeningnummers,
        [&](const Item<Rekeningnummer> &item) { needPartij(item.where, QStringLiteral("partij"), item.value.partij); });
    vertegenwoordigingen();
    klantcontacten();
    m_second.run(name(BetrokkenenFile), simple(&ApiJson::betrokkeneFromJson), r.betrokkenen,
                 [&](const Item<Betrokkene> &item) {
                     needPartij(item.where, QStringLiteral("wasPartij"), item.value.wasPartij);
                     needKlantcontact(item.where, QStringLiteral("hadKlantcontact"), item.value.hadKlantcontact);
                 });
    m_second.run(name(OnderwerpobjectenFile), simple(&ApiJson::onderwerpobjectFromJson), r.onderwerpobjecten,
                 [&](const Item<Onderwerpobject> &item) {
                     needKlantcontact(item.where, QStringLiteral("klantcontact"), item.value.klantcontact);
                     needKlantcontact(item.where, QStringLiteral("wasKlantcontact"), item.value.wasKlantcontact);
                 });
    m_second.run(name(BijlagenFile), simple(&ApiJson::bijlageFromJson), r.bijlagen, [&](const Item<Bijlage> &item) {
        needKlantcontact(item.where, QStringLiteral("wasBijlageVanKlantcontact"), item.value.wasBijlageVanKlantcontact);
    });
    actorKlantcontacten();
    taken();
}

void CrossRecordRules::partijen()
{
    QHash<QString, Location> nummers;
    m_second.run(
        name(PartijenFile), [this](const QJsonObject &json) { return m_records.parsePartij(json); }, m_records.partijen,
        [&](const Item<Partij> &item) { checkPartij(nummers, item); });
}

void CrossRecordRules::checkPartij(QHash<QString, Location> &nummers, const Item<Partij> &item)
{
    const Partij &partij = item.value;
    const Location &where = item.where;
    uniqueNumber(nummers, where, QStringLiteral("nummer"), partij.nummer, tableOf<Partij>(), QStringLiteral("nummer"));
    for (const QUuid &uuid : m_records.relaties.digitaleAdressen) {
        if (!m_records.adressen.get(uuid))
            m_problems.add(where, QStringLiteral("digitaleAdressen"), missing(QStringLiteral("DigitaalAdres"), uuid));
    }
    for (const QUuid &uuid : m_records.relaties.rekeningnummers) {
        if (!m_records.rekeningnummers.get(uuid))
            m_problems.add(where, QStringLiteral("rekeningnummers"), missing(QStringLiteral("Rekeningnummer"), uuid));
    }
    checkVoorkeuren(item);
    if (partij.soortPartij == SoortPartij::Contactpersoon && partij.werkteVoorPartij) {
        const std::optional<Partij> organisatie = m_records.partijen.get(*partij.werkteVoorPartij);
        if (!organisatie) {
            m_problems.add(where, QStringLiteral("partijIdentificatie.werkteVoorPartij"),
                           missing(QStringLiteral("Partij"), *partij.werkteVoorPartij));
        } else {
            for (const FieldError &error : checkWerkteVoorPartij(partij, organisatie))
                m_problems.add(where, error.field, error.message);
        }
    }
}

// voorkeursDigitaalAdres and voorkeursRekeningnummer: one of the partij's own.
void CrossRecordRules::checkVoorkeuren(const Item<Partij> &item)
{
    const Partij &partij = item.value;
    const Location &where = item.where;
    if (partij.voorkeursDigitaalAdres) {
        const std::optional<DigitaalAdres> adres = m_records.adressen.get(*partij.voorkeursDigitaalAdres);
        if (!adres) {
            m_problems.add(where, QStringLiteral("voorkeursDigitaalAdres"),
                           missing(QStringLiteral("DigitaalAdres"), *partij.voorkeursDigitaalAdres));
        } else {
            QList<DigitaalAdres> eigen;
            if (adres->verstrektDoorPartij == partij.uuid)
                eigen.append(*adres);
            for (const FieldError &error : checkVoorkeursDigitaalAdres(partij, eigen))
                m_problems.add(where, error.field, error.message);
        }
    }
    if (partij.voorkeursRekeningnummer) {
        const std::optional<Rekeningnummer> rekening = m_records.rekeningnummers.get(*partij.voorkeursRekeningnummer);
        if (!rekening) {
            m_problems.add(where, QStringLiteral("voorkeursRekeningnummer"),
                           missing(QStringLiteral("Rekeningnummer"), *partij.voorkeursRekeningnummer));
        } else {
            QList<Rekeningnummer> eigen;
            if (rekening->partij == partij.uuid)
                eigen.append(*rekening);
            for (const FieldError &error : checkVoorkeursRekeningnummer(partij, eigen))
                m_problems.add(where, error.field, error.message);
        }
    }
}

// Partij-identificatoren: references and the three uniqueness rules of §4.2.
void CrossRecordRules::identificatoren()
{
    IdentificatorKeys keys;
    const auto check = [&](const Item<PartijIdentificator> &item) { checkIdentificator(keys, item); };
    if (m_records.identificatorFile) {
        m_second.run(name(IdentificatorenFile), simple(&ApiJson::partijIdentificatorFromJson),
                     m_records.identificatoren, check);
        return;
    }
    // The nested identificatoren, read again from partijen.json.
    Repository<PartijIdentificator> repository(m_database);
    qsizetype kept = 0;
    const bool complete = forEachRecord<Partij>(
        m_records.dir, name(PartijenFile), m_second.elementProblems(),
        [this](const QJsonObject &json) { return m_records.parsePartij(json); },
        [&](const Item<Partij> &item) {
            for (const Item<PartijIdentificator> &nested : m_records.nestedIdentificatoren(item)) {
                kept += m_records.identificatoren.isKept(nested) ? 1 : 0;
                m_second.checkAndWrite(repository, m_records.identificatoren, nested, check);
            }
        });
    if (complete)
        m_second.expectAll(name(PartijenFile), kept, m_records.identificatoren.size());
}

void CrossRecordRules::checkIdentificator(IdentificatorKeys &keys, const Item<PartijIdentificator> &item)
{
    const PartijIdentificator &id = item.value;
    needPartij(item.where, QStringLiteral("identificeerdePartij"), id.identificeerdePartij);
    const QString tuple = toCode(id.codeRegister) % QLatin1Char('|') % toCode(id.codeObjecttype) % QLatin1Char('|') %
                          toCode(id.codeSoortObjectId) % QLatin1Char('|') % id.objectId;
    if (id.subIdentificatorVan)
        checkSubIdentificator(keys, item, tuple);
    else
        checkGlobalIdentificator(keys, item, tuple);
    if (id.identificeerdePartij)
        checkIdentificatorPerPartij(keys, item);
}

// An identificator under a kvk_nummer: unique under it.
void CrossRecordRules::checkSubIdentificator(IdentificatorKeys &keys, const Item<PartijIdentificator> &item,
                                             const QString &tuple)
{
    const PartijIdentificator &id = item.value;
    const std::optional<PartijIdentificator> parent = m_records.identificatoren.get(*id.subIdentificatorVan);
    if (!parent) {
        m_problems.add(item.where, QStringLiteral("subIdentificatorVan"),
                       missing(QStringLiteral("PartijIdentificator"), *id.subIdentificatorVan));
    } else if (parent->codeSoortObjectId != CodeSoortObjectId::KvkNummer) {
        m_problems.add(item.where, QStringLiteral("subIdentificatorVan"),
                       Messages::tr("A subIdentificatorVan must be a kvk_nummer identificator."));
    }
    const QString key = uuidText(*id.subIdentificatorVan) % QLatin1Char('|') % tuple;
    if (const auto it = keys.scoped.constFind(key); it != keys.scoped.constEnd()) {
        m_problems.add(
            item.where, QStringLiteral("partijIdentificator.objectId"),
            Messages::tr("The same identificator already exists under this kvk_nummer (at %1).").arg(it->text()));
        return;
    }
    keys.scoped.insert(key, item.where);
    if (m_stored.first(QStringLiteral("SELECT uuid FROM partij_identificator WHERE sub_identificator_van "
                                      "= ? AND code_register = ? AND code_objecttype = ? AND "
                                      "code_soort_object_id = ? AND object_id = ?"),
                       {uuidText(*id.subIdentificatorVan), toCode(id.codeRegister), toCode(id.codeObjecttype),
                        toCode(id.codeSoortObjectId), id.objectId})) {
        m_problems.add(item.where, QStringLiteral("partijIdentificator.objectId"),
                       Messages::tr("The same identificator already exists under this kvk_nummer in the "
                                    "database."));
    }
}

// An identificator of its own: unique over all partijen.
void CrossRecordRules::checkGlobalIdentificator(IdentificatorKeys &keys, const Item<PartijIdentificator> &item,
                                                const QString &tuple)
{
    const PartijIdentificator &id = item.value;
    if (const auto it = keys.global.constFind(tuple); it != keys.global.constEnd()) {
        std::optional<QUuid> owner = keys.globalOwner.value(tuple);
        FieldErrors rule = checkUniqueIdentificator(id, owner);
        if (rule.isEmpty()) // the same partij twice: reported by the per-partij rule
            rule.append({QStringLiteral("partijIdentificator.objectId"), QString()});
        for (const FieldError &error : std::as_const(rule)) {
            if (!error.message.isEmpty())
                m_problems.add(item.where, error.field,
                               error.message % QLatin1Char(' ') % Messages::tr("(Also at %1.)").arg(it->text()));
        }
        return;
    }
    keys.global.insert(tuple, item.where);
    keys.globalOwner.insert(tuple, id.identificeerdePartij.value_or(QUuid()));
    const std::optional<QString> owner =
        m_stored.first(QStringLiteral("SELECT coalesce(identificeerde_partij, '') FROM partij_identificator WHERE "
                                      "sub_identificator_van IS NULL AND code_register = ? AND code_objecttype = ? "
                                      "AND code_soort_object_id = ? AND object_id = ?"),
                       {toCode(id.codeRegister), toCode(id.codeObjecttype), toCode(id.codeSoortObjectId), id.objectId});
    if (owner) {
        // Any stored row conflicts: the imported identificator has a new uuid.
        FieldErrors rule = checkUniqueIdentificator(id, QUuid::fromString(*owner));
        if (rule.isEmpty())
            rule.append({QStringLiteral("partijIdentificator.objectId"),
                         Messages::tr("This identificator already exists in the database.")});
        for (const FieldError &error : std::as_const(rule))
            m_problems.add(item.where, error.field, error.message);
    }
}

// One identificator per soort per partij.
void CrossRecordRules::checkIdentificatorPerPartij(IdentificatorKeys &keys, const Item<PartijIdentificator> &item)
{
    const PartijIdentificator &id = item.value;
    const QString key = uuidText(*id.identificeerdePartij) % QLatin1Char('|') % toCode(id.codeSoortObjectId);
    if (const auto it = keys.perPartij.constFind(key); it != keys.perPartij.constEnd()) {
        m_problems.add(item.where, QStringLiteral("partijIdentificator.codeSoortObjectId"),
                       Messages::tr("This partij already has an identificator of soort %1 (at %2).")
                           .arg(toCode(id.codeSoortObjectId), it->text()));
        return;
    }
    keys.perPartij.insert(key, item.where);
    if (!m_records.partijen.inImport(*id.identificeerdePartij) &&
        m_stored.first(QStringLiteral("SELECT uuid FROM partij_identificator WHERE "
                                      "identificeerde_partij = ? AND code_soort_object_id = ?"),
                       {uuidText(*id.identificeerdePartij), toCode(id.codeSoortObjectId)})) {
        m_problems.add(item.where, QStringLiteral("partijIdentificator.codeSoortObjectId"),
                       Messages::tr("This partij already has an identificator of soort %1 in the "
                                    "database.")
                           .arg(toCode(id.codeSoortObjectId)));
    }
}

void CrossRecordRules::digitaleAdressen()
{
    QHash<QString, Location> referenties;
    m_second.run(
        name(AdressenFile), simple(&ApiJson::digitaalAdresFromJson), m_records.adressen,
        [&](const Item<DigitaalAdres> &item) {
            const DigitaalAdres &adres = item.value;
            needPartij(item.where, QStringLiteral("verstrektDoorPartij"), adres.verstrektDoorPartij);
            if (adres.verstrektDoorBetrokkene && !m_records.betrokkenen.get(*adres.verstrektDoorBetrokkene))
                m_problems.add(item.where, QStringLiteral("verstrektDoorBetrokkene"),
                               missing(QStringLiteral("Betrokkene"), *adres.verstrektDoorBetrokkene));
            if (adres.verstrektDoorPartij && !adres.referentie.isEmpty()) {
                const QString key = uuidText(*adres.verstrektDoorPartij) % QLatin1Char('|') % adres.referentie %
                                    QLatin1Char('|') % toCode(adres.soortDigitaalAdres);
                const bool inDatabase =
                    !m_records.partijen.inImport(*adres.verstrektDoorPartij) &&
                    m_stored.first(
                        QStringLiteral("SELECT uuid FROM digitaal_adres WHERE verstrekt_door_partij = ? "
                                       "AND referentie = ? AND soort_digitaal_adres = ?"),
                        {uuidText(*adres.verstrektDoorPartij), adres.referentie, toCode(adres.soortDigitaalAdres)});
                if (referenties.contains(key) || inDatabase) {
                    m_problems.add(item.where, QStringLiteral("referentie"),
                                   Messages::tr("This partij already has a %1 address with referentie \"%2\".")
                                       .arg(toCode(adres.soortDigitaalAdres), adres.referentie));
                }
                referenties.insert(key, item.where);
            }
        });
}

void CrossRecordRules::vertegenwoordigingen()
{
    QHash<QString, Location> pairs;
    m_second.run(name(VertegenwoordigingenFile), simple(&ApiJson::vertegenwoordigingFromJson),
                 m_records.vertegenwoordigingen, [&](const Item<Vertegenwoordiging> &item) {
                     const Vertegenwoordiging &v = item.value;
                     needPartij(item.where, QStringLiteral("vertegenwoordigendePartij"), v.vertegenwoordigendePartij);
                     needPartij(item.where, QStringLiteral("vertegenwoordigdePartij"), v.vertegenwoordigdePartij);
                     const QString key =
                         uuidText(v.vertegenwoordigendePartij) % QLatin1Char('|') % uuidText(v.vertegenwoordigdePartij);
                     const bool inDatabase =
                         m_stored
                             .first(QStringLiteral("SELECT uuid FROM vertegenwoordiging WHERE "
                                                   "vertegenwoordigende_partij = ? AND "
                                                   "vertegenwoordigde_partij = ?"),
                                    {uuidText(v.vertegenwoordigendePartij), uuidText(v.vertegenwoordigdePartij)})
                             .has_value();
                     if (pairs.contains(key) || inDatabase)
                         m_problems.add(item.where, QStringLiteral("vertegenwoordigdePartij"),
                                        Messages::tr("This partij already represents that partij."));
                     pairs.insert(key, item.where);
                 });
}

void CrossRecordRules::klantcontacten()
{
    QHash<QString, Location> nummers;
    QHash<QString, Location> referentienummers;
    m_second.run(name(KlantcontactenFile), simple(&ApiJson::klantcontactFromJson), m_records.klantcontacten,
                 [&](const Item<Klantcontact> &item) {
                     const QString uuid = uuidText(item.value.uuid);
                     // Open Klant holds contacts that other systems (a web form, the website) made
                     // without any actor: kept as the server's, not refused (issue 14, item 4).
                     if (m_links.actors && !m_records.withActor.contains(item.value.uuid) &&
                         m_records.klantcontacten.isKept(item))
                         m_records.withoutActor.append(item.value.uuid);
                     if (m_links.betrokkenen && !m_records.withBetrokkene.contains(item.value.uuid))
                         m_problems.add(item.where, QString(),
                                        tr("Klantcontact %1 has no betrokkene: no element of %2 refers to it.")
                                            .arg(uuid, name(BetrokkenenFile)));
                     uniqueNumber(nummers, item.where, QStringLiteral("nummer"), item.value.nummer,
                                  tableOf<Klantcontact>(), QStringLiteral("nummer"));
                     uniqueNumber(referentienummers, item.where, QStringLiteral("referentienummer"),
                                  item.value.referentienummer, tableOf<Klantcontact>(),
                                  QStringLiteral("referentienummer"));
                 });
}

void CrossRecordRules::actorKlantcontacten()
{
    QHash<QString, Location> pairs;
    m_second.run(
        name(ActorKlantcontactenFile), simple(&ApiJson::actorKlantcontactFromJson), m_records.actorKlantcontacten,
        [&](const Item<ActorKlantcontact> &item) {
            const ActorKlantcontact &link = item.value;
            needActor(item.where, QStringLiteral("actor"), link.actor);
            needKlantcontact(item.where, QStringLiteral("klantcontact"), link.klantcontact);
            const QString key = uuidText(link.actor) % QLatin1Char('|') % uuidText(link.klantcontact);
            const bool inDatabase =
                m_stored
                    .first(QStringLiteral("SELECT uuid FROM actor_klantcontact WHERE actor = ? AND klantcontact = ?"),
                           {uuidText(link.actor), uuidText(link.klantcontact)})
                    .has_value();
            if (pairs.contains(key) || inDatabase)
                m_problems.add(item.where, QStringLiteral("actor"),
                               Messages::tr("This actor is already linked to this klantcontact."));
            pairs.insert(key, item.where);
        });
}

void CrossRecordRules::taken()
{
    QHash<QString, Location> nummers;
    QHash<QString, Location> referentienummers;
    m_second.run(name(TakenFile), simple(&ApiJson::interneTaakFromJson), m_records.taken,
                 [&](const Item<InterneTaak> &item) { checkTaak(nummers, referentienummers, item); });
}

void CrossRecordRules::checkTaak(QHash<QString, Location> &nummers, QHash<QString, Location> &referentienummers,
                                 const Item<InterneTaak> &item)
{
    const InterneTaak &taak = item.value;
    needKlantcontact(item.where, QStringLiteral("aanleidinggevendKlantcontact"), taak.aanleidinggevendKlantcontact);
    if (taak.toegewezenAanActoren.isEmpty())
        m_problems.add(item.where, QStringLiteral("toegewezenAanActoren"),
                       Messages::tr("The taak is not assigned to any actor."));
    QSet<QUuid> assigned;
    for (qsizetype i = 0; i < taak.toegewezenAanActoren.size(); ++i) {
        const QString field = QStringLiteral("toegewezenAanActoren[%1]").arg(i);
        needActor(item.where, field, taak.toegewezenAanActoren.at(i));
        if (assigned.contains(taak.toegewezenAanActoren.at(i)))
            m_problems.add(item.where, field, Messages::tr("This actor is assigned more than once."));
        assigned.insert(taak.toegewezenAanActoren.at(i));
    }
    uniqueNumber(nummers, item.where, QStringLiteral("nummer"), taak.nummer, tableOf<InterneTaak>(),
                 QStringLiteral("nummer"));
    uniqueNumber(referentienummers, item.where, QStringLiteral("referentienummer"), taak.referentienummer,
                 tableOf<InterneTaak>(), QStringLiteral("referentienummer"));
}

void CrossRecordRules::needPartij(const QString &where, const QString &field, const std::optional<QUuid> &uuid)
{
    if (uuid && !m_records.partijen.get(*uuid))
        m_problems.add(where, field, missing(QStringLiteral("Partij"), *uuid));
}

void CrossRecordRules::needKlantcontact(const QString &where, const QString &field, const std::optional<QUuid> &uuid)
{
    if (uuid && !m_records.klantcontacten.get(*uuid))
        m_problems.add(where, field, missing(QStringLiteral("Klantcontact"), *uuid));
}

void CrossRecordRules::needActor(const QString &where, const QString &field, const QUuid &uuid)
{
    if (!m_records.actoren.get(uuid))
        m_problems.add(where, field, missing(QStringLiteral("Actor"), uuid));
}

void CrossRecordRules::uniqueNumber(QHash<QString, Location> &seen, const Location &where, const QString &field,
                                    const std::optional<QString> &number, const QString &table, const QString &column)
{
    if (!number)
        return;
    if (const auto it = seen.constFind(*number); it != seen.constEnd()) {
        m_problems.add(where, field,
                       Messages::tr("The number %1 is used more than once (also at %2).").arg(*number, it->text()));
        return;
    }
    seen.insert(*number, where);
    const std::optional<QString> owner = m_stored.first(QLatin1String("SELECT uuid FROM ") % table %
                                                            QLatin1String(" WHERE ") % column % QLatin1String(" = ?"),
                                                        {*number});
    if (owner)
        m_problems.add(where, field,
                       Messages::tr("The number %1 already belongs to %2 in the database.").arg(*number, *owner));
}

} // namespace kcc::storage::importing
