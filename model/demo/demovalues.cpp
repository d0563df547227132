#include "model/demo/demovalues.h"

#include "model/demo/demorandom.h"

#include <QStringList>

namespace kcc::demo {
namespace {

QString initials(const QString &voornamen)
{
    QString result;
    bool atWordStart = true;
    for (const QChar c : voornamen) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-')) {
            atWordStart = true;
            continue;
        }
        if (atWordStart)
            result += c.toUpper() + QLatin1Char('.');
        atWordStart = false;
    }
    return result;
}

QString capitalised(const QString &voorvoegsel)
{
    if (voorvoegsel.isEmpty() || !voorvoegsel.front().isLetter())
        return voorvoegsel;
    return voorvoegsel.front().toUpper() + voorvoegsel.mid(1);
}

QString digits(DemoRandom &random, int count)
{
    QString result;
    result.reserve(count);
    for (int i = 0; i < count; ++i)
        result += QChar(u'0' + int(random.below(10)));
    return result;
}

// Letters used in Dutch postcodes; F, I, O, Q, U and Y are not used, nor the pairs SA, SD, SS.
constexpr char16_t kPostcodeLetters[] = u"ABCDEGHJKLMNPRSTVWXZ";

} // namespace

QString DemoValues::fold(const QString &text)
{
    const auto cached = m_folded.constFind(text);
    if (cached != m_folded.constEnd())
        return *cached;
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            result += QChar(u);
        else if (u == u'đ')
            result += QLatin1String("dj");
        else if (u == u'ø')
            result += QLatin1Char('o');
        else if (u == u'ı')
            result += QLatin1Char('i');
        else if (u == u'ł')
            result += QLatin1Char('l');
        else if (u == u'ß')
            result += QLatin1String("ss");
        else if (u == u'æ')
            result += QLatin1String("ae");
        // Combining marks, spaces, apostrophes and hyphens are dropped.
    }
    m_folded.insert(text, result);
    return result;
}

Contactnaam DemoValues::contactnaam(DemoRandom &random)
{
    Contactnaam naam;
    const int kind = int(random.below(100));
    bool otherBackground = false;
    if (kind < 72) {
        const tables::Surname &s = random.pick(tables::dutchSurnames());
        naam.voorvoegselAchternaam = s.voorvoegsel;
        naam.achternaam = s.naam;
    } else if (kind < 94) {
        const tables::Surname &s = random.pick(tables::otherSurnames());
        naam.voorvoegselAchternaam = s.voorvoegsel;
        naam.achternaam = s.naam;
        otherBackground = true;
    } else {
        // A double surname as it is written in the BRP: "Jansen-de Vries".
        const tables::Surname &first = random.pick(tables::dutchSurnames());
        const tables::Surname &second = random.pick(tables::dutchSurnames());
        naam.voorvoegselAchternaam = first.voorvoegsel;
        naam.achternaam = first.naam + QLatin1Char('-') +
                          (second.voorvoegsel.isEmpty() ? QString() : second.voorvoegsel + QLatin1Char(' ')) +
                          second.naam;
    }
    const bool male = random.chance(500);
    const bool otherFirst = otherBackground ? random.chance(700) : random.chance(90);
    QString voornamen = random.pick(tables::firstNames(male, !otherFirst));
    if (!otherFirst && random.chance(250)) {
        const QString &tweede = random.pick(tables::secondNames(male));
        if (tweede != voornamen)
            voornamen += QLatin1Char(' ') + tweede;
    }
    naam.voornaam = voornamen;
    naam.voorletters = initials(voornamen);
    return naam;
}

QString DemoValues::privateEmail(DemoRandom &random, const Contactnaam &naam)
{
    // Someone who gave only initials still has an address; it then starts with the first initial.
    QString first = fold(naam.voornaam.section(QLatin1Char(' '), 0, 0));
    if (first.isEmpty())
        first = fold(naam.voorletters.left(1));
    if (first.isEmpty())
        first = QStringLiteral("info");
    const QString last = fold(naam.voorvoegselAchternaam) + fold(naam.achternaam);
    QString local;
    switch (random.below(6)) {
    case 0:
        local = first + QLatin1Char('.') + last;
        break;
    case 1:
        local = first.left(1) + QLatin1Char('.') + last;
        break;
    case 2:
        local = first + last + QString::number(random.between(50, 99));
        break;
    case 3:
        local = first + QLatin1Char('_') + last;
        break;
    case 4:
        local = last + QLatin1Char('.') + first;
        break;
    default:
        local = first + QString::number(random.between(1, 999));
        break;
    }
    return local + QLatin1Char('@') + random.pick(tables::emailProviders());
}

QString DemoValues::workEmail(const Contactnaam &naam, const QString &domain)
{
    const QString initial = fold(naam.voornaam.isEmpty() ? naam.voorletters.left(1) : naam.voornaam.left(1));
    return initial + QLatin1Char('.') + fold(naam.voorvoegselAchternaam) + fold(naam.achternaam) + QLatin1Char('@') +
           domain;
}

