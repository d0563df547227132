#include "model/validation/isocodes.h"
#include "model/validation/valuevalidators.h"

#include <QTest>

#include <algorithm>
#include <functional>
#include <limits>

using namespace kcc;

namespace {

using Check = std::function<std::optional<QString>(QStringView)>;

QString withNul(const QString &before, const QString &after)
{
    return before + QChar(u'\0') + after;
}

// Verifies that `error` matches `valid`; an error must carry a message.
void verifyOutcome(const std::optional<QString> &error, bool valid)
{
    if (valid) {
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
    } else {
        QVERIFY(error.has_value());
        QVERIFY(!error->trimmed().isEmpty());
    }
}

} // namespace

class TestValueValidators : public QObject
{
    Q_OBJECT

private slots:
    void languageDisplayName();
    void elfproef_data();
    void elfproef();
    void bsn_data();
    void bsn();
    void rsin_data();
    void rsin();
    void kvkNummer_data();
    void kvkNummer();
    void vestigingsnummer_data();
    void vestigingsnummer();
    void normalizeTelefoonnummer_data();
    void normalizeTelefoonnummer();
    void checkTelefoonnummer_data();
    void checkTelefoonnummer();
    void email_data();
    void email();
    void normalizePostcode_data();
    void normalizePostcode();
    void postcode_data();
    void postcode();
    void bagId_data();
    void bagId();
    void land_data();
    void land();
    void taal_data();
    void taal();
    void huisnummer_data();
    void huisnummer();
    void iban_data();
    void iban();
    void bic_data();
    void bic();
    void referentieSlug_data();
    void referentieSlug();
    void nummer_data();
    void nummer();
    void url_data();
    void url();
    void maxLength_data();
    void maxLength();
    void hostileInput_data();
    void hostileInput();
    void isoLists();
};

void TestValueValidators::elfproef_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("296648875") << QStringLiteral("296648875") << true;
    QTest::newRow("123456782") << QStringLiteral("123456782") << true;
    QTest::newRow("123456789 fails") << QStringLiteral("123456789") << false;
    // The 11-proef itself accepts all zeros; checkBsn refuses it separately.
    QTest::newRow("all zeros pass the sum") << QStringLiteral("000000000") << true;
    QTest::newRow("8 digits") << QStringLiteral("29664887") << false;
    QTest::newRow("10 digits") << QStringLiteral("2966488750") << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("٢٩٦٦٤٨٨٧٥") << false;
    QTest::newRow("letters") << QStringLiteral("abcdefghi") << false;
}

void TestValueValidators::elfproef()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(isElfproefValid(value), valid);
}

void TestValueValidators::bsn_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("296648875") << QStringLiteral("296648875") << true;
    QTest::newRow("123456782") << QStringLiteral("123456782") << true;
    // Leading zeros are part of the number (8-digit BSNs are padded), never stripped.
    QTest::newRow("leading zero") << QStringLiteral("010003903") << true;
    QTest::newRow("two leading zeros") << QStringLiteral("000057514") << true;
    QTest::newRow("leading zero dropped") << QStringLiteral("10003903") << false;
    QTest::newRow("11-proef fails") << QStringLiteral("123456789") << false;
    QTest::newRow("letters") << QStringLiteral("123TEST12") << false;
    QTest::newRow("too short") << QStringLiteral("123") << false;
    QTest::newRow("too long") << QStringLiteral("2966488751") << false;
    QTest::newRow("all zeros") << QStringLiteral("000000000") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("arabic-indic") << QStringLiteral("٢٩٦٦٤٨٨٧٥") << false;
    QTest::newRow("fullwidth") << QStringLiteral("２９６６４８８７５") << false;
    QTest::newRow("leading space") << QStringLiteral(" 296648875") << false;
    QTest::newRow("trailing newline") << QStringLiteral("296648875\n") << false;
    QTest::newRow("inner space") << QStringLiteral("2966 48875") << false;
    QTest::newRow("dots") << QStringLiteral("296.648.875") << false;
    QTest::newRow("embedded NUL") << withNul(QStringLiteral("29664887"), QStringLiteral("5")) << false;
    QTest::newRow("sql") << QStringLiteral("1' OR '1'='1") << false;
    QTest::newRow("10000 digits") << QString(10000, u'1') << false;
}

