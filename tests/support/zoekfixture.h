#pragma once

// Test data for the Zoeken tab, the search model and the klantbeeld: written through the real
// repositories into a TestDatabase. Header-only; used by tst_partijsearchmodel, tst_klantbeeld
// and tst_zoeken_gui.

#include "model/klantinteracties/actor.h"
#include "model/klantinteracties/actorklantcontact.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/internetaak.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/partij.h"
#include "model/klantinteracties/partijidentificator.h"
#include "model/klantinteracties/vertegenwoordiging.h"
#include "storage/db/database.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace kcc::test {

struct ZoekFixture
{
    // 260 partijen called Vermeulen (several pages of results), numbered 2001.. in order.
    static constexpr int vermeulens = 260;
    // Karin Hoogeveen: geheimhouding. Henk Hoogeveen: inactive. Both match "hoogeveen".
    QUuid karinHoogeveen = uuid(1);
    QUuid henkHoogeveen = uuid(2);
    // The only Zwaneveld: one hit. Has 60 klantcontacten (see below), represents Lotte Zwaneveld's
    // mother and is represented by a lawyer.
    QUuid zwaneveld = uuid(3);
    QUuid moeder = uuid(4);
    QUuid advocaat = uuid(5);
    // An organisation with two contactpersonen.
    QUuid gemeentewerf = uuid(6);
    QUuid contactpersoonA = uuid(7);
    QUuid contactpersoonB = uuid(8);
    // Found only through a phone number given once as betrokkene: 0611223344.
    QUuid eenmalig = uuid(9);

    // The medewerkers of the vertrouwelijk rule.
    QUuid linkedActor = uuid(101);   // linked to the vertrouwelijk contact through ActorKlantcontact
    QUuid assignedActor = uuid(102); // assigned to the interne taak of the other vertrouwelijk contact
    QUuid otherActor = uuid(103);    // neither
    QUuid supervisorActor = uuid(104);

    // Zwaneveld's contacts: contact i (0..59) on 2024-01-01 + i days at 10:00 UTC; kanaal
    // telefoon for i % 3 == 0, email for 1, balie for 2. Contact 50 is vertrouwelijk and linked to
    // linkedActor, contact 55 vertrouwelijk with an open interne taak for assignedActor.
    static constexpr int zwaneveldContacts = 60;
    static constexpr int linkedVertrouwelijk = 50;
    static constexpr int assignedVertrouwelijk = 55;
    static QDateTime contactTime(int i) { return QDateTime(QDate(2024, 1, 1).addDays(i), QTime(10, 0), Qt::UTC); }
    static QString kanaal(int i)
    {
        static const QString kanalen[] = {QStringLiteral("telefoon"), QStringLiteral("email"), QStringLiteral("balie")};
        return kanalen[i % 3];
    }
    static QString onderwerp(int i) { return QStringLiteral("Vraag %1").arg(i); }
    QUuid contact(int i) const { return uuid(1000 + i); }

    static QUuid uuid(int n)
    {
        return QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    }

    static Partij persoon(const QUuid &id, const QString &voornaam, const QString &achternaam)
    {
        Partij p;
        p.uuid = id;
        p.soortPartij = SoortPartij::Persoon;
        p.contactnaam = Contactnaam{QString(), voornaam, QString(), achternaam};
        return p;
    }

