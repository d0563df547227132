#pragma once

// Interne taken on a real SQLite database for the work-queue tests (storage level: no widgets):
// the services as app/ builds them (storage::SqlServices), four accounts (medewerkers Marieke (KCC) and Joost
// (Vergunningen), supervisor Sanne, beheerder), three afdelingen and a klant with a voorkeur phone number. Tasks are
// written through the repositories with their 'aangemaakt' log row, as the call flow writes them.

#include "model/klantinteracties/actorklantcontact.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/internetaak.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/partij.h"
#include "storage/db/database.h"
#include "storage/db/sqlservices.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "storage/taken/sqltaken.h"
#include "storage/taken/taaklogwriter.h"
#include "tests/support/testactors.h"
#include "tests/support/testdatabase.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace kcc::test {

class TakenData
{
public:
    TakenData()
    {
        accounts.setActingActor(fixtureBeheerder());
        codeLists.setActingActor(fixtureBeheerder());
    }

    // QVERIFY-style: call through QVERIFY(fixture.setUp()).
    bool setUp()
    {
        if (!db.isValid())
            return fail(db.error());
        const auto afdeling = [this](const QString &naam, QUuid &uuid) {
            const Result<QUuid> created = accounts.createAfdeling(naam, QString(), QString());
            uuid = created ? created.value() : QUuid();
            return created ? true : fail(created.error().message);
        };
        if (!afdeling(QStringLiteral("Belastingen"), belastingen) || !afdeling(QStringLiteral("KCC"), kcc) ||
            !afdeling(QStringLiteral("Vergunningen"), vergunningen))
            return false;
        if (!account(QStringLiteral("Beheer"), {AccountRole::beheerder()}, beheer) ||
            !account(QStringLiteral("Marieke"), {AccountRole::medewerker()}, marieke) ||
            !account(QStringLiteral("Joost"), {AccountRole::medewerker()}, joost) ||
            !account(QStringLiteral("Sanne"), {AccountRole::medewerker(), AccountRole::supervisor()}, sanne))
            return false;
        if (const Result<> set = taken.lidmaatschap.setAfdelingen(beheer, marieke.actor, {kcc}); !set)
            return fail(set.error().message);
        if (const Result<> set = taken.lidmaatschap.setAfdelingen(beheer, joost.actor, {vergunningen}); !set)
            return fail(set.error().message);
        return addCarl();
    }

    // A klantcontact with Carl as betrokkene (a one-off phone number given) and one task on it,
    // registered by `door` (default Marieke).
    QUuid addTaak(const QString &handeling, const QList<QUuid> &toegewezenAan, const QDateTime &toegewezenOp,
                  const QString &onderwerp = QStringLiteral("Vergunning dakkapel"),
                  const QString &kanaal = QStringLiteral("telefoon"), bool vertrouwelijk = false,
                  std::optional<QUuid> door = std::nullopt)
    {
        // Who registered the contact (linked to it, and named in the log): Marieke unless said.
        const QUuid medewerker = door.value_or(marieke.actor);
        using namespace kcc::storage;
        Database &database = db.database();
        Klantcontact contact;
        contact.uuid = QUuid::createUuid();
        contact.referentienummer = QString::number(++m_nummer);
        contact.kanaal = kanaal;
        contact.onderwerp = onderwerp;
        contact.inhoud = QStringLiteral("Vraag over %1.").arg(onderwerp);
        contact.indicatieContactGelukt = true;
        contact.vertrouwelijk = vertrouwelijk;
        contact.plaatsgevondenOp = toegewezenOp;
        Betrokkene betrokkene;
        betrokkene.uuid = QUuid::createUuid();
        betrokkene.wasPartij = carl;
        betrokkene.hadKlantcontact = contact.uuid;
        betrokkene.contactnaam =
            Contactnaam{QStringLiteral("C"), QStringLiteral("Carl"), QString(), QStringLiteral("Zwartewaal")};
        DigitaalAdres eenmalig;
        eenmalig.uuid = QUuid::createUuid();
        eenmalig.verstrektDoorBetrokkene = betrokkene.uuid;
        eenmalig.adres = QStringLiteral("0612345678");
        ActorKlantcontact link;
        link.uuid = QUuid::createUuid();
        link.actor = medewerker;
        link.klantcontact = contact.uuid;
        InterneTaak taak;
        taak.uuid = QUuid::createUuid();
        taak.referentienummer = QString::number(++m_nummer);
        taak.gevraagdeHandeling = handeling;
        taak.aanleidinggevendKlantcontact = contact.uuid;
        taak.toegewezenAanActoren = toegewezenAan;
        taak.toegewezenOp = toegewezenOp;
        WriteTransaction transaction(database);
        if (!Repository<Klantcontact>(database).insert(contact) ||
            !Repository<Betrokkene>(database).insert(betrokkene) ||
            !Repository<DigitaalAdres>(database).insert(eenmalig) ||
            !Repository<ActorKlantcontact>(database).insert(link) || !Repository<InterneTaak>(database).insert(taak) ||
            !logTaakAangemaakt(database, taak, medewerker, toegewezenOp) || !transaction.commit())
            return QUuid();
        return taak.uuid;
    }

