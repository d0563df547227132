#include "storage/exchange/importer.h"
#include "storage/search/searchindex.h"

#include "model/apijson/apijson.h"
#include "model/validation/referencerules.h"
#include "storage/db/database.h"
#include "storage/db/storageerror.h"
#include "storage/db/writetransaction.h"
#include "storage/exchange/dumpfile.h"
#include "storage/exchange/exporter.h"
#include "storage/exchange/importpasses.h"
#include "storage/resources/repository.h"
#include "storage/resources/resourcetraits.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <memory>
#include <new>

namespace kcc::storage {

namespace {
// Above this many partijen an import rebuilds the search index once instead of per row.
constexpr qsizetype bulkSearchIndexThreshold = 2000;
} // namespace

using namespace importing;

namespace {

QString missing(const QString &what, const QUuid &uuid)
{
    return Messages::tr("%1 %2 does not exist, neither in this import nor in the database.").arg(what, uuidText(uuid));
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

    // --- 0. which files are there ------------------------------------------------------------
    QSet<QString> present;
    for (const QString &name : names) {
        if (DumpFile::exists(dir.filePath(name)))
            present.insert(name);
    }
    if (present.isEmpty()) {
        return Error{tr("Nothing was imported from %1: it holds none of the dump files (%2).")
                         .arg(QDir::toNativeSeparators(directory), names.join(QStringLiteral(", "))),
                     {}};
    }
    const QString identificatorenFile = names[1];
    const QString klantcontactenFile = names[5];
    const QString actorKlantcontactenFile = names[10];
    for (const QString &name : names) {
        // Without partij-identificatoren.json the nested copies in partijen.json are used.
        if (!present.contains(name) && name != identificatorenFile && name != actorKlantcontactenFile &&
            name != names[6])
            report.warnings << tr("%1 is missing: nothing of that kind was imported.").arg(name);
    }
    for (const QString &name :
         dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::System | QDir::Hidden, QDir::Name)) {
        if (!names.contains(name))
            report.warnings << tr("%1 is not a dump file and was not read.").arg(name);
    }

    // --- 1. first pass: parse and check every element on its own, keep what the rules need -----
    const bool identificatorFile = present.contains(identificatorenFile);
    const auto simple = [](auto parse) { return [parse](const QJsonObject &json) { return parse(json); }; };
    PartijInvoer relaties; // of the partij being read
    const auto parsePartij = [&relaties](const QJsonObject &json) {
        relaties = PartijInvoer();
        return ApiJson::partijFromJson(json, &relaties);
    };
    const auto nestedIdentificatoren = [&relaties](const Item<Partij> &partij) {
        QList<Item<PartijIdentificator>> nested;
        for (qsizetype j = 0; j < relaties.partijIdentificatoren.size(); ++j) {
            Location where = partij.where;
            where.nested = j;
            nested.append({relaties.partijIdentificatoren.at(j), where});
        }
        return nested;
    };
    Records<Partij> partijRecords(m_database);
    Records<PartijIdentificator> identificatorRecords(m_database);
    Records<DigitaalAdres> adresRecords(m_database);
    Records<Rekeningnummer> rekeningnummerRecords(m_database);
    Records<Vertegenwoordiging> vertegenwoordigingRecords(m_database);
    Records<Klantcontact> klantcontactRecords(m_database);
    Records<Betrokkene> betrokkeneRecords(m_database);
    Records<Onderwerpobject> onderwerpobjectRecords(m_database);
    Records<Bijlage> bijlageRecords(m_database);
    Records<Actor> actorRecords(m_database);
    Records<ActorKlantcontact> actorKlantcontactRecords(m_database);
    Records<InterneTaak> taakRecords(m_database);
    const auto keep = [&](const QString &name, auto parse, auto &records, auto also) {
        using T = typename std::remove_reference_t<decltype(records)>::Value;
        forEachRecord<T>(dir, name, problems, parse, [&](const Item<T> &item) {
            records.add(item, problems);
            also(item);
        });
    };
    const auto nothingElse = [](const auto &) {};
    QSet<QUuid> withActor;      // klantcontacten that an actorklantcontact links to an actor
    QSet<QUuid> withBetrokkene; // klantcontacten that a betrokkene refers to
    keep(names[9], simple(&ApiJson::actorFromJson), actorRecords, nothingElse);
    keep(names[0], parsePartij, partijRecords, [&](const Item<Partij> &item) {
        // Without partij-identificatoren.json the nested copies in partijen.json are imported.
        if (!identificatorFile) {
            for (const Item<PartijIdentificator> &nested : nestedIdentificatoren(item))
                identificatorRecords.add(nested, problems);
        }
    });
    keep(names[1], simple(&ApiJson::partijIdentificatorFromJson), identificatorRecords, nothingElse);
    keep(names[2], simple(&ApiJson::digitaalAdresFromJson), adresRecords, nothingElse);
    keep(names[3], simple(&ApiJson::rekeningnummerFromJson), rekeningnummerRecords, nothingElse);
    keep(names[4], simple(&ApiJson::vertegenwoordigingFromJson), vertegenwoordigingRecords, nothingElse);
    keep(names[5], simple(&ApiJson::klantcontactFromJson), klantcontactRecords, nothingElse);
    keep(names[6], simple(&ApiJson::betrokkeneFromJson), betrokkeneRecords,
         [&](const Item<Betrokkene> &item) { withBetrokkene.insert(item.value.hadKlantcontact); });
    keep(names[7], simple(&ApiJson::onderwerpobjectFromJson), onderwerpobjectRecords, nothingElse);
    keep(names[8], simple(&ApiJson::bijlageFromJson), bijlageRecords, nothingElse);
    keep(names[10], simple(&ApiJson::actorKlantcontactFromJson), actorKlantcontactRecords,
         [&](const Item<ActorKlantcontact> &item) { withActor.insert(item.value.klantcontact); });
    keep(names[11], simple(&ApiJson::interneTaakFromJson), taakRecords, nothingElse);

