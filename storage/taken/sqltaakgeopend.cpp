#include "storage/taken/sqltaakgeopend.h"

#include "storage/db/connectionmark.h"
#include "storage/db/database.h"
#include "storage/db/storageerror.h"
#include "storage/resources/rowcodec.h"

#include <QSqlQuery>

namespace kcc::storage {

using takensql::Query;
using takensql::text;

SqlTaakGeopend::SqlTaakGeopend(Database &database, Clock clock)
    : m_store(database, std::move(clock), QTimeZone::utc())
{
}

SqlTaakGeopend::~SqlTaakGeopend()
{
    // The connection outlives this; on PostgreSQL the mark would go with it anyway.
    (void)markeerGesloten();
}

Result<> SqlTaakGeopend::markeerOpen(const SignedInActor &viewer, const QUuid &taak)
{
    if (m_markering && m_markering->taak == taak)
        return {};
    if (Result<> gesloten = markeerGesloten(); !gesloten)
        return gesloten;
    Database &database = m_store.database;
    Result<qint64> sessie = ConnectionMark::session(database);
    if (!sessie)
        return sessie.error();

    WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.error();
    // The viewer's marks that no live seat holds any more (a crash, a lost connection) go now.
    QSqlQuery query(database.connection());
    if (Result<> ran =
            m_store.run(query, Query{}.add(QStringLiteral("DELETE FROM taak_geopend WHERE actor = ? AND NOT ") +
                                               ConnectionMark::alive(database, QStringLiteral("taak_geopend.sessie"),
                                                                     QStringLiteral("taak_geopend.id")),
                                           {text(viewer.actor)}));
        !ran)
        return ran;
    if (Result<> ran = m_store.run(
            query,
            Query{}.add(QStringLiteral("INSERT INTO taak_geopend (taak, actor, sessie, sinds) VALUES (?, ?, ?, ?)"
                                       " RETURNING id"),
                        {text(taak), text(viewer.actor), sessie.value(), codec::dateTimeText(m_store.now())}));
        !ran)
        return ran;
    if (!query.next())
        return m_store.readError(query);
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    // Held before the row is visible to anyone, and let go again when the row never becomes so.
    if (Result<> held = ConnectionMark::hold(database, id); !held)
        return held;
    if (Result<> committed = transaction.commit(); !committed) {
        (void)ConnectionMark::release(database, id);
        return committed;
    }
    m_markering = Markering{id, taak};
    return {};
}

Result<> SqlTaakGeopend::markeerGesloten()
{
    if (!m_markering)
        return {};
    const qint64 id = m_markering->id;
    m_markering.reset();
    Database &database = m_store.database;
    // Without the mark the row no longer counts, whatever happens to the DELETE.
    const Result<> released = ConnectionMark::release(database, id);
    WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(database.connection());
    if (Result<> ran = m_store.run(query, Query{}.add(QStringLiteral("DELETE FROM taak_geopend WHERE id = ?"), {id}));
        !ran)
        return ran;
    query.finish();
    if (Result<> committed = transaction.commit(); !committed)
        return committed;
    return released;
}

Result<QList<TaakGeopend>> SqlTaakGeopend::openBijAnderen(const SignedInActor &, const QUuid &taak)
{
    Database &database = m_store.database;
    Result<qint64> sessie = ConnectionMark::session(database);
    if (!sessie)
        return sessie.error();
    // On PostgreSQL the row-level policy shows only the marks of tasks the viewer may see.
    QSqlQuery query(database.connection());
    const Query q =
        Query{}.add(QStringLiteral("SELECT g.actor, a.naam, g.sinds FROM taak_geopend g JOIN actor a ON "
                                   "a.uuid = g.actor WHERE g.taak = ? AND g.sessie <> ? AND ") +
                        ConnectionMark::alive(database, QStringLiteral("g.sessie"), QStringLiteral("g.id")) +
                        QStringLiteral(" ORDER BY g.sinds, g.id"),
                    {text(taak), sessie.value()});
    if (Result<> ran = m_store.run(query, q); !ran)
        return ran.error();
    QList<TaakGeopend> result;
    while (query.next()) {
        result.append({QUuid::fromString(query.value(0).toString()), query.value(1).toString(),
                       codec::dateTimeFromText(query.value(2).toString())});
    }
    return result;
}

} // namespace kcc::storage
