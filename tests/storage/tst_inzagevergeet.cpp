// The citizen's rights (issue 15, item 2) on demo data: the inzage of a demo person holds every
// record that mentions them, checked against a whole export filtered by hand; the erasure leaves
// none of their values anywhere in the database (on SQLite: in the file's bytes, WAL included),
// keeps the klantcontacten per kanaal and onderwerp, is logged, and says "not found" the second
// time. Runs on SQLite and, as inzagevergeet_pg, on PostgreSQL.

#include "model/demo/demogenerator.h"
#include "model/demo/demosink.h"
#include "model/privacy/inzagejson.h"
#include "model/privacy/persoonsverwerkingen.h"
#include "storage/db/sqlservices.h"
#include "storage/db/writetransaction.h"
#include "storage/exchange/exporter.h"
#include "storage/privacy/vergeetopdracht.h"
#include "storage/resources/repository.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;

namespace {

const QString password = QStringLiteral("geheim-wachtwoord");
const QString logBaseUrl = QStringLiteral("http://localhost:8000/api/v1");

// The generator's records through Repository<T>::insert, which works on both engines.
struct RepositorySink : demo::DemoSink
{
    explicit RepositorySink(Database &database)
        : db(database)
    {
    }
    template<typename T>
    bool write(const T &item)
    {
        const Result<> written = Repository<T>(db).insert(item);
        if (!written)
            qWarning("%s", qPrintable(written.error().message));
        return written.ok();
    }
    bool add(const Actor &x) override { return write(x); }
    bool add(const Partij &x) override { return write(x); }
    bool add(const PartijIdentificator &x) override { return write(x); }
    bool add(const DigitaalAdres &x) override { return write(x); }
    bool add(const Rekeningnummer &x) override { return write(x); }
    bool add(const Vertegenwoordiging &x) override { return write(x); }
    bool add(const Klantcontact &x) override { return write(x); }
    bool add(const ActorKlantcontact &x) override { return write(x); }
    bool add(const Betrokkene &x) override { return write(x); }
    bool add(const Onderwerpobject &x) override { return write(x); }
    bool add(const Bijlage &x) override { return write(x); }
    bool add(const InterneTaak &x) override { return write(x); }
    Database &db;
};

QString ref(const QJsonObject &object, const QString &key)
{
    return object.value(key).toObject().value(QStringLiteral("uuid")).toString();
}

// The whole database as an export: one array per file, in Exporter::exportFileNames() order.
QList<QJsonArray> exportAll(Database &database)
{
    QTemporaryDir dir;
    QList<QJsonArray> files;
    const Result<ExportReport> report = Exporter(database, ApiJson::defaultBaseUrl()).exportTo(dir.path());
    if (!report) {
        qWarning("%s", qPrintable(report.error().message));
        return files;
    }
    for (const QString &name : Exporter::exportFileNames()) {
        QFile file(QDir(dir.path()).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files << QJsonDocument::fromJson(file.readAll()).array();
    }
    return files;
}

QJsonArray filter(const QJsonArray &items, const std::function<bool(const QJsonObject &)> &keep)
{
    QJsonArray result;
    for (const QJsonValue &item : items) {
        if (keep(item.toObject()))
            result.append(item);
    }
    return result;
}

} // namespace

class TestInzageVergeet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void inzageHoldsEveryRecordAboutTheDemoPerson();
    void inzageRefusals();
    void vergeetLeavesNothingAndKeepsTheStatistics();
    void vergeetRefusals();

private:
    // The demo person with a BSN and the most klantcontacten.
    void choosePerson();
    qint64 count(const QString &sql, const QVariantList &values = {});
    QList<std::pair<QString, qint64>> perKanaalEnOnderwerp();
    // Gives the person values no other record holds, and the records the erasure must reach.
    QStringList makeTraceable();
    bool run(const QList<std::pair<QString, QVariantList>> &statements, bool inTransaction = true);
    QByteArray fileBytes();

