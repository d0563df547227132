#include "storage/importer.h"
#include "storage/searchindex.h"

#include "model/apijson.h"
#include "model/referencerules.h"
#include "storage/database.h"
#include "storage/dumpfile.h"
#include "storage/exporter.h"
#include "storage/jsonarraystream.h"
#include "storage/repository.h"
#include "storage/resourcetraits.h"
#include "storage/storageerror.h"
#include "storage/writetransaction.h"

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

namespace kcc::storage {

namespace {
// Above this many partijen an import rebuilds the search index once instead of per row.
constexpr qsizetype bulkSearchIndexThreshold = 2000;
} // namespace
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::Importer)
};

// Where an element came from: "partijen.json[3]" or "partijen.json[3].partijIdentificatoren[0]".
// Kept as numbers and spelled out only for a problem, because there is one per imported record.
struct Location
{
    const QString *file = nullptr;
    qsizetype index = 0;
    qsizetype nested = -1; // the index in partijIdentificatoren, for a nested identificator

    QString text() const
    {
        QString where = *file % QLatin1Char('[') % QString::number(index) % QLatin1Char(']');
        if (nested >= 0)
            where += QStringLiteral(".partijIdentificatoren[") % QString::number(nested) % QLatin1Char(']');
        return where;
    }
    operator QString() const { return text(); }
};

template<typename T>
struct Item
{
    T value;
    Location where;
};

// Keeps the first problems in full and counts the rest, so that a dump with a problem in every
// element does not need memory for all of them.
class Problems
{
public:
    void add(const QString &where, const QString &field, const QString &message)
    {
        ++m_count;
        if (m_errors.size() < maxKept)
            m_errors.append({field.isEmpty() ? where : where % QLatin1Char('.') % field, message});
    }
    bool isEmpty() const { return m_count == 0; }
    qsizetype count() const { return m_count; }
    const FieldErrors &errors() const { return m_errors; }
    bool mentions(const QString &message) const
    {
        return std::any_of(m_errors.cbegin(), m_errors.cend(),
                           [&](const FieldError &error) { return error.message == message; });
    }

    static constexpr qsizetype maxKept = 10000;

private:
    FieldErrors m_errors;
    qsizetype m_count = 0;
};

// The table of each resource, from the storage contract itself.
template<typename T>
QString tableOf()
{
    return QLatin1String(ResourceTraits<T>::table());
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// One file of the import, read one element at a time: absent, refused (not a regular file, too
// large, not valid Unicode text, not JSON), or an array of objects, each parsed by `parse`.
// `name` must outlive the items (their Location points to it).
template<typename T, typename Parse>
QList<Item<T>> parseFile(const QDir &dir, const QString &name, Problems &problems, Parse parse)
{
    QList<Item<T>> items;
    DumpFile file(dir.filePath(name), Importer::maxFileBytes);
    if (file.state() == DumpFile::State::Refused)
        problems.add(name, QString(), file.problem());
    if (file.state() != DumpFile::State::Open)
        return items;
    JsonArrayStream stream(file, name, Importer::maxReportedProblems);
    JsonArrayElement element;
    while (stream.next(element)) {
        if (!element.problems.isEmpty()) {
            for (const FieldError &error : std::as_const(element.problems))
                problems.add(error.field, QString(), error.message);
            continue;
        }
        Result<T> parsed = parse(element.object, element.where);
        if (!parsed) {
            for (const FieldError &error : parsed.error().fieldErrors)
                problems.add(element.where, error.field, error.message);
            if (parsed.error().fieldErrors.isEmpty())
                problems.add(element.where, QString(), parsed.error().message);
            continue;
        }
        items.append({std::move(parsed).value(), Location{&name, element.index}});
    }
    if (!stream.fileProblem().isEmpty() && !problems.mentions(stream.fileProblem()))
        problems.add(name, QString(), stream.fileProblem());
    return items;
}

// Records of one resource: those in the import (by uuid) and, through the repository, those
// already in the database.
template<typename T>
class Records
{
public:
    Records(Database &database, const QList<Item<T>> &items, Problems &problems)
        : m_items(items)
        , m_repository(database)
    {
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QUuid uuid = items.at(i).value.uuid;
            const auto existing = m_index.constFind(uuid);
            if (existing != m_index.constEnd()) {
                problems.add(items.at(i).where, QStringLiteral("uuid"),
                             Messages::tr("The id %1 is used more than once (also at %2).")
                                 .arg(uuidText(uuid), items.at(*existing).where.text()));
                continue;
            }
            m_index.insert(uuid, i);
            if (m_repository.find(uuid)) {
                problems.add(items.at(i).where, QStringLiteral("uuid"),
                             Messages::tr("A record with id %1 already exists in %2 in the database.")
                                 .arg(uuidText(uuid), tableOf<T>()));
            }
        }
    }

    // nullopt when neither the import nor the database has it.
    std::optional<T> get(const QUuid &uuid)
    {
        if (const auto it = m_index.constFind(uuid); it != m_index.constEnd())
            return m_items.at(*it).value;
        if (const auto it = m_database.constFind(uuid); it != m_database.constEnd())
            return *it;
        std::optional<T> found = m_repository.find(uuid);
        m_database.insert(uuid, found);
        return found;
    }
    bool inImport(const QUuid &uuid) const { return m_index.contains(uuid); }

private:
    const QList<Item<T>> &m_items;
    Repository<T> m_repository;
    QHash<QUuid, int> m_index;
    QHash<QUuid, std::optional<T>> m_database;
};

