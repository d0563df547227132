#include "app/kccctl/verwerkingencommand.h"

#include "app/kccctl/commandsupport.h"
#include "model/privacy/verwerkingsactiejson.h"
#include "storage/db/sqlservices.h"
#include "storage/privacy/verwerkingenopschoning.h"

#include <QJsonDocument>

#include <cstdio>

namespace kcc::ctl {

namespace {

class VerwerkingenCommand
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::VerwerkingenCommand)

public:
    static QString description()
    {
        return tr("Show the verwerkingenlog about one person: who looked at their data, when and why. Only for an "
                  "account with the privacy officer role; it signs in with the password on the first line of "
                  "standard input, and this reading is itself recorded in the log.");
    }
    static QString bsnHelp() { return tr("The person's BSN."); }
    static QString partijHelp() { return tr("The partij's uuid."); }
    static QString gebruikerHelp() { return tr("The sign-in name of the privacy officer."); }
    static QString vanHelp() { return tr("Only entries on or after this date (yyyy-MM-dd)."); }
    static QString totHelp() { return tr("Only entries before this date (yyyy-MM-dd)."); }
    static QString jsonHelp()
    {
        return tr("Print the entries as the Verwerkingenlogging API answers them (JSON) instead of a table.");
    }
    static QString baseUrlHelp()
    {
        return tr("Base URL of the log API for the 'url' fields (default %1).").arg(defaultBaseUrl());
    }
    static QString defaultBaseUrl() { return QStringLiteral("http://localhost:8000/api/v1"); }
    static QString oneOf() { return tr("kccctl: give either --bsn or --partij."); }
    static QString needGebruiker()
    {
        return tr("kccctl: --gebruiker is required: the privacy officer's sign-in name.");
    }
    static QString badDate(const QString &value) { return tr("kccctl: '%1' is not a date (yyyy-MM-dd).").arg(value); }
    static QString badPartij(const QString &value) { return tr("kccctl: '%1' is not a partij uuid.").arg(value); }
    static QString none() { return tr("No entries about this person."); }
    static QString total(qsizetype count) { return tr("Entries: %1").arg(count); }
    static QString opschonenDescription()
    {
        return tr("Remove the entries of the verwerkingenlog whose bewaartermijn has passed; the purge is recorded.");
    }
    static QString opgeschoond(qint64 count)
    {
        return tr("Expired entries removed from the verwerkingenlog: %1").arg(count);
    }
};

void printTable(const CommandContext &context, const QList<Verwerkingsactie> &acties)
{
    for (const Verwerkingsactie &actie : acties) {
        QStringList betrokkenheid;
        for (const VerwerktObject &object : actie.verwerkteObjecten)
            betrokkenheid << object.betrokkenheid;
        context.out << actie.tijdstip.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << QStringLiteral("  ")
                    << actie.actieNaam << QStringLiteral(" (") << betrokkenheid.join(QStringLiteral(", "))
                    << QStringLiteral(")  ") << vertrouwelijkheidCode(actie.vertrouwelijkheid) << QStringLiteral("  ")
                    << actie.gebruiker << QStringLiteral("  ") << actie.verwerkingNaam << Qt::endl;
    }
    context.out << (acties.isEmpty() ? VerwerkingenCommand::none() : VerwerkingenCommand::total(acties.size()))
                << Qt::endl;
}

bool parseDate(const CommandContext &context, const QString &text, QDate &date)
{
    if (text.isEmpty())
        return true;
    date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        context.err << VerwerkingenCommand::badDate(text) << Qt::endl;
    return date.isValid();
}

} // namespace

int runVerwerkingen(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(VerwerkingenCommand::description());
    parser.addOption({QStringLiteral("bsn"), VerwerkingenCommand::bsnHelp(), QStringLiteral("BSN")});
    parser.addOption({QStringLiteral("partij"), VerwerkingenCommand::partijHelp(), QStringLiteral("UUID")});
    parser.addOption({QStringLiteral("gebruiker"), VerwerkingenCommand::gebruikerHelp(), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("van"), VerwerkingenCommand::vanHelp(), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("tot"), VerwerkingenCommand::totHelp(), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("json"), VerwerkingenCommand::jsonHelp()});
    parser.addOption({QStringLiteral("base-url"), VerwerkingenCommand::baseUrlHelp(), QStringLiteral("URL")});
    int exitCode = Success;
    if (!parseCommandLine(parser, context, exitCode))
        return exitCode;
    InzageVraag vraag;
    vraag.bsn = parser.value(QStringLiteral("bsn")).trimmed();
    const QString partij = parser.value(QStringLiteral("partij")).trimmed();
    if (vraag.bsn.isEmpty() == partij.isEmpty()) {
        context.err << VerwerkingenCommand::oneOf() << Qt::endl;
        return UsageError;
    }
    vraag.partij = QUuid::fromString(partij);
    if (!partij.isEmpty() && vraag.partij.isNull()) {
        context.err << VerwerkingenCommand::badPartij(partij) << Qt::endl;
        return UsageError;
    }
    if (!parseDate(context, parser.value(QStringLiteral("van")), vraag.van) ||
        !parseDate(context, parser.value(QStringLiteral("tot")), vraag.tot))
        return UsageError;
    const QString naam = parser.value(QStringLiteral("gebruiker"));
    if (naam.isEmpty()) {
        context.err << VerwerkingenCommand::needGebruiker() << Qt::endl;
        return UsageError;
    }

    const std::unique_ptr<storage::Database> database = openDatabase(context);
    if (!database)
        return Failure;
    storage::SqlServices services(*database);
    QTextStream in(stdin);
    const Result<SignedInActor> lezer = services.accounts().signIn(naam, in.readLine());
    if (!lezer) {
        printError(context, lezer.error());
        return Failure;
    }
    services.huidigeVerwerking().setGebruiker(lezer.value().actor.toString(QUuid::WithoutBraces));
    const Result<QList<Verwerkingsactie>> acties = services.verwerkingenInzage().verwerkingen(vraag, lezer.value());
    if (!acties) {
        printError(context, acties.error());
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QString baseUrl = parser.value(QStringLiteral("base-url"));
        if (baseUrl.isEmpty())
            baseUrl = VerwerkingenCommand::defaultBaseUrl();
        context.out << QString::fromUtf8(
            QJsonDocument(VerwerkingsactieJson::lijst(acties.value(), baseUrl)).toJson(QJsonDocument::Indented));
    } else {
        printTable(context, acties.value());
    }
    return Success;
}

int runVerwerkingenOpschonen(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(VerwerkingenCommand::opschonenDescription());
    int exitCode = Success;
    if (!parseCommandLine(parser, context, exitCode))
        return exitCode;
    const std::unique_ptr<storage::Database> database = openDatabase(context);
    if (!database)
        return Failure;
    // The operating-system account runs the administrator's command line.
    const QString gebruiker = qEnvironmentVariable("USER", QStringLiteral("kccctl"));
    const Result<qint64> removed = storage::VerwerkingenOpschoning(*database).schoonOp(gebruiker);
    if (!removed) {
        printError(context, removed.error());
        return Failure;
    }
    context.out << VerwerkingenCommand::opgeschoond(removed.value()) << Qt::endl;
    return Success;
}

} // namespace kcc::ctl
