#include "storage/privacy/vergeetopdracht.h"

#include "model/privacy/persoonsverwerkingen.h"
#include "storage/db/database.h"
#include "storage/db/sqldialect.h"
#include "storage/db/sqlutil.h"
#include "storage/db/writetransaction.h"
#include "storage/privacy/inzagelezer.h"
#include "storage/privacy/inzagepersoon.h"
#include "storage/privacy/sqlverwerkingencorrecties.h"
#include "storage/privacy/vergeetwaarden.h"
#include "storage/search/searchindex.h"

#include <QElapsedTimer>
#include <QSqlQuery>

namespace kcc::storage {

namespace {

// The klantcontacten where the partij (bound once) is betrokkene.
const QLatin1String contactenSql("SELECT had_klantcontact FROM betrokkene WHERE was_partij = ?");

// Blanks one address group of partij or betrokkene: the group becomes null (present = 0).
QString adresLeeg(const QString &groep)
{
    QStringList velden{groep % QLatin1String("_present = 0"), groep % QLatin1String("_huisnummer = NULL")};
    for (const char *veld : {"nummeraanduiding_id", "straatnaam", "huisnummertoevoeging", "postcode", "stad",
                             "adresregel1", "adresregel2", "adresregel3", "land"})
        velden << groep % QLatin1Char('_') % QLatin1String(veld) % QLatin1String(" = ''");
    return velden.join(QLatin1String(", "));
}

QString naamLeeg()
{
    return QStringLiteral("contactnaam_present = 0, contactnaam_voorletters = '', contactnaam_voornaam = '',"
                          " contactnaam_voorvoegsel_achternaam = '', contactnaam_achternaam = ''");
}

// One statement with its values bound in order; counts the rows it changed.
class Uitvoerder
{
public:
    explicit Uitvoerder(Database &database)
        : m_database(database)
    {
    }