    // Every klantcontact needs an actor and a betrokkene (IntegrityCheck refuses one without): a new
    // klantcontact can only get them from this import. Each klantcontact is checked in pass 2.
    const QString betrokkenenFile = names[6];
    const qsizetype klantcontactCount = klantcontactRecords.size();
    bool checkActorLinks = true;
    bool checkBetrokkeneLinks = true;
    if (klantcontactCount > 0 && !present.contains(actorKlantcontactenFile)) {
        problems.add(actorKlantcontactenFile, QString(),
                     tr("The file is missing, but every klantcontact needs an actor and %1 holds %n klantcontact(s).",
                        nullptr, int(klantcontactCount))
                         .arg(klantcontactenFile));
        checkActorLinks = false;
    } else if (!present.contains(actorKlantcontactenFile)) {
        report.warnings << tr("%1 is missing: nothing of that kind was imported.").arg(actorKlantcontactenFile);
    }
    if (klantcontactCount > 0 && !present.contains(betrokkenenFile)) {
        problems.add(betrokkenenFile, QString(),
                     tr("The file is missing, but every klantcontact needs a betrokkene and %1 holds %n "
                        "klantcontact(s).",
                        nullptr, int(klantcontactCount))
                         .arg(klantcontactenFile));
        checkBetrokkeneLinks = false;
    } else if (!present.contains(betrokkenenFile)) {
        report.warnings << tr("%1 is missing: nothing of that kind was imported.").arg(betrokkenenFile);
    }

    // --- 2. second pass, in one transaction: the rules across records, and the writes ----------
    // Parents first, although the deferred foreign keys would allow any order: the rowid order of
    // each table follows the files, which keeps export -> import -> export identical.
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    // The name-search triggers cost ~1 ms per partij; for a large import it is far cheaper to
    // suspend them and rebuild the search index once, inside this same transaction.
    const bool bulk = partijRecords.size() > bulkSearchIndexThreshold;
    if (bulk) {
        if (Result<> suspended = SearchIndex::suspend(m_database); !suspended)
            return suspended.error();
    }
    SecondPass second(m_database, dir, problems);
    StoredValues stored(m_database, problems);

