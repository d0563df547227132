#pragma once

#include "model/core/result.h"
#include "model/validation/isocodes.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace kcc {

// Primitive checks and normalisers for the value types of klantinteracties-model.md §2.
// Every check returns nullopt when the value is valid, otherwise a translated sentence that
// names the field in words and says how to fix it. Checks never trim: " 1234 AB" is invalid,
// normalize*() is where user notation is turned into the stored form.
//
// Required-ness is not decided here: an empty value is invalid for the format checks
// (checkBsn(""), checkPostcode("") ...) except where the server itself allows blank
// (checkBic, checkReferentieSlug, checkUrl). Resource-level validate() skips empty optional fields.

// How strict the client-only rules are (the rules the server enforces are always strict).
//   NewInput: what a user types or the client creates. taal/voorkeurstaal must be a real
//             ISO 639-2/T code ("nld"), land must be in the ISO 3166-1 alpha-2 list.
//   Import:   data read from an Open Klant server or an export. The server only checks that
//             taal is at most 3 characters (its own tests store "ndl", "ger", "de", "nl"), and
//             land is checked against localflavor's list that may differ from ours in a
//             release, so Import accepts any taal of at most 3 characters without whitespace
//             and any land of two uppercase ASCII letters. validate() (validation.h) relaxes a
//             few record rules the same way; see there.
enum class Strictness
{
    NewInput,
    Import
};

// --- Identifiers in the basisregistraties (§2, BSN/RSIN/KvK/vestigingsnummer) ---

// The 11-proef on exactly nine ASCII digits: sum of d[i] * (9 - i) for i = 0..7, minus d[8],
// must be divisible by 11. False for anything that is not nine ASCII digits. Note that
// "000000000" passes the 11-proef itself; checkBsn/checkRsin refuse it separately.
bool isElfproefValid(QStringView nineDigits);

// Exactly 9 ASCII digits (leading zeros are significant and kept), 11-proef, not all zeros.
std::optional<QString> checkBsn(QStringView value);
std::optional<QString> checkRsin(QStringView value);
// Exactly 8 ASCII digits, no check digit.
std::optional<QString> checkKvkNummer(QStringView value);
// Exactly 12 ASCII digits, no check digit.
std::optional<QString> checkVestigingsnummer(QStringView value);

// --- Phone numbers ---

// Turns common notations into the server's pattern ^(0[1-9][0-9]{8}|\+[0-9]{9,15}|00[0-9]{7,13})$.
// Canonical form: separators (spaces, dashes, dots, slashes, parentheses) are removed and a
// trunk "(0)" after a country code is dropped, but the form the user chose is kept:
//   "06-12345678" -> "0612345678", "(020) 123 4567" -> "0201234567",
//   "+31 (0)6 12345678" -> "+31612345678", "0031 6 12345678" -> "0031612345678".
// A "+31 0 6..." / "0031 06..." trunk zero without parentheses is dropped as well.
// Refused: numbers starting with 0800, 0900, 1400 or 140 (service numbers), also in their
// international form (+31 800..., 0031 900..., +31 14 0...).
Result<QString> normalizeTelefoonnummer(const QString &input);
// Checks an already normalised value: the server pattern plus the refused prefixes.
std::optional<QString> checkTelefoonnummer(QStringView value);

// --- E-mail ---

// Modelled on Django's EmailValidator (what Open Klant runs): a dot-atom or quoted local part,
// the last "@", and a domain of labels ending in a TLD of 2..63 characters (letters, digits or
// hyphens, not ending in a hyphen, so that "xn--" punycode TLDs pass), or "localhost", or an IP
// literal "[192.0.2.1]" / "[2001:db8::1]". Non-ASCII domains are punycoded first, as Django does.
// Stricter than Django: no whitespace or control characters anywhere (Django allows an escaped
// space inside a quoted local part) and at most 254 characters.
std::optional<QString> checkEmail(QStringView value);

// --- Addresses (§2.1) ---

// "1234ab", "1234 ab", " 1234AB " -> "1234 AB". Only the Dutch form is handled.
Result<QString> normalizePostcode(const QString &input);
// ^[1-9][0-9]{3} [A-Z]{2}$
std::optional<QString> checkPostcode(QStringView value);
// Nummeraanduiding-id: exactly 16 ASCII digits.
std::optional<QString> checkBagId(QStringView value);
// Exactly 2 uppercase ASCII letters; NewInput also demands membership of ISO 3166-1 alpha-2.
// "nl" gets a message that suggests "NL".
std::optional<QString> checkLand(QStringView value, Strictness strictness = Strictness::NewInput);
// 1..99999
std::optional<QString> checkHuisnummer(int value);

// --- Language (§2 Taal) ---

// NewInput: a lowercase ISO 639-2 code, using the T code where B and T differ ("nld", not
// "dut"; a B code gets a hint naming the T code). Import: at most 3 characters, no whitespace.
std::optional<QString> checkTaal(QStringView value, Strictness strictness = Strictness::NewInput);

// --- Bank accounts (§4.4) ---

// ^[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{1,30}$, at most 34; no mod-97 checksum, as the server.
std::optional<QString> checkIban(QStringView value);
// Empty, or 8..11 characters without whitespace.
std::optional<QString> checkBic(QStringView value);

// --- Other ---

// DigitaalAdres.referentie: empty, or ^[-a-zA-Z0-9_]+$ and at most 50.
std::optional<QString> checkReferentieSlug(QStringView value);
// nummer / referentienummer: an integer string (optional leading "-", ASCII digits) of at
// most 10 characters. Empty is invalid: a missing number is null, never "".
std::optional<QString> checkNummer(QStringView value);
// Empty, or an absolute http/https URL with a host, no whitespace, at most 200 characters.
std::optional<QString> checkUrl(QStringView value);
// At most `max` characters, counted in Unicode code points as the server (Python) counts them,
// so an emoji is one character. fieldName, when given, is a
// translated name of the field used in the message ("The subject may be at most ...").
std::optional<QString> checkMaxLength(QStringView value, int max, const QString &fieldName = QString());

} // namespace kcc
