#include "model/validation/valuevalidators.h"
#include "model/validation/validationtext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace kcc {
namespace {

bool isAsciiDigit(QChar ch)
{
    return ch.unicode() >= u'0' && ch.unicode() <= u'9';
}

bool isAsciiUpper(QChar ch)
{
    return ch.unicode() >= u'A' && ch.unicode() <= u'Z';
}

bool isAsciiLower(QChar ch)
{
    return ch.unicode() >= u'a' && ch.unicode() <= u'z';
}

bool allAsciiDigits(QStringView value)
{
    return std::all_of(value.begin(), value.end(), isAsciiDigit);
}

// Whitespace and control characters (including NUL) never belong in a code, number or address.
bool hasSpaceOrControl(QStringView value)
{
    return std::any_of(value.begin(), value.end(), [](QChar ch) {
        return ch.isSpace() || ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format;
    });
}

// Anchored (\A...\z) so that a trailing newline cannot slip past "$" as it would in a plain pattern.
bool matchesWhole(const QRegularExpression &re, QStringView value)
{
    return re.match(value.toString()).hasMatch();
}

QRegularExpression anchored(const QString &pattern,
                            QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern), options);
}

// Messages of one fixed-length digit identifier; literals so that lupdate sees them.
struct DigitMessages
{
    const char *empty;
    const char *notDigits;
    const char *wrongLength; // %n = actual length
};

std::optional<QString> checkFixedDigits(QStringView value, int length, const DigitMessages &messages)
{
    if (value.isEmpty())
        return validationText(messages.empty);
    if (!allAsciiDigits(value))
        return validationText(messages.notDigits);
    if (value.size() != length)
        return validationText(messages.wrongLength, int(value.size()));
    return std::nullopt;
}

// --- phone numbers ---

// The server's pattern, kept verbatim (klantinteracties-model.md §2).
const QRegularExpression &phonePattern()
{
    static const QRegularExpression re = anchored(QStringLiteral("0[1-9][0-9]{8}|\\+[0-9]{9,15}|00[0-9]{7,13}"));
    return re;
}

// Service numbers (free, premium rate, municipal 14 0xx) that cannot be used to reach a person.
// `digits` is the normalised value; the international Dutch forms are checked as well, because
// "+31 800 ..." reaches the same number as "0800 ...".
bool isRefusedServiceNumber(QStringView number)
{
    QStringView national;
    if (number.startsWith(u"+31"))
        national = number.mid(3);
    else if (number.startsWith(u"0031"))
        national = number.mid(4);
    if (!national.isNull()) {
        if (national.startsWith(u'0'))
            national = national.mid(1);
        return national.startsWith(u"800") || national.startsWith(u"900") || national.startsWith(u"140");
    }
    // "140" also covers the "1400" the server names separately.
    return number.startsWith(u"0800") || number.startsWith(u"0900") || number.startsWith(u"140");
}

QString refusedServiceNumberMessage()
{
    return validationText(QT_TRANSLATE_NOOP(
        "kcc::Validation", "Phone numbers starting with 0800, 0900 or 140 cannot be used as contact details."));
}

QString invalidPhoneMessage()
{
    return validationText(QT_TRANSLATE_NOOP(
        "kcc::Validation", "The phone number is invalid. Enter a Dutch number of 10 digits starting with 0 "
                           "(e.g. 0612345678) or an international number starting with + or 00 and the country "
                           "code (e.g. +31612345678)."));
}

// --- e-mail (Django's EmailValidator) ---