    const QString partijNoun = QStringLiteral("Partij");
    const QString klantcontactNoun = QStringLiteral("Klantcontact");
    const auto needPartij = [&](const QString &where, const QString &field, const std::optional<QUuid> &uuid) {
        if (uuid && !partijRecords.get(*uuid))
            problems.add(where, field, missing(partijNoun, *uuid));
    };
    const auto needKlantcontact = [&](const QString &where, const QString &field, const std::optional<QUuid> &uuid) {
        if (uuid && !klantcontactRecords.get(*uuid))
            problems.add(where, field, missing(klantcontactNoun, *uuid));
    };
    const auto needActor = [&](const QString &where, const QString &field, const QUuid &uuid) {
        if (!actorRecords.get(uuid))
            problems.add(where, field, missing(QStringLiteral("Actor"), uuid));
    };

    // Unique numbers within the import and against the stored rows.
    const auto uniqueNumber = [&](QHash<QString, Location> &seen, const Location &where, const QString &field,
                                  const std::optional<QString> &number, const QString &table, const QString &column) {
        if (!number)
            return;
        if (const auto it = seen.constFind(*number); it != seen.constEnd()) {
            problems.add(where, field,
                         Messages::tr("The number %1 is used more than once (also at %2).").arg(*number, it->text()));
            return;
        }
        seen.insert(*number, where);
        const std::optional<QString> owner = stored.first(QLatin1String("SELECT uuid FROM ") % table %
                                                              QLatin1String(" WHERE ") % column % QLatin1String(" = ?"),
                                                          {*number});
        if (owner)
            problems.add(where, field,
                         Messages::tr("The number %1 already belongs to %2 in the database.").arg(*number, *owner));
    };

    second.run(names[9], simple(&ApiJson::actorFromJson), actorRecords, nothingElse);

    // Partijen.
    QHash<QString, Location> partijNummers;
    second.run(names[0], parsePartij, partijRecords, [&](const Item<Partij> &item) {
        const Partij &partij = item.value;
        const Location &where = item.where;
        uniqueNumber(partijNummers, where, QStringLiteral("nummer"), partij.nummer, tableOf<Partij>(),
                     QStringLiteral("nummer"));
        for (const QUuid &uuid : relaties.digitaleAdressen) {
            if (!adresRecords.get(uuid))
                problems.add(where, QStringLiteral("digitaleAdressen"), missing(QStringLiteral("DigitaalAdres"), uuid));
        }
        for (const QUuid &uuid : relaties.rekeningnummers) {
            if (!rekeningnummerRecords.get(uuid))
                problems.add(where, QStringLiteral("rekeningnummers"), missing(QStringLiteral("Rekeningnummer"), uuid));
        }
        if (partij.voorkeursDigitaalAdres) {
            const std::optional<DigitaalAdres> adres = adresRecords.get(*partij.voorkeursDigitaalAdres);
            if (!adres) {
                problems.add(where, QStringLiteral("voorkeursDigitaalAdres"),
                             missing(QStringLiteral("DigitaalAdres"), *partij.voorkeursDigitaalAdres));
            } else {
                QList<DigitaalAdres> eigen;
                if (adres->verstrektDoorPartij == partij.uuid)
                    eigen.append(*adres);
                for (const FieldError &error : checkVoorkeursDigitaalAdres(partij, eigen))
                    problems.add(where, error.field, error.message);
            }
        }
        if (partij.voorkeursRekeningnummer) {
            const std::optional<Rekeningnummer> rekening = rekeningnummerRecords.get(*partij.voorkeursRekeningnummer);
            if (!rekening) {
                problems.add(where, QStringLiteral("voorkeursRekeningnummer"),
                             missing(QStringLiteral("Rekeningnummer"), *partij.voorkeursRekeningnummer));
            } else {
                QList<Rekeningnummer> eigen;
                if (rekening->partij == partij.uuid)
                    eigen.append(*rekening);
                for (const FieldError &error : checkVoorkeursRekeningnummer(partij, eigen))
                    problems.add(where, error.field, error.message);
            }
        }
        if (partij.soortPartij == SoortPartij::Contactpersoon && partij.werkteVoorPartij) {
            const std::optional<Partij> organisatie = partijRecords.get(*partij.werkteVoorPartij);
            if (!organisatie) {
                problems.add(where, QStringLiteral("partijIdentificatie.werkteVoorPartij"),
                             missing(partijNoun, *partij.werkteVoorPartij));
            } else {
                for (const FieldError &error : checkWerkteVoorPartij(partij, organisatie))
                    problems.add(where, error.field, error.message);
            }
        }
    });