// Prepared look-ups for the uniqueness rules against the rows already stored.
class StoredValues
{
public:
    StoredValues(Database &database, Problems &problems)
        : m_connection(database.connection())
        , m_problems(problems)
    {
    }

    // The first column of the first row of `sql`, or nullopt when there is none.
    std::optional<QString> first(const QString &sql, const QVariantList &values)
    {
        auto it = m_statements.find(sql);
        if (it == m_statements.end()) {
            auto query = std::make_unique<QSqlQuery>(m_connection);
            query->setForwardOnly(true);
            if (!query->prepare(sql)) {
                fail(query->lastError());
                return std::nullopt;
            }
            it = m_statements.emplace(sql, std::move(query)).first;
        }
        QSqlQuery &query = *it->second;
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec()) {
            fail(query.lastError());
            return std::nullopt;
        }
        std::optional<QString> result;
        if (query.next())
            result = query.value(0).toString();
        query.finish();
        return result;
    }

private:
    void fail(const QSqlError &error)
    {
        if (!m_failed)
            m_problems.add(QString(), QString(), StorageError::fromSql(error).message);
        m_failed = true;
    }

    QSqlDatabase m_connection;
    Problems &m_problems;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    bool m_failed = false;
};

QString missing(const QString &what, const QUuid &uuid)
{
    return Messages::tr("%1 %2 does not exist, neither in this import nor in the database.").arg(what, uuidText(uuid));
}

