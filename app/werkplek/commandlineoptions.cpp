#include "app/werkplek/commandlineoptions.h"

#include "app/werkplek/incomingnumber.h"

#include "translations/translator.h"

#include <QCommandLineParser>

namespace kcc::app {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption demo{QStringLiteral("demo"),
                            CommandLineOptions::tr("Work on the separate demo database, filled with demo data on "
                                                   "first use. Real records are never touched.")};
    QCommandLineOption database{QStringLiteral("db"), CommandLineOptions::tr("Open the database file <path>."),
                                //: Placeholder in the command line help
                                CommandLineOptions::tr("path")};
    QCommandLineOption language{QStringLiteral("lang"),
                                CommandLineOptions::tr("User interface language: nl (Dutch, the default) or en."),
                                //: Placeholder in the command line help
                                CommandLineOptions::tr("language")};

    QCommandLineOption incoming{QStringLiteral("incoming"),
                                CommandLineOptions::tr("An incoming call from <number> (also as a tel: URI): the "
                                                       "running KCC Werkplek starts a contact and searches it."),
                                //: Placeholder in the command line help
                                CommandLineOptions::tr("number")};

    Parser()
    {
        parser.setApplicationDescription(
            CommandLineOptions::tr("KCC Werkplek: the workstation of the customer contact centre."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(demo);
        parser.addOption(database);
        parser.addOption(language);
        parser.addOption(incoming);
    }
};

} // namespace

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments)
{
    CommandLineOptions options;
    Parser p;
    if (!p.parser.parse(arguments)) {
        options.error = p.parser.errorText();
        return options;
    }
    options.helpRequested = p.parser.isSet(QStringLiteral("help"));
    options.versionRequested = p.parser.isSet(QStringLiteral("version"));
    options.demo = p.parser.isSet(p.demo);
    options.databasePath = p.parser.value(p.database);
    options.language = p.parser.value(p.language);
    QString incoming = p.parser.value(p.incoming);
    QStringList positional = p.parser.positionalArguments();
    // A softphone or browser hands over "tel:+31612345678".
    if (!positional.isEmpty() && positional.constFirst().startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        incoming = positional.takeFirst();
    const std::optional<QString> number = IncomingNumber::parse(incoming);
    options.incoming = number.value_or(QString());
    if (!options.language.isEmpty() && !supportedLanguages().contains(options.language)) {
        options.error = tr("Unknown language '%1'; choose nl or en.").arg(options.language);
        options.language.clear();
    } else if (!positional.isEmpty()) {
        options.error = tr("Unexpected argument '%1'.").arg(positional.constFirst());
    } else if (!incoming.isEmpty() && !number) {
        // From outside (a softphone, a link in a browser): only a phone number goes on.
        options.error = tr("'%1' is not a phone number or tel: URI.").arg(incoming.left(IncomingNumber::maxLineBytes));
    } else if (options.demo && p.parser.isSet(p.database)) {
        // Demo data only ever goes into the separate demo database.
        options.error = tr("--demo uses its own database and cannot be combined with --db.");
    }
    return options;
}

QString CommandLineOptions::helpText()
{
    Parser p;
    return p.parser.helpText();
}

} // namespace kcc::app