void TestValueValidators::bsn()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    verifyOutcome(checkBsn(value), valid);
}

void TestValueValidators::rsin_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("296648875") << QStringLiteral("296648875") << true;
    QTest::newRow("123456782") << QStringLiteral("123456782") << true;
    QTest::newRow("11-proef fails") << QStringLiteral("123456789") << false;
    QTest::newRow("all zeros") << QStringLiteral("000000000") << false;
    QTest::newRow("letters") << QStringLiteral("123TEST12") << false;
    QTest::newRow("too short") << QStringLiteral("123") << false;
    QTest::newRow("fullwidth") << QStringLiteral("２９６６４８８７５") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValueValidators::rsin()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    verifyOutcome(checkRsin(value), valid);
}

void TestValueValidators::kvkNummer_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("12345678") << QStringLiteral("12345678") << true;
    QTest::newRow("leading zero") << QStringLiteral("01234567") << true;
    QTest::newRow("7 digits") << QStringLiteral("1234567") << false;
    QTest::newRow("9 digits") << QStringLiteral("123456789") << false;
    QTest::newRow("letter") << QStringLiteral("1234567A") << false;
    QTest::newRow("arabic-indic") << QStringLiteral("١٢٣٤٥٦٧٨") << false;
    QTest::newRow("space") << QStringLiteral("1234 5678") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValueValidators::kvkNummer()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    verifyOutcome(checkKvkNummer(value), valid);
}

void TestValueValidators::vestigingsnummer_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("296648875154") << QStringLiteral("296648875154") << true;
    QTest::newRow("leading zeros") << QStringLiteral("000012345678") << true;
    QTest::newRow("11 digits") << QStringLiteral("29664887515") << false;
    QTest::newRow("13 digits") << QStringLiteral("2966488751540") << false;
    QTest::newRow("fullwidth") << QStringLiteral("２９６６４８８７５１５４") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValueValidators::vestigingsnummer()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    verifyOutcome(checkVestigingsnummer(value), valid);
}

