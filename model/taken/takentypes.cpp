#include "model/taken/takentypes.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace kcc {

namespace {

constexpr std::array<std::pair<TaakLogActie, const char *>, 8> logActieCodes{{
    {TaakLogActie::Aangemaakt, "aangemaakt"},
    {TaakLogActie::Opgepakt, "opgepakt"},
    {TaakLogActie::Doorgestuurd, "doorgestuurd"},
    {TaakLogActie::OpnieuwGerouteerd, "opnieuw_gerouteerd"},
    {TaakLogActie::Toegewezen, "toegewezen"},
    {TaakLogActie::ContactPoging, "contact_poging"},
    {TaakLogActie::Afgehandeld, "afgehandeld"},
    {TaakLogActie::Heropend, "heropend"},
}};

} // namespace

QString toCode(TaakLogActie actie)
{
    for (const auto &[value, code] : logActieCodes) {
        if (value == actie)
            return QString::fromLatin1(code);
    }
    Q_UNREACHABLE();
}

std::optional<TaakLogActie> taakLogActieFromCode(const QString &code)
{
    for (const auto &[value, text] : logActieCodes) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

bool isToewijzing(TaakLogActie actie)
{
    switch (actie) {
    case TaakLogActie::Aangemaakt:
    case TaakLogActie::Opgepakt:
    case TaakLogActie::Doorgestuurd:
    case TaakLogActie::Toegewezen:
        return true;
    case TaakLogActie::OpnieuwGerouteerd: // the original is closed; the new task logs its own creation
    case TaakLogActie::ContactPoging:
    case TaakLogActie::Afgehandeld:
    case TaakLogActie::Heropend:
        return false;
    }
    Q_UNREACHABLE();
}

QStringList toewijzingCodes()
{
    QStringList codes;
    for (const auto &[value, code] : logActieCodes) {
        if (isToewijzing(value))
            codes << QString::fromLatin1(code);
    }
    return codes;
}

QString label(TaakLogActie actie)
{
    switch (actie) {
    case TaakLogActie::Aangemaakt:
        return QCoreApplication::translate("kcc::TaakLog", "Created");
    case TaakLogActie::Opgepakt:
        return QCoreApplication::translate("kcc::TaakLog", "Taken up");
    case TaakLogActie::Doorgestuurd:
        return QCoreApplication::translate("kcc::TaakLog", "Forwarded");
    case TaakLogActie::OpnieuwGerouteerd:
        return QCoreApplication::translate("kcc::TaakLog", "Sent back for re-routing");
    case TaakLogActie::Toegewezen:
        return QCoreApplication::translate("kcc::TaakLog", "Reassigned");
    case TaakLogActie::ContactPoging:
        return QCoreApplication::translate("kcc::TaakLog", "Contact attempt");
    case TaakLogActie::Afgehandeld:
        return QCoreApplication::translate("kcc::TaakLog", "Closed");
    case TaakLogActie::Heropend:
        return QCoreApplication::translate("kcc::TaakLog", "Reopened");
    }
    Q_UNREACHABLE();
}

} // namespace kcc