    // Partij-identificatoren: references and the three uniqueness rules of §4.2.
    {
        QHash<QString, Location> global;    // register|objecttype|soort|objectId -> where
        QHash<QString, QUuid> globalOwner;  // same key -> partij
        QHash<QString, Location> perPartij; // partij|soort -> where
        QHash<QString, Location> scoped;    // sub|register|objecttype|soort|objectId -> where
        const auto checkIdentificator = [&](const Item<PartijIdentificator> &item) {
            const PartijIdentificator &id = item.value;
            needPartij(item.where, QStringLiteral("identificeerdePartij"), id.identificeerdePartij);
            const QString tuple = toCode(id.codeRegister) % QLatin1Char('|') % toCode(id.codeObjecttype) %
                                  QLatin1Char('|') % toCode(id.codeSoortObjectId) % QLatin1Char('|') % id.objectId;
            if (id.subIdentificatorVan) {
                const std::optional<PartijIdentificator> parent = identificatorRecords.get(*id.subIdentificatorVan);
                if (!parent) {
                    problems.add(item.where, QStringLiteral("subIdentificatorVan"),
                                 missing(QStringLiteral("PartijIdentificator"), *id.subIdentificatorVan));
                } else if (parent->codeSoortObjectId != CodeSoortObjectId::KvkNummer) {
                    problems.add(item.where, QStringLiteral("subIdentificatorVan"),
                                 Messages::tr("A subIdentificatorVan must be a kvk_nummer identificator."));
                }
                const QString key = uuidText(*id.subIdentificatorVan) % QLatin1Char('|') % tuple;
                if (const auto it = scoped.constFind(key); it != scoped.constEnd()) {
                    problems.add(item.where, QStringLiteral("partijIdentificator.objectId"),
                                 Messages::tr("The same identificator already exists under this kvk_nummer (at %1).")
                                     .arg(it->text()));
                } else {
                    scoped.insert(key, item.where);
                    if (stored.first(QStringLiteral("SELECT uuid FROM partij_identificator WHERE sub_identificator_van "
                                                    "= ? AND code_register = ? AND code_objecttype = ? AND "
                                                    "code_soort_object_id = ? AND object_id = ?"),
                                     {uuidText(*id.subIdentificatorVan), toCode(id.codeRegister),
                                      toCode(id.codeObjecttype), toCode(id.codeSoortObjectId), id.objectId})) {
                        problems.add(item.where, QStringLiteral("partijIdentificator.objectId"),
                                     Messages::tr("The same identificator already exists under this kvk_nummer in the "
                                                  "database."));
                    }
                }
            } else {
                if (const auto it = global.constFind(tuple); it != global.constEnd()) {
                    std::optional<QUuid> owner = globalOwner.value(tuple);
                    FieldErrors rule = checkUniqueIdentificator(id, owner);
                    if (rule.isEmpty()) // the same partij twice: reported by the per-partij rule below
                        rule.append({QStringLiteral("partijIdentificator.objectId"), QString()});
                    for (const FieldError &error : std::as_const(rule)) {
                        if (!error.message.isEmpty())
                            problems.add(item.where, error.field,
                                         error.message % QLatin1Char(' ') %
                                             Messages::tr("(Also at %1.)").arg(it->text()));
                    }
                } else {
                    global.insert(tuple, item.where);
                    globalOwner.insert(tuple, id.identificeerdePartij.value_or(QUuid()));
                    const std::optional<QString> owner = stored.first(
                        QStringLiteral("SELECT coalesce(identificeerde_partij, '') FROM partij_identificator WHERE "
                                       "sub_identificator_van IS NULL AND code_register = ? AND code_objecttype = ? "
                                       "AND code_soort_object_id = ? AND object_id = ?"),
                        {toCode(id.codeRegister), toCode(id.codeObjecttype), toCode(id.codeSoortObjectId),
                         id.objectId});
                    if (owner) {
                        // Any stored row conflicts: the imported identificator has a new uuid.
                        FieldErrors rule = checkUniqueIdentificator(id, QUuid::fromString(*owner));
                        if (rule.isEmpty())
                            rule.append({QStringLiteral("partijIdentificator.objectId"),
                                         Messages::tr("This identificator already exists in the database.")});
                        for (const FieldError &error : std::as_const(rule))
                            problems.add(item.where, error.field, error.message);
                    }
                }
            }
            if (id.identificeerdePartij) {
                const QString key =
                    uuidText(*id.identificeerdePartij) % QLatin1Char('|') % toCode(id.codeSoortObjectId);
                if (const auto it = perPartij.constFind(key); it != perPartij.constEnd()) {
                    problems.add(item.where, QStringLiteral("partijIdentificator.codeSoortObjectId"),
                                 Messages::tr("This partij already has an identificator of soort %1 (at %2).")
                                     .arg(toCode(id.codeSoortObjectId), it->text()));
                } else {
                    perPartij.insert(key, item.where);
                    if (!partijRecords.inImport(*id.identificeerdePartij) &&
                        stored.first(QStringLiteral("SELECT uuid FROM partij_identificator WHERE "
                                                    "identificeerde_partij = ? AND code_soort_object_id = ?"),
                                     {uuidText(*id.identificeerdePartij), toCode(id.codeSoortObjectId)})) {
                        problems.add(item.where, QStringLiteral("partijIdentificator.codeSoortObjectId"),
                                     Messages::tr("This partij already has an identificator of soort %1 in the "
                                                  "database.")
                                         .arg(toCode(id.codeSoortObjectId)));
                    }
                }
            }
        };
        if (identificatorFile) {
            second.run(names[1], simple(&ApiJson::partijIdentificatorFromJson), identificatorRecords,
                       checkIdentificator);
        } else {
            // The nested identificatoren, read again from partijen.json.
            Repository<PartijIdentificator> repository(m_database);
            qsizetype kept = 0;
            const bool complete = forEachRecord<Partij>(
                dir, names[0], second.elementProblems(), parsePartij, [&](const Item<Partij> &item) {
                    for (const Item<PartijIdentificator> &nested : nestedIdentificatoren(item)) {
                        kept += identificatorRecords.isKept(nested) ? 1 : 0;
                        second.checkAndWrite(repository, identificatorRecords, nested, checkIdentificator);
                    }
                });
            if (complete)
                second.expectAll(names[0], kept, identificatorRecords.size());
        }
    }