void TestValueValidators::normalizeTelefoonnummer_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("0612345678") << QStringLiteral("0612345678") << QStringLiteral("0612345678");
    QTest::newRow("0201234567") << QStringLiteral("0201234567") << QStringLiteral("0201234567");
    QTest::newRow("+31612345678") << QStringLiteral("+31612345678") << QStringLiteral("+31612345678");
    QTest::newRow("0031612345678") << QStringLiteral("0031612345678") << QStringLiteral("0031612345678");
    QTest::newRow("dash") << QStringLiteral("06-12345678") << QStringLiteral("0612345678");
    QTest::newRow("spaces") << QStringLiteral("06 1234 5678") << QStringLiteral("0612345678");
    QTest::newRow("area code in parentheses") << QStringLiteral("(020) 123 4567") << QStringLiteral("0201234567");
    QTest::newRow("+31 spaced") << QStringLiteral("+31 6 1234 5678") << QStringLiteral("+31612345678");
    QTest::newRow("0031 spaced") << QStringLiteral("0031 6 12345678") << QStringLiteral("0031612345678");
    QTest::newRow("+31 (0)6") << QStringLiteral("+31 (0)6 12345678") << QStringLiteral("+31612345678");
    QTest::newRow("0031 (0)6") << QStringLiteral("0031 (0)6 12345678") << QStringLiteral("0031612345678");
    QTest::newRow("+31 06 trunk without parentheses")
        << QStringLiteral("+31 06 12345678") << QStringLiteral("+31612345678");
    QTest::newRow("surrounding whitespace") << QStringLiteral("  0612345678\t") << QStringLiteral("0612345678");
    QTest::newRow("dots") << QStringLiteral("020.123.45.67") << QStringLiteral("0201234567");
    QTest::newRow("088 allowed") << QStringLiteral("088 123 4567") << QStringLiteral("0881234567");
    QTest::newRow("foreign +49") << QStringLiteral("+49 30 1234567") << QStringLiteral("+49301234567");
    QTest::newRow("0800 refused") << QStringLiteral("0800-1234567") << QString();
    QTest::newRow("0900 refused") << QStringLiteral("0900 1234567") << QString();
    QTest::newRow("140 refused") << QStringLiteral("14020") << QString();
    QTest::newRow("1400 refused") << QStringLiteral("1400") << QString();
    QTest::newRow("+31 800 refused") << QStringLiteral("+31 800 1234567") << QString();
    QTest::newRow("0031 900 refused") << QStringLiteral("0031 900 1234567") << QString();
    QTest::newRow("+31 (0)800 refused") << QStringLiteral("+31 (0)800 1234567") << QString();
    QTest::newRow("too short") << QStringLiteral("06123") << QString();
    QTest::newRow("too long national") << QStringLiteral("061234567890") << QString();
    QTest::newRow("letters") << QStringLiteral("06-CALLME12") << QString();
    QTest::newRow("plus in the middle") << QStringLiteral("06+12345678") << QString();
    QTest::newRow("only plus") << QStringLiteral("+") << QString();
    QTest::newRow("arabic-indic digits") << QStringLiteral("٠٦١٢٣٤٥٦٧٨") << QString();
    QTest::newRow("fullwidth digits") << QStringLiteral("０６１２３４５６７８") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("whitespace") << QStringLiteral("   ") << QString();
    QTest::newRow("embedded NUL") << withNul(QStringLiteral("06123"), QStringLiteral("45678")) << QString();
    QTest::newRow("sql") << QStringLiteral("0612345678'; DROP TABLE partij;--") << QString();
    QTest::newRow("10000 digits") << QString(10000, u'6') << QString();
}

void TestValueValidators::normalizeTelefoonnummer()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Result<QString> result = kcc::normalizeTelefoonnummer(input);
    if (expected.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message.isEmpty());
    } else {
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result.value(), expected);
        // The normalised form always passes the check on stored values.
        QVERIFY(!kcc::checkTelefoonnummer(result.value()));
    }
}

void TestValueValidators::checkTelefoonnummer_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("0612345678") << QStringLiteral("0612345678") << true;
    QTest::newRow("0201234567") << QStringLiteral("0201234567") << true;
    QTest::newRow("+31612345678") << QStringLiteral("+31612345678") << true;
    QTest::newRow("0031612345678") << QStringLiteral("0031612345678") << true;
    QTest::newRow("0881234567") << QStringLiteral("0881234567") << true;
    QTest::newRow("0800") << QStringLiteral("0800123456") << false;
    QTest::newRow("0900") << QStringLiteral("0900123456") << false;
    QTest::newRow("140xx") << QStringLiteral("14020") << false;
    QTest::newRow("1400") << QStringLiteral("1400") << false;
    QTest::newRow("+31800") << QStringLiteral("+31800123456") << false;
    QTest::newRow("0031900") << QStringLiteral("0031900123456") << false;
    QTest::newRow("not normalised: space") << QStringLiteral("06 12345678") << false;
    QTest::newRow("not normalised: dash") << QStringLiteral("06-12345678") << false;
    QTest::newRow("trailing newline") << QStringLiteral("0612345678\n") << false;
    QTest::newRow("national 0 then 0") << QStringLiteral("0012") << false;
    QTest::newRow("+ too short") << QStringLiteral("+3161234") << false;
    QTest::newRow("+ too long") << QStringLiteral("+3161234567890123") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValueValidators::checkTelefoonnummer()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    verifyOutcome(kcc::checkTelefoonnummer(value), valid);
}

