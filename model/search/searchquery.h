#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace kcc {

// What a medewerker typed into the instant search box, understood as every kind of value it
// could plausibly be. "12345678" is a KvK-nummer, a partij nummer and the start of a phone
// number at the same time; the search engine (storage/partijsearch.h) asks for all of them and
// ranks exact identifier hits before name hits. Pure: no database, no UI.
class SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(kcc::SearchQuery)

public:
    enum class Kind
    {
        Bsn,              // 9 digits, 11-proef
        Rsin,             // 9 digits, 11-proef (the same digits can be a BSN or an RSIN)
        KvkNummer,        // 8 digits
        Vestigingsnummer, // 12 digits
        Nummer,           // partij nummer or klantcontact nummer/referentienummer (1..10 digits)
        Telefoonnummer,   // value: phone key prefix (see phoneKey), at least 4 digits
        Email,            // value: lowercase prefix of the whole address
        EmailDomein,      // value: lowercase prefix of the part after "@"
        Postcode,         // value: "1234 AB" (huisnummer optional) or a 4-digit prefix "1234"
        Naam,             // nameTokens(): folded words, each matched as a word prefix
    };

    struct Interpretation
    {
        Kind kind = Kind::Naam;
        QString value;
        // Postcode only: a 4-digit postcode without letters is a prefix.
        bool prefix = false;
        std::optional<int> huisnummer;

        friend bool operator==(const Interpretation &, const Interpretation &) = default;
    };

    // Longer input is cut off before it is looked at: nobody types a 200-character name, and it
    // bounds the work a pasted document can cause.
    static constexpr int maxInputLength = 200;
    // At most this many words of a name are used.
    static constexpr int maxNameTokens = 8;

    static SearchQuery classify(const QString &text);

    const QString &text() const { return m_text; }
    const QList<Interpretation> &interpretations() const { return m_interpretations; }
    bool isEmpty() const { return m_interpretations.isEmpty(); }
    bool has(Kind kind) const;
    std::optional<Interpretation> find(Kind kind) const;
    // The folded words of a name search (lowercase, diacritics removed, split like SQLite's
    // unicode61 tokenizer). One-letter words are dropped when longer words are present (they are
    // initials, and a one-letter prefix would match half the index).
    const QStringList &nameTokens() const { return m_nameTokens; }

    // Lowercase, diacritics removed: "Müller" -> "muller", "Ðorđević" -> "dordevic",
    // "Straße" -> "strasse". The letters that Unicode does not decompose (đ, ø, ł, ß, æ, ...)
    // are replaced by foldingReplacements(), which storage also applies in SQL before SQLite's
    // unicode61 tokenizer, so that the index and the query fold alike.
    static QString foldName(const QString &text);
    // Splits folded text into words as unicode61 does: letters, digits and combining marks
    // are word characters, everything else separates.
    static QStringList tokenize(const QString &foldedText);
    // Pairs (letter, replacement) for letters without a Unicode decomposition.
    static const QList<QPair<QString, QString>> &foldingReplacements();
    // Dutch (and a few foreign) surname prefixes: "van", "de", "den", "der", "ter", ...
    static bool isVoorvoegsel(const QString &foldedToken);
    // The list isVoorvoegsel() checks (storage writes it into PostgreSQL's key functions).
    static const QStringList &voorvoegsels();

    // The name-pair keys (storage's zoek_naam_paar) answer a name of two or more words without
    // intersecting the long word lists of common first names, which costs milliseconds. A key
    // is "<first pairHeadLength letters of word a> <word b>" for two different words a and b of
    // a name: every folded word of two or more letters except the voorvoegsels, a having at
    // least pairHeadLength letters. "Jan-Willem de Boer" has "jan willem", "jan boer",
    // "wil jan", "wil boer", "boe jan" and "boe willem".
    static constexpr int pairHeadLength = 3;
    // At most this many words of a name take part in its keys: enough for a long organisation
    // name ("Stichting Vrienden van het Openluchtmuseum ..."); more only multiply the keys.
    static constexpr int maxPairWords = 12;
    static QStringList namePairKeys(const QString &name);
    // Every folded word of a name, each after one space (" jan willem de boer"): stored with the
    // keys, so that the typed words a key does not cover are checked on the index row itself
    // (instr(words, ' ' || typed word)).
    static QString nameWordsText(const QString &name);
    // The key prefix to look up for this query's name (words that are not voorvoegsels): of the
    // first and the last word typed, the first letters of one and the other whole, the longer
    // one whole when both can lead. Every key of a matching name starts with it. Empty when the
    // query has fewer than two such words or none of pairHeadLength letters.
    QString namePairPrefix() const;
    // Key prefixes that each select every matching name, namePairPrefix() first: the first, the
    // last and the longest typed word, each with the first letters of another of them. Storage
    // picks the one its word counts say is narrowest ("Mark de Haan": "haa mark" rather than
    // "mar haan", as far more names start with "mar" than with "haa").
    struct PairChoice
    {
        QString prefix; // what namePairPrefix() would be for this choice
        QString head;   // the first pairHeadLength letters of one word
        QString second; // the other word, whole
    };
    QList<PairChoice> namePairChoices() const;

    // The comparable form of a phone number, the same for every notation the server accepts:
    // "+31612345678", "0031612345678" and "0612345678" all become "0612345678"; another
    // country code becomes "00<cc>...". Separators are ignored. Empty when `text` contains
    // anything but digits, separators and one leading "+".
    static QString phoneKey(const QString &text);

    // A translated word for a kind, for "matched" columns and diagnostics.
    static QString kindLabel(Kind kind);

private:
    QString m_text;
    QList<Interpretation> m_interpretations;
    QStringList m_nameTokens;
};

} // namespace kcc
