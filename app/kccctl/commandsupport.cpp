#include "app/kccctl/commandsupport.h"

#include "translations/translator.h"

#include <QCoreApplication>
#include <QLocale>

namespace kcc::ctl {

namespace {
class CommandSupport
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::CommandSupport)

public:
    static QString cannotOpen(const QString &path, const QString &reason)
    {
        return tr("kccctl: cannot open the database %1: %2").arg(path, reason);
    }
    static QString readOnly(const QString &path, const QString &reason)
    {
        return tr("kccctl: the database %1 is opened for reading only, because %2. Nothing can be saved.")
            .arg(path, reason);
    }
    static QString unexpectedArguments(const QStringList &arguments)
    {
        return tr("kccctl: unexpected arguments: %1").arg(arguments.join(QLatin1Char(' ')));
    }
};
} // namespace

bool parseCommandLine(QCommandLineParser &parser, const CommandContext &context, int &exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(context.arguments)) {
        context.err << QStringLiteral("kccctl: ") << parser.errorText() << Qt::endl;
        exitCode = UsageError;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        exitCode = Success;
        return false;
    }
    return true;
}

namespace {
std::unique_ptr<storage::Database> open(const CommandContext &context, storage::Database::Access access)
{
    auto opened = storage::Database::open(context.databasePath, storage::Database::Migration::Apply, access);
    if (!opened) {
        context.err << CommandSupport::cannotOpen(context.databasePath, opened.error().message) << Qt::endl;
        return nullptr;
    }
    for (const QString &warning : opened.value()->warnings())
        context.err << QStringLiteral("kccctl: ") << warning << Qt::endl;
    if (opened.value()->isReadOnly())
        context.err << CommandSupport::readOnly(context.databasePath, opened.value()->readOnlyReason()) << Qt::endl;
    return std::move(opened).value();
}
} // namespace

std::unique_ptr<storage::Database> openDatabase(const CommandContext &context)
{
    return open(context, storage::Database::Access::ReadWrite);
}

std::unique_ptr<storage::Database> openDatabaseForReading(const CommandContext &context)
{
    return open(context, storage::Database::Access::ReadOnlyWhenNeeded);
}

void printError(const CommandContext &context, const Error &error)
{
    context.err << QStringLiteral("kccctl: ") << error.message << Qt::endl;
    for (const FieldError &fieldError : error.fieldErrors)
        context.err << QStringLiteral("  ") << fieldError.field << QStringLiteral(": ") << fieldError.message
                    << Qt::endl;
}

QString messageLanguage()
{
    const QString fromEnvironment = qEnvironmentVariable("KCC_LANG");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

int runHelperProgram(int argc, char *argv[], const QString &command, int (*run)(const CommandContext &))
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KCC Werkplek"));
    QCoreApplication::setApplicationName(QStringLiteral("kccctl"));
    installTranslations(app, messageLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2)
        return UsageError;
    QStringList commandArguments{command};
    commandArguments << arguments.mid(2);
    const CommandContext context{arguments.at(1), commandArguments, out, err};
    return run(context);
}

} // namespace kcc::ctl
