#include "storage/privacy/doorstuuruitbox.h"

#include "model/privacy/doorstuurbody.h"
#include "storage/db/database.h"
#include "storage/db/sqlutil.h"
#include "storage/db/writetransaction.h"
#include "storage/privacy/privacyschema.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace kcc::storage {

DoorstuurUitbox::DoorstuurUitbox(Database &database)
    : m_database(database)
{
}

Result<bool> DoorstuurUitbox::staatAan(Database &database)
{
    const Result<QVariant> count =
        Sql::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM verwerkingenlog_doorsturen"),
                    tr("read whether the verwerkingenlog is forwarded"));
    if (!count)
        return count.error();
    return count.value().toLongLong() > 0;
}

Result<> DoorstuurUitbox::zetKlaar(Database &database, Verwerkingsactie kop, const QList<VerwerktObject> &objecten,
                                   int eersteDeel, const QDateTime &tijdstip)
{
    const QString nu = PrivacySchema::instantText(tijdstip);
    QSqlQuery query(database.connection());
    int deel = eersteDeel;
    for (qsizetype start = 0; start < std::max<qsizetype>(1, objecten.size());
         start += DoorstuurBody::objectenPerVerzoek, ++deel) {
        kop.verwerkteObjecten = objecten.mid(start, DoorstuurBody::objectenPerVerzoek);
        query.prepare(QStringLiteral("INSERT INTO verwerkingsactie_doorsturen (actie_id, deel, inhoud, aangemaakt)"
                                     " VALUES (?, ?, ?, ?)"));
        query.addBindValue(kop.actieId.toString(QUuid::WithoutBraces));
        query.addBindValue(deel);
        query.addBindValue(QString::fromUtf8(QJsonDocument(DoorstuurBody::body(kop)).toJson(QJsonDocument::Compact)));
        query.addBindValue(nu);
        if (!query.exec())
            return Sql::error(tr("queue the verwerkingsactie for the central log"), query.lastError());
    }
    return {};
}

Result<> DoorstuurUitbox::stelIn(const DoorstuurInstelling &instelling)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("DELETE FROM verwerkingenlog_doorsturen")))
        return Sql::error(tr("change the forwarding of the verwerkingenlog"), query.lastError());
    if (!instelling.baseUrl.isEmpty()) {
        query.prepare(QStringLiteral("INSERT INTO verwerkingenlog_doorsturen (naam, base_url, token_bestand)"
                                     " VALUES ('centraal', ?, ?)"));
        query.addBindValue(instelling.baseUrl.toString());
        query.addBindValue(PrivacySchema::text(instelling.tokenBestand));
        if (!query.exec())
            return Sql::error(tr("change the forwarding of the verwerkingenlog"), query.lastError());
    }
    return transaction.commit();
}

Result<std::optional<DoorstuurInstelling>> DoorstuurUitbox::instelling()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT base_url, token_bestand FROM verwerkingenlog_doorsturen")))
        return Sql::error(tr("read the forwarding of the verwerkingenlog"), query.lastError());
    if (!query.next())
        return std::optional<DoorstuurInstelling>();
    return std::optional<DoorstuurInstelling>(
        DoorstuurInstelling{QUrl(query.value(0).toString()), query.value(1).toString()});
}

Result<std::optional<UitboxItem>> DoorstuurUitbox::volgende(const QDateTime &nu)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT rij, inhoud, status, pogingen FROM verwerkingsactie_doorsturen"
                                 " WHERE status IN ('wachtend', 'onzeker') AND volgende_poging <= ?"
                                 " ORDER BY rij LIMIT 1"));
    query.addBindValue(PrivacySchema::instantText(nu));
    if (!query.exec())
        return Sql::error(tr("read the queue of the central log"), query.lastError());
    if (!query.next())
        return std::optional<UitboxItem>();
    UitboxItem item;
    item.rij = query.value(0).toLongLong();
    item.inhoud = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    item.onzeker = query.value(2).toString() == QLatin1String("onzeker");
    item.pogingen = query.value(3).toInt();
    return std::optional<UitboxItem>(item);
}

Result<QDateTime> DoorstuurUitbox::eerstvolgende()
{
    const Result<QVariant> first =
        Sql::scalar(m_database.connection(),
                    QStringLiteral("SELECT min(volgende_poging) FROM verwerkingsactie_doorsturen"
                                   " WHERE status IN ('wachtend', 'onzeker')"),
                    tr("read the queue of the central log"));
    if (!first)
        return first.error();
    const QString text = first.value().toString();
    if (first.value().isNull())
        return QDateTime();
    // '' is "at once".
    return text.isEmpty() ? QDateTime::fromSecsSinceEpoch(0, Qt::UTC) : QDateTime::fromString(text, Qt::ISODateWithMs);
}

Result<qint64> DoorstuurUitbox::tel(const QString &where)
{
    const Result<QVariant> count = Sql::scalar(
        m_database.connection(), QStringLiteral("SELECT count(*) FROM verwerkingsactie_doorsturen WHERE ") + where,
        tr("read the queue of the central log"));
    if (!count)
        return count.error();
    return count.value().toLongLong();
}

Result<qint64> DoorstuurUitbox::wachtend()
{
    return tel(QStringLiteral("status IN ('wachtend', 'onzeker')"));
}

Result<qint64> DoorstuurUitbox::geweigerd()
{
    return tel(QStringLiteral("status = 'geweigerd'"));
}

Result<> DoorstuurUitbox::zet(const QString &set, const QVariantList &values)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE verwerkingsactie_doorsturen SET ") + set + QStringLiteral(" WHERE rij = ?"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Sql::error(tr("update the queue of the central log"), query.lastError());
    return {};
}

Result<> DoorstuurUitbox::markeerOnzeker(qint64 rij)
{
    return zet(QStringLiteral("status = 'onzeker'"), {rij});
}

Result<> DoorstuurUitbox::markeerVerzonden(qint64 rij, const QString &serverUrl)
{
    return zet(QStringLiteral("status = 'verzonden', server_url = ?, reden = ''"),
               {PrivacySchema::text(serverUrl), rij});
}

Result<> DoorstuurUitbox::markeerGeweigerd(qint64 rij, const QString &reden)
{
    return zet(QStringLiteral("status = 'geweigerd', reden = ?"), {PrivacySchema::text(reden), rij});
}

Result<> DoorstuurUitbox::stelUit(qint64 rij, int pogingen, const QDateTime &volgende, const QString &reden)
{
    return zet(QStringLiteral("pogingen = ?, volgende_poging = ?, reden = ?"),
               {pogingen, PrivacySchema::instantText(volgende), PrivacySchema::text(reden), rij});
}

} // namespace kcc::storage
