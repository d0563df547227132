#include "storage/demo/demowerkvoorraad.h"

#include "model/klantinteracties/actorklantcontact.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/internetaak.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/taken/takentypes.h"
#include "storage/db/database.h"
#include "storage/db/numbersequence.h"
#include "storage/db/storageerror.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "storage/resources/rowcodec.h"
#include "storage/taken/taaklogwriter.h"
#include "storage/taken/takenschema.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace kcc::storage {

namespace {

QString text(const QUuid &uuid)
{
    return codec::uuidText(uuid);
}

Error sqlError(const QSqlQuery &query)
{
    return StorageError::fromSql(query.lastError(), DemoWerkvoorraad::tr("preparing the demo work queues"));
}

// One batch of demo tasks: who, how many, and the age range in hours.
struct Batch
{
    QString afdeling; // name of the afdeling, or empty for `persoon`
    QUuid persoon;    // a demo account
    int open = 0;     // open tasks, ages spread over [minUren, maxUren]
    int minUren = 1;
    int maxUren = 240;
};

// Weekdays of the last four weeks, office hours, a realistic mix of kanalen; each with the
// partij as klant betrokkene and a KCC medewerker linked.
Result<> addRecenteKlantcontacten(Database &database, const QList<QUuid> &medewerkers, const QDateTime &now,
                                  QRandomGenerator &random)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT uuid FROM partij WHERE indicatie_actief = 1 AND rowid % 3 = 0"
                                   " ORDER BY rowid LIMIT 160")))
        return sqlError(query);
    QList<QUuid> partijen;
    while (query.next())
        partijen << QUuid::fromString(query.value(0).toString());
    query.finish();
    if (partijen.isEmpty())
        return {};
    // Weighted as in a municipal KCC: mostly telephone, then e-mail and the counter.
    const QStringList kanalen{QStringLiteral("telefoon"), QStringLiteral("telefoon"), QStringLiteral("telefoon"),
                              QStringLiteral("telefoon"), QStringLiteral("e-mail"),   QStringLiteral("e-mail"),
                              QStringLiteral("balie"),    QStringLiteral("balie"),    QStringLiteral("chat"),
                              QStringLiteral("brief")};
    const QStringList onderwerpen{
        QStringLiteral("Afspraak paspoort"),      QStringLiteral("Vraag over WOZ-beschikking"),
        QStringLiteral("Grofvuil ophalen"),       QStringLiteral("Parkeervergunning"),
        QStringLiteral("Verhuizing doorgeven"),   QStringLiteral("Melding openbare ruimte"),
        QStringLiteral("Kwijtschelding aanslag"), QStringLiteral("Status aanvraag Wmo")};
    Repository<Klantcontact> klantcontacten(database);
    Repository<Betrokkene> betrokkenen(database);
    Repository<ActorKlantcontact> links(database);
    int index = 0;
    for (int dag = 27; dag >= 0; --dag) {
        const QDate date = now.toUTC().date().addDays(-dag);
        if (date.dayOfWeek() > Qt::Friday)
            continue;
        const int aantal = 3 + int(random.bounded(5));
        for (int i = 0; i < aantal; ++i) {
            const QDateTime op(date, QTime(7 + int(random.bounded(9)), int(random.bounded(60))), Qt::UTC);
            if (op >= now)
                continue;
            Klantcontact klantcontact;
            klantcontact.uuid = QUuid::createUuidV5(QUuid(QStringLiteral("0b7e2c55-3f0a-4c8e-b3d1-7a9e5c1f2d40")),
                                                    QString::number(index));
            Result<QString> nummer = NumberSequence::next(database, NumberSequence::Kind::KlantcontactReferentienummer);
            if (!nummer)
                return nummer.error();
            klantcontact.referentienummer = nummer.value();
            klantcontact.kanaal = kanalen.at(random.bounded(int(kanalen.size())));
            klantcontact.onderwerp = onderwerpen.at(random.bounded(int(onderwerpen.size())));
            klantcontact.taal = QStringLiteral("nld");
            klantcontact.indicatieContactGelukt = true;
            klantcontact.plaatsgevondenOp = op;
            if (Result<> inserted = klantcontacten.insert(klantcontact); !inserted)
                return inserted;
            Betrokkene betrokkene;
            betrokkene.uuid = QUuid::createUuidV5(klantcontact.uuid, QStringLiteral("klant"));
            betrokkene.hadKlantcontact = klantcontact.uuid;
            betrokkene.wasPartij = partijen.at(index % partijen.size());
            betrokkene.initiator = true;
            if (Result<> inserted = betrokkenen.insert(betrokkene); !inserted)
                return inserted;
            const QUuid medewerker = medewerkers.at(index % medewerkers.size());
            if (Result<> inserted = links.insert(
                    {QUuid::createUuidV5(klantcontact.uuid, QStringLiteral("actor")), medewerker, klantcontact.uuid});
                !inserted)
                return inserted;
            ++index;
        }
    }
    return {};
}

