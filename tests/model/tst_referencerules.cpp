#include "model/validation/referencerules.h"

#include <QTest>

using namespace kcc;

namespace {

QUuid uuidOf(int n)
{
    return QUuid(QStringLiteral("{00000000-0000-4000-8000-%1}").arg(n, 12, 10, QLatin1Char('0')));
}

const QUuid partijUuid = uuidOf(1);
const QUuid otherPartijUuid = uuidOf(2);

Partij persoon(const QString &voornaam, const QString &achternaam)
{
    Partij partij;
    partij.uuid = partijUuid;
    partij.soortPartij = SoortPartij::Persoon;
    partij.contactnaam = Contactnaam{QString(), voornaam, QString(), achternaam};
    return partij;
}

Partij organisatie(const QUuid &uuid, const QString &naam)
{
    Partij partij;
    partij.uuid = uuid;
    partij.soortPartij = SoortPartij::Organisatie;
    partij.organisatieNaam = naam;
    return partij;
}

// Verifies the fields of `errors` and that each message is filled in (and, if given, contains `mentions`).
void verifyErrors(const FieldErrors &errors, const QStringList &expectedFields, const QString &mentions = QString())
{
    QStringList actual;
    for (const FieldError &error : errors) {
        actual << error.field;
        QVERIFY(!error.message.trimmed().isEmpty());
        QVERIFY2(!error.message.contains(QLatin1String("%1")), qPrintable(error.message));
        if (!mentions.isEmpty())
            QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    }
    QCOMPARE(actual, expectedFields);
}

} // namespace

class TestReferenceRules : public QObject
{
    Q_OBJECT

private slots:
    void voorkeursDigitaalAdres_data();
    void voorkeursDigitaalAdres();
    void voorkeursRekeningnummer_data();
    void voorkeursRekeningnummer();
    void uniqueIdentificator_data();
    void uniqueIdentificator();
    void actorsActive_data();
    void actorsActive();
    void partijActive_data();
    void partijActive();
    void werkteVoorPartij_data();
    void werkteVoorPartij();
    void klantcontactParticipants_data();
    void klantcontactParticipants();
};

// Columns shared by the two voorkeur rules: the preferred uuid (null: none), the uuids of the
// linked records, who they are linked to, and whether the rule must fire.
static void addVoorkeurRows()
{
    QTest::addColumn<QUuid>("voorkeur");
    QTest::addColumn<QList<QUuid>>("linked");
    QTest::addColumn<QUuid>("owner");
    QTest::addColumn<bool>("fires");
    const QUuid a = uuidOf(10);
    const QUuid b = uuidOf(11);
    QTest::newRow("no preference, nothing linked") << QUuid() << QList<QUuid>{} << partijUuid << false;
    QTest::newRow("no preference, some linked") << QUuid() << QList<QUuid>{a, b} << partijUuid << false;
    QTest::newRow("preference is linked") << b << QList<QUuid>{a, b} << partijUuid << false;
    QTest::newRow("preference not in the list") << uuidOf(12) << QList<QUuid>{a, b} << partijUuid << true;
    QTest::newRow("preference with an empty list") << a << QList<QUuid>{} << partijUuid << true;
    QTest::newRow("preference belongs to another partij") << a << QList<QUuid>{a} << otherPartijUuid << true;
    QTest::newRow("preference not linked to any partij") << a << QList<QUuid>{a} << QUuid() << true;
}

void TestReferenceRules::voorkeursDigitaalAdres_data()
{
    addVoorkeurRows();
}

void TestReferenceRules::voorkeursDigitaalAdres()
{
    QFETCH(QUuid, voorkeur);
    QFETCH(QList<QUuid>, linked);
    QFETCH(QUuid, owner);
    QFETCH(bool, fires);
    Partij partij = persoon(QStringLiteral("Jan"), QStringLiteral("Jansen"));
    if (!voorkeur.isNull())
        partij.voorkeursDigitaalAdres = voorkeur;
    QList<DigitaalAdres> adressen;
    for (const QUuid &uuid : linked) {
        DigitaalAdres adres;
        adres.uuid = uuid;
        if (!owner.isNull())
            adres.verstrektDoorPartij = owner;
        else
            adres.verstrektDoorBetrokkene = uuidOf(99);
        adres.adres = QStringLiteral("0612345678");
        adressen << adres;
    }
    verifyErrors(checkVoorkeursDigitaalAdres(partij, adressen),
                 fires ? QStringList{QStringLiteral("voorkeursDigitaalAdres")} : QStringList{});
}

void TestReferenceRules::voorkeursRekeningnummer_data()
{
    addVoorkeurRows();
}

