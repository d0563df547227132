#include "app/kccctl/searchcommand.h"

#include "app/kccctl/commandsupport.h"
#include "app/kccctl/syncstarter.h"
#include "model/privacy/persoonsverwerkingen.h"
#include "model/search/searchquery.h"
#include "storage/db/sqlservices.h"
#include "storage/db/writetransaction.h"
#include "storage/privacy/opdrachtregelgebruiker.h"
#include "storage/search/partijsearch.h"
#include "storage/search/searchindex.h"
#include "storage/sync/pulledrecords.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kcc::ctl {

namespace {
class SearchCommand
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::SearchCommand)

public:
    static QString description()
    {
        return tr("Find partijen by name, BSN, KvK-nummer, phone number, e-mail address, postcode (+ huisnummer) "
                  "or number, as the werkplek's search box does. Best matches first.");
    }
    static QString queryHelp() { return tr("What to look for; several words are one query."); }
    static QString limitHelp() { return tr("At most N results (1..1000, default 20)."); }
    static QString jsonHelp() { return tr("Print a JSON array instead of a table."); }
    static QString rebuildHelp() { return tr("Rebuild the search index first (after a bulk load that suspended it)."); }
    static QString badLimit(const QString &value)
    {
        return tr("kccctl: --limit needs a whole number from 1 to 1000, not '%1'.").arg(value);
    }
    static QString missingQuery() { return tr("kccctl: search needs a query, e.g. kccctl search \"van den berg\"."); }
    static QString rebuilt(qint64 milliseconds)
    {
        return tr("Search index rebuilt in %1 s.").arg(QString::number(milliseconds / 1000.0, 'f', 1));
    }
    static QString suspended()
    {
        return tr("Warning: the search index is suspended (a bulk load did not finish); names added since are not "
                  "found. Run kccctl search --rebuild-index.");
    }
    static QString nothingFound() { return tr("No partij found."); }
    static QString header(int column)
    {
        switch (column) {
        case 0:
            return tr("Nummer");
        case 1:
            return tr("Soort");
        case 2:
            return tr("Naam");
        case 3:
            return tr("Matched");
        default:
            return tr("Notes");
        }
    }
    static QString inactive() { return tr("inactive"); }
    static QString secret() { return tr("confidential"); }
    // A partij that came from the municipality's Open Klant (pulled by a server look-up).
    static QString openKlant() { return tr("Open Klant"); }
};

QString notes(const storage::SearchHit &hit, const QSet<QUuid> &fromServer)
{
    QStringList parts;
    if (fromServer.contains(hit.uuid))
        parts << SearchCommand::openKlant();
    if (!hit.actief)
        parts << SearchCommand::inactive();
    if (hit.geheimhouding.value_or(false))
        parts << SearchCommand::secret();
    return parts.join(QStringLiteral(", "));
}

void printTable(const CommandContext &context, const QList<storage::SearchHit> &hits, const QSet<QUuid> &fromServer)
{
    QList<QStringList> rows;
    rows << QStringList{SearchCommand::header(0), SearchCommand::header(1), SearchCommand::header(2),
                        SearchCommand::header(3), SearchCommand::header(4)};
    for (const storage::SearchHit &hit : hits)
        rows << QStringList{hit.nummer.value_or(QString()), toCode(hit.soortPartij), hit.naam, hit.matched,
                            notes(hit, fromServer)};
    QList<qsizetype> widths(5, 0);
    for (const QStringList &row : rows) {
        for (int column = 0; column < 5; ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (int column = 0; column < 5; ++column)
            line += row.at(column).leftJustified(widths[column] + 2);
        context.out << line.trimmed() << Qt::endl;
    }
}

void printJson(const CommandContext &context, const QList<storage::SearchHit> &hits, const QSet<QUuid> &fromServer)
{
    QJsonArray array;
    for (const storage::SearchHit &hit : hits) {
        QJsonObject object;
        object.insert(QStringLiteral("uuid"), hit.uuid.toString(QUuid::WithoutBraces));
        object.insert(QStringLiteral("nummer"), hit.nummer ? QJsonValue(*hit.nummer) : QJsonValue());
        object.insert(QStringLiteral("soortPartij"), toCode(hit.soortPartij));
        object.insert(QStringLiteral("naam"), hit.naam);
        object.insert(QStringLiteral("matched"), hit.matched);
        object.insert(QStringLiteral("indicatieActief"), hit.actief);
        object.insert(QStringLiteral("indicatieGeheimhouding"),
                      hit.geheimhouding ? QJsonValue(*hit.geheimhouding) : QJsonValue());
        object.insert(QStringLiteral("viaBetrokkene"), hit.viaBetrokkene);
        object.insert(QStringLiteral("uitOpenKlant"), fromServer.contains(hit.uuid));
        array.append(object);
    }
    context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}
// The server look-up (kcc-sync lookup) for what the API can filter on.
std::optional<QString> serverLookUpKind(const SearchQuery &query)
{
    if (query.has(SearchQuery::Kind::Bsn))
        return QStringLiteral("bsn");
    if (query.has(SearchQuery::Kind::KvkNummer))
        return QStringLiteral("kvk");
    if (query.has(SearchQuery::Kind::Email))
        return QStringLiteral("email");
    if (query.has(SearchQuery::Kind::Telefoonnummer))
        return QStringLiteral("telefoon");
    return std::nullopt;
}
} // namespace