    QTemporaryDir m_keyDir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<SqlServices> m_services;
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    SignedInActor m_officer;
    SignedInActor m_medewerker;
    QUuid m_partij;
    QString m_bsn;
};

void TestInzageVergeet::initTestCase()
{
    // On PostgreSQL the pseudonym key must be the municipality's file (PseudoniemSleutel).
    if (TestDatabase::onPostgres()) {
        QFile key(m_keyDir.filePath(QStringLiteral("sleutel")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(QByteArray(32, '\x5a').toHex());
        key.close();
        qputenv("KCC_PSEUDONIEM_SLEUTEL", QFile::encodeName(key.fileName()));
    }
}

void TestInzageVergeet::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    {
        WriteTransaction transaction(m_db->database());
        RepositorySink sink(m_db->database());
        QVERIFY(demo::DemoGenerator(11, 60, 240).run(sink));
        QVERIFY(transaction.commit());
    }
    m_services = std::make_unique<SqlServices>(m_db->database(), [this] { return m_now; });
    AccountService &accounts = m_services->accounts();
    // The first account must be a beheerder; this one is also the privacy officer.
    QVERIFY(accounts.createMedewerker(QStringLiteral("Petra Privacy"), QStringLiteral("FG"),
                                      QStringLiteral("fg@example.nl"), QStringLiteral("0201234567"), password,
                                      {AccountRole::beheerder(), AccountRole::privacy()}, QStringLiteral("petra")));
    const Result<SignedInActor> officer = accounts.signIn(QStringLiteral("petra"), password);
    QVERIFY(officer);
    m_officer = officer.value();
    accounts.setActingActor(m_officer);
    QVERIFY(accounts.createMedewerker(QStringLiteral("Mo Medewerker"), QStringLiteral("KCC"),
                                      QStringLiteral("mo@example.nl"), QStringLiteral("0201234568"), password,
                                      {AccountRole::medewerker()}, QStringLiteral("mo")));
    const Result<SignedInActor> medewerker = accounts.signIn(QStringLiteral("mo"), password);
    QVERIFY(medewerker);
    m_medewerker = medewerker.value();
    m_services->huidigeVerwerking().setGebruiker(m_medewerker.actor.toString(QUuid::WithoutBraces));
    choosePerson();
    QVERIFY(!m_partij.isNull());
    // Someone looked at them: the log about them is part of the inzage.
    PersoonsVerwerkingen verwerkingen(m_services->verwerkingenLog(), m_services->huidigeVerwerking());
    const Result<> klantbeeld = verwerkingen.klantbeeldGetoond(m_partij, m_medewerker);
    // Inzage and vergeet log first: where the log itself cannot be written (SqlVerwerkingenLog on
    // PostgreSQL, at the time of writing), there is nothing of theirs to test; the skip says why.
    if (!klantbeeld && TestDatabase::onPostgres())
        QSKIP(qPrintable(QStringLiteral("the verwerkingenlog is not writable on PostgreSQL here: ") +
                         klantbeeld.error().message));
    QVERIFY2(klantbeeld, qPrintable(klantbeeld.error().message));
    QVERIFY(verwerkingen.bsnGetoond(m_partij, m_medewerker));
}

void TestInzageVergeet::cleanup()
{
    m_services.reset();
    m_db.reset();
}

qint64 TestInzageVergeet::count(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db->database().connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

void TestInzageVergeet::choosePerson()
{
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT p.uuid, i.object_id FROM partij p JOIN partij_identificator i ON i.identificeerde_partij = p.uuid"
        " AND i.code_soort_object_id = 'bsn' WHERE p.soort_partij = 'persoon'"
        " AND EXISTS (SELECT 1 FROM digitaal_adres d WHERE d.verstrekt_door_partij = p.uuid)"
        " ORDER BY (SELECT count(*) FROM betrokkene b WHERE b.was_partij = p.uuid) DESC, p.rowid LIMIT 1")));
    QVERIFY(query.next());
    m_partij = QUuid::fromString(query.value(0).toString());
    m_bsn = query.value(1).toString();
}

