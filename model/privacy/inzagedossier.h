#pragma once

#include "model/apijson/apijson.h"
#include "model/privacy/verwerkingsactie.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kcc {

// Everything the KCC holds about one person (AVG art. 15): the partij with its identificatoren,
// addresses, digitale adressen, rekeningnummers and vertegenwoordigingen; every klantcontact where
// they are betrokkene, with their betrokkenen in it, its onderwerpobjecten, bijlagen and interne
// taken; and the verwerkingenlog about them. The relations are those the API's responses carry, so
// that every record is written as the Klantinteracties API (and an export) writes it.
struct InzageDossier
{
    struct Contact
    {
        Klantcontact klantcontact;
        KlantcontactRelaties relaties;
    };
    struct Betrokkenheid
    {
        Betrokkene betrokkene;
        BetrokkeneRelaties relaties;
    };

    QString bsn;                  // the BSN asked for or the partij's; may be empty
    std::optional<Partij> partij; // none: a BSN that no partij holds (only the log may mention it)
    PartijRelaties partijRelaties;
    // The partij's own and those its betrokkenen gave for one klantcontact, in rowid order.
    QList<DigitaalAdres> digitaleAdressen;
    QList<Rekeningnummer> rekeningnummers;
    QList<Vertegenwoordiging> vertegenwoordigingen; // both ways
    QList<Contact> klantcontacten;
    QList<Betrokkenheid> betrokkenen; // only this person's
    QList<Onderwerpobject> onderwerpobjecten;
    QList<Bijlage> bijlagen;
    QList<InterneTaak> interneTaken;
    QList<Verwerkingsactie> verwerkingen;
    QDateTime opgesteldOp; // UTC
};

} // namespace kcc
