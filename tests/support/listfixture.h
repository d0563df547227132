#pragma once

// Test data for the list models and the main window: partijen and klantcontacten written through
// the real repositories into a TestDatabase. Header-only; used by tst_tablemodels and
// tst_mainwindow.

#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/partij.h"
#include "model/klantinteracties/partijidentificator.h"
#include "storage/db/database.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace kcc::test {

// A BSN that passes the 11-proef, derived from n (n < 10^8); distinct n give distinct BSNs.
inline QString bsnFor(int n)
{
    for (int attempt = 0;; ++attempt) {
        const QString eight = QStringLiteral("%1").arg(n * 7 + attempt + 10000000, 8, 10, QLatin1Char('0')).right(8);
        int sum = 0;
        for (int i = 0; i < 8; ++i)
            sum += (9 - i) * eight.at(i).digitValue();
        const int check = sum % 11;
        if (check < 10)
            return eight + QString::number(check);
    }
}

struct ListFixture
{
    // Every 7th partij is inactive, every 11th has geheimhouding, every 5th klantcontact is
    // vertrouwelijk, every 3rd has no partij but a contactnaam.
    static bool inactive(int i) { return i % 7 == 3; }
    static bool geheim(int i) { return i % 11 == 5; }
    static bool vertrouwelijk(int i) { return i % 5 == 2; }
    static QString achternaam(int i) { return QStringLiteral("Jansen%1").arg(i); }
    // klantcontact i took place i minutes after the base time, so the newest is the last one.
    static QDateTime baseTime() { return QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC); }
};

// Writes `partijen` persons (each with a BSN and a phone number) and `klantcontacten`
// klantcontacten (each with one betrokkene). Returns an error text, empty on success.
// firstPartij numbers the partijen, so that a second call can add more without clashes.
inline QString fillListFixture(storage::Database &database, int partijen, int klantcontacten, int firstPartij = 0)
{
    storage::WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.error().message;
    storage::Repository<Partij> partijRepository(database);
    storage::Repository<PartijIdentificator> identificatorRepository(database);
    storage::Repository<DigitaalAdres> adresRepository(database);
    storage::Repository<Klantcontact> klantcontactRepository(database);
    storage::Repository<Betrokkene> betrokkeneRepository(database);

    QList<QUuid> partijUuids;
    for (int i = firstPartij; i < firstPartij + partijen; ++i) {
        Partij partij;
        partij.uuid = QUuid::createUuid();
        partij.nummer = QString::number(1000 + i);
        partij.soortPartij = SoortPartij::Persoon;
        partij.indicatieActief = !ListFixture::inactive(i);
        if (ListFixture::geheim(i))
            partij.indicatieGeheimhouding = true;
        Contactnaam naam;
        naam.voornaam = QStringLiteral("Anna");
        naam.voorvoegselAchternaam = QStringLiteral("de");
        naam.achternaam = ListFixture::achternaam(i);
        partij.contactnaam = naam;
        Adres bezoek;
        bezoek.straatnaam = QStringLiteral("Dorpsstraat");
        bezoek.huisnummer = i + 1;
        bezoek.postcode = QStringLiteral("1234 AB");
        bezoek.stad = QStringLiteral("Utrecht");
        partij.bezoekadres = bezoek;

        DigitaalAdres telefoon;
        telefoon.uuid = QUuid::createUuid();
        telefoon.verstrektDoorPartij = partij.uuid;
        telefoon.soortDigitaalAdres = SoortDigitaalAdres::Telefoonnummer;
        telefoon.adres = QStringLiteral("06%1").arg(10000000 + i);
        telefoon.isStandaardAdres = true;
        partij.voorkeursDigitaalAdres = telefoon.uuid;

        PartijIdentificator bsn;
        bsn.uuid = QUuid::createUuid();
        bsn.identificeerdePartij = partij.uuid;
        bsn.codeObjecttype = CodeObjecttype::NatuurlijkPersoon;
        bsn.codeSoortObjectId = CodeSoortObjectId::Bsn;
        bsn.codeRegister = CodeRegister::Brp;
        bsn.objectId = bsnFor(i);

        for (const Result<> &written :
             {partijRepository.insert(partij), adresRepository.insert(telefoon), identificatorRepository.insert(bsn)}) {
            if (!written)
                return written.error().message;
        }
        partijUuids << partij.uuid;
    }

    for (int i = 0; i < klantcontacten; ++i) {
        Klantcontact contact;
        contact.uuid = QUuid::createUuid();
        contact.referentienummer = QString::number(5000 + i);
        contact.kanaal = QStringLiteral("telefoon");
        contact.onderwerp = QStringLiteral("Onderwerp %1").arg(i);
        contact.vertrouwelijk = ListFixture::vertrouwelijk(i);
        contact.indicatieContactGelukt = i % 2 == 0;
        contact.plaatsgevondenOp = ListFixture::baseTime().addSecs(60LL * i);

        Betrokkene betrokkene;
        betrokkene.uuid = QUuid::createUuid();
        betrokkene.hadKlantcontact = contact.uuid;
        betrokkene.rol = Rol::Klant;
        betrokkene.initiator = true;
        if (i % 3 == 0 || partijUuids.isEmpty()) {
            Contactnaam naam;
            naam.voornaam = QStringLiteral("Beller");
            naam.achternaam = QString::number(i);
            betrokkene.contactnaam = naam;
        } else {
            betrokkene.wasPartij = partijUuids.at(i % partijUuids.size());
        }
        for (const Result<> &written :
             {klantcontactRepository.insert(contact), betrokkeneRepository.insert(betrokkene)}) {
            if (!written)
                return written.error().message;
        }
    }
    if (const Result<> committed = transaction.commit(); !committed)
        return committed.error().message;
    return {};
}

} // namespace kcc::test