// The afdelingen by name (the demo generator's organisatorische eenheden), and in rowid order.
struct Afdelingen
{
    QHash<QString, QUuid> byName;
    QList<QUuid> inOrder;
};

Result<Afdelingen> readAfdelingen(Database &database)
{
    QSqlQuery query(database.connection());
    Afdelingen afdelingen;
    if (!query.exec(QStringLiteral("SELECT naam, uuid FROM actor WHERE soort_actor = 'organisatorische_eenheid'"
                                   " AND indicatie_actief = 1 ORDER BY rowid")))
        return sqlError(query);
    while (query.next()) {
        afdelingen.byName.insert(query.value(0).toString(), QUuid::fromString(query.value(1).toString()));
        afdelingen.inOrder << QUuid::fromString(query.value(1).toString());
    }
    return afdelingen;
}

// Memberships: the demo accounts, and the generated medewerkers spread over the afdelingen.
Result<> addMemberships(Database &database, const DemoWerkvoorraad::Accounts &accounts, const QUuid &kcc,
                        const QUuid &vergunningen, const QList<QUuid> &afdelingVolgorde)
{
    QSqlQuery lid(database.connection());
    if (!lid.prepare(
            QStringLiteral("INSERT INTO afdeling_lid (medewerker, afdeling) VALUES (?, ?) ON CONFLICT DO NOTHING")))
        return sqlError(lid);
    auto addLid = [&](const QUuid &medewerker, const QUuid &afdeling) -> Result<> {
        lid.bindValue(0, text(medewerker));
        lid.bindValue(1, text(afdeling));
        if (!lid.exec())
            return sqlError(lid);
        return {};
    };
    for (const auto &[medewerker, afdeling] : {std::pair{accounts.demo, kcc}, std::pair{accounts.supervisor, kcc},
                                               std::pair{accounts.backoffice, vergunningen}}) {
        if (Result<> ok = addLid(medewerker, afdeling); !ok)
            return ok.error();
    }
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT uuid FROM actor WHERE soort_actor = 'medewerker' AND uuid NOT IN"
                                   " (SELECT actor FROM account) ORDER BY rowid")))
        return sqlError(query);
    for (int index = 0; query.next(); ++index) {
        const QUuid medewerker = QUuid::fromString(query.value(0).toString());
        if (Result<> ok = addLid(medewerker, afdelingVolgorde.at(index % afdelingVolgorde.size())); !ok)
            return ok.error();
    }
    return {};
}

// Klantcontacten with a klant betrokkene to hang the new tasks on, spread over the history.
Result<QList<QUuid>> taakKlantcontacten(Database &database)
{
    QSqlQuery query(database.connection());
    QList<QUuid> klantcontacten;
    if (!query.exec(QStringLiteral("SELECT k.uuid FROM klantcontact k WHERE k.rowid % 7 = 0 AND EXISTS (SELECT 1"
                                   " FROM betrokkene b WHERE b.had_klantcontact = k.uuid) ORDER BY k.rowid"
                                   " DESC LIMIT 400")))
        return sqlError(query);
    while (query.next())
        klantcontacten << QUuid::fromString(query.value(0).toString());
    return klantcontacten;
}

