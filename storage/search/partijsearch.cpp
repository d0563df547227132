#include "storage/search/partijsearch.h"

#include "model/klantinteracties/partij.h"
#include "storage/db/database.h"
#include "storage/db/sqldialect.h"
#include "storage/db/storageerror.h"
#include "storage/search/searchindex.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

namespace kcc::storage {

namespace {

// The sources in ranking order; the value is SearchCursor::source.
enum class Source
{
    Identificator,
    PartijNummer,
    KlantcontactNummer,
    Telefoon,
    Email,
    EmailDomein,
    Postcode,
    NaamPaarHeel,   // two or more typed words (zoek_naam_paar), each a whole word of the name
    NaamPaar,       // two or more typed words, each a word prefix, and the above does not hold
    NaamAchternaam, // one word: it equals a word of the surname / organisation name
    NaamPrefix,     // one word: it starts a word of the name, and the above does not hold
    Count
};

// Columns every source selects first, in this order (the Column enum below): partij's, or the
// copies in a key table.
QString partijColumns()
{
    return SearchIndex::hitColumns(QStringLiteral("p"));
}
enum Column
{
    Uuid,
    Nummer,
    Soort,
    Actief,
    Geheimhouding,
    OrganisatieNaam,
    Voornaam,
    Voorvoegsel,
    Achternaam,
    SortKey,
    SortRowid,
    Detail,
    ViaBetrokkene,
    KlantcontactNummerColumn,
    KlantcontactReferentie,
    Detail2,
};

// The upper bound of a prefix range: U+10FFFF sorts after every character in SQLite's BINARY order.
QString rangeEnd(const QString &prefix)
{
    return prefix % QString::fromUcs4(U"\U0010FFFF", 1);
}

// An FTS5 string for one token. Tokens come from SearchQuery::tokenize and hold only letters,
// digits and marks; the quotes make even an operator word ("or", "near") a plain term.
QString ftsTerm(const QString &token)
{
    QString escaped = token;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') % escaped % QLatin1Char('"');
}

// PostgreSQL compares keys in the C collation (SQLite's BINARY order), as its indexes hold them.
QString keyCollation(bool postgres)
{
    return postgres ? QStringLiteral(" COLLATE \"C\"") : QString();
}

QString digitaalAdresSql(const QString &key, const QLatin1String &soort, bool postgres)
{
    const QString keyExpression =
        postgres ? QString(QLatin1Char('(') % key % QLatin1Char(')') % keyCollation(postgres)) : key;
    return QLatin1String("SELECT ") % partijColumns() % QLatin1String(", ") % keyExpression %
           QLatin1String(", d.rowid, d.adres, d.verstrekt_door_partij IS NULL, kc.nummer, kc.referentienummer, NULL"
                         " FROM digitaal_adres d"
                         " LEFT JOIN betrokkene b ON b.uuid = d.verstrekt_door_betrokkene"
                         // The partij before the klantcontact: most one-off addresses belong to a
                         // betrokkene that is no partij, and those rows are dropped here without
                         // looking up their klantcontact (two b-tree searches each).
                         " JOIN partij p ON p.uuid = coalesce(d.verstrekt_door_partij, b.was_partij)"
                         " LEFT JOIN klantcontact kc ON kc.uuid = b.had_klantcontact"
                         " WHERE d.soort_digitaal_adres = '") %
           soort % QLatin1String("' AND ") % keyExpression % QLatin1String(" >= ? AND ") % keyExpression %
           QLatin1String(" < ? AND (") % keyExpression % QLatin1String(" > ? OR d.rowid > ?) ORDER BY ") %
           keyExpression % QLatin1String(", d.rowid LIMIT ?");
}

// The e-mail key table holds only addresses that lead to a partij, with what a hit shows. The
// klantcontact of a one-off address is looked up in a CASE, which SQLite evaluates only for
// those rows; as a LEFT JOIN it read the digitaal_adres row of every hit first.
QString emailSql()
{
    return QLatin1String("SELECT ") % SearchIndex::hitColumns(QStringLiteral("z")) %
           QLatin1String(", z.sleutel, z.digitaal_adres, z.adres, z.via,"
                         " CASE WHEN z.via THEN (SELECT coalesce(kc.nummer, kc.referentienummer)"
                         " FROM digitaal_adres d JOIN betrokkene b ON b.uuid = d.verstrekt_door_betrokkene"
                         " JOIN klantcontact kc ON kc.uuid = b.had_klantcontact WHERE d.rowid = z.digitaal_adres) END,"
                         " NULL, NULL FROM zoek_email z"
                         " WHERE z.sleutel >= ? AND z.sleutel < ? AND (z.sleutel > ? OR z.digitaal_adres > ?)"
                         " ORDER BY z.sleutel, z.digitaal_adres LIMIT ?");
}

// Every typed word must start a word of the name: checked on the key row's `woorden`
// (" jan willem de boer"), so that rows of other names cost no partij lookup. First the names
// that have every typed word as a whole word ("jan boer": Jan Boer before Janneke Boersma), then
// the others of the same key range.
// `words`: how many typed words there are to check (1..SearchQuery::maxNameTokens); one
// statement per count, so that no check is evaluated for nothing.
QString namePairSql(Source source, int words)
{
    QString prefixChecks;
    QStringList wholeChecks;
    for (int i = 0; i < words; ++i) {
        prefixChecks += QLatin1String("instr(z.woorden, ?) > 0 AND ");
        wholeChecks << QStringLiteral("instr(z.woorden || ' ', ?) > 0");
    }
    const QString checks = source == Source::NaamPaarHeel
                               ? QString(wholeChecks.join(QLatin1String(" AND ")) % QLatin1String(" AND "))
                               : QString(prefixChecks % QLatin1String("NOT (") %
                                         wholeChecks.join(QLatin1String(" AND ")) % QLatin1String(") AND "));
    return QLatin1String("SELECT ") % SearchIndex::hitColumns(QStringLiteral("z")) %
           QLatin1String(", z.sleutel, z.partij, NULL, 0, NULL, NULL, NULL FROM zoek_naam_paar z WHERE ") % checks %
           QLatin1String("z.sleutel >= ? AND z.sleutel < ? AND (z.sleutel > ? OR z.partij > ?)"
                         " ORDER BY z.sleutel, z.partij LIMIT ?");
}

// The FTS5 queries of the one-word name search on PostgreSQL, over the word and prefix tables
// (PostgresSearchIndex): `words` is 16 * the number of surname terms + the number of prefixes;
// the bound values are the surname terms, then the prefixes (NaamAchternaam), or the prefixes,
// then the surname terms (NaamPrefix).
QString postgresNameSql(Source source, int words)
{
    const int surnames = words / 16;
    const int prefixes = words % 16;
    auto placeholders = [](int count) {
        QStringList marks;
        for (int i = 0; i < count; ++i)
            marks << QStringLiteral("?");
        return marks.join(QLatin1String(", "));
    };
    auto prefixChecks = [](int count, const QString &partij) {
        QString checks;
        for (int i = 0; i < count; ++i) {
            checks +=
                QLatin1String(" AND EXISTS (SELECT 1 FROM zoek_naam_prefix x WHERE x.prefix = ? AND x.partij = ") %
                partij % QLatin1Char(')');
        }
        return checks;
    };
    const QString select =
        QLatin1String("SELECT ") % partijColumns() % QLatin1String(", '', p.rowid, NULL, 0, NULL, NULL, NULL");
    if (source == Source::NaamAchternaam && surnames == 1) {
        return select %
               QLatin1String(" FROM zoek_naam_achternaam a JOIN partij p ON p.rowid = a.partij"
                             " WHERE a.term = ?") %
               prefixChecks(prefixes, QStringLiteral("a.partij")) %
               QLatin1String(" AND a.partij > ? ORDER BY a.partij LIMIT ?");
    }
    if (source == Source::NaamAchternaam) {
        return select %
               QLatin1String(" FROM partij p WHERE p.rowid IN (SELECT a.partij FROM zoek_naam_achternaam a"
                             " WHERE a.term IN (") %
               placeholders(surnames) % QLatin1String("))") % prefixChecks(prefixes, QStringLiteral("p.rowid")) %
               QLatin1String(" AND p.rowid > ? ORDER BY p.rowid LIMIT ?");
    }
    return select % QLatin1String(" FROM zoek_naam_prefix f JOIN partij p ON p.rowid = f.partij WHERE f.prefix = ?") %
           prefixChecks(prefixes - 1, QStringLiteral("f.partij")) %
           QLatin1String(" AND NOT EXISTS (SELECT 1 FROM zoek_naam_achternaam a WHERE a.partij = f.partij"
                         " AND a.term IN (") %
           placeholders(surnames) % QLatin1String(")) AND f.partij > ? ORDER BY f.partij LIMIT ?");
}

QString sqlFor(Source source, int words, bool postgres)
{
    const QString select = QLatin1String("SELECT ") % partijColumns();
    switch (source) {
    case Source::Identificator:
        return select % QLatin1String(", '', pi.rowid, pi.code_soort_object_id, 0, NULL, NULL, NULL"
                                      " FROM partij_identificator pi JOIN partij p ON p.uuid = pi.identificeerde_partij"
                                      " WHERE pi.object_id = ? AND pi.code_soort_object_id IN (?, ?, ?, ?)"
                                      " AND pi.rowid > ? ORDER BY pi.rowid LIMIT ?");
    case Source::PartijNummer:
        return select % QLatin1String(", '', p.rowid, NULL, 0, NULL, NULL, NULL FROM partij p"
                                      " WHERE p.nummer = ? AND p.rowid > ? ORDER BY p.rowid LIMIT ?");
    case Source::KlantcontactNummer:
        return select %
               QLatin1String(", '', b.rowid, NULL, 0, kc.nummer, kc.referentienummer, NULL FROM klantcontact kc"
                             " JOIN betrokkene b ON b.had_klantcontact = kc.uuid"
                             " JOIN partij p ON p.uuid = b.was_partij"
                             " WHERE (kc.nummer = ? OR kc.referentienummer = ?) AND b.rowid > ?"
                             " ORDER BY b.rowid LIMIT ?");
    case Source::Telefoon:
        return digitaalAdresSql(SearchIndex::phoneKeySql(QStringLiteral("d.adres")), QLatin1String("telefoonnummer"),
                                postgres);
    case Source::Email:
    case Source::EmailDomein:
        return emailSql();
    case Source::Postcode:
        // Two index range scans merged on rowid; an OR over both address groups makes SQLite scan
        // the whole table. "? IS NULL OR huisnummer = ?": without a huisnummer any number matches
        // (the CAST tells PostgreSQL the type of a parameter that may be NULL).
        return select %
               QLatin1String(", '', p.rowid, p.bezoekadres_postcode, 0, NULL, NULL, p.correspondentieadres_postcode"
                             " FROM partij p WHERE p.rowid IN (SELECT rowid FROM partij WHERE bezoekadres_postcode") %
               keyCollation(postgres) % QLatin1String(" >= ? AND bezoekadres_postcode") % keyCollation(postgres) %
               QLatin1String(" < ? AND (CAST(? AS INTEGER) IS NULL OR bezoekadres_huisnummer = ?)"
                             " UNION ALL SELECT rowid FROM partij WHERE correspondentieadres_postcode") %
               keyCollation(postgres) % QLatin1String(" >= ? AND correspondentieadres_postcode") %
               keyCollation(postgres) %
               QLatin1String(" < ? AND (CAST(? AS INTEGER) IS NULL OR correspondentieadres_huisnummer = ?))"
                             " AND p.rowid > ? ORDER BY p.rowid LIMIT ?");
    case Source::NaamPaarHeel:
    case Source::NaamPaar:
        return namePairSql(source, words);
    case Source::NaamAchternaam:
    case Source::NaamPrefix:
        if (postgres)
            return postgresNameSql(source, words);
        return select % QLatin1String(", '', f.rowid, NULL, 0, NULL, NULL, NULL FROM ") % SearchIndex::ftsTable() %
               QLatin1String(" f JOIN partij p ON p.rowid = f.rowid WHERE f.") % SearchIndex::ftsTable() %
               QLatin1String(" MATCH ? AND f.rowid > ? ORDER BY f.rowid LIMIT ?");
    case Source::Count:
        break;
    }
    Q_UNREACHABLE();
    return {};
}

QString displayName(const QSqlQuery &row)
{
    Partij partij;
    partij.soortPartij = fromCode<SoortPartij>(row.value(Soort).toString()).value_or(SoortPartij::Persoon);
    partij.organisatieNaam = row.value(OrganisatieNaam).toString();
    Contactnaam naam;
    naam.voornaam = row.value(Voornaam).toString();
    naam.voorvoegselAchternaam = row.value(Voorvoegsel).toString();
    naam.achternaam = row.value(Achternaam).toString();
    partij.contactnaam = naam;
    return partij.weergaveNaam();
}

QString klantcontactLabel(const QSqlQuery &row)
{
    const QVariant nummer = row.value(KlantcontactNummerColumn);
    if (!nummer.isNull())
        return nummer.toString();
    return row.value(KlantcontactReferentie).toString();
}

} // namespace

struct PartijSearch::Private
{
    Database &database;
    const bool postgres;
    // By source and, for the name-pair sources, the number of typed words.
    std::map<std::pair<Source, int>, std::unique_ptr<QSqlQuery>> statements;
    std::unique_ptr<QSqlQuery> countStatement;
    std::unique_ptr<QSqlQuery> domainStatement;

