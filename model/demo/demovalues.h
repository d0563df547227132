#pragma once

#include "model/demo/demotables.h"
#include "model/klantinteracties/adres.h"
#include "model/klantinteracties/contactnaam.h"

#include <QHash>
#include <QString>

namespace kcc::demo {

class DemoRandom;

// Makes realistic Dutch values (names, addresses, phone numbers, e-mail addresses, IBANs) from
// the word lists in demotables.h. Every value is valid by construction for the validators of
// model/valuevalidators.h. Holds only caches; all randomness comes from the DemoRandom passed in.
class DemoValues
{
public:
    // A person's name: one or two voornamen with matching voorletters ("Jan Pieter" -> "J.P."),
    // Dutch and other surnames, voorvoegsels, diacritics and the occasional double surname.
    Contactnaam contactnaam(DemoRandom &random);
    // "jan.devries@gmail.com", "j.jansen84@ziggo.nl": lowercase and ASCII-folded.
    QString privateEmail(DemoRandom &random, const Contactnaam &naam);
    // "j.devries@<domain>" for people who work for an organisation or the municipality.
    QString workEmail(const Contactnaam &naam, const QString &domain);

    // 06 followed by eight digits.
    QString mobiel(DemoRandom &random);
    // A landline of ten digits with the city's netnummer (never 0800/0900/14x).
    QString vastNummer(DemoRandom &random, const tables::City &city);
    // +32/+49/+90/+212/+48 mobile numbers for people abroad.
    QString buitenlandsNummer(DemoRandom &random, const QString &land);

    const tables::City &city(DemoRandom &random);
    // A Dutch address with BAG id, street, huisnummer (sometimes a toevoeging), postcode 1234 AB.
    Adres adres(DemoRandom &random, const tables::City &city);
    // A foreign address in adresregels + land.
    Adres buitenlandsAdres(DemoRandom &random);
    // "Postbus 1234" in the given city.
    Adres postbus(DemoRandom &random, const tables::City &city);

    // NL IBAN with correct mod-97 check digits; bic receives the bank's BIC.
    QString iban(DemoRandom &random, QString *bic);

    // An organisation name and a web domain derived from it ("bakkerijdevries.nl").
    QString organisatieNaam(DemoRandom &random, QString *domain);

    // Lowercase ASCII letters and digits only: "Đorđević" -> "djordjevic", "'t Hart" -> "thart".
    QString fold(const QString &text);

private:
    QHash<QString, QString> m_folded;
};

} // namespace kcc::demo