// Adds demo tasks one by one, each on the next of the klantcontacten, with its log.
class DemoTaken
{
public:
    DemoTaken(Database &database, QList<QUuid> klantcontacten)
        : m_database(database)
        , m_taken(database)
        , m_klantcontacten(std::move(klantcontacten))
    {
    }

    Result<> add(const QList<QUuid> &actoren, const QString &handeling, const QDateTime &op,
                 const std::optional<QDateTime> &afgehandeld, const QUuid &door)
    {
        InterneTaak taak;
        taak.uuid =
            QUuid::createUuidV5(QUuid(QStringLiteral("6f1c2f8e-6a51-4d0e-9f43-5b0a4d2c9e11")), QString::number(m_next));
        taak.gevraagdeHandeling = handeling;
        taak.aanleidinggevendKlantcontact = m_klantcontacten.at(m_next % m_klantcontacten.size());
        ++m_next;
        taak.toegewezenAanActoren = actoren;
        taak.toegewezenOp = op;
        taak.status = afgehandeld ? TaakStatus::Verwerkt : TaakStatus::TeVerwerken;
        taak.afgehandeldOp = afgehandeld;
        Result<QString> nummer = NumberSequence::next(m_database, NumberSequence::Kind::InterneTaakReferentienummer);
        if (!nummer)
            return nummer.error();
        taak.referentienummer = nummer.value();
        if (Result<> inserted = m_taken.insert(taak); !inserted)
            return inserted;
        if (Result<> logged = logTaakAangemaakt(m_database, taak, QUuid(), op); !logged)
            return logged;
        if (afgehandeld) {
            TaakLogEntry log;
            log.taak = taak.uuid;
            log.tijdstip = *afgehandeld;
            log.actor = door;
            log.actie = TaakLogActie::Afgehandeld;
            if (Result<> closed = writeTaakLog(m_database, log); !closed)
                return closed;
        }
        ++m_added;
        return {};
    }

    int added() const { return m_added; }

private:
    Database &m_database;
    Repository<InterneTaak> m_taken;
    const QList<QUuid> m_klantcontacten;
    int m_next = 0;
    int m_added = 0;
};

QStringList taakHandelingen()
{
    return {QStringLiteral("Terugbellen"), QStringLiteral("Terugbellen"), QStringLiteral("Beantwoorden per e-mail"),
            QStringLiteral("Informatie opvragen"), QStringLiteral("Aanmaken zaak n.a.v. productaanvraag")};
}

// Open tasks: ages from an hour to two weeks, so that some are overdue.
Result<> addOpenTaken(DemoTaken &taken, const DemoWerkvoorraad::Accounts &accounts,
                      const QHash<QString, QUuid> &afdelingen, const QDateTime &now, QRandomGenerator &random)
{
    const QStringList handelingen = taakHandelingen();
    const QList<Batch> batches = {
        {QString(), accounts.backoffice, 12, 1, 14 * 24},   {QStringLiteral("Vergunningen"), {}, 9, 1, 10 * 24},
        {QString(), accounts.demo, 6, 1, 8 * 24},           {QStringLiteral("KCC"), {}, 5, 1, 5 * 24},
        {QStringLiteral("Belastingen"), {}, 7, 2, 12 * 24}, {QStringLiteral("Burgerzaken"), {}, 4, 2, 6 * 24},
        {QStringLiteral("Wmo"), {}, 3, 24, 15 * 24},
    };
    for (const Batch &batch : batches) {
        const QUuid actor = batch.afdeling.isEmpty() ? batch.persoon : afdelingen.value(batch.afdeling);
        if (actor.isNull())
            continue;
        for (int i = 0; i < batch.open; ++i) {
            const int uren = batch.minUren + (batch.maxUren - batch.minUren) * i / qMax(1, batch.open - 1);
            const QDateTime op = now.addSecs(-qint64(uren) * 3600 - random.bounded(3600));
            const QString handeling = handelingen.at(random.bounded(int(handelingen.size())));
            if (Result<> done = taken.add({actor}, handeling, op, std::nullopt, QUuid()); !done)
                return done;
        }
    }
    return {};
}

