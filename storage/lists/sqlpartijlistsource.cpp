#include "storage/lists/sqlpartijlistsource.h"

#include "model/klantinteracties/contactnaam.h"
#include "storage/db/database.h"
#include "storage/db/sqlutil.h"
#include "storage/db/storageerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace kcc::storage {

namespace {

// The most telling identificator comes first (BSN, KvK, RSIN, vestigingsnummer); the unique
// index on (identificeerde_partij, code_soort_object_id) makes this a lookup per row. The
// digitaal adres falls back to the partij's standaard (or first) address when no voorkeur is set.
const auto pageSql =
    QStringLiteral("SELECT p.rowid, p.uuid, p.nummer, p.soort_partij,"
                   " p.contactnaam_voornaam, p.contactnaam_voorvoegsel_achternaam, p.contactnaam_achternaam,"
                   " p.organisatie_naam, p.bezoekadres_stad, p.indicatie_actief, p.indicatie_geheimhouding,"
                   " (SELECT i.code_soort_object_id || ':' || i.object_id FROM partij_identificator i"
                   "   WHERE i.identificeerde_partij = p.uuid"
                   "   ORDER BY CASE i.code_soort_object_id WHEN 'bsn' THEN 0 WHEN 'kvk_nummer' THEN 1"
                   "     WHEN 'rsin' THEN 2 ELSE 3 END LIMIT 1),"
                   " COALESCE((SELECT d.adres FROM digitaal_adres d WHERE d.uuid = p.voorkeurs_digitaal_adres),"
                   "   (SELECT d.adres FROM digitaal_adres d WHERE d.verstrekt_door_partij = p.uuid"
                   "     ORDER BY d.is_standaard_adres DESC, d.rowid LIMIT 1))"
                   " FROM partij p WHERE p.rowid > :after ORDER BY p.rowid LIMIT :limit");

QString readError()
{
    return QCoreApplication::translate("kcc::storage::SqlPartijListSource", "reading the partijen list");
}

} // namespace

SqlPartijListSource::SqlPartijListSource(Database &database)
    : m_database(database)
    , m_pageQuery(database.connection())
{
    Sql::streamRows(m_pageQuery);
}

SqlPartijListSource::~SqlPartijListSource() = default;

qint64 SqlPartijListSource::count()
{
    if (!m_count) {
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM partij")) || !query.next()) {
            qWarning("Counting partijen failed: %s", qPrintable(query.lastError().text()));
            return 0;
        }
        m_count = query.value(0).toLongLong();
    }
    return *m_count;
}

void SqlPartijListSource::invalidate()
{
    m_count.reset();
}

Result<Page<PartijListRow>> SqlPartijListSource::fetch(const PageCursor &cursor, int limit)
{
    if (m_preparedOn != m_database.generation()) {
        if (!m_pageQuery.prepare(pageSql))
            return StorageError::fromSql(m_pageQuery.lastError(), readError());
        m_preparedOn = m_database.generation();
    }
    const qint64 after = cursor.isStart() ? 0 : cursor.after.constFirst().toLongLong();
    m_pageQuery.bindValue(QStringLiteral(":after"), after);
    // One row more than asked tells whether another page follows without a COUNT.
    m_pageQuery.bindValue(QStringLiteral(":limit"), limit + 1);
    if (!m_pageQuery.exec())
        return StorageError::fromSql(m_pageQuery.lastError(), readError());

    Page<PartijListRow> page;
    qint64 lastRowid = after;
    while (m_pageQuery.next()) {
        if (page.rows.size() == limit)
            break;
        PartijListRow row;
        lastRowid = m_pageQuery.value(0).toLongLong();
        row.uuid = QUuid::fromString(m_pageQuery.value(1).toString());
        row.nummer = m_pageQuery.value(2).toString();
        row.soort = fromCode<SoortPartij>(m_pageQuery.value(3).toString()).value_or(SoortPartij::Persoon);
        if (row.soort == SoortPartij::Organisatie) {
            row.naam = m_pageQuery.value(7).toString();
        } else {
            Contactnaam naam;
            naam.voornaam = m_pageQuery.value(4).toString();
            naam.voorvoegselAchternaam = m_pageQuery.value(5).toString();
            naam.achternaam = m_pageQuery.value(6).toString();
            row.naam = naam.volledigeNaam();
        }
        row.plaats = m_pageQuery.value(8).toString();
        row.actief = m_pageQuery.value(9).toBool();
        if (!m_pageQuery.isNull(10))
            row.geheimhouding = m_pageQuery.value(10).toBool();
        const QString identificator = m_pageQuery.value(11).toString();
        if (const qsizetype colon = identificator.indexOf(QLatin1Char(':')); colon > 0) {
            row.identificatorSoort = fromCode<CodeSoortObjectId>(identificator.left(colon));
            row.identificatorWaarde = identificator.mid(colon + 1);
        }
        row.digitaalAdres = m_pageQuery.value(12).toString();
        page.rows.append(std::move(row));
    }
    // Positioned on row limit + 1 means more follow; run off the end means this was the last page.
    page.atEnd = !m_pageQuery.isValid();
    // Release the statement so that the read snapshot does not hold back WAL checkpoints.
    m_pageQuery.finish();
    page.next.after = {lastRowid};
    return page;
}

} // namespace kcc::storage