    // Digitale adressen.
    {
        QHash<QString, Location> referenties;
        second.run(
            names[2], simple(&ApiJson::digitaalAdresFromJson), adresRecords, [&](const Item<DigitaalAdres> &item) {
                const DigitaalAdres &adres = item.value;
                needPartij(item.where, QStringLiteral("verstrektDoorPartij"), adres.verstrektDoorPartij);
                if (adres.verstrektDoorBetrokkene && !betrokkeneRecords.get(*adres.verstrektDoorBetrokkene))
                    problems.add(item.where, QStringLiteral("verstrektDoorBetrokkene"),
                                 missing(QStringLiteral("Betrokkene"), *adres.verstrektDoorBetrokkene));
                if (adres.verstrektDoorPartij && !adres.referentie.isEmpty()) {
                    const QString key = uuidText(*adres.verstrektDoorPartij) % QLatin1Char('|') % adres.referentie %
                                        QLatin1Char('|') % toCode(adres.soortDigitaalAdres);
                    const bool inDatabase =
                        !partijRecords.inImport(*adres.verstrektDoorPartij) &&
                        stored.first(
                            QStringLiteral("SELECT uuid FROM digitaal_adres WHERE verstrekt_door_partij = ? "
                                           "AND referentie = ? AND soort_digitaal_adres = ?"),
                            {uuidText(*adres.verstrektDoorPartij), adres.referentie, toCode(adres.soortDigitaalAdres)});
                    if (referenties.contains(key) || inDatabase) {
                        problems.add(item.where, QStringLiteral("referentie"),
                                     Messages::tr("This partij already has a %1 address with referentie \"%2\".")
                                         .arg(toCode(adres.soortDigitaalAdres), adres.referentie));
                    }
                    referenties.insert(key, item.where);
                }
            });
    }
    second.run(
        names[3], simple(&ApiJson::rekeningnummerFromJson), rekeningnummerRecords,
        [&](const Item<Rekeningnummer> &item) { needPartij(item.where, QStringLiteral("partij"), item.value.partij); });

