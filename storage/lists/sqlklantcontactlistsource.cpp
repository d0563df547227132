#include "storage/lists/sqlklantcontactlistsource.h"

#include "model/klantinteracties/contactnaam.h"
#include "model/klantinteracties/enums.h"
#include "storage/db/database.h"
#include "storage/db/sqlutil.h"
#include "storage/db/storageerror.h"

#include <QCoreApplication>
#include <QSqlError>

#include <limits>

namespace kcc::storage {

namespace {

// The betrokkene shown is the initiator (else the first one); its partij's name wins over the
// contactnaam given for this contact.
#define KCC_KLANTCONTACT_COLUMNS                                                                                       \
    "SELECT k.rowid, k.uuid, k.referentienummer, k.plaatsgevonden_op, k.kanaal, k.onderwerp, k.vertrouwelijk,"         \
    " k.indicatie_contact_gelukt,"                                                                                     \
    " b.contactnaam_voornaam, b.contactnaam_voorvoegsel_achternaam, b.contactnaam_achternaam, b.organisatienaam,"      \
    " p.soort_partij, p.contactnaam_voornaam, p.contactnaam_voorvoegsel_achternaam, p.contactnaam_achternaam,"         \
    " p.organisatie_naam"                                                                                              \
    " FROM klantcontact k"                                                                                             \
    " LEFT JOIN betrokkene b ON b.rowid = (SELECT b2.rowid FROM betrokkene b2 WHERE b2.had_klantcontact = k.uuid"      \
    "   ORDER BY b2.initiator DESC, b2.rowid LIMIT 1)"                                                                 \
    " LEFT JOIN partij p ON p.uuid = b.was_partij"

// Timestamps are stored as fixed-width UTC text, so text order is time order and the row value
// comparison walks the index backwards from the cursor.
const auto timedSql =
    QStringLiteral(KCC_KLANTCONTACT_COLUMNS " WHERE k.plaatsgevonden_op IS NOT NULL"
                                            " AND (k.plaatsgevonden_op, k.rowid) < (:time, :rowid)"
                                            " ORDER BY k.plaatsgevonden_op DESC, k.rowid DESC LIMIT :limit");
const auto untimedSql =
    QStringLiteral(KCC_KLANTCONTACT_COLUMNS " WHERE k.plaatsgevonden_op IS NULL AND k.rowid < :rowid"
                                            " ORDER BY k.rowid DESC LIMIT :limit");
#undef KCC_KLANTCONTACT_COLUMNS

enum Phase : int
{
    TimedPhase = 0,
    UntimedPhase = 1
};

// Sorts after every stored timestamp ("yyyy-..." digits).
const auto afterAllTimes = QStringLiteral("~");
constexpr qint64 afterAllRowids = std::numeric_limits<qint64>::max();

QString readError()
{
    return QCoreApplication::translate("kcc::storage::SqlKlantcontactListSource", "reading the klantcontacten list");
}

QString naamUit(const QSqlQuery &query, int first)
{
    Contactnaam naam;
    naam.voornaam = query.value(first).toString();
    naam.voorvoegselAchternaam = query.value(first + 1).toString();
    naam.achternaam = query.value(first + 2).toString();
    return naam.volledigeNaam();
}

} // namespace

SqlKlantcontactListSource::SqlKlantcontactListSource(Database &database)
    : m_database(database)
    , m_timedQuery(database.connection())
    , m_untimedQuery(database.connection())
{
    Sql::streamRows(m_timedQuery);
    Sql::streamRows(m_untimedQuery);
}

SqlKlantcontactListSource::~SqlKlantcontactListSource() = default;

qint64 SqlKlantcontactListSource::count()
{
    if (!m_count) {
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM klantcontact")) || !query.next()) {
            qWarning("Counting klantcontacten failed: %s", qPrintable(query.lastError().text()));
            return 0;
        }
        m_count = query.value(0).toLongLong();
    }
    return *m_count;
}