void TestReferenceRules::voorkeursRekeningnummer()
{
    QFETCH(QUuid, voorkeur);
    QFETCH(QList<QUuid>, linked);
    QFETCH(QUuid, owner);
    QFETCH(bool, fires);
    Partij partij = persoon(QStringLiteral("Jan"), QStringLiteral("Jansen"));
    if (!voorkeur.isNull())
        partij.voorkeursRekeningnummer = voorkeur;
    QList<Rekeningnummer> rekeningnummers;
    for (const QUuid &uuid : linked) {
        Rekeningnummer rekeningnummer{uuid, std::nullopt, QStringLiteral("NL91ABNA0417164300"), QString()};
        if (!owner.isNull())
            rekeningnummer.partij = owner;
        rekeningnummers << rekeningnummer;
    }
    verifyErrors(checkVoorkeursRekeningnummer(partij, rekeningnummers),
                 fires ? QStringList{QStringLiteral("voorkeursRekeningnummer")} : QStringList{});
}

void TestReferenceRules::uniqueIdentificator_data()
{
    QTest::addColumn<int>("soort"); // CodeSoortObjectId
    QTest::addColumn<QUuid>("identificeerdePartij");
    QTest::addColumn<QUuid>("existingOwner"); // null: no other identificator with these values
    QTest::addColumn<bool>("fires");
    const int bsn = int(CodeSoortObjectId::Bsn);
    const int kvk = int(CodeSoortObjectId::KvkNummer);
    const int vestiging = int(CodeSoortObjectId::Vestigingsnummer);
    QTest::newRow("new BSN") << bsn << partijUuid << QUuid() << false;
    QTest::newRow("BSN already ours (update)") << bsn << partijUuid << partijUuid << false;
    QTest::newRow("BSN of another partij") << bsn << partijUuid << otherPartijUuid << true;
    QTest::newRow("BSN of another partij, not linked yet") << bsn << QUuid() << otherPartijUuid << true;
    QTest::newRow("KvK of another partij") << kvk << partijUuid << otherPartijUuid << true;
    // The same vestigingsnummer may exist under several kvk parents.
    QTest::newRow("vestigingsnummer under a kvk") << vestiging << partijUuid << otherPartijUuid << false;
}

void TestReferenceRules::uniqueIdentificator()
{
    QFETCH(int, soort);
    QFETCH(QUuid, identificeerdePartij);
    QFETCH(QUuid, existingOwner);
    QFETCH(bool, fires);
    PartijIdentificator identificator;
    identificator.uuid = uuidOf(20);
    identificator.codeSoortObjectId = CodeSoortObjectId(soort);
    identificator.objectId = QStringLiteral("296648875");
    if (!identificeerdePartij.isNull())
        identificator.identificeerdePartij = identificeerdePartij;
    if (identificator.codeSoortObjectId == CodeSoortObjectId::Vestigingsnummer)
        identificator.subIdentificatorVan = uuidOf(21);
    const std::optional<QUuid> owner = existingOwner.isNull() ? std::nullopt : std::optional<QUuid>(existingOwner);
    verifyErrors(checkUniqueIdentificator(identificator, owner),
                 fires ? QStringList{QStringLiteral("partijIdentificator.objectId")} : QStringList{},
                 fires ? label(identificator.codeSoortObjectId) : QString());
}

void TestReferenceRules::actorsActive_data()
{
    QTest::addColumn<QList<bool>>("active");
    QTest::addColumn<QStringList>("namedInErrors");
    QTest::newRow("no actors") << QList<bool>{} << QStringList{};
    QTest::newRow("one active") << QList<bool>{true} << QStringList{};
    QTest::newRow("one inactive") << QList<bool>{false} << QStringList{QStringLiteral("Actor 0")};
    QTest::newRow("two of three inactive")
        << QList<bool>{false, true, false} << QStringList{QStringLiteral("Actor 0"), QStringLiteral("Actor 2")};
}

void TestReferenceRules::actorsActive()
{
    QFETCH(QList<bool>, active);
    QFETCH(QStringList, namedInErrors);
    QList<Actor> actors;
    for (int i = 0; i < active.size(); ++i) {
        Actor actor;
        actor.uuid = uuidOf(30 + i);
        actor.naam = QStringLiteral("Actor %1").arg(i);
        actor.indicatieActief = active.at(i);
        actors << actor;
    }
    const FieldErrors errors = checkActorsActiveForNewRecord(actors);
    QCOMPARE(errors.size(), namedInErrors.size());
    for (int i = 0; i < errors.size(); ++i) {
        QCOMPARE(errors.at(i).field, QStringLiteral("toegewezenAanActoren"));
        QVERIFY2(errors.at(i).message.contains(namedInErrors.at(i)), qPrintable(errors.at(i).message));
    }
}

