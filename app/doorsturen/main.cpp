// kcc-verwerkingen-doorsturen: what `kccctl verwerkingen-doorsturen` runs. A program of its own,
// because it is the only command that talks to a server: kccctl itself stays QtCore (+ Sql), with
// no network libraries in its address space (see tests/storage/tst_importrefusals.cpp).
// Usage: kcc-verwerkingen-doorsturen DATABASE [options of verwerkingen-doorsturen]

#include "app/doorsturen/doorstuurcommand.h"
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
    QStringList commandArguments{QStringLiteral("kccctl verwerkingen-doorsturen")};
    commandArguments << arguments.mid(2);
    const CommandContext context{arguments.at(1), commandArguments, out, err};
    return runVerwerkingenDoorsturen(context);
}