void TestValueValidators::email_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("jan.jansen@example.nl") << true;
    QTest::newRow("plus and subdomain") << QStringLiteral("j+kcc@mail.gemeente.example.com") << true;
    QTest::newRow("special dot-atom characters") << QStringLiteral("a!#$%&'*/=?^_`{|}~-b@example.org") << true;
    QTest::newRow("quoted local part") << QStringLiteral("\"jan..jansen\"@example.nl") << true;
    QTest::newRow("quoted with @") << QStringLiteral("\"a@b\"@example.nl") << true;
    QTest::newRow("localhost") << QStringLiteral("beheer@localhost") << true;
    QTest::newRow("ipv4 literal") << QStringLiteral("user@[192.168.0.1]") << true;
    QTest::newRow("ipv6 literal") << QStringLiteral("user@[2001:db8::1]") << true;
    QTest::newRow("ipv6 literal with ipv4 tail") << QStringLiteral("user@[::ffff:192.0.2.1]") << true;
    QTest::newRow("idn domain") << QStringLiteral("info@bücher.de") << true;
    QTest::newRow("punycode tld") << QStringLiteral("info@example.xn--p1ai") << true;
    QTest::newRow("uppercase") << QStringLiteral("JAN@EXAMPLE.NL") << true;
    QTest::newRow("no domain") << QStringLiteral("jan@") << false;
    QTest::newRow("no at") << QStringLiteral("jan.example.nl") << false;
    QTest::newRow("no local part") << QStringLiteral("@example.nl") << false;
    QTest::newRow("no tld") << QStringLiteral("jan@example") << false;
    QTest::newRow("one-letter tld") << QStringLiteral("jan@example.n") << false;
    QTest::newRow("space in local part") << QStringLiteral("jan jansen@example.nl") << false;
    QTest::newRow("space in quoted local part") << QStringLiteral("\"jan jansen\"@example.nl") << false;
    QTest::newRow("surrounding space") << QStringLiteral(" jan@example.nl ") << false;
    QTest::newRow("trailing newline") << QStringLiteral("jan@example.nl\n") << false;
    QTest::newRow("double dot") << QStringLiteral("jan..jansen@example.nl") << false;
    QTest::newRow("leading dot") << QStringLiteral(".jan@example.nl") << false;
    QTest::newRow("two ats") << QStringLiteral("jan@jansen@example.nl") << false;
    QTest::newRow("label starts with hyphen") << QStringLiteral("jan@-example.nl") << false;
    QTest::newRow("tld ends with hyphen") << QStringLiteral("jan@example.nl-") << false;
    QTest::newRow("bad ip literal") << QStringLiteral("user@[999.1.1.1]") << false;
    QTest::newRow("bad ipv6 literal") << QStringLiteral("user@[2001:db8:::1]") << false;
    QTest::newRow("unclosed literal") << QStringLiteral("user@[192.168.0.1") << false;
    QTest::newRow("embedded NUL") << withNul(QStringLiteral("jan"), QStringLiteral("@example.nl")) << false;
    QTest::newRow("sql") << QStringLiteral("x'; DROP TABLE partij;--@example.nl") << false;
    QTest::newRow("too long") << QString(250, u'a') + QStringLiteral("@example.nl") << false;
    QTest::newRow("10000 characters") << QString(10000, u'a') << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValueValidators::email()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    verifyOutcome(checkEmail(value), valid);
}

void TestValueValidators::normalizePostcode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("1234ab") << QStringLiteral("1234ab") << QStringLiteral("1234 AB");
    QTest::newRow("1234 ab") << QStringLiteral("1234 ab") << QStringLiteral("1234 AB");
    QTest::newRow(" 1234AB ") << QStringLiteral(" 1234AB ") << QStringLiteral("1234 AB");
    QTest::newRow("1008 DG") << QStringLiteral("1008 DG") << QStringLiteral("1008 DG");
    QTest::newRow("two spaces") << QStringLiteral("1008  dg") << QStringLiteral("1008 DG");
    QTest::newRow("leading zero") << QStringLiteral("0123 AB") << QString();
    QTest::newRow("three letters") << QStringLiteral("1234 ABC") << QString();
    QTest::newRow("five digits") << QStringLiteral("12345 AB") << QString();
    QTest::newRow("non-ascii letters") << QStringLiteral("1234 ÄB") << QString();
    QTest::newRow("fullwidth digits") << QStringLiteral("１２３４ AB") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("sql") << QStringLiteral("1234 AB' --") << QString();
}

