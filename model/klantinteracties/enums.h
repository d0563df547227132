#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace kcc {

// The code lists of Klantinteracties API v1 (klantinteracties-model.md §3). Each enum maps 1:1
// to the API code; label() gives the translated text for the UI.

enum class SoortPartij
{
    Persoon,
    Organisatie,
    Contactpersoon
};
enum class Rol
{
    Klant,
    Vertegenwoordiger
};
enum class SoortActor
{
    Medewerker,
    GeautomatiseerdeActor,
    OrganisatorischeEenheid
};
enum class TaakStatus
{
    TeVerwerken,
    Verwerkt
};
enum class SoortDigitaalAdres
{
    Email,
    Telefoonnummer,
    Overig
};
enum class CodeObjecttype
{
    NatuurlijkPersoon,
    NietNatuurlijkPersoon,
    Vestiging
};
enum class CodeSoortObjectId
{
    Bsn,
    Vestigingsnummer,
    KvkNummer,
    Rsin
};
enum class CodeRegister
{
    Brp,
    Hr
};

QString toCode(SoortPartij value);
QString toCode(Rol value);
QString toCode(SoortActor value);
QString toCode(TaakStatus value);
QString toCode(SoortDigitaalAdres value);
QString toCode(CodeObjecttype value);
QString toCode(CodeSoortObjectId value);
QString toCode(CodeRegister value);

// fromCode<E>("persoon") -> SoortPartij::Persoon; nullopt for anything that is not an exact API code.
template<typename E>
std::optional<E> fromCode(const QString &code);

template<>
std::optional<SoortPartij> fromCode<SoortPartij>(const QString &code);
template<>
std::optional<Rol> fromCode<Rol>(const QString &code);
template<>
std::optional<SoortActor> fromCode<SoortActor>(const QString &code);
template<>
std::optional<TaakStatus> fromCode<TaakStatus>(const QString &code);
template<>
std::optional<SoortDigitaalAdres> fromCode<SoortDigitaalAdres>(const QString &code);
template<>
std::optional<CodeObjecttype> fromCode<CodeObjecttype>(const QString &code);
template<>
std::optional<CodeSoortObjectId> fromCode<CodeSoortObjectId>(const QString &code);
template<>
std::optional<CodeRegister> fromCode<CodeRegister>(const QString &code);

// Translated, human-readable labels (source language English, Dutch in translations/).
QString label(SoortPartij value);
QString label(Rol value);
QString label(SoortActor value);
QString label(TaakStatus value);
QString label(SoortDigitaalAdres value);
QString label(CodeSoortObjectId value);

// All API codes of an enum, in declaration order (for combo boxes, validation messages).
template<typename E>
QStringList allCodes();

} // namespace kcc