    {
        QHash<QString, Location> pairs;
        second.run(names[4], simple(&ApiJson::vertegenwoordigingFromJson), vertegenwoordigingRecords,
                   [&](const Item<Vertegenwoordiging> &item) {
                       const Vertegenwoordiging &v = item.value;
                       needPartij(item.where, QStringLiteral("vertegenwoordigendePartij"), v.vertegenwoordigendePartij);
                       needPartij(item.where, QStringLiteral("vertegenwoordigdePartij"), v.vertegenwoordigdePartij);
                       const QString key = uuidText(v.vertegenwoordigendePartij) % QLatin1Char('|') %
                                           uuidText(v.vertegenwoordigdePartij);
                       const bool inDatabase =
                           stored
                               .first(QStringLiteral("SELECT uuid FROM vertegenwoordiging WHERE "
                                                     "vertegenwoordigende_partij = ? AND "
                                                     "vertegenwoordigde_partij = ?"),
                                      {uuidText(v.vertegenwoordigendePartij), uuidText(v.vertegenwoordigdePartij)})
                               .has_value();
                       if (pairs.contains(key) || inDatabase)
                           problems.add(item.where, QStringLiteral("vertegenwoordigdePartij"),
                                        Messages::tr("This partij already represents that partij."));
                       pairs.insert(key, item.where);
                   });
    }