void TestValueValidators::normalizePostcode()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Result<QString> result = kcc::normalizePostcode(input);
    if (expected.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message.isEmpty());
    } else {
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result.value(), expected);
        QVERIFY(!checkPostcode(result.value()));
    }
}

void TestValueValidators::postcode_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1008 DG") << QStringLiteral("1008 DG") << true;
    QTest::newRow("9999 ZZ") << QStringLiteral("9999 ZZ") << true;
    QTest::newRow("no space") << QStringLiteral("1008DG") << false;
    QTest::newRow("lowercase") << QStringLiteral("1008 dg") << false;
    QTest::newRow("leading zero") << QStringLiteral("0008 DG") << false;
    QTest::newRow("two spaces") << QStringLiteral("1008  DG") << false;
    QTest::newRow("trailing newline") << QStringLiteral("1008 DG\n") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValueValidators::postcode()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    verifyOutcome(checkPostcode(value), valid);
}

void TestValueValidators::bagId_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1234567890000001") << QStringLiteral("1234567890000001") << true;
    QTest::newRow("leading zero") << QStringLiteral("0363200000218908") << true;
    QTest::newRow("15 digits") << QStringLiteral("123456789000000") << false;
    QTest::newRow("17 digits") << QStringLiteral("12345678900000011") << false;
    QTest::newRow("letter") << QStringLiteral("123456789000000A") << false;
    QTest::newRow("arabic-indic") << QStringLiteral("١٢٣٤٥٦٧٨٩٠٠٠٠٠٠١") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValueValidators::bagId()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    verifyOutcome(checkBagId(value), valid);
}

void TestValueValidators::land_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("import"); // Strictness::Import instead of NewInput
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("hint"); // a text the message must contain
    QTest::newRow("NL") << QStringLiteral("NL") << false << true << QString();
    QTest::newRow("BE") << QStringLiteral("BE") << false << true << QString();
    QTest::newRow("ZW last in the list") << QStringLiteral("ZW") << false << true << QString();
    QTest::newRow("AD first in the list") << QStringLiteral("AD") << false << true << QString();
    QTest::newRow("nl lowercase") << QStringLiteral("nl") << false << false << QStringLiteral("NL");
    QTest::newRow("nl lowercase on import") << QStringLiteral("nl") << true << false << QStringLiteral("NL");
    QTest::newRow("Nl mixed case") << QStringLiteral("Nl") << false << false << QStringLiteral("NL");
    QTest::newRow("XX not assigned") << QStringLiteral("XX") << false << false << QStringLiteral("XX");
    QTest::newRow("XX accepted on import") << QStringLiteral("XX") << true << true << QString();
    QTest::newRow("UK is not ISO") << QStringLiteral("UK") << false << false << QString();
    QTest::newRow("three letters") << QStringLiteral("NLD") << false << false << QString();
    QTest::newRow("three letters on import") << QStringLiteral("NLD") << true << false << QString();
    QTest::newRow("Tabel 34 code") << QStringLiteral("6030") << true << false << QString();
    QTest::newRow("digits") << QStringLiteral("12") << false << false << QString();
    QTest::newRow("non-ascii") << QStringLiteral("ÑL") << false << false << QString();
    QTest::newRow("fullwidth") << QStringLiteral("ＮＬ") << true << false << QString();
    QTest::newRow("space") << QStringLiteral("N ") << false << false << QString();
    QTest::newRow("empty") << QString() << false << false << QString();
}

void TestValueValidators::land()
{
    QFETCH(QString, value);
    QFETCH(bool, import);
    QFETCH(bool, valid);
    QFETCH(QString, hint);
    const auto error = checkLand(value, import ? Strictness::Import : Strictness::NewInput);
    verifyOutcome(error, valid);
    if (!hint.isEmpty())
        QVERIFY2(error->contains(hint), qPrintable(*error));
}

