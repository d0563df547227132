#include "app/kccctl/takencommand.h"

#include "app/kccctl/commandsupport.h"
#include "model/taken/werkvoorraadservice.h"
#include "storage/db/sqlservices.h"
#include "storage/privacy/opdrachtregelgebruiker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace kcc::ctl {

namespace {
class TakenCommand
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::TakenCommand)

public:
    static QString description()
    {
        return tr("List interne taken, oldest first, with the same filters as the werkplek's work queues. "
                  "Overdue tasks (older than the norm of their handeling in working days) are marked.");
    }
    static QString actorHelp() { return tr("Only tasks assigned to this colleague (exact name)."); }
    static QString afdelingHelp() { return tr("Only tasks assigned to this afdeling (exact name)."); }
    static QString statusHelp() { return tr("Only tasks with this status: te_verwerken or verwerkt."); }
    static QString jsonHelp() { return tr("Print a JSON array instead of a table."); }
    static QString actorOrAfdeling() { return tr("kccctl: use --actor or --afdeling, not both."); }
    static QString badStatus(const QString &value)
    {
        return tr("kccctl: --status must be te_verwerken or verwerkt, not '%1'.").arg(value);
    }
    static QString unexpected(const QStringList &arguments)
    {
        return tr("kccctl: taken takes no arguments besides its options: %1").arg(arguments.join(QLatin1Char(' ')));
    }
    static QString nothingFound() { return tr("No tasks found."); }
    static QString header(int column)
    {
        switch (column) {
        case 0:
            return tr("Reference");
        case 1:
            return tr("Status");
        case 2:
            return tr("Assigned on");
        case 3:
            return tr("Age");
        case 4:
            return tr("Requested action");
        case 5:
            return tr("Assigned to");
        case 6:
            return tr("Klant");
        default:
            return tr("Onderwerp");
        }
    }
    static QString age(qint64 seconds)
    {
        if (seconds < 3600)
            return tr("%n min", nullptr, int(std::max<qint64>(0, seconds / 60)));
        if (seconds < 48 * 3600)
            return tr("%n h", nullptr, int(seconds / 3600));
        return tr("%n d", nullptr, int(seconds / 86400));
    }
    static QString overdue() { return tr("overdue"); }
    static QString total(qsizetype count) { return tr("%n task(s)", nullptr, int(count)); }
};

constexpr int columns = 8;

void printTable(const CommandContext &context, const QList<TaakQueueRow> &rows, const QDateTime &now)
{
    QList<QStringList> lines;
    QStringList header;
    for (int column = 0; column < columns; ++column)
        header << TakenCommand::header(column);
    lines << header;
    for (const TaakQueueRow &row : rows) {
        QString age = TakenCommand::age(row.toegewezenOp.secsTo(now));
        if (row.teLaat)
            age += QStringLiteral(" (") % TakenCommand::overdue() % QLatin1Char(')');
        lines << QStringList{row.referentienummer,
                             toCode(row.status),
                             row.toegewezenOp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             age,
                             row.gevraagdeHandeling,
                             row.toegewezenAan.join(QStringLiteral(", ")),
                             row.klantNaam,
                             row.onderwerp};
    }
    QList<qsizetype> widths(columns, 0);
    for (const QStringList &line : lines) {
        for (int column = 0; column < columns; ++column)
            widths[column] = std::max(widths[column], line.at(column).size());
    }
    for (const QStringList &line : lines) {
        QString text;
        for (int column = 0; column < columns; ++column)
            text += line.at(column).leftJustified(widths[column] + 2);
        context.out << text.trimmed() << Qt::endl;
    }
    context.out << TakenCommand::total(rows.size()) << Qt::endl;
}

