#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace kcc {

// What the medewerker asks the BRP: a BSN, or a geslachtsnaam with a geboortedatum. The client
// turns it into the narrowest query type of the API (RaadpleegMetBurgerservicenummer,
// ZoekMetGeslachtsnaamEnGeboortedatum).
struct BrpZoekvraag
{
    Q_DECLARE_TR_FUNCTIONS(kcc::BrpZoekvraag)

public:
    enum class Soort
    {
        Bsn,
        GeslachtsnaamEnGeboortedatum
    };

    Soort soort = Soort::Bsn;
    QString bsn;
    QString geslachtsnaam; // without voorvoegsel; a trailing * after at least 3 letters is a wildcard
    QString voorvoegsel;   // optional ("de", "van der")
    QDate geboortedatum;

    static BrpZoekvraag metBsn(const QString &bsn);
    static BrpZoekvraag metNaam(const QString &geslachtsnaam, const QDate &geboortedatum,
                                const QString &voorvoegsel = QString());

    // Why the BRP would refuse this question (in words for the medewerker), or nothing. The
    // patterns are the spec's (Burgerservicenummer, GeslachtsnaamFilter, VoorvoegselFilter).
    std::optional<QString> probleem() const;
};

} // namespace kcc