    // The last name-pair choice, so that the next pages of the same words read the same range
    // even if the word counts change meanwhile.
    QString choiceWords;
    QString choicePrefix;

    explicit Private(Database &db)
        : database(db)
        , postgres(db.engine() == Engine::PostgreSQL)
    {
    }

    // `slot`, prepared with `sql` on first use.
    Result<QSqlQuery *> prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql)
    {
        if (!slot) {
            auto query = std::make_unique<QSqlQuery>(database.connection());
            query->setForwardOnly(true);
            if (!query->prepare(sql))
                return StorageError::fromSql(query->lastError(), tr("searching partijen"));
            slot = std::move(query);
        }
        return slot.get();
    }

    // The first column of the first row of `sql` (which takes a prefix range: "? <= key < ?") for
    // the keys starting with `prefix`; an invalid QVariant when there is no row.
    Result<QVariant> firstValueInRange(std::unique_ptr<QSqlQuery> &slot, const QString &sql, const QString &prefix)
    {
        Result<QSqlQuery *> statement = prepared(slot, sql);
        if (!statement)
            return statement.error();
        QSqlQuery &query = *statement.value();
        query.bindValue(0, prefix);
        query.bindValue(1, rangeEnd(prefix));
        if (!query.exec())
            return StorageError::fromSql(query.lastError(), tr("searching partijen"));
        const QVariant value = query.next() ? query.value(0) : QVariant();
        query.finish();
        return value;
    }