void TestValueValidators::taal_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("import");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("hint");
    QTest::newRow("nld") << QStringLiteral("nld") << false << true << QString();
    QTest::newRow("eng") << QStringLiteral("eng") << false << true << QString();
    QTest::newRow("deu") << QStringLiteral("deu") << false << true << QString();
    QTest::newRow("fry (Frisian)") << QStringLiteral("fry") << false << true << QString();
    QTest::newRow("zxx no linguistic content") << QStringLiteral("zxx") << false << true << QString();
    QTest::newRow("dut is the B code") << QStringLiteral("dut") << false << false << QStringLiteral("nld");
    QTest::newRow("ger is the B code") << QStringLiteral("ger") << false << false << QStringLiteral("deu");
    QTest::newRow("NLD uppercase") << QStringLiteral("NLD") << false << false << QStringLiteral("nld");
    QTest::newRow("nl two letters") << QStringLiteral("nl") << false << false << QStringLiteral("nld");
    QTest::newRow("ndl typo") << QStringLiteral("ndl") << false << false << QString();
    QTest::newRow("qaa local use") << QStringLiteral("qaa") << false << false << QString();
    QTest::newRow("four letters") << QStringLiteral("nede") << false << false << QString();
    QTest::newRow("empty") << QString() << false << false << QString();
    QTest::newRow("space") << QStringLiteral("nl ") << false << false << QString();
    // What Open Klant's own tests store: accepted when importing.
    QTest::newRow("ndl on import") << QStringLiteral("ndl") << true << true << QString();
    QTest::newRow("ger on import") << QStringLiteral("ger") << true << true << QString();
    QTest::newRow("de on import") << QStringLiteral("de") << true << true << QString();
    QTest::newRow("nl on import") << QStringLiteral("nl") << true << true << QString();
    QTest::newRow("incorrect on import") << QStringLiteral("incorrect") << true << false << QString();
    QTest::newRow("empty on import") << QString() << true << false << QString();
    QTest::newRow("NUL on import") << withNul(QStringLiteral("n"), QStringLiteral("l")) << true << false << QString();
}

void TestValueValidators::taal()
{
    QFETCH(QString, value);
    QFETCH(bool, import);
    QFETCH(bool, valid);
    QFETCH(QString, hint);
    const auto error = checkTaal(value, import ? Strictness::Import : Strictness::NewInput);
    verifyOutcome(error, valid);
    if (!hint.isEmpty())
        QVERIFY2(error->contains(hint), qPrintable(*error));
}

void TestValueValidators::huisnummer_data()
{
    QTest::addColumn<int>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1") << 1 << true;
    QTest::newRow("99999") << 99999 << true;
    QTest::newRow("0") << 0 << false;
    QTest::newRow("100000") << 100000 << false;
    QTest::newRow("negative") << -5 << false;
    QTest::newRow("INT_MIN") << std::numeric_limits<int>::min() << false;
}

void TestValueValidators::huisnummer()
{
    QFETCH(int, value);
    QFETCH(bool, valid);
    verifyOutcome(checkHuisnummer(value), valid);
}

void TestValueValidators::iban_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("NL91ABNA0417164300") << QStringLiteral("NL91ABNA0417164300") << true;
    QTest::newRow("lowercase") << QStringLiteral("nl91abna0417164300") << true;
    // Pattern only, as the server: a wrong check digit passes.
    QTest::newRow("bad checksum passes") << QStringLiteral("NL00ABNA0417164300") << true;
    QTest::newRow("34 characters") << QStringLiteral("MT84MALT011000012345MTLCAST001SAAA") << true;
    QTest::newRow("35 characters") << QStringLiteral("MT84MALT011000012345MTLCAST001SAAAA") << false;
    QTest::newRow("spaces") << QStringLiteral("NL91 ABNA 0417 1643 00") << false;
    QTest::newRow("digit country") << QStringLiteral("1191ABNA0417164300") << false;
    QTest::newRow("letter check digits") << QStringLiteral("NLAAABNA0417164300") << false;
    QTest::newRow("too short") << QStringLiteral("NL91") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValueValidators::iban()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    verifyOutcome(checkIban(value), valid);
}