int runSearch(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SearchCommand::description());
    parser.addPositionalArgument(QStringLiteral("query"), SearchCommand::queryHelp(), QStringLiteral("QUERY..."));
    parser.addOption({QStringLiteral("limit"), SearchCommand::limitHelp(), QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("json"), SearchCommand::jsonHelp()});
    parser.addOption({QStringLiteral("rebuild-index"), SearchCommand::rebuildHelp()});
    int exitCode = Success;
    if (!parseCommandLine(parser, context, exitCode))
        return exitCode;

    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 1000) {
        context.err << SearchCommand::badLimit(parser.value(QStringLiteral("limit"))) << Qt::endl;
        return UsageError;
    }
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    const bool rebuild = parser.isSet(QStringLiteral("rebuild-index"));
    if (text.trimmed().isEmpty() && !rebuild) {
        context.err << SearchCommand::missingQuery() << Qt::endl;
        return UsageError;
    }

    // Rebuilding the index writes; a plain search only reads.
    const auto database = rebuild ? openDatabase(context) : openDatabaseForReading(context);
    if (!database)
        return Failure;
    if (rebuild) {
        QElapsedTimer timer;
        timer.start();
        storage::WriteTransaction transaction(*database);
        if (!transaction.isActive()) {
            printError(context, transaction.error());
            return Failure;
        }
        if (Result<> done = storage::SearchIndex::rebuild(*database); !done) {
            printError(context, done.error());
            return Failure;
        }
        if (Result<> committed = transaction.commit(); !committed) {
            printError(context, committed.error());
            return Failure;
        }
        context.err << SearchCommand::rebuilt(timer.elapsed()) << Qt::endl;
        if (text.trimmed().isEmpty())
            return Success;
    } else if (const Result<bool> suspended = storage::SearchIndex::isSuspended(*database);
               suspended && suspended.value()) {
        context.err << SearchCommand::suspended() << Qt::endl;
    }

    storage::PartijSearch search(*database);
    const SearchQuery query = SearchQuery::classify(text);
    Result<QList<storage::SearchHit>> hits = search.search(query, limit);
    if (!hits) {
        printError(context, hits.error());
        return Failure;
    }
    // Not known here: look it up on Open Klant (kcc-sync stores what it finds), then search again.
    if (hits.value().isEmpty() && serverLookUpConfigured()) {
        if (const std::optional<QString> kind = serverLookUpKind(query)) {
            if (lookUpOnServer(context, *kind, text.trimmed()))
                hits = search.search(query, limit);
            if (!hits) {
                printError(context, hits.error());
                return Failure;
            }
        }
    }
    QList<QUuid> uuids;
    for (const storage::SearchHit &hit : hits.value())
        uuids.append(hit.uuid);
    const Result<QSet<QUuid>> pulled = storage::PulledRecords::fromServer(*database, ApiResource::Partijen, uuids);
    const QSet<QUuid> fromServer = pulled ? pulled.value() : QSet<QUuid>();
    // Log first, then show (issue 15): every partij printed has its entry, as in the werkplek.
    {
        storage::SqlServices services(*database);
        services.huidigeVerwerking().setGebruiker(storage::OpdrachtregelGebruiker::naam(*database));
        QList<QUuid> shown;
        for (const storage::SearchHit &hit : hits.value())
            shown.append(hit.uuid);
        PersoonsVerwerkingen verwerkingen(services.verwerkingenLog(), services.huidigeVerwerking());
        if (Result<> logged = verwerkingen.zoekresultaatGetoond(shown); !logged) {
            printError(context, logged.error());
            return Failure;
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(context, hits.value(), fromServer);
    else if (hits.value().isEmpty())
        context.out << SearchCommand::nothingFound() << Qt::endl;
    else
        printTable(context, hits.value(), fromServer);
    return Success;
}

} // namespace kcc::ctl