    // True when a known e-mail domain (zoek_email_domein) starts with `prefix`.
    Result<bool> startsADomain(const QString &prefix)
    {
        Result<QVariant> found = firstValueInRange(
            domainStatement, QStringLiteral("SELECT 1 FROM zoek_email_domein WHERE domein >= ? AND domein < ? LIMIT 1"),
            prefix);
        if (!found)
            return found.error();
        return found.value().isValid();
    }

    // How many name words of all partijen start with `prefix` (zoek_naam_woord).
    Result<qint64> wordCount(const QString &prefix)
    {
        Result<QVariant> count = firstValueInRange(
            countStatement,
            QStringLiteral("SELECT coalesce(sum(aantal), 0) FROM zoek_naam_woord WHERE woord >= ? AND woord < ?"),
            prefix);
        if (!count)
            return count.error();
        return count.value().toLongLong();
    }

    // Of the query's pair choices the one whose range the word counts estimate smallest (the
    // product of how many words start with its head and with its second word); on a tie the
    // first, namePairPrefix().
    Result<QString> pairPrefix(const SearchQuery &query)
    {
        const QList<SearchQuery::PairChoice> choices = query.namePairChoices();
        if (choices.size() < 2)
            return choices.isEmpty() ? QString() : choices.constFirst().prefix;
        const QString words = query.nameTokens().join(QLatin1Char(' '));
        if (words == choiceWords)
            return choicePrefix;
        QHash<QString, qint64> counts;
        auto count = [&](const QString &prefix) -> Result<qint64> {
            if (const auto found = counts.constFind(prefix); found != counts.cend())
                return found.value();
            Result<qint64> counted = wordCount(prefix);
            if (counted)
                counts.insert(prefix, counted.value());
            return counted;
        };
        QString best;
        double bestEstimate = 0;
        for (const SearchQuery::PairChoice &choice : choices) {
            Result<qint64> heads = count(choice.head);
            if (!heads)
                return heads.error();
            Result<qint64> seconds = count(choice.second);
            if (!seconds)
                return seconds.error();
            const double estimate = double(heads.value()) * double(seconds.value());
            if (best.isEmpty() || estimate < bestEstimate) {
                best = choice.prefix;
                bestEstimate = estimate;
            }
        }
        choiceWords = words;
        choicePrefix = best;
        return best;
    }