// Closed tasks over the last four weeks for the figures, on working hours.
Result<> addClosedTaken(DemoTaken &taken, const DemoWerkvoorraad::Accounts &accounts,
                        const QList<QUuid> &afdelingVolgorde, const QDateTime &now, QRandomGenerator &random)
{
    const QStringList handelingen = taakHandelingen();
    const QList<QUuid> afsluiters{accounts.backoffice, accounts.demo};
    for (int dag = 28; dag >= 1; --dag) {
        const QDate date = now.date().addDays(-dag);
        if (date.dayOfWeek() > Qt::Friday)
            continue;
        const int aantal = 2 + int(random.bounded(4));
        for (int i = 0; i < aantal; ++i) {
            const QUuid afdeling = afdelingVolgorde.at(random.bounded(int(afdelingVolgorde.size())));
            const QDateTime op = QDateTime(date, QTime(8 + int(random.bounded(8)), int(random.bounded(60))), Qt::UTC);
            const QDateTime klaar = op.addSecs(1800 + qint64(random.bounded(3 * 24 * 3600)));
            if (klaar >= now)
                continue;
            const QString handeling = handelingen.at(random.bounded(int(handelingen.size())));
            if (Result<> done = taken.add({afdeling}, handeling, op, klaar, afsluiters.at(i % 2)); !done)
                return done;
        }
    }
    return {};
}

} // namespace

Result<int> DemoWerkvoorraad::apply(Database &database, const Accounts &accounts, const QDateTime &now)
{
    WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.error();
    {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM afdeling_lid")) || !query.next())
            return sqlError(query);
        if (query.value(0).toInt() > 0)
            return 0;
    }
    const Result<Afdelingen> afdelingen = readAfdelingen(database);
    if (!afdelingen)
        return afdelingen.error();
    const QUuid kcc = afdelingen.value().byName.value(QStringLiteral("KCC"));
    const QUuid vergunningen = afdelingen.value().byName.value(QStringLiteral("Vergunningen"));
    if (kcc.isNull() || vergunningen.isNull())
        return Error{tr("The demo data has no afdelingen KCC and Vergunningen."), {}};
    if (Result<> added = addMemberships(database, accounts, kcc, vergunningen, afdelingen.value().inOrder); !added)
        return added.error();

    // The generated tasks start their log with their creation.
    QSqlDatabase connection = database.connection();
    if (Result<> logged = TakenSchema::logUnloggedTasks(connection); !logged)
        return logged.error();

    Result<QList<QUuid>> klantcontacten = taakKlantcontacten(database);
    if (!klantcontacten)
        return klantcontacten.error();
    if (klantcontacten.value().isEmpty())
        return 0;

    QRandomGenerator random(20261122);
    DemoTaken taken(database, std::move(klantcontacten).value());
    if (Result<> open = addOpenTaken(taken, accounts, afdelingen.value().byName, now, random); !open)
        return open.error();
    // Klantcontacten of the last four weeks (the generator's history ends earlier), so that the
    // supervisor's figures per kanaal and the recent history have something to show.
    if (Result<> recent = addRecenteKlantcontacten(database, {accounts.demo, accounts.supervisor}, now, random);
        !recent)
        return recent.error();
    if (Result<> closed = addClosedTaken(taken, accounts, afdelingen.value().inOrder, now, random); !closed)
        return closed.error();
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return taken.added();
}

} // namespace kcc::storage