QString DemoValues::mobiel(DemoRandom &random)
{
    return QLatin1String("06") + QChar(u'1' + int(random.below(5))) + digits(random, 7);
}

QString DemoValues::vastNummer(DemoRandom &random, const tables::City &city)
{
    return city.netnummer + QChar(u'2' + int(random.below(8))) + digits(random, 9 - int(city.netnummer.size()));
}

QString DemoValues::buitenlandsNummer(DemoRandom &random, const QString &land)
{
    if (land == QLatin1String("BE"))
        return QLatin1String("+324") + digits(random, 8);
    if (land == QLatin1String("DE"))
        return QLatin1String("+4915") + digits(random, 9);
    if (land == QLatin1String("TR"))
        return QLatin1String("+905") + digits(random, 9);
    if (land == QLatin1String("MA"))
        return QLatin1String("+2126") + digits(random, 8);
    return QLatin1String("+48") + QChar(u'5' + int(random.below(3))) + digits(random, 8);
}

const tables::City &DemoValues::city(DemoRandom &random)
{
    return random.pick(tables::cities());
}

Adres DemoValues::adres(DemoRandom &random, const tables::City &city)
{
    static const QString toevoegingen[] = {
        QStringLiteral("a"),   QStringLiteral("b"),   QStringLiteral("c"),  QStringLiteral("A"),
        QStringLiteral("B"),   QStringLiteral("bis"), QStringLiteral("1"),  QStringLiteral("2"),
        QStringLiteral("3"),   QStringLiteral("hs"),  QStringLiteral("I"),  QStringLiteral("II"),
        QStringLiteral("III"), QStringLiteral("-1"),  QStringLiteral("-2"), QStringLiteral("rd"),
    };
    Adres adres;
    // BAG nummeraanduiding id: gemeentecode, object type 20 (nummeraanduiding), ten digits.
    adres.nummeraanduidingId = city.gemeentecode + QLatin1String("20") + digits(random, 10);
    adres.straatnaam = random.pick(tables::streets());
    adres.huisnummer = int(random.chance(650) ? random.between(1, 60) : random.between(1, 320));
    if (random.chance(120))
        adres.huisnummertoevoeging = random.pick(toevoegingen);
    const QChar first(kPostcodeLetters[random.below(20)]);
    QChar second(kPostcodeLetters[random.below(20)]);
    if (first == QLatin1Char('S') &&
        (second == QLatin1Char('A') || second == QLatin1Char('D') || second == QLatin1Char('S')))
        second = QLatin1Char('T');
    adres.postcode =
        QString::number(random.between(city.postcodeFrom, city.postcodeTo)) + QLatin1Char(' ') + first + second;
    adres.stad = city.naam;
    adres.land = QStringLiteral("NL");
    return adres;
}

Adres DemoValues::buitenlandsAdres(DemoRandom &random)
{
    const tables::ForeignAddress &foreign = random.pick(tables::foreignAddresses());
    Adres adres;
    adres.adresregel1 = foreign.straat;
    adres.adresregel2 = foreign.plaats;
    adres.land = foreign.land;
    return adres;
}

Adres DemoValues::postbus(DemoRandom &random, const tables::City &city)
{
    Adres adres;
    adres.straatnaam = QStringLiteral("Postbus");
    adres.huisnummer = int(random.between(100, 9999));
    adres.postcode = QString::number(random.between(city.postcodeFrom, city.postcodeTo)) + QLatin1String(" AA");
    adres.stad = city.naam;
    adres.land = QStringLiteral("NL");
    return adres;
}

QString DemoValues::iban(DemoRandom &random, QString *bic)
{
    const tables::Bank &bank = random.pick(tables::banks());
    const QString account = digits(random, 10);
    // ISO 13616 check digits: move "NL00" to the end, letters as 10..35, 98 - (number mod 97).
    int remainder = 0;
    const auto feed = [&remainder](int value) {
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    };
    for (const QChar c : bank.code)
        feed(c.unicode() - u'A' + 10);
    for (const QChar c : account)
        feed(c.unicode() - u'0');
    feed(u'N' - u'A' + 10);
    feed(u'L' - u'A' + 10);
    feed(0);
    feed(0);
    const int check = 98 - remainder;
    if (bic)
        *bic = bank.bic;
    return QLatin1String("NL") + QStringLiteral("%1").arg(check, 2, 10, QLatin1Char('0')) + bank.code + account;
}

QString DemoValues::organisatieNaam(DemoRandom &random, QString *domain)
{
    const QString &pattern = random.pick(tables::organisationPatterns());
    const tables::Surname &surname = random.pick(tables::dutchSurnames());
    const QString familienaam = surname.voorvoegsel.isEmpty()
                                    ? surname.naam
                                    : capitalised(surname.voorvoegsel) + QLatin1Char(' ') + surname.naam;
    QString naam = pattern;
    naam.replace(QLatin1String("%1"), familienaam);
    naam.replace(QLatin1String("%2"), random.pick(tables::districts()));
    if (domain) {
        QString base = naam;
        base.remove(QLatin1String(" B.V."));
        *domain = fold(base) + QLatin1String(".nl");
    }
    return naam;
}

} // namespace kcc::demo