    Result<QSqlQuery *> statement(Source source, int words)
    {
        return prepared(statements[{source, words}], sqlFor(source, words, postgres));
    }
};

namespace {

struct Plan
{
    // Bound values before the (key, rowid) position; empty when the source does not apply.
    QVariantList leading;
    bool applies = false;
    bool keyed = false; // the source orders by a text key (digitale adressen)
    QString rangeStart; // keyed sources: the prefix
    SearchQuery::Kind kind = SearchQuery::Kind::Naam;
    // Name sources: typed words the FTS expression leaves out or only approximates (see
    // planFor), checked on each row instead: each must start a word of the name.
    QStringList verify;
    // Name-pair sources: the number of typed words checked on the key row.
    int words = 0;
};

// FTS5 keeps prefix indexes of 2, 3 and 4 characters (SearchIndex). A longer prefix makes it
// merge the doclists of every term that starts with it ("willem*": willem, willemijn, willems,
// willemsen, ...): milliseconds for a common first name, and a name query ANDs several. In a
// query of several words the FTS expression therefore asks for the first four characters of a
// longer word, and each row is checked for the whole word.
constexpr qsizetype indexedPrefixLength = 4;

// The partij's name folded like SearchQuery folds what is typed. Names are nearly always ASCII,
// where folding is lowercasing; the Unicode decomposition is only needed for the others.
QString foldedName(const QSqlQuery &row)
{
    const QString name = row.value(Voornaam).toString() % QLatin1Char(' ') % row.value(Voorvoegsel).toString() %
                         QLatin1Char(' ') % row.value(Achternaam).toString() % QLatin1Char(' ') %
                         row.value(OrganisatieNaam).toString();
    const bool ascii = std::all_of(name.cbegin(), name.cend(), [](QChar ch) { return ch.unicode() < 0x80; });
    return ascii ? name.toLower() : SearchQuery::foldName(name);
}

// True when every word in `words` starts a word of the partij's folded name. The voorvoegsels
// ("van", "de", "der") occur in a third of all names; leaving them out of the FTS AND and
// checking the few rows that match the other words is about twice as fast.
bool hasAllWords(const QSqlQuery &row, const QStringList &words)
{
    if (words.isEmpty())
        return true;
    const QStringList nameWords = SearchQuery::tokenize(foldedName(row));
    return std::all_of(words.cbegin(), words.cend(), [&nameWords](const QString &word) {
        return std::any_of(nameWords.cbegin(), nameWords.cend(),
                           [&word](const QString &nameWord) { return nameWord.startsWith(word); });
    });
}

// The one-word name sources (NaamAchternaam, NaamPrefix): the FTS5 expression on SQLite; on
// PostgreSQL the same terms bound to postgresNameSql (Plan::words counts them).
void planName(Plan &plan, Source source, const SearchQuery &query, const QString &pairPrefix, bool postgres)
{
    const QStringList tokens = query.nameTokens();
    // Two or more words go to the name-pair keys instead.
    if (tokens.isEmpty() || !pairPrefix.isEmpty() || !query.has(SearchQuery::Kind::Naam))
        return;
    plan.kind = SearchQuery::Kind::Naam;
    // Terms: each matches a word of the name that starts with it (FTS5's "term*").
    QStringList prefixes;
    // A single word stays a whole prefix: "willemdeboer94" cut to "will*" would check every
    // Willem only to find none. With two or more words the AND keeps the rows to check few.
    const auto words = std::count_if(tokens.cbegin(), tokens.cend(),
                                     [](const QString &token) { return !SearchQuery::isVoorvoegsel(token); });
    for (const QString &token : tokens) {
        if (SearchQuery::isVoorvoegsel(token)) {
            plan.verify << token;
        } else if (words > 1 && token.size() > indexedPrefixLength) {
            prefixes << token.left(indexedPrefixLength);
            plan.verify << token;
        } else {
            prefixes << token;
        }
    }
    // Only voorvoegsels ("van de"): then they are the words to look for.
    if (prefixes.isEmpty()) {
        prefixes = plan.verify;
        plan.verify.clear();
    }
    // Voorvoegsels are not part of the achternaam column; a surname equal to "de" is no reason to rank first.
    QStringList surnameWords;
    for (const QString &token : tokens) {
        if (!SearchQuery::isVoorvoegsel(token))
            surnameWords << token;
    }
    if (surnameWords.isEmpty())
        surnameWords = tokens;
    // One surname word w: the surname term itself implies the prefix term w*, which for a long
    // w makes FTS5 merge the doclists of every term starting with w ("jonker*": ~0.2 ms).
    // Leave it out of the AND; the rows are the same.
    if (source == Source::NaamAchternaam && surnameWords.size() == 1)
        prefixes.removeOne(surnameWords.constFirst());
    plan.applies = true;
    if (postgres) {
        plan.words = int(surnameWords.size()) * 16 + int(prefixes.size());
        for (const QString &term : source == Source::NaamAchternaam ? surnameWords + prefixes : prefixes + surnameWords)
            plan.leading << term;
        return;
    }
    QStringList ftsPrefixes;
    for (const QString &prefix : std::as_const(prefixes))
        ftsPrefixes << ftsTerm(prefix) % QLatin1Char('*');
    QStringList ftsSurnames;
    for (const QString &word : std::as_const(surnameWords))
        ftsSurnames << ftsTerm(word);
    const QString surname =
        QLatin1String("achternaam : (") % ftsSurnames.join(QLatin1String(" OR ")) % QLatin1Char(')');
    const QString all = QLatin1Char('(') % ftsPrefixes.join(QLatin1String(" AND ")) % QLatin1Char(')');
    QString match;
    if (source == Source::NaamPrefix)
        match = all % QLatin1String(" NOT ") % surname;
    else if (ftsPrefixes.isEmpty())
        match = surname;
    else
        match = surname % QLatin1String(" AND ") % all;
    plan.leading = {match};
}

// `pairPrefix`: the name-pair key prefix chosen for this query (Private::pairPrefix), empty when
// the name has fewer than two words to pair.
Plan planFor(Source source, const SearchQuery &query, const QString &pairPrefix, bool postgres)
{
    using Kind = SearchQuery::Kind;
    Plan plan;
    auto take = [&](Kind kind) -> std::optional<SearchQuery::Interpretation> {
        auto found = query.find(kind);
        if (found)
            plan.kind = kind;
        return found;
    };
    switch (source) {
    case Source::Identificator: {
        QStringList codes;
        QString value;
        const std::pair<Kind, CodeSoortObjectId> kinds[] = {
            {Kind::Bsn, CodeSoortObjectId::Bsn},
            {Kind::Rsin, CodeSoortObjectId::Rsin},
            {Kind::KvkNummer, CodeSoortObjectId::KvkNummer},
            {Kind::Vestigingsnummer, CodeSoortObjectId::Vestigingsnummer}};
        for (const auto &[kind, code] : kinds) {
            if (const auto found = query.find(kind)) {
                if (codes.isEmpty())
                    plan.kind = kind;
                codes << toCode(code);
                value = found->value;
            }
        }
        if (codes.isEmpty())
            return plan;
        while (codes.size() < 4)
            codes << codes.constFirst();
        plan.leading = {value, codes[0], codes[1], codes[2], codes[3]};
        plan.applies = true;
        return plan;
    }
    case Source::PartijNummer:
    case Source::KlantcontactNummer:
        if (const auto found = take(Kind::Nummer)) {
            plan.leading = {found->value};
            if (source == Source::KlantcontactNummer)
                plan.leading << found->value;
            plan.applies = true;
        }
        return plan;
    case Source::Telefoon:
    case Source::Email:
    case Source::EmailDomein: {
        const Kind kind = source == Source::Telefoon ? Kind::Telefoonnummer
                          : source == Source::Email  ? Kind::Email
                                                     : Kind::EmailDomein;
        if (const auto found = take(kind)) {
            plan.applies = true;
            plan.keyed = true;
            // zoek_email keys a domain as "@domain".
            plan.rangeStart = source == Source::EmailDomein ? QLatin1Char('@') % found->value : found->value;
        }
        return plan;
    }
    case Source::Postcode:
        if (const auto found = take(Kind::Postcode)) {
            // Stored postcodes are exactly "1234 AB", so the prefix range of a full postcode is that postcode.
            const QString end = rangeEnd(found->value);
            const QVariant huisnummer = found->huisnummer ? QVariant(*found->huisnummer) : QVariant();
            plan.leading = {found->value, end, huisnummer, huisnummer, found->value, end, huisnummer, huisnummer};
            plan.applies = true;
        }
        return plan;
    case Source::NaamPaarHeel:
    case Source::NaamPaar: {
        const QString &prefix = pairPrefix;
        if (prefix.isEmpty() || !take(Kind::Naam))
            return plan;
        const QStringList tokens = query.nameTokens();
        plan.words = int(tokens.size());
        if (source == Source::NaamPaar) {
            for (const QString &token : tokens)
                plan.leading << QString(QLatin1Char(' ') % token);
        }
        for (const QString &token : tokens)
            plan.leading << QString(QLatin1Char(' ') % token % QLatin1Char(' '));
        plan.applies = true;
        plan.keyed = true;
        plan.rangeStart = prefix;
        return plan;
    }
    case Source::NaamAchternaam:
    case Source::NaamPrefix:
        planName(plan, source, query, pairPrefix, postgres);
        return plan;
    case Source::Count:
        break;
    }
    return plan;
}

QString matchedText(Source source, const Plan &plan, const QSqlQuery &row)
{
    const QString detail = row.value(Detail).toString();
    const bool via = row.value(ViaBetrokkene).toInt() != 0;
    switch (source) {
    case Source::Identificator:
        if (const auto code = fromCode<CodeSoortObjectId>(detail))
            return label(*code);
        return detail;
    case Source::PartijNummer:
        return PartijSearch::tr("partij number %1").arg(plan.leading.value(0).toString());
    case Source::KlantcontactNummer:
        return PartijSearch::tr("klantcontact %1").arg(klantcontactLabel(row));
    case Source::Telefoon:
        return via ? PartijSearch::tr("phone number %1 (one-off, klantcontact %2)").arg(detail, klantcontactLabel(row))
                   : PartijSearch::tr("phone number %1").arg(detail);
    case Source::Email:
    case Source::EmailDomein:
        return via ? PartijSearch::tr("e-mail %1 (one-off, klantcontact %2)").arg(detail, klantcontactLabel(row))
                   : PartijSearch::tr("e-mail %1").arg(detail);
    case Source::Postcode: {
        const QString start = plan.leading.value(0).toString();
        const QString postcode = detail.startsWith(start) ? detail : row.value(Detail2).toString();
        const QVariant huisnummer = plan.leading.value(2);
        if (huisnummer.isNull())
            return PartijSearch::tr("postcode %1").arg(postcode);
        return PartijSearch::tr("address %1 %2").arg(postcode, huisnummer.toString());
    }
    case Source::NaamAchternaam:
        // For an organisation the "achternaam" column holds its naam.
        if (row.value(Soort).toString() == toCode(SoortPartij::Organisatie))
            return PartijSearch::tr("name");
        return PartijSearch::tr("surname");
    case Source::NaamPaarHeel:
    case Source::NaamPaar:
    case Source::NaamPrefix:
        return PartijSearch::tr("name");
    case Source::Count:
        break;
    }
    return {};
}

} // namespace

