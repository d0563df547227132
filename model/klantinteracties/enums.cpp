#include "model/klantinteracties/enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace kcc {
namespace {

template<typename E, std::size_t N>
using CodeTable = std::array<std::pair<E, const char *>, N>;

constexpr CodeTable<SoortPartij, 3> soortPartijCodes{{
    {SoortPartij::Persoon, "persoon"},
    {SoortPartij::Organisatie, "organisatie"},
    {SoortPartij::Contactpersoon, "contactpersoon"},
}};
constexpr CodeTable<Rol, 2> rolCodes{{{Rol::Klant, "klant"}, {Rol::Vertegenwoordiger, "vertegenwoordiger"}}};
constexpr CodeTable<SoortActor, 3> soortActorCodes{{
    {SoortActor::Medewerker, "medewerker"},
    {SoortActor::GeautomatiseerdeActor, "geautomatiseerde_actor"},
    {SoortActor::OrganisatorischeEenheid, "organisatorische_eenheid"},
}};
constexpr CodeTable<TaakStatus, 2> taakStatusCodes{
    {{TaakStatus::TeVerwerken, "te_verwerken"}, {TaakStatus::Verwerkt, "verwerkt"}}};
constexpr CodeTable<SoortDigitaalAdres, 3> soortDigitaalAdresCodes{{
    {SoortDigitaalAdres::Email, "email"},
    {SoortDigitaalAdres::Telefoonnummer, "telefoonnummer"},
    {SoortDigitaalAdres::Overig, "overig"},
}};
constexpr CodeTable<CodeObjecttype, 3> codeObjecttypeCodes{{
    {CodeObjecttype::NatuurlijkPersoon, "natuurlijk_persoon"},
    {CodeObjecttype::NietNatuurlijkPersoon, "niet_natuurlijk_persoon"},
    {CodeObjecttype::Vestiging, "vestiging"},
}};
constexpr CodeTable<CodeSoortObjectId, 4> codeSoortObjectIdCodes{{
    {CodeSoortObjectId::Bsn, "bsn"},
    {CodeSoortObjectId::Vestigingsnummer, "vestigingsnummer"},
    {CodeSoortObjectId::KvkNummer, "kvk_nummer"},
    {CodeSoortObjectId::Rsin, "rsin"},
}};
constexpr CodeTable<CodeRegister, 2> codeRegisterCodes{{{CodeRegister::Brp, "brp"}, {CodeRegister::Hr, "hr"}}};

template<typename E, std::size_t N>
QString codeOf(const CodeTable<E, N> &table, E value)
{
    for (const auto &[entry, code] : table) {
        if (entry == value)
            return QString::fromLatin1(code);
    }
    Q_UNREACHABLE();
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const CodeTable<E, N> &table, const QString &code)
{
    for (const auto &[entry, text] : table) {
        if (code == QLatin1String(text))
            return entry;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QStringList codesOf(const CodeTable<E, N> &table)
{
    QStringList codes;
    for (const auto &entry : table)
        codes << QString::fromLatin1(entry.second);
    return codes;
}

// Not named tr(): lupdate would take tr(QT_TRANSLATE_NOOP(...)) for a tr() call and skip the string.
QString enumText(const char *text)
{
    return QCoreApplication::translate("kcc::Enums", text);
}

} // namespace

QString toCode(SoortPartij value)
{
    return codeOf(soortPartijCodes, value);
}
QString toCode(Rol value)
{
    return codeOf(rolCodes, value);
}
QString toCode(SoortActor value)
{
    return codeOf(soortActorCodes, value);
}
QString toCode(TaakStatus value)
{
    return codeOf(taakStatusCodes, value);
}
QString toCode(SoortDigitaalAdres value)
{
    return codeOf(soortDigitaalAdresCodes, value);
}
QString toCode(CodeObjecttype value)
{
    return codeOf(codeObjecttypeCodes, value);
}
QString toCode(CodeSoortObjectId value)
{
    return codeOf(codeSoortObjectIdCodes, value);
}
QString toCode(CodeRegister value)
{
    return codeOf(codeRegisterCodes, value);
}

template<>
std::optional<SoortPartij> fromCode<SoortPartij>(const QString &code)
{
    return valueOf(soortPartijCodes, code);
}
template<>
std::optional<Rol> fromCode<Rol>(const QString &code)
{
    return valueOf(rolCodes, code);
}
template<>
std::optional<SoortActor> fromCode<SoortActor>(const QString &code)
{
    return valueOf(soortActorCodes, code);
}
template<>
std::optional<TaakStatus> fromCode<TaakStatus>(const QString &code)
{
    return valueOf(taakStatusCodes, code);
}
template<>
std::optional<SoortDigitaalAdres> fromCode<SoortDigitaalAdres>(const QString &code)
{
    return valueOf(soortDigitaalAdresCodes, code);
}
template<>
std::optional<CodeObjecttype> fromCode<CodeObjecttype>(const QString &code)
{
    return valueOf(codeObjecttypeCodes, code);
}
template<>
std::optional<CodeSoortObjectId> fromCode<CodeSoortObjectId>(const QString &code)
{
    return valueOf(codeSoortObjectIdCodes, code);
}
template<>
std::optional<CodeRegister> fromCode<CodeRegister>(const QString &code)
{
    return valueOf(codeRegisterCodes, code);
}

template<>
QStringList allCodes<SoortPartij>()
{
    return codesOf(soortPartijCodes);
}
template<>
QStringList allCodes<Rol>()
{
    return codesOf(rolCodes);
}
template<>
QStringList allCodes<SoortActor>()
{
    return codesOf(soortActorCodes);
}
template<>
QStringList allCodes<TaakStatus>()
{
    return codesOf(taakStatusCodes);
}
template<>
QStringList allCodes<SoortDigitaalAdres>()
{
    return codesOf(soortDigitaalAdresCodes);
}
template<>
QStringList allCodes<CodeObjecttype>()
{
    return codesOf(codeObjecttypeCodes);
}
template<>
QStringList allCodes<CodeSoortObjectId>()
{
    return codesOf(codeSoortObjectIdCodes);
}
template<>
QStringList allCodes<CodeRegister>()
{
    return codesOf(codeRegisterCodes);
}

QString label(SoortPartij value)
{
    switch (value) {
    case SoortPartij::Persoon:
        return enumText(QT_TRANSLATE_NOOP("kcc::Enums", "Person"));
    case SoortPartij::Organisatie:
        return enumText(QT_TRANSLATE_NOOP("kcc::Enums", "Organisation"));
    case SoortPartij::Contactpersoon:
        return enumText(QT_TRANSLATE_NOOP("kcc::Enums", "Contact person"));
    }
    Q_UNREACHABLE();
    return {};
}

QString label(Rol value)
{
    switch (value) {
    case Rol::Klant:
        return enumText(QT_TRANSLATE_NOOP("kcc::Enums", "Customer"));
    case Rol::Vertegenwoordiger:
        return enumText(QT_TRANSLATE_NOOP("kcc::Enums", "Representative"));
    }
    Q_UNREACHABLE();
    return {};
}

QString label(SoortActor value)
{
    switch (value) {
    case SoortActor::Medewerker:
        return enumText(QT_TRANSLATE_NOOP("kcc::Enums", "Employee"));
    case SoortActor::GeautomatiseerdeActor:
        return enumText(QT_TRANSLATE_NOOP("kcc::Enums", "Automated actor"));
    case SoortActor::OrganisatorischeEenheid:
        return enumText(QT_TRANSLATE_NOOP("kcc::Enums", "Department"));
    }
    Q_UNREACHABLE();
    return {};
}

QString label(TaakStatus value)
{
    switch (value) {
    case TaakStatus::TeVerwerken:
        return enumText(QT_TRANSLATE_NOOP("kcc::Enums", "To do"));
    case TaakStatus::Verwerkt:
        return enumText(QT_TRANSLATE_NOOP("kcc::Enums", "Done"));
    }
    Q_UNREACHABLE();
    return {};
}

QString label(SoortDigitaalAdres value)
{
    switch (value) {
    case SoortDigitaalAdres::Email:
        return enumText(QT_TRANSLATE_NOOP("kcc::Enums", "E-mail"));
    case SoortDigitaalAdres::Telefoonnummer:
        return enumText(QT_TRANSLATE_NOOP("kcc::Enums", "Phone number"));
    case SoortDigitaalAdres::Overig:
        return enumText(QT_TRANSLATE_NOOP("kcc::Enums", "Other"));
    }
    Q_UNREACHABLE();
    return {};
}

QString label(CodeSoortObjectId value)
{
    switch (value) {
    case CodeSoortObjectId::Bsn:
        return enumText(QT_TRANSLATE_NOOP("kcc::Enums", "BSN"));
    case CodeSoortObjectId::Vestigingsnummer:
        return enumText(QT_TRANSLATE_NOOP("kcc::Enums", "Branch number"));
    case CodeSoortObjectId::KvkNummer:
        return enumText(QT_TRANSLATE_NOOP("kcc::Enums", "Chamber of Commerce number"));
    case CodeSoortObjectId::Rsin:
        return enumText(QT_TRANSLATE_NOOP("kcc::Enums", "RSIN"));
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace kcc