    // Writes everything in one transaction; returns an error text, empty on success.
    QString insert(storage::Database &database) const
    {
        using namespace storage;
        WriteTransaction transaction(database);
        if (!transaction.isActive())
            return transaction.error().message;
        Repository<Partij> partijen(database);
        Repository<DigitaalAdres> adressen(database);
        Repository<Klantcontact> klantcontacten(database);
        Repository<Betrokkene> betrokkenen(database);
        Repository<Actor> actoren(database);
        Repository<ActorKlantcontact> actorKlantcontacten(database);
        Repository<InterneTaak> taken(database);
        Repository<Vertegenwoordiging> vertegenwoordigingen(database);
        QString error;
        auto check = [&error](const Result<> &result) {
            if (!result && error.isEmpty())
                error = result.error().message;
        };

        for (int i = 0; i < vermeulens; ++i) {
            Partij p = persoon(uuid(10000 + i), QStringLiteral("Voornaam%1").arg(i), QStringLiteral("Vermeulen"));
            p.nummer = QString::number(2001 + i);
            check(partijen.insert(p));
        }
        Partij karin = persoon(karinHoogeveen, QStringLiteral("Karin"), QStringLiteral("Hoogeveen"));
        karin.nummer = QStringLiteral("501");
        karin.indicatieGeheimhouding = true;
        check(partijen.insert(karin));
        Partij henk = persoon(henkHoogeveen, QStringLiteral("Henk"), QStringLiteral("Hoogeveen"));
        henk.nummer = QStringLiteral("502");
        henk.indicatieActief = false;
        check(partijen.insert(henk));
        Partij lotte = persoon(zwaneveld, QStringLiteral("Lotte"), QStringLiteral("Zwaneveld"));
        lotte.nummer = QStringLiteral("503");
        lotte.voorkeurstaal = QStringLiteral("nld");
        check(partijen.insert(lotte));
        check(partijen.insert(persoon(moeder, QStringLiteral("Grietje"), QStringLiteral("Brandsma"))));
        check(partijen.insert(persoon(advocaat, QStringLiteral("Mr. Pieter"), QStringLiteral("Wolters"))));
        Partij werf;
        werf.uuid = gemeentewerf;
        werf.soortPartij = SoortPartij::Organisatie;
        werf.organisatieNaam = QStringLiteral("Stichting Gemeentewerf");
        check(partijen.insert(werf));
        for (const auto &[id, naam] : {std::pair{contactpersoonA, QStringLiteral("Aalders")},
                                       std::pair{contactpersoonB, QStringLiteral("Bosman")}}) {
            Partij c = persoon(id, QStringLiteral("Co"), naam);
            c.soortPartij = SoortPartij::Contactpersoon;
            c.werkteVoorPartij = gemeentewerf;
            check(partijen.insert(c));
        }
        check(partijen.insert(persoon(eenmalig, QStringLiteral("Eva"), QStringLiteral("Eenmaal"))));
        check(vertegenwoordigingen.insert({uuid(201), zwaneveld, moeder}));
        check(vertegenwoordigingen.insert({uuid(202), advocaat, zwaneveld}));

        const QList<std::pair<QUuid, QString>> medewerkers = {{linkedActor, QStringLiteral("Linda Gekoppeld")},
                                                              {assignedActor, QStringLiteral("Arjen Toegewezen")},
                                                              {otherActor, QStringLiteral("Olga Anders")},
                                                              {supervisorActor, QStringLiteral("Sven Supervisor")}};
        for (const auto &[id, naam] : medewerkers) {
            Actor actor;
            actor.uuid = id;
            actor.naam = naam;
            actor.telefoonnummer = QStringLiteral("0201234567");
            check(actoren.insert(actor));
        }

        for (int i = 0; i < zwaneveldContacts; ++i) {
            Klantcontact k;
            k.uuid = contact(i);
            k.referentienummer = QString::number(7000 + i);
            k.kanaal = kanaal(i);
            k.onderwerp = onderwerp(i);
            k.inhoud = QStringLiteral("Inhoud %1").arg(i);
            k.plaatsgevondenOp = contactTime(i);
            k.vertrouwelijk = i == linkedVertrouwelijk || i == assignedVertrouwelijk;
            check(klantcontacten.insert(k));
            Betrokkene b;
            b.uuid = uuid(3000 + i);
            b.wasPartij = zwaneveld;
            b.hadKlantcontact = k.uuid;
            check(betrokkenen.insert(b));
        }
        check(actorKlantcontacten.insert({uuid(401), linkedActor, contact(linkedVertrouwelijk)}));
        InterneTaak taak;
        taak.uuid = uuid(402);
        taak.referentienummer = QStringLiteral("9001");
        taak.gevraagdeHandeling = QStringLiteral("Terugbellen over bezwaar");
        taak.aanleidinggevendKlantcontact = contact(assignedVertrouwelijk);
        taak.toegewezenAanActoren = {assignedActor};
        taak.toegewezenOp = contactTime(assignedVertrouwelijk);
        check(taken.insert(taak));

        // Eva Eenmaal gave 0611223344 once, for one klantcontact, as betrokkene.
        Klantcontact eenmaligContact;
        eenmaligContact.uuid = uuid(501);
        eenmaligContact.kanaal = QStringLiteral("telefoon");
        eenmaligContact.onderwerp = QStringLiteral("Eenmalig");
        eenmaligContact.plaatsgevondenOp = contactTime(1);
        check(klantcontacten.insert(eenmaligContact));
        Betrokkene evaBetrokkene;
        evaBetrokkene.uuid = uuid(502);
        evaBetrokkene.wasPartij = eenmalig;
        evaBetrokkene.hadKlantcontact = eenmaligContact.uuid;
        check(betrokkenen.insert(evaBetrokkene));
        DigitaalAdres nummer;
        nummer.uuid = uuid(503);
        nummer.verstrektDoorBetrokkene = evaBetrokkene.uuid;
        nummer.soortDigitaalAdres = SoortDigitaalAdres::Telefoonnummer;
        nummer.adres = QStringLiteral("0611223344");
        check(adressen.insert(nummer));

        if (!error.isEmpty())
            return error;
        if (const Result<> committed = transaction.commit(); !committed)
            return committed.error().message;
        return {};
    }
};

} // namespace kcc::test