PartijSearch::PartijSearch(Database &database)
    : d(std::make_unique<Private>(database))
{
}

PartijSearch::~PartijSearch() = default;

Result<QList<SearchHit>> PartijSearch::search(const SearchQuery &query, int limit,
                                              const std::optional<SearchCursor> &after)
{
    limit = std::clamp(limit, 1, 1000);
    const GenericPlans plans(d->database.connection());
    QList<SearchHit> hits;
    QSet<QUuid> seen;
    const int firstSource = after ? std::max(0, after->source) : 0;
    Result<QString> chosen = d->pairPrefix(query);
    if (!chosen)
        return chosen.error();
    const QString pairPrefix = chosen.value();
    for (int index = firstSource; index < int(Source::Count) && hits.size() < limit; ++index) {
        const auto source = Source(index);
        const Plan plan = planFor(source, query, pairPrefix, d->postgres);
        if (!plan.applies)
            continue;
        if (source == Source::EmailDomein) {
            Result<bool> known = d->startsADomain(plan.rangeStart.mid(1));
            if (!known)
                return known.error();
            if (!known.value())
                continue;
        }
        Result<QSqlQuery *> prepared = d->statement(source, plan.words);
        if (!prepared)
            return prepared.error();
        QSqlQuery &sql = *prepared.value();

        QString positionKey;
        qint64 positionRowid = -1;
        if (after && after->source == index) {
            positionKey = after->key;
            positionRowid = after->rowid;
        }
        // Duplicates (a partij with two matching addresses) are skipped, so a batch can yield
        // fewer hits than rows: keep reading this source until the page is full or it runs dry.
        while (hits.size() < limit) {
            const int batch = int(limit - hits.size()) + 8;
            int position = 0;
            for (const QVariant &value : plan.leading)
                sql.bindValue(position++, value);
            if (plan.keyed) {
                const QString start = std::max(plan.rangeStart, positionKey);
                sql.bindValue(position++, start);
                sql.bindValue(position++, rangeEnd(plan.rangeStart));
                sql.bindValue(position++, positionKey);
                sql.bindValue(position++, positionRowid);
            } else {
                sql.bindValue(position++, positionRowid);
            }
            sql.bindValue(position++, batch);
            if (!sql.exec())
                return StorageError::fromSql(sql.lastError(), tr("searching partijen"));
            int rows = 0;
            while (sql.next()) {
                ++rows;
                positionKey = sql.value(SortKey).toString();
                positionRowid = sql.value(SortRowid).toLongLong();
                const QUuid uuid = QUuid::fromString(sql.value(Uuid).toString());
                if (seen.contains(uuid) || hits.size() >= limit || !hasAllWords(sql, plan.verify))
                    continue;
                seen.insert(uuid);
                SearchHit hit;
                hit.uuid = uuid;
                const QVariant nummer = sql.value(Nummer);
                if (!nummer.isNull())
                    hit.nummer = nummer.toString();
                hit.soortPartij = fromCode<SoortPartij>(sql.value(Soort).toString()).value_or(SoortPartij::Persoon);
                hit.naam = displayName(sql);
                hit.kind = plan.kind;
                hit.matched = matchedText(source, plan, sql);
                hit.actief = sql.value(Actief).toInt() != 0;
                const QVariant geheim = sql.value(Geheimhouding);
                if (!geheim.isNull())
                    hit.geheimhouding = geheim.toInt() != 0;
                hit.viaBetrokkene = sql.value(ViaBetrokkene).toInt() != 0;
                hit.cursor = SearchCursor{index, positionKey, positionRowid};
                hits.append(hit);
            }
            sql.finish();
            if (rows < batch)
                break;
            // The page is full but rows were left; the next page continues from the last hit's cursor.
            if (hits.size() >= limit)
                break;
        }
    }
    return hits;
}

} // namespace kcc::storage
