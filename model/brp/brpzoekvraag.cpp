#include "model/brp/brpzoekvraag.h"

#include "model/validation/valuevalidators.h"

#include <QRegularExpression>

namespace kcc {

BrpZoekvraag BrpZoekvraag::metBsn(const QString &bsn)
{
    BrpZoekvraag vraag;
    vraag.soort = Soort::Bsn;
    vraag.bsn = bsn.trimmed();
    return vraag;
}

BrpZoekvraag BrpZoekvraag::metNaam(const QString &geslachtsnaam, const QDate &geboortedatum, const QString &voorvoegsel)
{
    BrpZoekvraag vraag;
    vraag.soort = Soort::GeslachtsnaamEnGeboortedatum;
    vraag.geslachtsnaam = geslachtsnaam.simplified();
    vraag.voorvoegsel = voorvoegsel.simplified();
    vraag.geboortedatum = geboortedatum;
    return vraag;
}

std::optional<QString> BrpZoekvraag::probleem() const
{
    if (soort == Soort::Bsn) {
        if (bsn.isEmpty())
            return tr("Enter the BSN.");
        if (const auto problem = checkBsn(bsn))
            return *problem;
        return std::nullopt;
    }
    // The spec's GeslachtsnaamFilter: letters (also accented), digits, space . - ' and a wildcard
    // only after at least three characters.
    static const QRegularExpression naam(QStringLiteral(
        "^[a-zA-Z0-9\\x{00C0}-\\x{017E} .\\-']{1,200}$|^[a-zA-Z0-9\\x{00C0}-\\x{017E} .\\-']{3,199}\\*$"));
    static const QRegularExpression voorvoegselPattern(QStringLiteral("^[a-zA-Z ']{1,10}$"));
    if (geslachtsnaam.isEmpty())
        return tr("Enter the geslachtsnaam (without voorvoegsel).");
    if (!naam.match(geslachtsnaam).hasMatch())
        return tr("The geslachtsnaam may hold letters, digits, spaces, . - and ', and a * at the end after at least "
                  "three letters.");
    if (!voorvoegsel.isEmpty() && !voorvoegselPattern.match(voorvoegsel).hasMatch())
        return tr("The voorvoegsel may hold at most 10 letters, spaces and '.");
    if (!geboortedatum.isValid())
        return tr("Enter the full geboortedatum (day, month and year).");
    return std::nullopt;
}

} // namespace kcc
