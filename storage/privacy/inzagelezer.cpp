#include "storage/privacy/inzagelezer.h"

#include "storage/db/database.h"
#include "storage/db/sqlutil.h"
#include "storage/resources/repository.h"

#include <QSqlQuery>

namespace kcc::storage {

namespace {

// The klantcontacten where the partij (the first bound value) is betrokkene.
const QLatin1String contactenSql("SELECT had_klantcontact FROM betrokkene WHERE was_partij = ?");

// Reads the records about one partij; every list in rowid order, as the API and an export have them.
class Lezer
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::InzageLezer)

public:
    explicit Lezer(Database &database)
        : m_database(database)
    {
    }

    // The uuids `sql` selects with `partij` bound to each of its placeholders.
    Result<QList<QUuid>> uuids(const QString &sql, const QString &partij)
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return Sql::error(InzageLezer::tr("read the inzage"), query.lastError());
        for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
            query.addBindValue(partij);
        if (!query.exec())
            return Sql::error(InzageLezer::tr("read the inzage"), query.lastError());
        QList<QUuid> result;
        while (query.next())
            result.append(QUuid::fromString(query.value(0).toString()));
        return result;
    }

    // The records of `sql`'s uuids; one that vanished meanwhile is an error rather than a gap.
    template<typename T>
    Result<QList<T>> records(const QString &sql, const QString &partij)
    {
        const Result<QList<QUuid>> found = uuids(sql, partij);
        if (!found)
            return found.error();
        Repository<T> repository(m_database);
        QList<T> result;
        for (const QUuid &uuid : found.value()) {
            std::optional<T> record = repository.find(uuid);
            if (!record)
                return Error{InzageLezer::tr("A record of the inzage could not be read (%1).").arg(uuid.toString()),
                             {}};
            result.append(std::move(*record));
        }
        return result;
    }

private:
    Database &m_database;
};

// The error of the first of `results` that failed, if any.
template<typename... Results>
std::optional<Error> firstError(const Results &...results)
{
    std::optional<Error> error;
    ((error || results ? void() : void(error = results.error())), ...);
    return error;
}

QString contactQuery(const char *select)
{
    return QString::fromLatin1(select).arg(contactenSql);
}

Result<KlantcontactRelaties> contactRelaties(Lezer &lezer, const QUuid &klantcontact)
{
    const QString uuid = klantcontact.toString(QUuid::WithoutBraces);
    const Result<QList<QUuid>> onderwerpen =
        lezer.uuids(QStringLiteral("SELECT uuid FROM onderwerpobject WHERE klantcontact = ? ORDER BY rowid"), uuid);
    const Result<QList<Actor>> actoren = lezer.records<Actor>(
        QStringLiteral("SELECT actor FROM actor_klantcontact WHERE klantcontact = ? ORDER BY rowid"), uuid);
    const Result<QList<QUuid>> bijlagen = lezer.uuids(
        QStringLiteral("SELECT uuid FROM bijlage WHERE was_bijlage_van_klantcontact = ? ORDER BY rowid"), uuid);
    const Result<QList<QUuid>> betrokkenen =
        lezer.uuids(QStringLiteral("SELECT uuid FROM betrokkene WHERE had_klantcontact = ? ORDER BY rowid"), uuid);
    const Result<QList<QUuid>> taken = lezer.uuids(
        QStringLiteral("SELECT uuid FROM interne_taak WHERE aanleidinggevend_klantcontact = ? ORDER BY rowid"), uuid);
    if (std::optional<Error> error = firstError(onderwerpen, actoren, bijlagen, betrokkenen, taken))
        return *error;
    return KlantcontactRelaties{onderwerpen.value(), actoren.value(), bijlagen.value(), betrokkenen.value(),
                                taken.value()};
}

} // namespace

