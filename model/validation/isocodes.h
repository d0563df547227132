#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace kcc {

// The ISO code lists behind checkLand and checkTaal (valuevalidators.h), also for combo boxes.

// ISO 3166-1 alpha-2, uppercase, e.g. "NL".
bool isIsoCountryCode(QStringView alpha2);
// ISO 639-2, lowercase, T codes only ("nld", not "dut"), without the local-use range qaa-qtz.
bool isIsoLanguageCode(QStringView alpha3);
// The T code for an ISO 639-2/B code ("dut" -> "nld"), or an empty string.
QString isoLanguageTCodeForBCode(QStringView bCode);
// The ISO 639-2/T code for an ISO 639-1 code ("nl" -> "nld"), or an empty string.
QString isoLanguageCodeForAlpha2(QStringView alpha2);

// How a language is shown to people: its own name with the code, "Nederlands (nld)",
// "Türkçe (tur)"; the bare code when Qt does not know the language.
QString isoLanguageDisplayName(const QString &alpha3);

// All codes, sorted.
const QStringList &isoCountryCodes();
const QStringList &isoLanguageCodes();

} // namespace kcc