void TestValueValidators::bic_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("8") << QStringLiteral("ABNANL2A") << true;
    QTest::newRow("11") << QStringLiteral("ABNANL2AXXX") << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("7") << QStringLiteral("ABNANL2") << false;
    QTest::newRow("12") << QStringLiteral("ABNANL2AXXXX") << false;
    QTest::newRow("space") << QStringLiteral("ABNA NL2A") << false;
    QTest::newRow("tab") << QStringLiteral("ABNANL2A\t") << false;
}

void TestValueValidators::bic()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    verifyOutcome(checkBic(value), valid);
}

void TestValueValidators::referentieSlug_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("portaalvoorkeur") << QStringLiteral("portaalvoorkeur") << true;
    QTest::newRow("mixed") << QStringLiteral("Werk-tel_2") << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("50") << QString(50, u'a') << true;
    QTest::newRow("51") << QString(51, u'a') << false;
    QTest::newRow("space") << QStringLiteral("werk tel") << false;
    QTest::newRow("accent") << QStringLiteral("privé") << false;
    QTest::newRow("sql") << QStringLiteral("a';--") << false;
}

void TestValueValidators::referentieSlug()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    verifyOutcome(checkReferentieSlug(value), valid);
}

void TestValueValidators::nummer_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("0000000001") << QStringLiteral("0000000001") << true;
    QTest::newRow("123") << QStringLiteral("123") << true;
    QTest::newRow("negative as the server allows") << QStringLiteral("-12") << true;
    QTest::newRow("11 digits") << QStringLiteral("12345678901") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("letters") << QStringLiteral("12a") << false;
    QTest::newRow("minus only") << QStringLiteral("-") << false;
    QTest::newRow("space") << QStringLiteral(" 12") << false;
    QTest::newRow("arabic-indic") << QStringLiteral("١٢٣") << false;
}

void TestValueValidators::nummer()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    verifyOutcome(checkNummer(value), valid);
}

void TestValueValidators::url_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("zaaktype") << QStringLiteral("https://catalogi.example.nl/api/v1/zaaktypen/1234") << true;
    QTest::newRow("http") << QStringLiteral("http://example.com") << true;
    QTest::newRow("localhost with port") << QStringLiteral("http://localhost:8000/x") << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/file") << false;
    QTest::newRow("relative") << QStringLiteral("/api/v1/zaaktypen/1") << false;
    QTest::newRow("no scheme") << QStringLiteral("example.com") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("single label host") << QStringLiteral("https://intranet/x") << false;
    QTest::newRow("space") << QStringLiteral("https://example.com/a b") << false;
    QTest::newRow("too long") << QStringLiteral("https://example.com/") + QString(190, u'a') << false;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
}

void TestValueValidators::url()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    verifyOutcome(checkUrl(value), valid);
}

void TestValueValidators::maxLength_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << 3 << true;
    QTest::newRow("exactly") << QStringLiteral("abc") << 3 << true;
    QTest::newRow("one over") << QStringLiteral("abcd") << 3 << false;
    // One code point, two UTF-16 units: counted as one character, as the server does.
    QTest::newRow("emoji counts once") << QStringLiteral("ab\U0001F600") << 3 << true;
    QTest::newRow("10000") << QString(10000, u'x') << 1000 << false;
}

void TestValueValidators::maxLength()
{
    QFETCH(QString, value);
    QFETCH(int, max);
    QFETCH(bool, valid);
    verifyOutcome(checkMaxLength(value, max), valid);
    const auto named = checkMaxLength(value, max, QStringLiteral("The subject"));
    verifyOutcome(named, valid);
    if (named)
        QVERIFY(named->contains(QStringLiteral("The subject")));
}