void SqlKlantcontactListSource::invalidate()
{
    m_count.reset();
}

Result<> SqlKlantcontactListSource::prepare()
{
    if (m_preparedOn == m_database.generation())
        return {};
    if (!m_timedQuery.prepare(timedSql))
        return StorageError::fromSql(m_timedQuery.lastError(), readError());
    if (!m_untimedQuery.prepare(untimedSql))
        return StorageError::fromSql(m_untimedQuery.lastError(), readError());
    m_preparedOn = m_database.generation();
    return {};
}

Result<bool> SqlKlantcontactListSource::readPhase(QSqlQuery &query, int limit, Page<KlantcontactListRow> &page,
                                                  QString &lastTime, qint64 &lastRowid)
{
    // One row more than asked tells whether another page follows without a COUNT.
    query.bindValue(QStringLiteral(":limit"), limit + 1);
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), readError());
    int read = 0;
    bool more = false;
    while (query.next()) {
        if (read == limit) {
            more = true;
            break;
        }
        ++read;
        KlantcontactListRow row;
        lastRowid = query.value(0).toLongLong();
        row.uuid = QUuid::fromString(query.value(1).toString());
        row.referentienummer = query.value(2).toString();
        if (!query.isNull(3)) {
            lastTime = query.value(3).toString();
            row.plaatsgevondenOp = QDateTime::fromString(lastTime, Qt::ISODateWithMs);
        }
        row.kanaal = query.value(4).toString();
        row.onderwerp = query.value(5).toString();
        row.vertrouwelijk = query.value(6).toBool();
        if (!query.isNull(7))
            row.gelukt = query.value(7).toBool();
        if (!query.isNull(12)) {
            const bool organisatie = query.value(12).toString() == toCode(SoortPartij::Organisatie);
            row.betrokkeneNaam = organisatie ? query.value(16).toString() : naamUit(query, 13);
        }
        if (row.betrokkeneNaam.isEmpty())
            row.betrokkeneNaam = naamUit(query, 8);
        if (row.betrokkeneNaam.isEmpty())
            row.betrokkeneNaam = query.value(11).toString();
        page.rows.append(std::move(row));
    }
    // Release the statement so that the read snapshot does not hold back WAL checkpoints.
    query.finish();
    return more;
}

Result<Page<KlantcontactListRow>> SqlKlantcontactListSource::fetch(const PageCursor &cursor, int limit)
{
    if (Result<> prepared = prepare(); !prepared)
        return prepared.error();

    // Cursor: [phase, plaatsgevonden_op of the last row, rowid of the last row].
    int phase = TimedPhase;
    QString lastTime = afterAllTimes;
    qint64 lastRowid = afterAllRowids;
    if (!cursor.isStart() && cursor.after.size() == 3) {
        phase = cursor.after.at(0).toInt();
        lastTime = cursor.after.at(1).toString();
        lastRowid = cursor.after.at(2).toLongLong();
    }

    Page<KlantcontactListRow> page;
    if (phase == TimedPhase) {
        m_timedQuery.bindValue(QStringLiteral(":time"), lastTime);
        m_timedQuery.bindValue(QStringLiteral(":rowid"), lastRowid);
        Result<bool> more = readPhase(m_timedQuery, limit, page, lastTime, lastRowid);
        if (!more)
            return more.error();
        if (more.value()) {
            page.next.after = {int(TimedPhase), lastTime, lastRowid};
            return page;
        }
        // The timed rows are exhausted: continue with the untimed ones from the top.
        phase = UntimedPhase;
        lastRowid = afterAllRowids;
    }
    m_untimedQuery.bindValue(QStringLiteral(":rowid"), lastRowid);
    Result<bool> more = readPhase(m_untimedQuery, limit - int(page.rows.size()), page, lastTime, lastRowid);
    if (!more)
        return more.error();
    page.atEnd = !more.value();
    page.next.after = {int(UntimedPhase), QString(), lastRowid};
    return page;
}

} // namespace kcc::storage