    template<typename T>
    QList<T> all()
    {
        QList<T> rows;
        (void)storage::Repository<T>(db.database()).forEach([&rows](const T &row) { rows.append(row); });
        return rows;
    }
    std::optional<InterneTaak> taak(const QUuid &uuid)
    {
        return storage::Repository<InterneTaak>(db.database()).find(uuid);
    }

    TestDatabase db;
    storage::SqlServices services{db.database()};
    AccountService &accounts = services.accounts();
    CodeListService &codeLists = services.codeLists();
    DraftStore &drafts = services.drafts();
    PartijFinder &finder = services.finder();
    KlantbeeldService &klantbeeld = services.klantbeeld();
    ActorDirectory &actors = services.actors();
    RegistrationService &registration = services.registration();
    storage::SqlTaken &taken = services.taken();
    SignedInActor beheer;
    SignedInActor marieke;
    SignedInActor joost;
    SignedInActor sanne;
    QUuid belastingen;
    QUuid kcc;
    QUuid vergunningen;
    QUuid carl;
    QUuid carlTelefoon;
    QUuid carlEmail;
    QString lastError;

private:
    bool fail(const QString &message)
    {
        lastError = message;
        return false;
    }

    bool account(const QString &naam, const QStringList &roles, SignedInActor &signedIn)
    {
        const QString password = QStringLiteral("geheim123");
        const Result<QUuid> created = accounts.createMedewerker(naam, QStringLiteral("KCC"), QString(),
                                                                QStringLiteral("0201234567"), password, roles);
        if (!created)
            return fail(created.error().message);
        const Result<SignedInActor> in = accounts.signIn(naam, password);
        if (!in)
            return fail(in.error().message);
        signedIn = in.value();
        return true;
    }

    bool addCarl()
    {
        using namespace kcc::storage;
        Partij partij;
        partij.uuid = QUuid::createUuid();
        partij.nummer = QStringLiteral("1928753");
        partij.voorkeurstaal = QStringLiteral("nld");
        partij.contactnaam =
            Contactnaam{QStringLiteral("C"), QStringLiteral("Carl"), QString(), QStringLiteral("Zwartewaal")};
        DigitaalAdres email;
        email.uuid = QUuid::createUuid();
        email.verstrektDoorPartij = partij.uuid;
        email.adres = QStringLiteral("carl@example.nl");
        email.soortDigitaalAdres = SoortDigitaalAdres::Email;
        DigitaalAdres telefoon;
        telefoon.uuid = QUuid::createUuid();
        telefoon.verstrektDoorPartij = partij.uuid;
        telefoon.adres = QStringLiteral("0201112233");
        telefoon.isStandaardAdres = true;
        partij.voorkeursDigitaalAdres = telefoon.uuid;
        WriteTransaction transaction(db.database());
        if (!Repository<Partij>(db.database()).insert(partij) ||
            !Repository<DigitaalAdres>(db.database()).insert(email) ||
            !Repository<DigitaalAdres>(db.database()).insert(telefoon) || !transaction.commit())
            return fail(QStringLiteral("Carl could not be stored"));
        carl = partij.uuid;
        carlTelefoon = telefoon.uuid;
        carlEmail = email.uuid;
        return true;
    }

    int m_nummer = 5000;
};

} // namespace kcc::test
