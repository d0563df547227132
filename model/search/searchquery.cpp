#include "model/search/searchquery.h"

#include "model/validation/valuevalidators.h"

#include <QRegularExpression>

#include <algorithm>

namespace kcc {

namespace {

bool isAsciiDigit(QChar ch)
{
    return ch.unicode() >= u'0' && ch.unicode() <= u'9';
}

bool allAsciiDigits(QStringView value)
{
    return !value.isEmpty() && std::all_of(value.begin(), value.end(), isAsciiDigit);
}

// ASCII-only lowercase, exactly what SQLite's lower() does, so that a query key and the
// lower(adres) expression index agree even for the rare non-ASCII local part.
QString asciiLower(const QString &text)
{
    QString result = text;
    for (QChar &ch : result) {
        if (ch.unicode() >= u'A' && ch.unicode() <= u'Z')
            ch = QChar(ch.unicode() + (u'a' - u'A'));
    }
    return result;
}

bool isPhoneSeparator(QChar ch)
{
    return ch == u' ' || ch == u'-' || ch == u'.' || ch == u'/' || ch == u'(' || ch == u')' || ch == u'\t';
}

void addInterpretation(QList<SearchQuery::Interpretation> &list, SearchQuery::Kind kind, const QString &value,
                       bool prefix = false, std::optional<int> huisnummer = std::nullopt)
{
    const SearchQuery::Interpretation interpretation{kind, value, prefix, huisnummer};
    if (!list.contains(interpretation))
        list.append(interpretation);
}

void classifyDigits(const QString &trimmed, QList<SearchQuery::Interpretation> &result)
{
    QString compact;
    for (QChar ch : trimmed) {
        if (ch != u' ' && ch != u'.' && ch != u'-')
            compact.append(ch);
    }
    if (!allAsciiDigits(compact))
        return;
    const bool allZero = std::all_of(compact.begin(), compact.end(), [](QChar ch) { return ch == u'0'; });
    if (compact.size() == 9 && !allZero && isElfproefValid(compact)) {
        addInterpretation(result, SearchQuery::Kind::Bsn, compact);
        addInterpretation(result, SearchQuery::Kind::Rsin, compact);
    }
    if (compact.size() == 8)
        addInterpretation(result, SearchQuery::Kind::KvkNummer, compact);
    if (compact.size() == 12)
        addInterpretation(result, SearchQuery::Kind::Vestigingsnummer, compact);
    // Numbers are typed as they are shown, without separators.
    if (compact.size() <= 10 && compact == trimmed)
        addInterpretation(result, SearchQuery::Kind::Nummer, compact);
}

void classifyPhone(const QString &trimmed, QList<SearchQuery::Interpretation> &result)
{
    QString key;
    // A complete number in any notation the validators understand; otherwise a partial one.
    if (const Result<QString> normalized = normalizeTelefoonnummer(trimmed); normalized)
        key = SearchQuery::phoneKey(normalized.value());
    else
        key = SearchQuery::phoneKey(trimmed);
    if (key.isEmpty())
        return;
    // Every stored key starts with 0 (national) or 00 (international); digits typed without the
    // trunk zero ("6 1234 5678") can only be the rest of a national number.
    if (!key.startsWith(u'0'))
        key.prepend(u'0');
    if (std::count_if(trimmed.begin(), trimmed.end(), isAsciiDigit) >= 4)
        addInterpretation(result, SearchQuery::Kind::Telefoonnummer, key);
}

void classifyEmail(const QString &trimmed, bool isPostcode, QList<SearchQuery::Interpretation> &result)
{
    if (trimmed.contains(QChar(u' ')))
        return;
    const QString lower = asciiLower(trimmed);
    if (lower.contains(u'@')) {
        if (lower.startsWith(u'@')) {
            const QString domain = lower.mid(1);
            if (!domain.isEmpty() && !domain.contains(u'@'))
                addInterpretation(result, SearchQuery::Kind::EmailDomein, domain);
            return;
        }
        addInterpretation(result, SearchQuery::Kind::Email, lower);
        return;
    }
    // "gmail.com", "gemeente.nl", "jan.jansen": the start of an address or of its domain.
    static const QRegularExpression domainLike(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9_%+-]+(\\.[a-z0-9_%+-]*)+")));
    static const QRegularExpression hasLetter(QStringLiteral("[a-z]"));
    if (domainLike.match(lower).hasMatch() && hasLetter.match(lower).hasMatch()) {
        addInterpretation(result, SearchQuery::Kind::Email, lower);
        addInterpretation(result, SearchQuery::Kind::EmailDomein, lower);
        return;
    }
    // "maria_jansen", "pieterbos62": an underscore, or letters and digits in one word, occur in
    // e-mail addresses and hardly ever in names.
    static const QRegularExpression localPartLike(QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9_%+-]+")));
    static const QRegularExpression hasDigit(QStringLiteral("[0-9]"));
    if (!isPostcode && localPartLike.match(lower).hasMatch() && hasLetter.match(lower).hasMatch() &&
        (lower.contains(u'_') || hasDigit.match(lower).hasMatch())) {
        addInterpretation(result, SearchQuery::Kind::Email, lower);
    }
}

// True when the whole input is a postcode (with or without huisnummer); the name search is then
// pointless ("1234 AB" is not a name).
bool classifyPostcode(const QString &trimmed, QList<SearchQuery::Interpretation> &result)
{
    static const QRegularExpression full(QRegularExpression::anchoredPattern(
        QStringLiteral("([1-9][0-9]{3})\\s*([A-Za-z]{2})(?:[\\s,]*([0-9]{1,5})(?:\\s*-?\\s*[A-Za-z0-9]{1,4})?)?")));
    static const QRegularExpression digitsOnly(QRegularExpression::anchoredPattern(QStringLiteral("[1-9][0-9]{3}")));
    if (const auto match = full.match(trimmed); match.hasMatch()) {
        const Result<QString> postcode = normalizePostcode(match.captured(1) % match.captured(2));
        if (!postcode)
            return false;
        std::optional<int> huisnummer;
        if (match.hasCaptured(3)) {
            const int number = match.captured(3).toInt();
            if (checkHuisnummer(number))
                return false;
            huisnummer = number;
        }
        addInterpretation(result, SearchQuery::Kind::Postcode, postcode.value(), false, huisnummer);
        return true;
    }
    if (digitsOnly.match(trimmed).hasMatch())
        addInterpretation(result, SearchQuery::Kind::Postcode, trimmed, true);
    return false;
}

QStringList nameTokensOf(const QString &trimmed)
{
    QStringList tokens = SearchQuery::tokenize(SearchQuery::foldName(trimmed));
    const bool hasLetter = std::any_of(tokens.cbegin(), tokens.cend(), [](const QString &token) {
        return std::any_of(token.cbegin(), token.cend(), [](QChar ch) { return ch.isLetter(); });
    });
    if (!hasLetter)
        return {};
    tokens.removeDuplicates();
    const bool hasLongToken =
        std::any_of(tokens.cbegin(), tokens.cend(), [](const QString &token) { return token.size() >= 2; });
    if (!hasLongToken)
        return {};
    tokens.removeIf([](const QString &token) { return token.size() < 2; });
    // FTS5 terms are limited in practice; nobody types a word this long.
    for (QString &token : tokens)
        token.truncate(50);
    if (tokens.size() > SearchQuery::maxNameTokens)
        tokens.resize(SearchQuery::maxNameTokens);
    return tokens;
}

} // namespace

SearchQuery SearchQuery::classify(const QString &text)
{
    SearchQuery query;
    query.m_text = text.left(maxInputLength);
    const QString trimmed = query.m_text.simplified();
    if (trimmed.isEmpty())
        return query;

    QList<Interpretation> &result = query.m_interpretations;
    classifyDigits(trimmed, result);
    classifyPhone(trimmed, result);
    const bool isPostcode = classifyPostcode(trimmed, result);
    classifyEmail(trimmed, isPostcode, result);
    if (!isPostcode && !trimmed.contains(u'@')) {
        query.m_nameTokens = nameTokensOf(trimmed);
        if (!query.m_nameTokens.isEmpty())
            addInterpretation(result, Kind::Naam, query.m_nameTokens.join(u' '));
    }
    return query;
}

bool SearchQuery::has(Kind kind) const
{
    return find(kind).has_value();
}

std::optional<SearchQuery::Interpretation> SearchQuery::find(Kind kind) const
{
    for (const Interpretation &interpretation : m_interpretations) {
        if (interpretation.kind == kind)
            return interpretation;
    }
    return std::nullopt;
}

const QList<QPair<QString, QString>> &SearchQuery::foldingReplacements()
{
    // Letters that have no Unicode decomposition, so neither NFKD nor SQLite's
    // remove_diacritics folds them. U+02BC (modifier apostrophe, as in "ʼt Hart") is a letter
    // to Unicode; here it separates words like the ASCII apostrophe.
    static const QList<QPair<QString, QString>> pairs = {
        {QStringLiteral(u"Ð"), QStringLiteral("D")},  {QStringLiteral(u"ð"), QStringLiteral("d")},
        {QStringLiteral(u"Đ"), QStringLiteral("D")},  {QStringLiteral(u"đ"), QStringLiteral("d")},
        {QStringLiteral(u"Ø"), QStringLiteral("O")},  {QStringLiteral(u"ø"), QStringLiteral("o")},
        {QStringLiteral(u"Ł"), QStringLiteral("L")},  {QStringLiteral(u"ł"), QStringLiteral("l")},
        {QStringLiteral(u"ß"), QStringLiteral("ss")}, {QStringLiteral(u"Æ"), QStringLiteral("AE")},
        {QStringLiteral(u"æ"), QStringLiteral("ae")}, {QStringLiteral(u"Œ"), QStringLiteral("OE")},
        {QStringLiteral(u"œ"), QStringLiteral("oe")}, {QStringLiteral(u"Þ"), QStringLiteral("TH")},
        {QStringLiteral(u"þ"), QStringLiteral("th")}, {QStringLiteral(u"ı"), QStringLiteral("i")},
        {QStringLiteral(u"Ħ"), QStringLiteral("H")},  {QStringLiteral(u"ħ"), QStringLiteral("h")},
        {QStringLiteral(u"Ĳ"), QStringLiteral("IJ")}, {QStringLiteral(u"ĳ"), QStringLiteral("ij")},
        {QStringLiteral(u"ʼ"), QStringLiteral("'")},
    };
    return pairs;
}

QString SearchQuery::foldName(const QString &text)
{
    // Nearly every name is ASCII, where the steps below amount to lowercasing; the search
    // triggers fold every name written.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar ch) { return ch.unicode() < 0x80; }))
        return text.toLower();
    QString replaced = text;
    for (const auto &[letter, replacement] : foldingReplacements())
        replaced.replace(letter, replacement);
    const QString decomposed = replaced.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar ch : decomposed) {
        const QChar::Category category = ch.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        folded.append(ch);
    }
    return folded.toLower();
}