void TestInzageVergeet::inzageHoldsEveryRecordAboutTheDemoPerson()
{
    const QString p = m_partij.toString(QUuid::WithoutBraces);
    const QList<QJsonArray> files = exportAll(m_db->database());
    QCOMPARE(files.size(), 12);

    // By hand: what mentions the person, straight from the export.
    const QJsonArray partij =
        filter(files[0], [&](const QJsonObject &o) { return o.value(QStringLiteral("uuid")).toString() == p; });
    const QJsonArray betrokkenen =
        filter(files[6], [&](const QJsonObject &o) { return ref(o, QStringLiteral("wasPartij")) == p; });
    QStringList betrokkeneUuids;
    QStringList contactUuids;
    for (const QJsonValue &b : betrokkenen) {
        betrokkeneUuids << b.toObject().value(QStringLiteral("uuid")).toString();
        contactUuids << ref(b.toObject(), QStringLiteral("hadKlantcontact"));
    }
    QVERIFY2(contactUuids.size() >= 2, "the demo person should have a history");
    const auto inContacten = [&](const QJsonObject &o, const QString &key) {
        return contactUuids.contains(ref(o, key));
    };
    const QJsonObject expected{
        {QStringLiteral("partij"), partij.first()},
        {QStringLiteral("partijIdentificatoren"),
         filter(files[1], [&](const QJsonObject &o) { return ref(o, QStringLiteral("identificeerdePartij")) == p; })},
        {QStringLiteral("digitaleAdressen"), filter(files[2],
                                                    [&](const QJsonObject &o) {
                                                        return ref(o, QStringLiteral("verstrektDoorPartij")) == p ||
                                                               betrokkeneUuids.contains(
                                                                   ref(o, QStringLiteral("verstrektDoorBetrokkene")));
                                                    })},
        {QStringLiteral("rekeningnummers"),
         filter(files[3], [&](const QJsonObject &o) { return ref(o, QStringLiteral("partij")) == p; })},
        {QStringLiteral("vertegenwoordigingen"),
         filter(files[4],
                [&](const QJsonObject &o) {
                    return ref(o, QStringLiteral("vertegenwoordigendePartij")) == p ||
                           ref(o, QStringLiteral("vertegenwoordigdePartij")) == p;
                })},
        {QStringLiteral("klantcontacten"), filter(files[5],
                                                  [&](const QJsonObject &o) {
                                                      return contactUuids.contains(
                                                          o.value(QStringLiteral("uuid")).toString());
                                                  })},
        {QStringLiteral("betrokkenen"), betrokkenen},
        {QStringLiteral("onderwerpobjecten"), filter(files[7],
                                                     [&](const QJsonObject &o) {
                                                         return inContacten(o, QStringLiteral("klantcontact")) ||
                                                                inContacten(o, QStringLiteral("wasKlantcontact"));
                                                     })},
        {QStringLiteral("bijlagen"),
         filter(files[8],
                [&](const QJsonObject &o) { return inContacten(o, QStringLiteral("wasBijlageVanKlantcontact")); })},
        {QStringLiteral("interneTaken"),
         filter(files[11],
                [&](const QJsonObject &o) { return inContacten(o, QStringLiteral("aanleidinggevendKlantcontact")); })},
    };

    for (const InzageVraag &vraag : {InzageVraag{{}, m_partij, {}, {}}, InzageVraag{m_bsn, {}, {}, {}}}) {
        const Result<InzageDossier> dossier = m_services->inzage().inzage(vraag, m_officer);
        QVERIFY2(dossier, qPrintable(dossier.error().message));
        const QJsonObject inzage = InzageJson::toJson(dossier.value(), ApiJson(), logBaseUrl);
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
            QVERIFY2(inzage.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(inzage.value(QStringLiteral("bsn")).toString(), m_bsn);
        QCOMPARE(inzage.value(QStringLiteral("opgesteldOp")).toString(), ApiJson::formatDateTime(m_now));
        // The log about them: the medewerker's two looks, and this inzage itself (logged first).
        QStringList acties;
        for (const QJsonValue &actie :
             inzage.value(QStringLiteral("verwerkingsacties")).toObject().value(QStringLiteral("results")).toArray())
            acties << actie.toObject().value(QStringLiteral("actieNaam")).toString();
        QVERIFY2(acties.contains(QStringLiteral("Klantbeeld tonen")), qPrintable(acties.join(u',')));
        QVERIFY2(acties.contains(QStringLiteral("BSN tonen")), qPrintable(acties.join(u',')));
        QVERIFY2(acties.contains(QStringLiteral("Inzage verstrekt")), qPrintable(acties.join(u',')));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM verwerkingsactie WHERE actie_naam = 'Inzage verstrekt'")), 2);
    // The list is not empty where the person has records: the comparison above compared something.
    QVERIFY(!expected.value(QStringLiteral("partijIdentificatoren")).toArray().isEmpty());
    QVERIFY(!expected.value(QStringLiteral("digitaleAdressen")).toArray().isEmpty());
    QCOMPARE(expected.value(QStringLiteral("klantcontacten")).toArray().size(),
             QSet<QString>(contactUuids.cbegin(), contactUuids.cend()).size());
}

void TestInzageVergeet::inzageRefusals()
{
    const Result<InzageDossier> medewerker = m_services->inzage().inzage({{}, m_partij, {}, {}}, m_medewerker);
    QVERIFY(!medewerker);
    QVERIFY2(medewerker.error().message.contains(QStringLiteral("privacy officer")),
             qPrintable(medewerker.error().message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM verwerkingsactie WHERE actie_naam = 'Inzage verstrekt'")), 0);
    QVERIFY(!m_services->inzage().inzage({{}, QUuid::createUuid(), {}, {}}, m_officer));
    // A BSN nobody holds: the answer is that the KCC holds nothing but this request.
    const Result<InzageDossier> onbekend =
        m_services->inzage().inzage({QStringLiteral("111222333"), {}, {}, {}}, m_officer);
    QVERIFY(onbekend);
    QVERIFY(!onbekend.value().partij);
    QVERIFY(onbekend.value().klantcontacten.isEmpty());
    QStringList acties;
    for (const Verwerkingsactie &actie : onbekend.value().verwerkingen)
        acties << actie.actieNaam;
    QCOMPARE(acties, QStringList({QStringLiteral("Inzage verstrekt"), QStringLiteral("Verwerkingen inzien")}));
}

QList<std::pair<QString, qint64>> TestInzageVergeet::perKanaalEnOnderwerp()
{
    QList<std::pair<QString, qint64>> result;
    QSqlQuery query(m_db->database().connection());
    if (!query.exec(QStringLiteral("SELECT kanaal || '/' || onderwerp, count(*) FROM klantcontact"
                                   " GROUP BY kanaal, onderwerp ORDER BY 1")))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toLongLong()});
    result.append({QStringLiteral("taken"), count(QStringLiteral("SELECT count(*) FROM interne_taak"))});
    result.append({QStringLiteral("betrokkenen"), count(QStringLiteral("SELECT count(*) FROM betrokkene"))});
    return result;
}

QStringList TestInzageVergeet::makeTraceable()
{
    // Demo names and towns repeat across persons; the scan needs values that only this person
    // has. The demo values they replace stay behind in free space unless the erasure wipes it.
    const QString p = m_partij.toString(QUuid::WithoutBraces);
    const QString phone = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QStringList values{m_bsn,
                             QStringLiteral("Quirijntje"),
                             QStringLiteral("Zwijndrechtvliet"),
                             QStringLiteral("Xylofoonsingel"),
                             QStringLiteral("Qwerkerkerk"),
                             QStringLiteral("0687654329"),
                             QStringLiteral("quirijntje.zwijndrechtvliet@voorbeeld.nl"),
                             QStringLiteral("NL91ABNA0417164300")};
    const QString oldEmail = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString insertAdres = QStringLiteral(
        "INSERT INTO digitaal_adres (uuid, verstrekt_door_partij, adres, soort_digitaal_adres, is_standaard_adres,"
        " omschrijving, referentie) VALUES (?, ?, ?, ?, 0, '', '')");
    if (!run({{insertAdres, {phone, p, QStringLiteral("0611111111"), QStringLiteral("telefoonnummer")}},
              {insertAdres, {oldEmail, p, QStringLiteral("q.oud@voorbeeld.nl"), QStringLiteral("email")}}}))
        return {};
    if (!TestDatabase::onPostgres()) {
        // As in a file written by an SQLite built without SECURE_DELETE (Debian's has it): what
        // is deleted now stays in the page until something overwrites it.
        if (!run({{QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}},
                  {QStringLiteral("PRAGMA secure_delete = OFF"), {}}},
                 false))
            return {};
    }
    const QList<std::pair<QString, QVariantList>> statements{
        {QStringLiteral("UPDATE partij SET contactnaam_present = 1, contactnaam_voornaam = ?,"
                        " contactnaam_achternaam = ?, bezoekadres_present = 1, bezoekadres_straatnaam = ?,"
                        " bezoekadres_stad = ?, interne_notitie = ? WHERE uuid = ?"),
         {values[1], values[2], values[3], values[4], QStringLiteral("Belt vaak over %1").arg(values[3]), p}},
        {QStringLiteral("UPDATE betrokkene SET contactnaam_present = 1, contactnaam_voornaam = ?,"
                        " contactnaam_achternaam = ? WHERE was_partij = ?"),
         {values[1], values[2], p}},
        // Changes before the erasure: the old number and the old address lie in free space.
        {QStringLiteral("UPDATE digitaal_adres SET adres = ? WHERE uuid = ?"), {values[5], phone}},
        {QStringLiteral("DELETE FROM digitaal_adres WHERE uuid = ?"), {oldEmail}},
        {QStringLiteral("INSERT INTO digitaal_adres (uuid, verstrekt_door_partij, adres, soort_digitaal_adres,"
                        " is_standaard_adres, omschrijving, referentie) VALUES (?, ?, ?, 'email', 0, '', '')"),
         {QUuid::createUuid().toString(QUuid::WithoutBraces), p, values[6]}},
        {QStringLiteral("INSERT INTO digitaal_adres (uuid, verstrekt_door_betrokkene, adres, soort_digitaal_adres,"
                        " is_standaard_adres, omschrijving, referentie) VALUES (?, (SELECT uuid FROM betrokkene"
                        " WHERE was_partij = ? ORDER BY rowid LIMIT 1), ?, 'telefoonnummer', 0, '', '')"),
         {QUuid::createUuid().toString(QUuid::WithoutBraces), p, QStringLiteral("0687654329")}},
        {QStringLiteral("INSERT INTO rekeningnummer (uuid, partij, iban, bic) VALUES (?, ?, ?, '')"),
         {QUuid::createUuid().toString(QUuid::WithoutBraces), p, values[7]}},
        {QStringLiteral("UPDATE klantcontact SET inhoud = ? WHERE uuid IN (SELECT had_klantcontact FROM betrokkene"
                        " WHERE was_partij = ?)"),
         {QStringLiteral("Mevrouw %1 %2 (%3) belde over haar adres %4.")
              .arg(values[1], values[2], values[5], values[3]),
          p}},
        {QStringLiteral("UPDATE interne_taak SET toelichting = ? WHERE aanleidinggevend_klantcontact IN"
                        " (SELECT had_klantcontact FROM betrokkene WHERE was_partij = ?)"),
         {QStringLiteral("Terugbellen op %1, vragen naar %2.").arg(values[5], values[2]), p}},
        {QStringLiteral("INSERT INTO concept_contact (sessie, actor, json, updated_at) VALUES (?, ?, ?, ?)"),
         {QUuid::createUuid().toString(QUuid::WithoutBraces), m_medewerker.actor.toString(QUuid::WithoutBraces),
          QStringLiteral("{\"partij\":\"%1\",\"notitie\":\"%2 %3\"}").arg(p, values[1], values[2]),
          QStringLiteral("2026-03-02T09:00:00.000Z")}},
        {QStringLiteral("INSERT INTO concept_contact (sessie, actor, json, updated_at) VALUES (?, ?, ?, ?)"),
         {QUuid::createUuid().toString(QUuid::WithoutBraces), m_medewerker.actor.toString(QUuid::WithoutBraces),
          QStringLiteral("{\"notitie\":\"iemand anders\"}"), QStringLiteral("2026-03-02T09:05:00.000Z")}},
        {QStringLiteral("INSERT INTO sync_outbox (id, resource, lokaal_uuid, status, aangemaakt_op, laatste_fout)"
                        " VALUES (1, 'partijen', ?, 'geweigerd', '2026-03-02T09:00:00.000Z', ?)"),
         {p, QStringLiteral("400: %1 is al bekend").arg(values[6])}},
    };
    if (!run(statements))
        return {};
    return values + QStringList{QStringLiteral("0611111111"), QStringLiteral("q.oud@voorbeeld.nl")};
}

bool TestInzageVergeet::run(const QList<std::pair<QString, QVariantList>> &statements, bool inTransaction)
{
    std::optional<WriteTransaction> transaction;
    if (inTransaction)
        transaction.emplace(m_db->database());
    for (const auto &[sql, binds] : statements) {
        QSqlQuery query(m_db->database().connection());
        query.prepare(sql);
        for (const QVariant &bind : binds)
            query.addBindValue(bind);
        if (!query.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
    }
    return !transaction || transaction->commit().ok();
}

QByteArray TestInzageVergeet::fileBytes()
{
    QByteArray bytes;
    for (const QString &path : {m_db->path(), QString(m_db->path() + QLatin1String("-wal"))}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

void TestInzageVergeet::vergeetLeavesNothingAndKeepsTheStatistics()
{
    const QStringList values = makeTraceable();
    QVERIFY(!values.isEmpty());
    const QList<std::pair<QString, qint64>> before = perKanaalEnOnderwerp();
    if (!TestDatabase::onPostgres()) {
        // The scan can find them: before the erasure every value is in the file or its WAL.
        const QByteArray bytes = fileBytes();
        for (const QString &value : values)
            QVERIFY2(bytes.contains(value.toUtf8()), qPrintable(value));
    }

    VergeetOpdracht opdracht(m_db->database(), m_services->verwerkingenLog(), m_services->huidigeVerwerking(),
                             [this] { return m_now; });
    const Result<VergeetVerslag> verslag = opdracht.vergeet({{}, m_partij, {}, {}}, m_officer);
    QVERIFY2(verslag, qPrintable(verslag.error().message));
    QVERIFY2(verslag.value().waarschuwing.isEmpty(), qPrintable(verslag.value().waarschuwing));
    QVERIFY(verslag.value().klantcontacten >= 2);
    QCOMPARE(verslag.value().concepten, 1);
    QVERIFY(verslag.value().digitaleAdressen >= 3);
    QCOMPARE(verslag.value().identificatoren, 1);

    QCOMPARE(perKanaalEnOnderwerp(), before);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM partij WHERE uuid = ?"), {m_partij.toString(QUuid::WithoutBraces)}),
        1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM concept_contact")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM verwerkingsactie WHERE actie_naam = 'Gegevens gewist'")), 1);
    // Found by the BSN's pseudonym: the privacy officer can still show that the erasure was done.
    const Result<QList<Verwerkingsactie>> log =
        m_services->verwerkingenInzage().verwerkingen({m_bsn, {}, {}, {}}, m_officer);
    QVERIFY(log);
    QVERIFY(std::any_of(log.value().cbegin(), log.value().cend(),
                        [](const Verwerkingsactie &a) { return a.actieNaam == QLatin1String("Gegevens gewist"); }));

    // Nothing of them in any record: the whole export, the drafts, the outbox.
    QByteArray everything;
    for (const QJsonArray &file : exportAll(m_db->database()))
        everything += QJsonDocument(file).toJson(QJsonDocument::Compact);
    QSqlQuery query(m_db->database().connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT json FROM concept_contact UNION ALL SELECT laatste_fout FROM sync_outbox")));
    while (query.next())
        everything += query.value(0).toString().toUtf8();
    for (const QString &value : values)
        QVERIFY2(!everything.contains(value.toUtf8()), qPrintable(value));
    QVERIFY(everything.contains(VergeetOpdracht::gewist().toUtf8()));

    if (!TestDatabase::onPostgres()) {
        // The file's bytes, with its WAL: free pages, old FTS segments and freeblocks included.
        const QByteArray bytes = fileBytes();
        QVERIFY(bytes.size() > 100'000);
        for (const QString &value : values)
            QVERIFY2(!bytes.contains(value.toUtf8()), qPrintable(value));
    }

    // A second time: nothing of them is left to erase.
    const Result<VergeetVerslag> byBsn = opdracht.vergeet({m_bsn, {}, {}, {}}, m_officer);
    QVERIFY(!byBsn);
    QVERIFY2(byBsn.error().message.startsWith(QStringLiteral("Not found")), qPrintable(byBsn.error().message));
    const Result<VergeetVerslag> byPartij = opdracht.vergeet({{}, m_partij, {}, {}}, m_officer);
    QVERIFY(!byPartij);
    QVERIFY2(byPartij.error().message.startsWith(QStringLiteral("Not found")), qPrintable(byPartij.error().message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM verwerkingsactie WHERE actie_naam = 'Gegevens gewist'")), 1);
}

void TestInzageVergeet::vergeetRefusals()
{
    VergeetOpdracht opdracht(m_db->database(), m_services->verwerkingenLog(), m_services->huidigeVerwerking());
    const Result<VergeetVerslag> medewerker = opdracht.vergeet({{}, m_partij, {}, {}}, m_medewerker);
    QVERIFY(!medewerker);
    QVERIFY2(medewerker.error().message.contains(QStringLiteral("privacy officer")),
             qPrintable(medewerker.error().message));
    const Result<VergeetVerslag> unknown = opdracht.vergeet({QStringLiteral("111222333"), {}, {}, {}}, m_officer);
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message.startsWith(QStringLiteral("Not found")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM partij_identificator WHERE identificeerde_partij = ?"),
                   {m_partij.toString(QUuid::WithoutBraces)}),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM verwerkingsactie WHERE actie_naam = 'Gegevens gewist'")), 0);
    // A failing erasure leaves its log entry vervallen: no inzage shows an erasure that did not happen.
    {
        QSqlQuery query(m_db->database().connection());
        QVERIFY2(query.exec(TestDatabase::onPostgres()
                                ? QStringLiteral("ALTER TABLE betrokkene ADD CONSTRAINT kapot"
                                                 " CHECK (contactnaam_present = 1) NOT VALID")
                                : QStringLiteral("CREATE TRIGGER kapot BEFORE UPDATE ON betrokkene"
                                                 " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")),
                 qPrintable(query.lastError().text()));
    }
    const Result<VergeetVerslag> failed = opdracht.vergeet({{}, m_partij, {}, {}}, m_officer);
    QVERIFY(!failed);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM partij_identificator WHERE identificeerde_partij = ?"),
                   {m_partij.toString(QUuid::WithoutBraces)}),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM verwerkingsactie WHERE actie_naam = 'Gegevens gewist'")), 1);
    const Result<QList<Verwerkingsactie>> log =
        m_services->verwerkingenInzage().verwerkingen({m_bsn, {}, {}, {}}, m_officer);
    QVERIFY(log);
    QVERIFY(std::none_of(log.value().cbegin(), log.value().cend(),
                         [](const Verwerkingsactie &a) { return a.actieNaam == QLatin1String("Gegevens gewist"); }));
}

QTEST_GUILESS_MAIN(TestInzageVergeet)
#include "tst_inzagevergeet.moc"