    {
        QHash<QString, Location> nummers;
        QHash<QString, Location> referentienummers;
        second.run(
            names[5], simple(&ApiJson::klantcontactFromJson), klantcontactRecords, [&](const Item<Klantcontact> &item) {
                const QString uuid = uuidText(item.value.uuid);
                if (checkActorLinks && !withActor.contains(item.value.uuid))
                    problems.add(item.where, QString(),
                                 tr("Klantcontact %1 has no actor: no element of %2 links one to it.")
                                     .arg(uuid, actorKlantcontactenFile));
                if (checkBetrokkeneLinks && !withBetrokkene.contains(item.value.uuid))
                    problems.add(item.where, QString(),
                                 tr("Klantcontact %1 has no betrokkene: no element of %2 refers to it.")
                                     .arg(uuid, betrokkenenFile));
                uniqueNumber(nummers, item.where, QStringLiteral("nummer"), item.value.nummer, tableOf<Klantcontact>(),
                             QStringLiteral("nummer"));
                uniqueNumber(referentienummers, item.where, QStringLiteral("referentienummer"),
                             item.value.referentienummer, tableOf<Klantcontact>(), QStringLiteral("referentienummer"));
            });
    }
    second.run(names[6], simple(&ApiJson::betrokkeneFromJson), betrokkeneRecords, [&](const Item<Betrokkene> &item) {
        needPartij(item.where, QStringLiteral("wasPartij"), item.value.wasPartij);
        needKlantcontact(item.where, QStringLiteral("hadKlantcontact"), item.value.hadKlantcontact);
    });
    second.run(names[7], simple(&ApiJson::onderwerpobjectFromJson), onderwerpobjectRecords,
               [&](const Item<Onderwerpobject> &item) {
                   needKlantcontact(item.where, QStringLiteral("klantcontact"), item.value.klantcontact);
                   needKlantcontact(item.where, QStringLiteral("wasKlantcontact"), item.value.wasKlantcontact);
               });
    second.run(names[8], simple(&ApiJson::bijlageFromJson), bijlageRecords, [&](const Item<Bijlage> &item) {
        needKlantcontact(item.where, QStringLiteral("wasBijlageVanKlantcontact"), item.value.wasBijlageVanKlantcontact);
    });
    {
        QHash<QString, Location> pairs;
        second.run(names[10], simple(&ApiJson::actorKlantcontactFromJson), actorKlantcontactRecords,
                   [&](const Item<ActorKlantcontact> &item) {
                       const ActorKlantcontact &link = item.value;
                       needActor(item.where, QStringLiteral("actor"), link.actor);
                       needKlantcontact(item.where, QStringLiteral("klantcontact"), link.klantcontact);
                       const QString key = uuidText(link.actor) % QLatin1Char('|') % uuidText(link.klantcontact);
                       const bool inDatabase =
                           stored
                               .first(QStringLiteral(
                                          "SELECT uuid FROM actor_klantcontact WHERE actor = ? AND klantcontact = ?"),
                                      {uuidText(link.actor), uuidText(link.klantcontact)})
                               .has_value();
                       if (pairs.contains(key) || inDatabase)
                           problems.add(item.where, QStringLiteral("actor"),
                                        Messages::tr("This actor is already linked to this klantcontact."));
                       pairs.insert(key, item.where);
                   });
    }
    {
        QHash<QString, Location> nummers;
        QHash<QString, Location> referentienummers;
        second.run(names[11], simple(&ApiJson::interneTaakFromJson), taakRecords, [&](const Item<InterneTaak> &item) {
            const InterneTaak &taak = item.value;
            needKlantcontact(item.where, QStringLiteral("aanleidinggevendKlantcontact"),
                             taak.aanleidinggevendKlantcontact);
            if (taak.toegewezenAanActoren.isEmpty())
                problems.add(item.where, QStringLiteral("toegewezenAanActoren"),
                             Messages::tr("The taak is not assigned to any actor."));
            QSet<QUuid> assigned;
            for (qsizetype i = 0; i < taak.toegewezenAanActoren.size(); ++i) {
                const QString field = QStringLiteral("toegewezenAanActoren[%1]").arg(i);
                needActor(item.where, field, taak.toegewezenAanActoren.at(i));
                if (assigned.contains(taak.toegewezenAanActoren.at(i)))
                    problems.add(item.where, field, Messages::tr("This actor is assigned more than once."));
                assigned.insert(taak.toegewezenAanActoren.at(i));
            }
            uniqueNumber(nummers, item.where, QStringLiteral("nummer"), taak.nummer, tableOf<InterneTaak>(),
                         QStringLiteral("nummer"));
            uniqueNumber(referentienummers, item.where, QStringLiteral("referentienummer"), taak.referentienummer,
                         tableOf<InterneTaak>(), QStringLiteral("referentienummer"));
        });
    }

    if (!problems.isEmpty()) {
        const FieldErrors &errors = problems.errors();
        QStringList lines;
        for (qsizetype i = 0; i < errors.size() && i < maxReportedProblems; ++i)
            lines << errors.at(i).field % QStringLiteral(": ") % errors.at(i).message;
        if (problems.count() > maxReportedProblems)
            lines << tr("... and %n more problem(s).", nullptr, int(problems.count() - maxReportedProblems));
        return Error{tr("Nothing was imported from %1: %n problem(s) found.", nullptr, int(problems.count()))
                             .arg(QDir::toNativeSeparators(directory)) %
                         QLatin1Char('\n') % lines.join(QLatin1Char('\n')),
                     errors};
    }

    // --- 3. commit what the second pass wrote ----------------------------------------------
    if (const std::optional<Error> &failed = second.writeError()) {
        return Error{tr("Nothing was imported from %1: %2").arg(QDir::toNativeSeparators(directory), failed->message),
                     failed->fieldErrors};
    }
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

    const QList<qint64> counts{
        partijRecords.size(),         identificatorRecords.size(),      adresRecords.size(),
        rekeningnummerRecords.size(), vertegenwoordigingRecords.size(), klantcontactRecords.size(),
        betrokkeneRecords.size(),     onderwerpobjectRecords.size(),    bijlageRecords.size(),
        actorRecords.size(),          actorKlantcontactRecords.size(),  taakRecords.size()};
    for (qsizetype i = 0; i < names.size(); ++i)
        report.counts.append({names.at(i), counts.at(i)});
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace kcc::storage