void TestReferenceRules::partijActive_data()
{
    QTest::addColumn<int>("soort");
    QTest::addColumn<bool>("active");
    QTest::addColumn<QString>("named"); // empty: no error expected
    QTest::newRow("active persoon") << int(SoortPartij::Persoon) << true << QString();
    QTest::newRow("inactive persoon") << int(SoortPartij::Persoon) << false << QStringLiteral("Jan Jansen");
    QTest::newRow("inactive organisatie")
        << int(SoortPartij::Organisatie) << false << QStringLiteral("Bakkerij De Korenschoof");
    QTest::newRow("inactive partij without a name") << -1 << false << QStringLiteral("0000000042");
}

void TestReferenceRules::partijActive()
{
    QFETCH(int, soort);
    QFETCH(bool, active);
    QFETCH(QString, named);
    Partij partij;
    if (soort == int(SoortPartij::Organisatie)) {
        partij = organisatie(partijUuid, QStringLiteral("Bakkerij De Korenschoof"));
    } else if (soort == int(SoortPartij::Persoon)) {
        partij = persoon(QStringLiteral("Jan"), QStringLiteral("Jansen"));
    } else {
        // An "empty partij" that holds only an identificator (V6898 rule 3).
        partij.uuid = partijUuid;
        partij.nummer = QStringLiteral("0000000042");
    }
    partij.indicatieActief = active;
    verifyErrors(checkPartijActiveForNewRecord(partij),
                 named.isEmpty() ? QStringList{} : QStringList{QStringLiteral("wasPartij")}, named);
}

void TestReferenceRules::werkteVoorPartij_data()
{
    QTest::addColumn<bool>("hasWerkteVoor");
    QTest::addColumn<int>("targetSoort"); // -1: the target does not exist
    QTest::addColumn<bool>("targetMatches");
    QTest::addColumn<bool>("fires");
    QTest::newRow("no employer") << false << -1 << false << false;
    QTest::newRow("works for an organisatie") << true << int(SoortPartij::Organisatie) << true << false;
    QTest::newRow("works for a persoon") << true << int(SoortPartij::Persoon) << true << true;
    QTest::newRow("works for a contactpersoon") << true << int(SoortPartij::Contactpersoon) << true << true;
    QTest::newRow("employer does not exist") << true << -1 << false << true;
    QTest::newRow("wrong partij passed in") << true << int(SoortPartij::Organisatie) << false << true;
}

void TestReferenceRules::werkteVoorPartij()
{
    QFETCH(bool, hasWerkteVoor);
    QFETCH(int, targetSoort);
    QFETCH(bool, targetMatches);
    QFETCH(bool, fires);
    Partij contactpersoon = persoon(QStringLiteral("Piet"), QStringLiteral("Bakker"));
    contactpersoon.soortPartij = SoortPartij::Contactpersoon;
    if (hasWerkteVoor)
        contactpersoon.werkteVoorPartij = otherPartijUuid;
    std::optional<Partij> target;
    if (targetSoort >= 0) {
        target = organisatie(targetMatches ? otherPartijUuid : uuidOf(3), QStringLiteral("Bakkerij"));
        target->soortPartij = SoortPartij(targetSoort);
    }
    verifyErrors(checkWerkteVoorPartij(contactpersoon, target),
                 fires ? QStringList{QStringLiteral("partijIdentificatie.werkteVoorPartij")} : QStringList{});
}

void TestReferenceRules::klantcontactParticipants_data()
{
    QTest::addColumn<bool>("actorHere");
    QTest::addColumn<bool>("betrokkeneHere");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("complete") << true << true << QStringList{};
    QTest::newRow("no actor") << false << true << QStringList{QStringLiteral("hadBetrokkenActoren")};
    QTest::newRow("no betrokkene") << true << false << QStringList{QStringLiteral("hadBetrokkenen")};
    QTest::newRow("both for another klantcontact")
        << false << false << QStringList{QStringLiteral("hadBetrokkenActoren"), QStringLiteral("hadBetrokkenen")};
}

void TestReferenceRules::klantcontactParticipants()
{
    QFETCH(bool, actorHere);
    QFETCH(bool, betrokkeneHere);
    QFETCH(QStringList, fields);
    Klantcontact klantcontact;
    klantcontact.uuid = uuidOf(40);
    const QUuid elsewhere = uuidOf(41);
    const QList<ActorKlantcontact> actoren{{uuidOf(42), uuidOf(43), actorHere ? klantcontact.uuid : elsewhere}};
    Betrokkene betrokkene;
    betrokkene.uuid = uuidOf(44);
    betrokkene.hadKlantcontact = betrokkeneHere ? klantcontact.uuid : elsewhere;
    verifyErrors(checkKlantcontactParticipants(klantcontact, actoren, {betrokkene}), fields);
}

QTEST_GUILESS_MAIN(TestReferenceRules)
#include "tst_referencerules.moc"
