// kcc-sync: what `kccctl sync` (and `kccctl search` for a server look-up) runs. A program of its
// own, because it talks to Open Klant: kccctl itself loads no network library (see
// app/doorsturen/main.cpp for the same split).
// Usage: kcc-sync DATABASE push|pull|status|lookup [options of kccctl sync]

#include "app/sync/synccommand.h"
#include "translations/translator.h"

#include <QCoreApplication>
#include <QLocale>

using namespace kcc::ctl;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KCC Werkplek"));
    QCoreApplication::setApplicationName(QStringLiteral("kccctl"));
    const QString language = qEnvironmentVariable("KCC_LANG");
    kcc::installTranslations(app, !language.isEmpty()                              ? language
                                  : QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl")
                                                                                   : QStringLiteral("en"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2)
        return UsageError;
    QStringList commandArguments{QStringLiteral("kccctl sync")};
    commandArguments << arguments.mid(2);
    const CommandContext context{arguments.at(1), commandArguments, out, err};
    return runSync(context);
}