// Input no check may accept: every format check must refuse it with a message, and not crash.
void TestValueValidators::hostileInput_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("sql quote") << QStringLiteral("' OR 1=1 --");
    QTest::newRow("sql drop") << QStringLiteral("x'); DROP TABLE partij; --");
    QTest::newRow("like wildcards") << QStringLiteral("%_%");
    QTest::newRow("embedded NUL") << withNul(QStringLiteral("12345678"), QStringLiteral("90123456"));
    QTest::newRow("only NUL") << QString(1, QChar(u'\0'));
    QTest::newRow("whitespace") << QStringLiteral(" \t\n");
    QTest::newRow("10000 digits") << QString(10000, u'1');
    QTest::newRow("10000 letters") << QString(10000, u'a');
    QTest::newRow("zero-width space") << QStringLiteral("\u200B");
    QTest::newRow("lone surrogate") << QString(1, QChar(0xD800));
}

void TestValueValidators::hostileInput()
{
    QFETCH(QString, value);
    const QList<std::pair<const char *, Check>> checks{
        {"checkBsn", checkBsn},
        {"checkRsin", checkRsin},
        {"checkKvkNummer", checkKvkNummer},
        {"checkVestigingsnummer", checkVestigingsnummer},
        {"checkTelefoonnummer", kcc::checkTelefoonnummer},
        {"checkEmail", checkEmail},
        {"checkPostcode", checkPostcode},
        {"checkBagId", checkBagId},
        {"checkLand", [](QStringView v) { return checkLand(v); }},
        {"checkLand import", [](QStringView v) { return checkLand(v, Strictness::Import); }},
        {"checkTaal", [](QStringView v) { return checkTaal(v); }},
        {"checkIban", checkIban},
        {"checkBic", checkBic},
        {"checkReferentieSlug", checkReferentieSlug},
        {"checkNummer", checkNummer},
        {"checkUrl", checkUrl},
    };
    for (const auto &[name, check] : checks) {
        const auto error = check(value);
        // checkBic has no format beyond length and whitespace: 10000 letters is still too long.
        QVERIFY2(error.has_value(), name);
        QVERIFY2(!error->isEmpty(), name);
    }
    QVERIFY(!kcc::normalizeTelefoonnummer(value).ok());
    QVERIFY(!kcc::normalizePostcode(value).ok());
}

void TestValueValidators::isoLists()
{
    QCOMPARE(isoCountryCodes().size(), 249);
    QVERIFY(isoCountryCodes().contains(QStringLiteral("NL")));
    QVERIFY(std::is_sorted(isoCountryCodes().begin(), isoCountryCodes().end()));
    QVERIFY(isoLanguageCodes().contains(QStringLiteral("nld")));
    QVERIFY(!isoLanguageCodes().contains(QStringLiteral("dut")));
    QVERIFY(std::is_sorted(isoLanguageCodes().begin(), isoLanguageCodes().end()));
    QCOMPARE(isoLanguageTCodeForBCode(u"dut"), QStringLiteral("nld"));
    QCOMPARE(isoLanguageTCodeForBCode(u"nld"), QString());
    QCOMPARE(isoLanguageCodeForAlpha2(u"nl"), QStringLiteral("nld"));
    // Every code in the lists passes the strict check (the lists and the checks agree).
    for (const QString &code : isoCountryCodes())
        QVERIFY2(!checkLand(code), qPrintable(code));
    for (const QString &code : isoLanguageCodes())
        QVERIFY2(!checkTaal(code), qPrintable(code));
}

// Issue 10: languages are shown by name, never as a bare code the medewerker must decode.
void TestValueValidators::languageDisplayName()
{
    QCOMPARE(isoLanguageDisplayName(QStringLiteral("nld")), QStringLiteral("Nederlands (nld)"));
    QCOMPARE(isoLanguageDisplayName(QStringLiteral("eng")), QStringLiteral("English (eng)"));
    QCOMPARE(isoLanguageDisplayName(QStringLiteral("tur")), QStringLiteral("Türkçe (tur)"));
    QCOMPARE(isoLanguageDisplayName(QStringLiteral("qqq")), QStringLiteral("qqq"));
}

QTEST_GUILESS_MAIN(TestValueValidators)
#include "tst_valuevalidators.moc"
