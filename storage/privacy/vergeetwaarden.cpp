#include "storage/privacy/vergeetwaarden.h"

#include <algorithm>

namespace kcc::storage {

namespace {

void naam(QStringList &waarden, const std::optional<Contactnaam> &contactnaam)
{
    if (!contactnaam)
        return;
    const Contactnaam &n = *contactnaam;
    waarden << n.volledigeNaam() << n.voornaam << n.achternaam << n.voorletters
            << QStringList{n.voorvoegselAchternaam, n.achternaam}.join(QLatin1Char(' ')).trimmed()
            << QStringList{n.voorletters, n.voorvoegselAchternaam, n.achternaam}.join(QLatin1Char(' ')).simplified();
}

void adres(QStringList &waarden, const std::optional<Adres> &adres)
{
    if (!adres)
        return;
    const Adres &a = *adres;
    QString postcode = a.postcode;
    waarden << a.nummeraanduidingId << a.straatnaam << a.postcode << postcode.remove(QLatin1Char(' ')) << a.stad
            << a.adresregel1 << a.adresregel2 << a.adresregel3 << a.oneLine();
    if (a.huisnummer)
        waarden << QStringLiteral("%1 %2%3").arg(a.straatnaam).arg(*a.huisnummer).arg(a.huisnummertoevoeging);
}

bool heeftNaamOfAdres(const std::optional<Contactnaam> &contactnaam, const std::optional<Adres> &bezoekadres,
                      const std::optional<Adres> &correspondentieadres)
{
    return (contactnaam && !contactnaam->isEmpty()) || (bezoekadres && !bezoekadres->isEmpty()) ||
           (correspondentieadres && !correspondentieadres->isEmpty());
}

QStringList uniek(const QStringList &waarden, qsizetype minimum)
{
    QStringList result;
    for (const QString &waarde : waarden) {
        const QString schoon = waarde.trimmed();
        if (schoon.size() >= minimum && !result.contains(schoon))
            result << schoon;
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return result;
}

QString uuid(const QUuid &value)
{
    return value.toString(QUuid::WithoutBraces);
}

} // namespace

QStringList VergeetWaarden::waarden(const InzageDossier &dossier)
{
    QStringList waarden{dossier.bsn};
    if (dossier.partij) {
        naam(waarden, dossier.partij->contactnaam);
        adres(waarden, dossier.partij->bezoekadres);
        adres(waarden, dossier.partij->correspondentieadres);
    }
    for (const InzageDossier::Betrokkenheid &betrokkenheid : dossier.betrokkenen) {
        naam(waarden, betrokkenheid.betrokkene.contactnaam);
        adres(waarden, betrokkenheid.betrokkene.bezoekadres);
        adres(waarden, betrokkenheid.betrokkene.correspondentieadres);
    }
    for (const PartijIdentificator &identificator : dossier.partijRelaties.partijIdentificatoren)
        waarden << identificator.objectId;
    for (const DigitaalAdres &digitaalAdres : dossier.digitaleAdressen)
        waarden << digitaalAdres.adres;
    for (const Rekeningnummer &rekeningnummer : dossier.rekeningnummers)
        waarden << rekeningnummer.iban;
    return uniek(waarden, 3);
}

QStringList VergeetWaarden::kenmerken(const InzageDossier &dossier)
{
    QStringList kenmerken{dossier.bsn};
    if (dossier.partij) {
        kenmerken << uuid(dossier.partij->uuid);
        if (dossier.partij->contactnaam)
            kenmerken << dossier.partij->contactnaam->volledigeNaam();
    }
    for (const PartijIdentificator &identificator : dossier.partijRelaties.partijIdentificatoren)
        kenmerken << identificator.objectId;
    for (const DigitaalAdres &digitaalAdres : dossier.digitaleAdressen)
        kenmerken << digitaalAdres.adres;
    for (const Rekeningnummer &rekeningnummer : dossier.rekeningnummers)
        kenmerken << rekeningnummer.iban;
    return uniek(kenmerken, 5);
}

QStringList VergeetWaarden::records(const InzageDossier &dossier)
{
    QStringList records;
    if (dossier.partij)
        records << uuid(dossier.partij->uuid);
    for (const InzageDossier::Betrokkenheid &betrokkenheid : dossier.betrokkenen)
        records << uuid(betrokkenheid.betrokkene.uuid);
    for (const PartijIdentificator &identificator : dossier.partijRelaties.partijIdentificatoren)
        records << uuid(identificator.uuid);
    for (const DigitaalAdres &digitaalAdres : dossier.digitaleAdressen)
        records << uuid(digitaalAdres.uuid);
    for (const Rekeningnummer &rekeningnummer : dossier.rekeningnummers)
        records << uuid(rekeningnummer.uuid);
    return records;
}

bool VergeetWaarden::heeftPersoonsgegevens(const InzageDossier &dossier)
{
    if (!dossier.partij)
        return false;
    const Partij &partij = *dossier.partij;
    if (heeftNaamOfAdres(partij.contactnaam, partij.bezoekadres, partij.correspondentieadres) ||
        !partij.interneNotitie.isEmpty() || !dossier.partijRelaties.partijIdentificatoren.isEmpty() ||
        !dossier.digitaleAdressen.isEmpty() || !dossier.rekeningnummers.isEmpty())
        return true;
    return std::any_of(dossier.betrokkenen.cbegin(), dossier.betrokkenen.cend(), [](const auto &betrokkenheid) {
        const Betrokkene &b = betrokkenheid.betrokkene;
        return heeftNaamOfAdres(b.contactnaam, b.bezoekadres, b.correspondentieadres);
    });
}

} // namespace kcc::storage