bool isValidIpv4(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView part : parts) {
        // Python's ipaddress refuses leading zeros ("01"), as they used to mean octal.
        if (part.isEmpty() || part.size() > 3 || !allAsciiDigits(part) || (part.size() > 1 && part.front() == u'0'))
            return false;
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

bool isHexGroup(QStringView group)
{
    return !group.isEmpty() && group.size() <= 4 && std::all_of(group.begin(), group.end(), [](QChar ch) {
        return isAsciiDigit(ch) || (ch.toLower().unicode() >= u'a' && ch.toLower().unicode() <= u'f');
    });
}

bool isValidIpv6(QStringView text)
{
    int groupsAvailable = 8;
    // An embedded IPv4 address at the end counts as two groups.
    const auto lastColon = text.lastIndexOf(u':');
    if (lastColon < 0)
        return false;
    if (text.mid(lastColon + 1).contains(u'.')) {
        if (!isValidIpv4(text.mid(lastColon + 1)))
            return false;
        text = text.left(lastColon + 1);
        if (!text.endsWith(u"::"))
            text.chop(1);
        groupsAvailable = 6;
    }
    const auto doubleColon = text.indexOf(u"::");
    if (doubleColon >= 0 && text.indexOf(u"::", doubleColon + 1) >= 0)
        return false;
    auto countGroups = [](QStringView part, int &count) {
        if (part.isEmpty())
            return true;
        const auto groups = part.split(u':');
        for (QStringView group : groups) {
            if (!isHexGroup(group))
                return false;
        }
        count += int(groups.size());
        return true;
    };
    int count = 0;
    if (doubleColon < 0) {
        if (!countGroups(text, count))
            return false;
        return count == groupsAvailable;
    }
    if (!countGroups(text.left(doubleColon), count) || !countGroups(text.mid(doubleColon + 2), count))
        return false;
    return count < groupsAvailable;
}

bool isValidEmailDomain(const QString &domain)
{
    static const QRegularExpression domainRe =
        anchored(QStringLiteral("((?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\\.)+)(?:[A-Z0-9-]{2,63}(?<!-))"),
                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression literalRe =
        anchored(QStringLiteral("\\[([A-F0-9:.]+)\\]"), QRegularExpression::CaseInsensitiveOption);
    if (domain == QLatin1String("localhost"))
        return true;
    if (matchesWhole(domainRe, domain))
        return true;
    const auto literal = literalRe.match(domain);
    if (literal.hasMatch()) {
        const QString address = literal.captured(1);
        return isValidIpv4(address) || isValidIpv6(address);
    }
    return false;
}

} // namespace

// --- identifiers ---

bool isElfproefValid(QStringView nineDigits)
{
    if (nineDigits.size() != 9 || !allAsciiDigits(nineDigits))
        return false;
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (nineDigits[i].unicode() - u'0') * (9 - i);
    sum -= nineDigits[8].unicode() - u'0';
    return sum % 11 == 0;
}

std::optional<QString> checkBsn(QStringView value)
{
    static const DigitMessages messages{
        QT_TRANSLATE_NOOP("kcc::Validation", "Enter the BSN (9 digits)."),
        QT_TRANSLATE_NOOP("kcc::Validation", "The BSN may contain only the digits 0-9, without spaces."),
        QT_TRANSLATE_N_NOOP("kcc::Validation", "The BSN must be exactly 9 digits; this one has %n."),
    };
    if (auto error = checkFixedDigits(value, 9, messages))
        return error;
    if (value == u"000000000")
        return validationText(QT_TRANSLATE_NOOP("kcc::Validation", "000000000 is not a valid BSN."));
    if (!isElfproefValid(value))
        return validationText(QT_TRANSLATE_NOOP(
            "kcc::Validation", "This BSN does not pass the 11-test (elfproef); check the digits for typing errors."));
    return std::nullopt;
}

std::optional<QString> checkRsin(QStringView value)
{
    static const DigitMessages messages{
        QT_TRANSLATE_NOOP("kcc::Validation", "Enter the RSIN (9 digits)."),
        QT_TRANSLATE_NOOP("kcc::Validation", "The RSIN may contain only the digits 0-9, without spaces."),
        QT_TRANSLATE_N_NOOP("kcc::Validation", "The RSIN must be exactly 9 digits; this one has %n."),
    };
    if (auto error = checkFixedDigits(value, 9, messages))
        return error;
    if (value == u"000000000")
        return validationText(QT_TRANSLATE_NOOP("kcc::Validation", "000000000 is not a valid RSIN."));
    if (!isElfproefValid(value))
        return validationText(QT_TRANSLATE_NOOP(
            "kcc::Validation", "This RSIN does not pass the 11-test (elfproef); check the digits for typing errors."));
    return std::nullopt;
}

std::optional<QString> checkKvkNummer(QStringView value)
{
    static const DigitMessages messages{
        QT_TRANSLATE_NOOP("kcc::Validation", "Enter the Chamber of Commerce (KvK) number (8 digits)."),
        QT_TRANSLATE_NOOP("kcc::Validation",
                          "The Chamber of Commerce (KvK) number may contain only the digits 0-9, without spaces."),
        QT_TRANSLATE_N_NOOP("kcc::Validation",
                            "The Chamber of Commerce (KvK) number must be exactly 8 digits; this one has %n."),
    };
    return checkFixedDigits(value, 8, messages);
}

std::optional<QString> checkVestigingsnummer(QStringView value)
{
    static const DigitMessages messages{
        QT_TRANSLATE_NOOP("kcc::Validation", "Enter the branch number (vestigingsnummer, 12 digits)."),
        QT_TRANSLATE_NOOP("kcc::Validation",
                          "The branch number (vestigingsnummer) may contain only the digits 0-9, without spaces."),
        QT_TRANSLATE_N_NOOP("kcc::Validation",
                            "The branch number (vestigingsnummer) must be exactly 12 digits; this one has %n."),
    };
    return checkFixedDigits(value, 12, messages);
}

std::optional<QString> checkBagId(QStringView value)
{
    static const DigitMessages messages{
        QT_TRANSLATE_NOOP("kcc::Validation", "Enter the BAG address ID (nummeraanduiding, 16 digits)."),
        QT_TRANSLATE_NOOP("kcc::Validation",
                          "The BAG address ID (nummeraanduiding) may contain only the digits 0-9, without spaces."),
        QT_TRANSLATE_N_NOOP("kcc::Validation",
                            "The BAG address ID (nummeraanduiding) must be exactly 16 digits; this one has %n."),
    };
    return checkFixedDigits(value, 16, messages);
}

// --- phone numbers ---

Result<QString> normalizeTelefoonnummer(const QString &input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return Error{validationText(QT_TRANSLATE_NOOP("kcc::Validation", "Enter a phone number.")), {}};

    // Separators people type; anything else (letters, non-ASCII digits, NUL) makes the number invalid.
    auto isSeparator = [](QChar ch) {
        return ch.isSpace() || ch == u'-' || ch == u'.' || ch == u'/' || ch == u'(' || ch == u')';
    };

    QString compact;
    compact.reserve(trimmed.size());
    for (QChar ch : trimmed) {
        if (isAsciiDigit(ch) || ch == u'+')
            compact += ch;
        else if (!isSeparator(ch))
            return Error{invalidPhoneMessage(), {}};
    }
    // "+" only as the very first character.
    if (compact.lastIndexOf(u'+') > 0 || compact == QLatin1String("+"))
        return Error{invalidPhoneMessage(), {}};

    const bool international = compact.startsWith(u'+') || compact.startsWith(u"00");
    if (international) {
        // "+31 (0)6 ..." : the "(0)" is the trunk prefix for callers inside the country and is
        // never dialled from abroad. Remove it before the separators go.
        static const QRegularExpression trunkZero(QStringLiteral("\\(\\s*0\\s*\\)"));
        QString withoutTrunk = trimmed;
        withoutTrunk.remove(trunkZero);
        compact.clear();
        for (QChar ch : std::as_const(withoutTrunk)) {
            if (isAsciiDigit(ch) || ch == u'+')
                compact += ch;
        }
        // A trunk zero written without parentheses ("+31 06 ...") is dropped for Dutch numbers too.
        for (QLatin1String prefix : {QLatin1String("+310"), QLatin1String("00310")}) {
            if (compact.startsWith(prefix))
                compact.remove(prefix.size() - 1, 1);
        }
    }

    if (isRefusedServiceNumber(compact))
        return Error{refusedServiceNumberMessage(), {}};
    if (!matchesWhole(phonePattern(), compact))
        return Error{invalidPhoneMessage(), {}};
    return compact;
}

std::optional<QString> checkTelefoonnummer(QStringView value)
{
    if (value.isEmpty())
        return validationText(QT_TRANSLATE_NOOP("kcc::Validation", "Enter a phone number."));
    if (isRefusedServiceNumber(value))
        return refusedServiceNumberMessage();
    if (!matchesWhole(phonePattern(), value))
        return invalidPhoneMessage();
    return std::nullopt;
}

// --- e-mail ---

std::optional<QString> checkEmail(QStringView value)
{
    const QString invalid = validationText(QT_TRANSLATE_NOOP(
        "kcc::Validation", "The e-mail address is invalid. Enter it as name@domain.nl, without spaces."));
    if (value.isEmpty())
        return validationText(QT_TRANSLATE_NOOP("kcc::Validation", "Enter an e-mail address."));
    if (value.size() > 254)
        return validationText(
            QT_TRANSLATE_NOOP("kcc::Validation", "An e-mail address may be at most 254 characters long."));
    if (hasSpaceOrControl(value))
        return invalid;
    const auto at = value.lastIndexOf(u'@');
    if (at <= 0 || at == value.size() - 1)
        return invalid;

    static const QRegularExpression dotAtom =
        anchored(QStringLiteral("[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*"),
                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quoted =
        anchored(QStringLiteral("\"([\\x{01}-\\x{08}\\x{0b}\\x{0c}\\x{0e}-\\x{1f}!#-\\[\\]-\\x{7f}]|"
                                "\\\\[\\x{01}-\\x{09}\\x{0b}\\x{0c}\\x{0e}-\\x{7f}])*\""),
                 QRegularExpression::CaseInsensitiveOption);
    const QStringView local = value.left(at);
    if (!matchesWhole(dotAtom, local) && !matchesWhole(quoted, local))
        return invalid;

    const QString domain = value.mid(at + 1).toString();
    if (isValidEmailDomain(domain))
        return std::nullopt;
    // Internationalised domains are checked in their punycode form, as Django does.
    const bool ascii = std::all_of(domain.begin(), domain.end(), [](QChar ch) { return ch.unicode() < 0x80; });
    if (!ascii) {
        const QByteArray ace = QUrl::toAce(domain, QUrl::AceTransitionalProcessing);
        if (!ace.isEmpty() && isValidEmailDomain(QString::fromLatin1(ace)))
            return std::nullopt;
    }
    return invalid;
}

// --- addresses ---

Result<QString> normalizePostcode(const QString &input)
{
    static const QRegularExpression re = anchored(QStringLiteral("([1-9][0-9]{3})[ \\t]*([A-Za-z]{2})"));
    const auto match = re.match(input.trimmed());
    if (!match.hasMatch()) {
        return Error{validationText(QT_TRANSLATE_NOOP("kcc::Validation",
                                                      "Enter the postcode as 4 digits and 2 letters, e.g. 1234 AB; "
                                                      "the first digit cannot be 0.")),
                     {}};
    }
    return QString(match.captured(1) + QLatin1Char(' ') + match.captured(2).toUpper());
}

std::optional<QString> checkPostcode(QStringView value)
{
    static const QRegularExpression re = anchored(QStringLiteral("[1-9][0-9]{3} [A-Z]{2}"));
    if (!matchesWhole(re, value)) {
        return validationText(QT_TRANSLATE_NOOP(
            "kcc::Validation", "The postcode must be 4 digits, a space and 2 capital letters, e.g. 1234 AB."));
    }
    return std::nullopt;
}

std::optional<QString> checkLand(QStringView value, Strictness strictness)
{
    if (value.isEmpty())
        return validationText(QT_TRANSLATE_NOOP("kcc::Validation", "Enter the country as a two-letter code, e.g. NL."));
    const bool twoLetters = value.size() == 2 && std::all_of(value.begin(), value.end(), [](QChar ch) {
                                return isAsciiUpper(ch) || isAsciiLower(ch);
                            });
    if (!twoLetters) {
        return validationText(QT_TRANSLATE_NOOP(
            "kcc::Validation", "The country must be a two-letter ISO 3166 code in capitals, e.g. NL."));
    }
    const QString upper = value.toString().toUpper();
    if (upper != value) {
        return validationText(
                   QT_TRANSLATE_NOOP("kcc::Validation", "Country codes are written in capitals: did you mean %1?"))
            .arg(upper);
    }
    if (strictness == Strictness::NewInput && !isIsoCountryCode(value)) {
        return validationText(
                   QT_TRANSLATE_NOOP("kcc::Validation", "%1 is not an ISO 3166 country code; use a code such as NL."))
            .arg(value);
    }
    return std::nullopt;
}

std::optional<QString> checkHuisnummer(int value)
{
    if (value < 1 || value > 99999)
        return validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The house number must be between 1 and 99999."));
    return std::nullopt;
}

// --- language ---

std::optional<QString> checkTaal(QStringView value, Strictness strictness)
{
    if (value.isEmpty())
        return validationText(
            QT_TRANSLATE_NOOP("kcc::Validation", "Enter the language as a three-letter code, e.g. nld."));
    if (hasSpaceOrControl(value))
        return validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The language code may not contain spaces."));
    if (value.size() > 3) {
        return validationText(QT_TRANSLATE_NOOP(
            "kcc::Validation", "The language must be a three-letter ISO 639-2 code, e.g. nld for Dutch."));
    }
    if (strictness == Strictness::Import || isIsoLanguageCode(value))
        return std::nullopt;

    const QString lower = value.toString().toLower();
    QString suggestion;
    if (isIsoLanguageCode(lower))
        suggestion = lower;
    else if (const QString t = isoLanguageTCodeForBCode(lower); !t.isEmpty())
        suggestion = t;
    else if (const QString three = isoLanguageCodeForAlpha2(lower); !three.isEmpty())
        suggestion = three;
    if (!suggestion.isEmpty()) {
        return validationText(
                   QT_TRANSLATE_NOOP("kcc::Validation", "Use the ISO 639-2/T language code %1 instead of %2."))
            .arg(suggestion, value);
    }
    return validationText(
               QT_TRANSLATE_NOOP("kcc::Validation",
                                 "%1 is not an ISO 639-2 language code; use a three-letter code such as nld."))
        .arg(value);
}

// --- bank accounts ---

std::optional<QString> checkIban(QStringView value)
{
    static const QRegularExpression re = anchored(QStringLiteral("[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{1,30}"));
    if (value.isEmpty())
        return validationText(QT_TRANSLATE_NOOP("kcc::Validation", "Enter the IBAN."));
    if (value.size() > 34 || !matchesWhole(re, value)) {
        return validationText(QT_TRANSLATE_NOOP(
            "kcc::Validation", "The IBAN must be 2 letters, 2 digits and up to 30 letters or digits, without "
                               "spaces, e.g. NL91ABNA0417164300."));
    }
    return std::nullopt;
}

std::optional<QString> checkBic(QStringView value)
{
    if (value.isEmpty())
        return std::nullopt;
    if (hasSpaceOrControl(value))
        return validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The BIC may not contain spaces."));
    if (value.size() < 8 || value.size() > 11)
        return validationText(
            QT_TRANSLATE_NOOP("kcc::Validation", "The BIC must be 8 to 11 characters long, e.g. ABNANL2A."));
    return std::nullopt;
}

// --- other ---

std::optional<QString> checkReferentieSlug(QStringView value)
{
    static const QRegularExpression re = anchored(QStringLiteral("[-a-zA-Z0-9_]+"));
    if (value.isEmpty())
        return std::nullopt;
    if (value.size() > 50 || !matchesWhole(re, value)) {
        return validationText(QT_TRANSLATE_NOOP(
            "kcc::Validation", "The reference may contain only letters a-z, digits, hyphens and underscores, "
                               "at most 50 characters."));
    }
    return std::nullopt;
}

std::optional<QString> checkNummer(QStringView value)
{
    static const QRegularExpression re = anchored(QStringLiteral("-?[0-9]+"));
    if (value.size() > 10 || !matchesWhole(re, value)) {
        return validationText(QT_TRANSLATE_NOOP(
            "kcc::Validation", "The number must be a whole number of at most 10 digits, e.g. 0000000123."));
    }
    return std::nullopt;
}

std::optional<QString> checkUrl(QStringView value)
{
    if (value.isEmpty())
        return std::nullopt;
    const QString invalid = validationText(QT_TRANSLATE_NOOP(
        "kcc::Validation", "Enter a complete web address starting with http:// or https://, at most 200 characters."));
    if (value.size() > 200 || hasSpaceOrControl(value))
        return invalid;
    const QUrl url(value.toString(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty() || !value.toString().contains(QLatin1String("://")))
        return invalid;
    // A host needs a dot (a TLD), or must be localhost or an IP address, as in Django's URLValidator.
    const QString host = url.host();
    if (!host.contains(u'.') && host != QLatin1String("localhost") && !host.contains(u':'))
        return invalid;
    if (host.startsWith(u'.') || host.endsWith(u'.') || host.contains(QLatin1String("..")))
        return invalid;
    return std::nullopt;
}

std::optional<QString> checkMaxLength(QStringView value, int max, const QString &fieldName)
{
    // Count code points as Python does; the server's max_length is in characters, not UTF-16 units.
    qsizetype length = value.size();
    if (length > max) {
        length = std::count_if(value.begin(), value.end(), [](QChar ch) { return !ch.isLowSurrogate(); });
    }
    if (length <= max)
        return std::nullopt;
    if (fieldName.isEmpty()) {
        return validationText(
                   QT_TRANSLATE_NOOP("kcc::Validation", "This text may be at most %1 characters long; it has %2."))
            .arg(QString::number(max), QString::number(length));
    }
    return validationText(QT_TRANSLATE_NOOP("kcc::Validation", "%1 may be at most %2 characters long; it has %3."))
        .arg(fieldName, QString::number(max), QString::number(length));
}

} // namespace kcc