    Result<qint64> exec(const QString &sql, const QVariantList &waarden)
    {
        QSqlQuery query(m_database.connection());
        if (!query.prepare(sql))
            return Sql::error(VergeetOpdracht::tr("erase the person's data"), query.lastError());
        for (const QVariant &waarde : waarden)
            query.addBindValue(waarde);
        if (!query.exec())
            return Sql::error(VergeetOpdracht::tr("erase the person's data"), query.lastError());
        return qint64(query.numRowsAffected());
    }

private:
    Database &m_database;
};

// Replaces every value in the free text of the person's klantcontacten, tasks and task log.
Result<> wisTeksten(Uitvoerder &uitvoerder, const QString &partij, const QStringList &waarden)
{
    const QString taken = QLatin1String("SELECT uuid FROM interne_taak WHERE aanleidinggevend_klantcontact IN (") %
                          contactenSql % QLatin1Char(')');
    const QString gewist = VergeetOpdracht::gewist();
    for (const QString &waarde : waarden) {
        const QList<std::pair<QString, QVariantList>> statements{
            {QLatin1String("UPDATE klantcontact SET inhoud = replace(inhoud, ?, ?), reactie = replace(reactie, ?, ?)"
                           " WHERE (instr(inhoud, ?) > 0 OR instr(reactie, ?) > 0) AND uuid IN (") %
                 contactenSql % QLatin1Char(')'),
             {waarde, gewist, waarde, gewist, waarde, waarde, partij}},
            {QLatin1String("UPDATE interne_taak SET toelichting = replace(toelichting, ?, ?)"
                           " WHERE instr(toelichting, ?) > 0 AND aanleidinggevend_klantcontact IN (") %
                 contactenSql % QLatin1Char(')'),
             {waarde, gewist, waarde, partij}},
            {QLatin1String("UPDATE taak_log SET toelichting = replace(toelichting, ?, ?)"
                           " WHERE instr(toelichting, ?) > 0 AND taak IN (") %
                 taken % QLatin1Char(')'),
             {waarde, gewist, waarde, partij}},
        };
        for (const auto &[sql, binds] : statements) {
            if (Result<qint64> done = uitvoerder.exec(sql, binds); !done)
                return done.error();
        }
    }
    return {};
}

} // namespace

VergeetOpdracht::VergeetOpdracht(Database &database, VerwerkingenLog &log, const HuidigeVerwerking &verwerking,
                                 Clock clock)
    : m_database(database)
    , m_log(log)
    , m_verwerking(verwerking)
    , m_clock(std::move(clock))
{
}

Result<VergeetVerslag> VergeetOpdracht::vergeet(const InzageVraag &vraag, const SignedInActor &functionaris)
{
    if (!functionaris.hasRole(AccountRole::privacy()))
        return Error{tr("Only a privacy officer may erase a person's data."), {}};
    if (vraag.bsn.isEmpty() == vraag.partij.isNull())
        return Error{tr("Give either a BSN or a partij."), {}};
    const Result<std::optional<InzagePersoon>> persoon = InzagePersoon::zoek(m_database, vraag);
    if (!persoon)
        return persoon.error();
    if (!persoon.value() || persoon.value()->partij.isNull())
        return Error{tr("Not found: no partij holds this BSN or uuid; nothing was erased."), {}};
    const InzagePersoon gevonden = *persoon.value();
    InzageDossier vooraf;
    if (Result<> gelezen = InzageLezer::verzamel(m_database, gevonden.partij, vooraf); !gelezen)
        return gelezen.error();
    if (vooraf.partij->soortPartij == SoortPartij::Organisatie)
        return Error{tr("An organisation is not a natural person: its data is not erased this way."), {}};
    if (!VergeetWaarden::heeftPersoonsgegevens(vooraf))
        return Error{tr("Not found: the KCC holds no personal data of this partij (any more); nothing was erased."),
                     {}};

    PersoonsVerwerkingen verwerkingen(m_log, m_verwerking);
    const Result<QUuid> logged = verwerkingen.gegevensGewist({gevonden.partij, gevonden.bsn}, functionaris);
    if (!logged)
        return logged.error();
    QElapsedTimer timer;
    timer.start();
    Result<VergeetVerslag> verslag = anonimiseer(gevonden.partij);
    if (!verslag) {
        // The entry would claim an erasure that did not happen.
        const Result<> vervallen =
            SqlVerwerkingenCorrecties(m_database, m_clock)
                .laatVervallen(logged.value(), functionaris.actor.toString(QUuid::WithoutBraces));
        if (!vervallen)
            qWarning("Verwerkingenlog: %s", qPrintable(vervallen.error().message));
        return verslag;
    }
    VergeetVerslag result = std::move(verslag).value();
    if (Result<> gewist = wisVrijeRuimte(m_database); !gewist)
        result.waarschuwing = gewist.error().message;
    result.milliseconden = timer.elapsed();
    return result;
}

Result<VergeetVerslag> VergeetOpdracht::anonimiseer(const QUuid &partijUuid)
{
    const bool sqlite = !SqlDialect::isPostgres(m_database.connection());
    Uitvoerder uitvoerder(m_database);
    // Deleted and overwritten cells are zeroed in their pages instead of left in free space.
    if (sqlite) {
        if (Result<qint64> on = uitvoerder.exec(QStringLiteral("PRAGMA secure_delete = ON"), {}); !on)
            return on.error();
    }
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    // Read again inside the transaction: what the erasure covers is what is there now.
    InzageDossier dossier;
    if (Result<> gelezen = InzageLezer::verzamel(m_database, partijUuid, dossier); !gelezen)
        return gelezen.error();
    const QString partij = partijUuid.toString(QUuid::WithoutBraces);
    if (Result<> teksten = wisTeksten(uitvoerder, partij, VergeetWaarden::waarden(dossier)); !teksten)
        return teksten.error();

    VergeetVerslag verslag;
    verslag.partij = partijUuid;
    verslag.betrokkenen = dossier.betrokkenen.size();
    verslag.klantcontacten = dossier.klantcontacten.size();
    for (const QString &kenmerk : VergeetWaarden::kenmerken(dossier)) {
        Result<qint64> concepten =
            uitvoerder.exec(QStringLiteral("DELETE FROM concept_contact WHERE instr(json, ?) > 0"), {kenmerk});
        if (!concepten)
            return concepten.error();
        verslag.concepten += concepten.value();
    }
    for (const QString &record : VergeetWaarden::records(dossier)) {
        if (Result<qint64> done = uitvoerder.exec(QStringLiteral("UPDATE sync_outbox SET laatste_fout = '',"
                                                                 " ongeldige_velden = '[]' WHERE lokaal_uuid = ?"),
                                                  {record});
            !done)
            return done.error();
    }
    const QList<std::pair<QString, qint64 *>> statements{
        {QLatin1String("UPDATE partij SET interne_notitie = '', voorkeurs_digitaal_adres = NULL,"
                       " voorkeurs_rekeningnummer = NULL, indicatie_actief = 0, ") %
             naamLeeg() % QLatin1String(", ") % adresLeeg(QStringLiteral("bezoekadres")) % QLatin1String(", ") %
             adresLeeg(QStringLiteral("correspondentieadres")) % QLatin1String(" WHERE uuid = ?"),
         nullptr},
        {QLatin1String("DELETE FROM digitaal_adres WHERE verstrekt_door_partij = ? OR verstrekt_door_betrokkene IN"
                       " (SELECT uuid FROM betrokkene WHERE was_partij = ?)"),
         &verslag.digitaleAdressen},
        {QStringLiteral("DELETE FROM rekeningnummer WHERE partij = ?"), &verslag.rekeningnummers},
        {QStringLiteral("DELETE FROM partij_identificator WHERE identificeerde_partij = ?"), &verslag.identificatoren},
        {QLatin1String("UPDATE betrokkene SET ") % naamLeeg() % QLatin1String(", ") %
             adresLeeg(QStringLiteral("bezoekadres")) % QLatin1String(", ") %
             adresLeeg(QStringLiteral("correspondentieadres")) % QLatin1String(" WHERE was_partij = ?"),
         nullptr},
    };
    for (const auto &[sql, aantal] : statements) {
        Result<qint64> done = uitvoerder.exec(sql, QVariantList(sql.count(QLatin1Char('?')), partij));
        if (!done)
            return done.error();
        if (aantal)
            *aantal = done.value();
    }
    // The name index keeps a deleted name in its older segments until they are merged.
    if (sqlite) {
        const QString optimize = QLatin1String("INSERT INTO ") % SearchIndex::ftsTable() % QLatin1Char('(') %
                                 SearchIndex::ftsTable() % QLatin1String(") VALUES ('optimize')");
        if (Result<qint64> done = uitvoerder.exec(optimize, {}); !done)
            return done.error();
    }
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return verslag;
}

Result<> VergeetOpdracht::wisVrijeRuimte(Database &database)
{
    const QSqlDatabase connection = database.connection();
    if (SqlDialect::isPostgres(connection))
        return {};
    if (Result<> vacuum = Sql::exec(connection, QStringLiteral("VACUUM"), tr("wipe the freed space (VACUUM)")); !vacuum)
        return vacuum;
    // VACUUM may renumber rowids of tables without an INTEGER PRIMARY KEY; the search index refers
    // to partij and digitaal_adres by rowid, and its key tables carry a copy of the uuid to check.
    const Result<QVariant> verschoven = Sql::scalar(
        connection,
        QStringLiteral("SELECT (SELECT count(*) FROM zoek_naam_paar z LEFT JOIN partij p ON p.rowid = z.partij"
                       "  WHERE p.uuid IS NOT z.uuid)"
                       " + (SELECT count(*) FROM zoek_email z LEFT JOIN digitaal_adres d ON d.rowid = z.digitaal_adres"
                       "  WHERE d.adres IS NOT z.adres)"),
        tr("check the search index"));
    if (!verschoven)
        return verschoven.error();
    if (verschoven.value().toLongLong() > 0) {
        WriteTransaction transaction(database);
        if (Result<> rebuilt = SearchIndex::rebuild(database); !rebuilt)
            return rebuilt;
        if (Result<> committed = transaction.commit(); !committed)
            return committed;
    }
    const Result<QVariant> busy =
        Sql::scalar(connection, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), tr("empty the WAL"));
    if (!busy)
        return busy.error();
    if (busy.value().toInt() != 0)
        return Error{tr("The WAL file could not be emptied: another program is reading the database. Close the "
                        "werkplekken and run 'kccctl vergeet --opruimen'."),
                     {}};
    return {};
}

} // namespace kcc::storage