void printJson(const CommandContext &context, const QList<TaakQueueRow> &rows)
{
    QJsonArray array;
    for (const TaakQueueRow &row : rows) {
        QJsonObject object;
        object.insert(QStringLiteral("uuid"), row.uuid.toString(QUuid::WithoutBraces));
        object.insert(QStringLiteral("referentienummer"), row.referentienummer);
        object.insert(QStringLiteral("status"), toCode(row.status));
        object.insert(QStringLiteral("gevraagdeHandeling"), row.gevraagdeHandeling);
        object.insert(QStringLiteral("toegewezenOp"), row.toegewezenOp.toString(Qt::ISODateWithMs));
        object.insert(QStringLiteral("afgehandeldOp"),
                      row.afgehandeldOp ? QJsonValue(row.afgehandeldOp->toString(Qt::ISODateWithMs)) : QJsonValue());
        object.insert(QStringLiteral("toegewezenAan"), QJsonArray::fromStringList(row.toegewezenAan));
        object.insert(QStringLiteral("klant"), row.klantNaam);
        object.insert(QStringLiteral("onderwerp"), row.onderwerp);
        object.insert(QStringLiteral("kanaal"), row.kanaal);
        object.insert(QStringLiteral("teLaat"), row.teLaat);
        array.append(object);
    }
    context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}
} // namespace

int runTaken(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(TakenCommand::description());
    parser.addOption({QStringLiteral("actor"), TakenCommand::actorHelp(), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("afdeling"), TakenCommand::afdelingHelp(), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("status"), TakenCommand::statusHelp(), QStringLiteral("STATUS")});
    parser.addOption({QStringLiteral("json"), TakenCommand::jsonHelp()});
    int exitCode = Success;
    if (!parseCommandLine(parser, context, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        context.err << QStringLiteral("kccctl: ") << parser.positionalArguments().join(QLatin1Char(' ')) << Qt::endl;
        return UsageError;
    }
    const bool byActor = parser.isSet(QStringLiteral("actor"));
    const bool byAfdeling = parser.isSet(QStringLiteral("afdeling"));
    if (byActor && byAfdeling) {
        context.err << TakenCommand::actorOrAfdeling() << Qt::endl;
        return UsageError;
    }
    TaakQueueFilter filter;
    filter.queue = TaakQueue::Alle;
    if (parser.isSet(QStringLiteral("status"))) {
        const QString status = parser.value(QStringLiteral("status"));
        const std::optional<TaakStatus> parsed = fromCode<TaakStatus>(status);
        if (!parsed) {
            context.err << TakenCommand::badStatus(status) << Qt::endl;
            return UsageError;
        }
        filter.status = parsed;
    }

    const auto database = openDatabase(context);
    if (!database)
        return Failure;
    storage::SqlServices services(*database);
    // The klanten named in the list are logged first, page by page (issue 15).
    services.huidigeVerwerking().setGebruiker(storage::OpdrachtregelGebruiker::naam(*database));
    WerkvoorraadService &werkvoorraad = services.werkvoorraad();
    // actorByName is the command line's own look-up, on the SQL class only.
    storage::SqlAfdelingLidmaatschap &lidmaatschap = services.taken().lidmaatschap;
    if (byActor) {
        const Result<Actor> actor = lidmaatschap.actorByName(parser.value(QStringLiteral("actor")));
        if (!actor) {
            printError(context, actor.error());
            return Failure;
        }
        filter.medewerker = actor.value().uuid;
    }
    if (byAfdeling) {
        const Result<Actor> afdeling =
            lidmaatschap.actorByName(parser.value(QStringLiteral("afdeling")), SoortActor::OrganisatorischeEenheid);
        if (!afdeling) {
            printError(context, afdeling.error());
            return Failure;
        }
        filter.afdeling = afdeling.value().uuid;
    }

    // The administrator's command line sees what a supervisor sees.
    const SignedInActor viewer{QUuid(), QStringLiteral("kccctl"), SoortActor::Medewerker, {AccountRole::supervisor()}};
    QList<TaakQueueRow> rows;
    PageCursor cursor;
    for (;;) {
        const Result<Page<TaakQueueRow>> page = werkvoorraad.queue(viewer, filter, cursor, 1000);
        if (!page) {
            printError(context, page.error());
            return Failure;
        }
        rows += page.value().rows;
        if (page.value().atEnd)
            break;
        cursor = page.value().next;
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(context, rows);
    else if (rows.isEmpty())
        context.out << TakenCommand::nothingFound() << Qt::endl;
    else
        printTable(context, rows, services.clock().now());
    return Success;
}

} // namespace kcc::ctl