template<typename T>
Result<> insertAll(Database &database, const QList<Item<T>> &items)
{
    Repository<T> repository(database);
    for (const Item<T> &item : items) {
        if (Result<> inserted = repository.insert(item.value); !inserted)
            return Error{Messages::tr("%1: %2").arg(item.where.text(), inserted.error().message), {}};
    }
    return {};
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

    // --- 1. parse and validate every element -------------------------------------------------
    const bool identificatorFile = present.contains(identificatorenFile);
    QList<PartijInvoer> invoer;
    const QList<Item<Partij>> partijen =
        parseFile<Partij>(dir, names[0], problems, [&](const QJsonObject &json, const QString &) {
            PartijInvoer relaties;
            Result<Partij> parsed = ApiJson::partijFromJson(json, &relaties);
            if (parsed) {
                // With partij-identificatoren.json the nested copies are not used: do not keep them.
                if (identificatorFile)
                    relaties.partijIdentificatoren.clear();
                invoer.append(std::move(relaties));
            }
            return parsed;
        });
    QList<Item<PartijIdentificator>> identificatoren =
        parseFile<PartijIdentificator>(dir, names[1], problems, [](const QJsonObject &json, const QString &) {
            return ApiJson::partijIdentificatorFromJson(json);
        });
    if (!identificatorFile) {
        for (qsizetype i = 0; i < partijen.size(); ++i) {
            const QList<PartijIdentificator> &nested = invoer.at(i).partijIdentificatoren;
            for (qsizetype j = 0; j < nested.size(); ++j) {
                Location where = partijen.at(i).where;
                where.nested = j;
                identificatoren.append({nested.at(j), where});
            }
        }
    }
    const auto simple = [&](auto parse) {
        return [parse](const QJsonObject &json, const QString &) { return parse(json); };
    };
    const QList<Item<DigitaalAdres>> adressen =
        parseFile<DigitaalAdres>(dir, names[2], problems, simple(&ApiJson::digitaalAdresFromJson));
    const QList<Item<Rekeningnummer>> rekeningnummers =
        parseFile<Rekeningnummer>(dir, names[3], problems, simple(&ApiJson::rekeningnummerFromJson));
    const QList<Item<Vertegenwoordiging>> vertegenwoordigingen =
        parseFile<Vertegenwoordiging>(dir, names[4], problems, simple(&ApiJson::vertegenwoordigingFromJson));
    const QList<Item<Klantcontact>> klantcontacten =
        parseFile<Klantcontact>(dir, names[5], problems, simple(&ApiJson::klantcontactFromJson));
    const QList<Item<Betrokkene>> betrokkenen =
        parseFile<Betrokkene>(dir, names[6], problems, simple(&ApiJson::betrokkeneFromJson));
    const QList<Item<Onderwerpobject>> onderwerpobjecten =
        parseFile<Onderwerpobject>(dir, names[7], problems, simple(&ApiJson::onderwerpobjectFromJson));
    const QList<Item<Bijlage>> bijlagen =
        parseFile<Bijlage>(dir, names[8], problems, simple(&ApiJson::bijlageFromJson));
    const QList<Item<Actor>> actoren = parseFile<Actor>(dir, names[9], problems, simple(&ApiJson::actorFromJson));
    const QList<Item<ActorKlantcontact>> actorKlantcontacten =
        parseFile<ActorKlantcontact>(dir, names[10], problems, simple(&ApiJson::actorKlantcontactFromJson));
    const QList<Item<InterneTaak>> taken =
        parseFile<InterneTaak>(dir, names[11], problems, simple(&ApiJson::interneTaakFromJson));

    // Every klantcontact needs an actor and a betrokkene (IntegrityCheck refuses one without): a new
    // klantcontact can only get them from this import.
    const QString betrokkenenFile = names[6];
    const auto needLinks = [&](const QString &file, const QSet<QUuid> &linked, const QString &missingMessage,
                               auto unlinkedMessage) {
        if (!klantcontacten.isEmpty() && !present.contains(file)) {
            problems.add(file, QString(), missingMessage);
            return;
        }
        if (!present.contains(file))
            report.warnings << tr("%1 is missing: nothing of that kind was imported.").arg(file);
        for (const Item<Klantcontact> &item : klantcontacten) {
            if (!linked.contains(item.value.uuid))
                problems.add(item.where, QString(), unlinkedMessage(uuidText(item.value.uuid)));
        }
    };
    {
        QSet<QUuid> linked;
        for (const Item<ActorKlantcontact> &item : actorKlantcontacten)
            linked.insert(item.value.klantcontact);
        needLinks(actorKlantcontactenFile, linked,
                  tr("The file is missing, but every klantcontact needs an actor and %1 holds %n klantcontact(s).",
                     nullptr, int(klantcontacten.size()))
                      .arg(klantcontactenFile),
                  [&](const QString &uuid) {
                      return tr("Klantcontact %1 has no actor: no element of %2 links one to it.")
                          .arg(uuid, actorKlantcontactenFile);
                  });
    }
    {
        QSet<QUuid> linked;
        for (const Item<Betrokkene> &item : betrokkenen)
            linked.insert(item.value.hadKlantcontact);
        needLinks(betrokkenenFile, linked,
                  tr("The file is missing, but every klantcontact needs a betrokkene and %1 holds %n "
                     "klantcontact(s).",
                     nullptr, int(klantcontacten.size()))
                      .arg(klantcontactenFile),
                  [&](const QString &uuid) {
                      return tr("Klantcontact %1 has no betrokkene: no element of %2 refers to it.")
                          .arg(uuid, betrokkenenFile);
                  });
    }

    // --- 2. ids and references ---------------------------------------------------------------
    Records<Partij> partijRecords(m_database, partijen, problems);
    Records<PartijIdentificator> identificatorRecords(m_database, identificatoren, problems);
    Records<DigitaalAdres> adresRecords(m_database, adressen, problems);
    Records<Rekeningnummer> rekeningnummerRecords(m_database, rekeningnummers, problems);
    Records<Vertegenwoordiging> vertegenwoordigingRecords(m_database, vertegenwoordigingen, problems);
    Records<Klantcontact> klantcontactRecords(m_database, klantcontacten, problems);
    Records<Betrokkene> betrokkeneRecords(m_database, betrokkenen, problems);
    Records<Onderwerpobject> onderwerpobjectRecords(m_database, onderwerpobjecten, problems);
    Records<Bijlage> bijlageRecords(m_database, bijlagen, problems);
    Records<Actor> actorRecords(m_database, actoren, problems);
    Records<ActorKlantcontact> actorKlantcontactRecords(m_database, actorKlantcontacten, problems);
    Records<InterneTaak> taakRecords(m_database, taken, problems);
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
    const auto uniqueNumber = [&](QHash<QString, QString> &seen, const QString &where, const QString &field,
                                  const std::optional<QString> &number, const QString &table, const QString &column) {
        if (!number)
            return;
        if (const auto it = seen.constFind(*number); it != seen.constEnd()) {
            problems.add(where, field,
                         Messages::tr("The number %1 is used more than once (also at %2).").arg(*number, *it));
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

    // Partijen.
    QHash<QString, QString> partijNummers;
    for (qsizetype i = 0; i < partijen.size(); ++i) {
        const Partij &partij = partijen.at(i).value;
        const QString &where = partijen.at(i).where;
        uniqueNumber(partijNummers, where, QStringLiteral("nummer"), partij.nummer, tableOf<Partij>(),
                     QStringLiteral("nummer"));
        for (const QUuid &uuid : invoer.at(i).digitaleAdressen) {
            if (!adresRecords.get(uuid))
                problems.add(where, QStringLiteral("digitaleAdressen"), missing(QStringLiteral("DigitaalAdres"), uuid));
        }
        for (const QUuid &uuid : invoer.at(i).rekeningnummers) {
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
    }

    // Partij-identificatoren: references and the three uniqueness rules of §4.2.
    {
        QHash<QString, QString> global;    // register|objecttype|soort|objectId -> where
        QHash<QString, QUuid> globalOwner; // same key -> partij
        QHash<QString, QString> perPartij; // partij|soort -> where
        QHash<QString, QString> scoped;    // sub|register|objecttype|soort|objectId -> where
        for (const Item<PartijIdentificator> &item : std::as_const(identificatoren)) {
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
                    problems.add(
                        item.where, QStringLiteral("partijIdentificator.objectId"),
                        Messages::tr("The same identificator already exists under this kvk_nummer (at %1).").arg(*it));
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
                                         error.message % QLatin1Char(' ') % Messages::tr("(Also at %1.)").arg(*it));
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
                                     .arg(toCode(id.codeSoortObjectId), *it));
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
        }
    }

    // Digitale adressen.
    {
        QHash<QString, QString> referenties;
        for (const Item<DigitaalAdres> &item : adressen) {
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
        }
    }
    for (const Item<Rekeningnummer> &item : rekeningnummers)
        needPartij(item.where, QStringLiteral("partij"), item.value.partij);

    {
        QHash<QString, QString> pairs;
        for (const Item<Vertegenwoordiging> &item : vertegenwoordigingen) {
            const Vertegenwoordiging &v = item.value;
            needPartij(item.where, QStringLiteral("vertegenwoordigendePartij"), v.vertegenwoordigendePartij);
            needPartij(item.where, QStringLiteral("vertegenwoordigdePartij"), v.vertegenwoordigdePartij);
            const QString key =
                uuidText(v.vertegenwoordigendePartij) % QLatin1Char('|') % uuidText(v.vertegenwoordigdePartij);
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
        }
    }

    {
        QHash<QString, QString> nummers;
        QHash<QString, QString> referentienummers;
        for (const Item<Klantcontact> &item : klantcontacten) {
            uniqueNumber(nummers, item.where, QStringLiteral("nummer"), item.value.nummer, tableOf<Klantcontact>(),
                         QStringLiteral("nummer"));
            uniqueNumber(referentienummers, item.where, QStringLiteral("referentienummer"), item.value.referentienummer,
                         tableOf<Klantcontact>(), QStringLiteral("referentienummer"));
        }
    }
    for (const Item<Betrokkene> &item : betrokkenen) {
        needPartij(item.where, QStringLiteral("wasPartij"), item.value.wasPartij);
        needKlantcontact(item.where, QStringLiteral("hadKlantcontact"), item.value.hadKlantcontact);
    }
    for (const Item<Onderwerpobject> &item : onderwerpobjecten) {
        needKlantcontact(item.where, QStringLiteral("klantcontact"), item.value.klantcontact);
        needKlantcontact(item.where, QStringLiteral("wasKlantcontact"), item.value.wasKlantcontact);
    }
    for (const Item<Bijlage> &item : bijlagen)
        needKlantcontact(item.where, QStringLiteral("wasBijlageVanKlantcontact"), item.value.wasBijlageVanKlantcontact);
    {
        QHash<QString, QString> pairs;
        for (const Item<ActorKlantcontact> &item : actorKlantcontacten) {
            const ActorKlantcontact &link = item.value;
            needActor(item.where, QStringLiteral("actor"), link.actor);
            needKlantcontact(item.where, QStringLiteral("klantcontact"), link.klantcontact);
            const QString key = uuidText(link.actor) % QLatin1Char('|') % uuidText(link.klantcontact);
            const bool inDatabase =
                stored
                    .first(QStringLiteral("SELECT uuid FROM actor_klantcontact WHERE actor = ? AND klantcontact = ?"),
                           {uuidText(link.actor), uuidText(link.klantcontact)})
                    .has_value();
            if (pairs.contains(key) || inDatabase)
                problems.add(item.where, QStringLiteral("actor"),
                             Messages::tr("This actor is already linked to this klantcontact."));
            pairs.insert(key, item.where);
        }
    }
    {
        QHash<QString, QString> nummers;
        QHash<QString, QString> referentienummers;
        for (const Item<InterneTaak> &item : taken) {
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
        }
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

    // --- 3. write everything in one transaction ----------------------------------------------
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    const auto writeAll = [&]() -> Result<> {
        // Parents first, although the deferred foreign keys would allow any order: the rowid order
        // of each table follows the files, which keeps export -> import -> export identical.
        if (Result<> r = insertAll(m_database, actoren); !r)
            return r;
        if (Result<> r = insertAll(m_database, partijen); !r)
            return r;
        if (Result<> r = insertAll(m_database, identificatoren); !r)
            return r;
        if (Result<> r = insertAll(m_database, adressen); !r)
            return r;
        if (Result<> r = insertAll(m_database, rekeningnummers); !r)
            return r;
        if (Result<> r = insertAll(m_database, vertegenwoordigingen); !r)
            return r;
        if (Result<> r = insertAll(m_database, klantcontacten); !r)
            return r;
        if (Result<> r = insertAll(m_database, betrokkenen); !r)
            return r;
        if (Result<> r = insertAll(m_database, onderwerpobjecten); !r)
            return r;
        if (Result<> r = insertAll(m_database, bijlagen); !r)
            return r;
        if (Result<> r = insertAll(m_database, actorKlantcontacten); !r)
            return r;
        return insertAll(m_database, taken);
    };
    // The name-search triggers cost ~1 ms per partij; for a large import it is far cheaper to
    // suspend them and rebuild the search index once, inside this same transaction.
    const bool bulk = partijen.size() > bulkSearchIndexThreshold;
    const Result<> written = [&]() -> Result<> {
        if (bulk) {
            if (Result<> r = SearchIndex::suspend(m_database); !r)
                return r;
        }
        if (Result<> r = writeAll(); !r)
            return r;
        return bulk ? SearchIndex::rebuild(m_database) : Result<>();
    }();
    if (!written) {
        return Error{
            tr("Nothing was imported from %1: %2").arg(QDir::toNativeSeparators(directory), written.error().message),
            written.error().fieldErrors};
    }
    if (Result<> committed = transaction.commit(); !committed) {
        return Error{
            tr("Nothing was imported from %1: %2").arg(QDir::toNativeSeparators(directory), committed.error().message),
            {}};
    }

    const QList<qint64> counts{partijen.size(),        identificatoren.size(),      adressen.size(),
                               rekeningnummers.size(), vertegenwoordigingen.size(), klantcontacten.size(),
                               betrokkenen.size(),     onderwerpobjecten.size(),    bijlagen.size(),
                               actoren.size(),         actorKlantcontacten.size(),  taken.size()};
    for (qsizetype i = 0; i < names.size(); ++i)
        report.counts.append({names.at(i), counts.at(i)});
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace kcc::storage
