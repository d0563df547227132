#pragma once

#include <QString>

#include <span>

namespace kcc::demo::tables {

// The word lists behind the demo data. Kept apart from the generator so that the lists can grow
// without touching its logic. All texts are Dutch demo content, not user interface: they are
// not translated.

struct Surname
{
    QString voorvoegsel; // "van der", "de", "'t", ... or empty
    QString naam;
};

struct City
{
    QString naam;
    QString gemeentecode; // CBS code, the first four digits of a BAG nummeraanduiding id
    int postcodeFrom;
    int postcodeTo;
    QString netnummer; // area code with leading 0, 3 or 4 digits
};

struct ForeignAddress
{
    QString land; // ISO 3166-1 alpha-2
    QString straat;
    QString plaats; // postcode + city in the country's own notation
};

struct Onderwerp
{
    QString onderwerp;
    QString inhoud;
    QString reactie;
    int afdeling; // index into afdelingen()
    bool zaak;    // usually leads to a zaak (onderwerpobject)
    bool productaanvraag;
    bool vertrouwelijk;
};

struct Afdeling
{
    QString naam;
    QString omschrijving;
    QString mailbox; // local part at the municipality's domain
};

struct Bank
{
    QString code; // 4 letters in the IBAN
    QString bic;
};

std::span<const Surname> dutchSurnames();
std::span<const Surname> otherSurnames(); // diacritics and other backgrounds
std::span<const QString> firstNames(bool male, bool dutch);
std::span<const QString> secondNames(bool male);
std::span<const City> cities();
std::span<const QString> streets();
std::span<const ForeignAddress> foreignAddresses();
std::span<const QString> emailProviders();
std::span<const Onderwerp> onderwerpen();
std::span<const Afdeling> afdelingen();
std::span<const Bank> banks();
// Organisation name patterns; "%1" is a surname (capitalised voorvoegsel), "%2" a street or district.
std::span<const QString> organisationPatterns();
std::span<const QString> districts();
std::span<const QString> interneNotities();
// Notes for a colleague that fit the gevraagde handeling ("Terugbellen", "Zaak aanmaken", ...).
std::span<const QString> toelichtingen(const QString &handeling);

} // namespace kcc::demo::tables