QStringList SearchQuery::tokenize(const QString &foldedText)
{
    QStringList tokens;
    QString current;
    for (QChar ch : foldedText) {
        if (ch.isLetterOrNumber() || ch.isMark()) {
            current.append(ch);
        } else if (!current.isEmpty()) {
            tokens.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    return tokens;
}

bool SearchQuery::isVoorvoegsel(const QString &foldedToken)
{
    return voorvoegsels().contains(foldedToken);
}

const QStringList &SearchQuery::voorvoegsels()
{
    static const QStringList list = {
        QStringLiteral("van"), QStringLiteral("de"), QStringLiteral("den"), QStringLiteral("der"),
        QStringLiteral("het"), QStringLiteral("te"), QStringLiteral("ten"), QStringLiteral("ter"),
        QStringLiteral("in"),  QStringLiteral("op"), QStringLiteral("aan"), QStringLiteral("bij"),
        QStringLiteral("uit"), QStringLiteral("la"), QStringLiteral("le"),  QStringLiteral("von"),
        QStringLiteral("da"),  QStringLiteral("di"), QStringLiteral("del"), QStringLiteral("du"),
        QStringLiteral("el"),  QStringLiteral("al"), QStringLiteral("dos"), QStringLiteral("vd"),
    };
    return list;
}

namespace {

// The words of a name that take part in pair keys, in order, each once.
QStringList pairWords(const QString &name)
{
    constexpr qsizetype maxWords = SearchQuery::maxPairWords;
    QStringList words;
    for (const QString &token : SearchQuery::tokenize(SearchQuery::foldName(name))) {
        if (token.size() < 2 || SearchQuery::isVoorvoegsel(token) || words.contains(token))
            continue;
        words.append(token);
        if (words.size() == maxWords)
            break;
    }
    return words;
}

} // namespace

QStringList SearchQuery::namePairKeys(const QString &name)
{
    const QStringList words = pairWords(name);
    QStringList keys;
    for (const QString &head : words) {
        if (head.size() < pairHeadLength)
            continue;
        for (const QString &word : words) {
            if (word == head)
                continue;
            const QString key = head.left(pairHeadLength) % QLatin1Char(' ') % word;
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    return keys;
}

QString SearchQuery::nameWordsText(const QString &name)
{
    QString text;
    for (const QString &token : tokenize(foldName(name)))
        text += QLatin1Char(' ') % token;
    return text;
}

namespace {

// The typed words that can be part of a key: the name tokens without the voorvoegsels.
QStringList typedPairWords(const QStringList &nameTokens)
{
    QStringList words;
    for (const QString &token : nameTokens) {
        if (!SearchQuery::isVoorvoegsel(token))
            words.append(token);
    }
    return words;
}

QString pairPrefix(const QString &head, const QString &second)
{
    return head.left(SearchQuery::pairHeadLength) % QLatin1Char(' ') % second;
}

QStringList::const_iterator longestWord(const QStringList &words)
{
    return std::max_element(words.cbegin(), words.cend(),
                            [](const QString &a, const QString &b) { return a.size() < b.size(); });
}

} // namespace

QString SearchQuery::namePairPrefix() const
{
    const QStringList words = typedPairWords(m_nameTokens);
    if (words.size() < 2)
        return {};
    // The first and the last word typed: a first name and a surname, in either order ("Jan de
    // Boer", "Boer, Jan"). Two words of one part ("Anne-Marie") often come together, and then
    // every Anne-Marie is a candidate. The longer of the two is matched whole.
    const QString &first = words.constFirst();
    const QString &last = words.constLast();
    const bool firstCanLead = first.size() >= pairHeadLength;
    const bool lastCanLead = last.size() >= pairHeadLength;
    if (firstCanLead && (!lastCanLead || last.size() >= first.size()))
        return pairPrefix(first, last);
    if (lastCanLead)
        return pairPrefix(last, first);
    // Both are short ("Ad ... Os"): the longest word in between leads.
    const auto longest = longestWord(words);
    if (longest->size() < pairHeadLength)
        return {};
    return pairPrefix(*longest, longest == words.cbegin() ? words.at(1) : words.constFirst());
}

QList<SearchQuery::PairChoice> SearchQuery::namePairChoices() const
{
    QList<PairChoice> choices;
    const QString preferred = namePairPrefix();
    if (preferred.isEmpty())
        return choices;
    const QStringList words = typedPairWords(m_nameTokens);
    QStringList candidates{words.constFirst(), words.constLast()};
    const auto longest = longestWord(words);
    if (!candidates.contains(*longest))
        candidates.append(*longest);
    auto add = [&choices](const QString &head, const QString &second) {
        const QString prefix = pairPrefix(head, second);
        const bool known = std::any_of(choices.cbegin(), choices.cend(),
                                       [&prefix](const PairChoice &choice) { return choice.prefix == prefix; });
        if (!known)
            choices.append(PairChoice{prefix, head.left(pairHeadLength), second});
    };
    add(preferred.section(QLatin1Char(' '), 0, 0), preferred.section(QLatin1Char(' '), 1));
    for (const QString &head : std::as_const(candidates)) {
        if (head.size() < pairHeadLength)
            continue;
        for (const QString &second : std::as_const(candidates)) {
            if (second != head)
                add(head, second);
        }
    }
    return choices;
}

QString SearchQuery::phoneKey(const QString &text)
{
    QString input = text.trimmed();
    // "+31 (0)6 ..." : the trunk zero in parentheses is not dialled after a country code.
    if (input.startsWith(u'+') || input.startsWith(QLatin1String("00")))
        input.replace(QLatin1String("(0)"), QString());
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar ch = input.at(i);
        if (isAsciiDigit(ch))
            digits.append(ch);
        else if (ch == u'+' && i == 0)
            plus = true;
        else if (!isPhoneSeparator(ch))
            return {};
    }
    if (digits.isEmpty())
        return {};
    QString international;
    if (plus)
        international = digits;
    else if (digits.startsWith(QLatin1String("00")))
        international = digits.mid(2);
    else
        return digits;
    if (international.startsWith(QLatin1String("31"))) {
        QString national = international.mid(2);
        if (national.startsWith(u'0'))
            national.remove(0, 1);
        return u'0' + national;
    }
    return QLatin1String("00") % international;
}

QString SearchQuery::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Bsn:
        return tr("BSN");
    case Kind::Rsin:
        return tr("RSIN");
    case Kind::KvkNummer:
        return tr("KvK number");
    case Kind::Vestigingsnummer:
        return tr("establishment number");
    case Kind::Nummer:
        return tr("number");
    case Kind::Telefoonnummer:
        return tr("phone number");
    case Kind::Email:
        return tr("e-mail address");
    case Kind::EmailDomein:
        return tr("e-mail domain");
    case Kind::Postcode:
        return tr("postcode");
    case Kind::Naam:
        return tr("name");
    }
    return {};
}

} // namespace kcc