Result<> InzageLezer::verzamel(Database &database, const QUuid &partijUuid, InzageDossier &dossier)
{
    Lezer lezer(database);
    const QString partij = partijUuid.toString(QUuid::WithoutBraces);
    dossier.partij = Repository<Partij>(database).find(partijUuid);
    if (!dossier.partij)
        return Error{tr("The partij %1 could not be read.").arg(partij), {}};

    auto identificatoren = lezer.records<PartijIdentificator>(
        QStringLiteral("SELECT uuid FROM partij_identificator WHERE identificeerde_partij = ? ORDER BY rowid"), partij);
    auto eigenAdressen = lezer.uuids(
        QStringLiteral("SELECT uuid FROM digitaal_adres WHERE verstrekt_door_partij = ? ORDER BY rowid"), partij);
    auto alleAdressen = lezer.records<DigitaalAdres>(
        QStringLiteral("SELECT uuid FROM digitaal_adres WHERE verstrekt_door_partij = ? OR verstrekt_door_betrokkene"
                       " IN (SELECT uuid FROM betrokkene WHERE was_partij = ?) ORDER BY rowid"),
        partij);
    auto rekeningnummers = lezer.records<Rekeningnummer>(
        QStringLiteral("SELECT uuid FROM rekeningnummer WHERE partij = ? ORDER BY rowid"), partij);
    auto vertegenwoordigden = lezer.uuids(QStringLiteral("SELECT vertegenwoordigde_partij FROM vertegenwoordiging"
                                                         " WHERE vertegenwoordigende_partij = ? ORDER BY rowid"),
                                          partij);
    auto vertegenwoordigingen = lezer.records<Vertegenwoordiging>(
        QStringLiteral("SELECT uuid FROM vertegenwoordiging WHERE vertegenwoordigende_partij = ?"
                       " OR vertegenwoordigde_partij = ? ORDER BY rowid"),
        partij);
    auto betrokkenen = lezer.records<Betrokkene>(
        QStringLiteral("SELECT uuid FROM betrokkene WHERE was_partij = ? ORDER BY rowid"), partij);
    auto klantcontacten = lezer.records<Klantcontact>(
        contactQuery("SELECT uuid FROM klantcontact WHERE uuid IN (%1) ORDER BY rowid"), partij);
    auto onderwerpobjecten = lezer.records<Onderwerpobject>(
        contactQuery("SELECT uuid FROM onderwerpobject WHERE klantcontact IN (%1) OR was_klantcontact IN (%1)"
                     " ORDER BY rowid"),
        partij);
    auto bijlagen = lezer.records<Bijlage>(
        contactQuery("SELECT uuid FROM bijlage WHERE was_bijlage_van_klantcontact IN (%1) ORDER BY rowid"), partij);
    auto taken = lezer.records<InterneTaak>(
        contactQuery("SELECT uuid FROM interne_taak WHERE aanleidinggevend_klantcontact IN (%1) ORDER BY rowid"),
        partij);
    if (std::optional<Error> error =
            firstError(identificatoren, eigenAdressen, alleAdressen, rekeningnummers, vertegenwoordigden,
                       vertegenwoordigingen, betrokkenen, klantcontacten, onderwerpobjecten, bijlagen, taken))
        return *error;

    PartijRelaties &relaties = dossier.partijRelaties;
    relaties.partijIdentificatoren = identificatoren.value();
    relaties.digitaleAdressen = eigenAdressen.value();
    for (const Rekeningnummer &rekeningnummer : rekeningnummers.value())
        relaties.rekeningnummers.append(rekeningnummer.uuid);
    for (const Betrokkene &betrokkene : betrokkenen.value())
        relaties.betrokkenen.append(betrokkene.uuid);
    relaties.vertegenwoordigden = vertegenwoordigden.value();
    dossier.digitaleAdressen = alleAdressen.value();
    dossier.rekeningnummers = rekeningnummers.value();
    dossier.vertegenwoordigingen = vertegenwoordigingen.value();
    for (const Betrokkene &betrokkene : betrokkenen.value()) {
        auto adressen = lezer.uuids(
            QStringLiteral("SELECT uuid FROM digitaal_adres WHERE verstrekt_door_betrokkene = ? ORDER BY rowid"),
            betrokkene.uuid.toString(QUuid::WithoutBraces));
        if (!adressen)
            return adressen.error();
        dossier.betrokkenen.append({betrokkene, BetrokkeneRelaties{adressen.value()}});
    }
    for (const Klantcontact &klantcontact : klantcontacten.value()) {
        Result<KlantcontactRelaties> gelezen = contactRelaties(lezer, klantcontact.uuid);
        if (!gelezen)
            return gelezen.error();
        dossier.klantcontacten.append({klantcontact, gelezen.value()});
    }
    dossier.onderwerpobjecten = onderwerpobjecten.value();
    dossier.bijlagen = bijlagen.value();
    dossier.interneTaken = taken.value();
    return {};
}

} // namespace kcc::storage
