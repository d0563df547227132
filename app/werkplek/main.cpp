// kcc-werkplek: the composition root. Opens the database, builds the services over it
// (storage::SqlServices) and hands them to the main window; nothing below app/ opens a database.

#include "app/werkplek/callflowwiring.h"
#include "app/werkplek/commandlineoptions.h"
#include "app/werkplek/databasesetting.h"
#include "app/werkplek/demodata.h"
#include "app/werkplek/incomingcalls.h"
#include "app/werkplek/locksettings.h"
#include "app/werkplek/seatdatabase.h"
#include "app/werkplek/sessionhost.h"
#include "app/werkplek/syncsettingsloader.h"
#include "app/werkplek/waitingregistrations.h"
#include "app/werkplek/werkpleksync.h"
#include "model/brp/gelogdebrppersonen.h"
#include "model/callflow/seatkanaal.h"
#include "storage/beheer/sqlaccountservice.h"
#include "storage/beheer/sqlactordirectory.h"
#include "storage/beheer/sqlcodelistservice.h"
#include "storage/callflow/registrationwriter.h"
#include "storage/callflow/sqldraftstore.h"
#include "storage/db/database.h"
#include "storage/db/databaselocation.h"
#include "storage/db/sqlservices.h"
#include "storage/klantbeeld/sqlklantbeeldservice.h"
#include "storage/klantbeeld/sqlklantcontactdetailservice.h"
#include "storage/lists/sqlklantcontactlistsource.h"
#include "storage/lists/sqlpartijlistsource.h"
#include "storage/partij/sqlpartijeditservice.h"
#include "storage/search/sqlpartijfinder.h"
#include "storage/search/threadedpartijsearch.h"
#include "storage/taken/sqltaken.h"
#include "sync/brp/brpclient.h"
#include "sync/settings/openklantbeheerdienst.h"
#include "translations/translator.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/privacy/inzageknop.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/signindialog.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>

#include <cstdio>
#include <optional>

namespace {

const auto languageKey = QStringLiteral("ui/language");
const auto geometryKey = QStringLiteral("mainwindow/geometry");

// --lang wins over the saved choice, which wins over Dutch, the language of the KCC.
QString chooseLanguage(const QString &commandLine)
{
    if (!commandLine.isEmpty())
        return commandLine;
    const QString saved = QSettings().value(languageKey).toString();
    return kcc::supportedLanguages().contains(saved) ? saved : kcc::defaultLanguage();
}

void applyLocale(const QString &language)
{
    // Dates and numbers follow the Netherlands also in English: the users and data are Dutch.
    QLocale::setDefault(language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::Netherlands)
                                                        : QLocale(QLocale::Dutch, QLocale::Netherlands));
}

int failStartup(const QString &message)
{
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("kcc::app::Main", "KCC Werkplek"), message,
                    QMessageBox::Close);
    box.exec();
    return 1;
}

// Issue 13: the next medewerker on the KCC's server gets a new program with their own login.
void startAgainFor(const QString &database, const QString &language)
{
    QStringList arguments{QStringLiteral("--db"), database};
    if (!language.isEmpty())
        arguments << QStringLiteral("--lang") << language;
    QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
}

// The demo's accounts and work queues; the hint the sign-in dialog shows.
QString prepareDemoAccounts(kcc::storage::Database &database, kcc::AccountService &accounts)
{
    if (const kcc::Result<> account = kcc::app::DemoData::ensureAccount(accounts); !account)
        qWarning("The demo account could not be created: %s", qPrintable(account.error().message));
    if (const kcc::Result<> queues = kcc::app::DemoData::ensureWerkvoorraad(database, accounts); !queues)
        qWarning("The demo work queues could not be prepared: %s", qPrintable(queues.error().message));
    return QCoreApplication::translate("kcc::app::Main",
                                       "Demo: sign in as \"%1\" with password \"%2\". For the work "
                                       "queues also \"supervisor\" and \"backoffice\", same password.")
        .arg(kcc::app::DemoData::accountName(), kcc::app::DemoData::accountPassword());
}

// Issue 15: the privacy officer makes an inzage from the klantbeeld; nobody else sees the button.
void offerInzage(kcc::app::SessionHost &session, kcc::storage::SqlServices &services,
                 const std::optional<kcc::SignedInActor> &seat)
{
    QObject::connect(&session, &kcc::app::SessionHost::windowChanged, &session,
                     [&services, &seat](kcc::ui::MainWindow *window) {
                         if (!window || !seat)
                             return;
                         for (auto *klantbeeld : window->findChildren<kcc::ui::KlantbeeldWidget *>())
                             kcc::ui::InzageKnop::voegToe(klantbeeld, &services.inzage(), *seat);
                     });
}

// A call handed over by the softphone (or a second start) reaches the running session.
void connectIncoming(kcc::app::IncomingCalls &incoming, kcc::app::SessionHost &session)
{
    QObject::connect(&incoming, &kcc::app::IncomingCalls::incomingCall, &session, &kcc::app::SessionHost::incomingCall);
    QObject::connect(&incoming, &kcc::app::IncomingCalls::activationRequested, &session,
                     &kcc::app::SessionHost::activate);
}

// Issue 13, item 6: on the KCC's server the seat's connection comes back by itself after a restart,
// failover or cut, and a registration made meanwhile waits on this desk until it can be sent.
std::unique_ptr<kcc::app::WaitingRegistrations> waitingRegistrations(const kcc::app::SeatDatabase &opened)
{
    if (!opened.isShared())
        return nullptr;
    return std::make_unique<kcc::app::WaitingRegistrations>(opened.database(), opened.liveChanges(),
                                                            kcc::RegistrationSpool::defaultDirectory(),
                                                            kcc::DeskDraftStore::defaultDirectory());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KCC Werkplek"));
    QCoreApplication::setApplicationName(QStringLiteral("KCC Werkplek"));
    // The kanaal of a new contact is remembered per seat, in this application's settings.
    kcc::SeatKanaal::useSettings();
#ifdef KCC_VERSION
    QCoreApplication::setApplicationVersion(QStringLiteral(KCC_VERSION));
#endif
    // The desktop entry and AppStream id of the package (packaging/), also the Wayland app id.
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.gemeente.KccWerkplek"));

    using kcc::app::CommandLineOptions;
    const QString language = chooseLanguage(CommandLineOptions::parse(QCoreApplication::arguments()).language);
    if (!kcc::installTranslations(app, language))
        qWarning("The translation for '%s' could not be loaded.", qPrintable(language));
    applyLocale(language);

    // Parsed again now that the language is installed, so that errors and help are translated.
    const CommandLineOptions options = CommandLineOptions::parse(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s\n\n%s", qPrintable(options.error), qPrintable(CommandLineOptions::helpText()));
        return 1;
    }
    if (options.helpRequested) {
        std::fputs(qPrintable(CommandLineOptions::helpText()), stdout);
        return 0;
    }
    if (options.versionRequested) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }

    // Single instance: a softphone start hands the call to the running KCC Werkplek, a plain
    // second start brings it to the front.
    if (kcc::app::IncomingCalls::handOver(options.incoming))
        return 0;

    // Demo data lives in its own file: it can never end up between the municipality's records.
    const QString path =
        options.demo
            ? kcc::storage::DatabaseLocation::demoPath()
            : kcc::storage::DatabaseLocation::resolve(kcc::app::DatabaseSetting::requested(options.databasePath));
    kcc::app::SeatDatabase opened;
    switch (opened.open(path)) {
    case kcc::app::SeatDatabase::Outcome::Cancelled:
        return 0;
    case kcc::app::SeatDatabase::Outcome::Failed:
        return failStartup(QCoreApplication::translate("kcc::app::Main", "The database %1 could not be opened.\n\n%2")
                               .arg(QDir::toNativeSeparators(path), opened.error()));
    case kcc::app::SeatDatabase::Outcome::Opened:
        break;
    }
    kcc::storage::Database *const database = &opened.database();
    for (const QString &warning : database->warnings())
        qWarning("%s", qPrintable(warning));
    if (options.demo) {
        if (const kcc::Result<> loaded = kcc::app::DemoData::ensureLoaded(*database); !loaded) {
            return failStartup(
                QCoreApplication::translate("kcc::app::Main", "The demo data could not be prepared.\n\n%1")
                    .arg(loaded.error().message));
        }
    }

    kcc::storage::SqlServices services(*database);
    // On the KCC's server, signing in and the lock screen's check are the server's (issue 13).
    kcc::AccountService &accounts = opened.isShared() ? *opened.seatAccounts() : services.accounts();

    const QString demoHint = options.demo ? prepareDemoAccounts(*database, accounts) : QString();
    std::optional<kcc::SignedInActor> firstUser = opened.signedIn();
    if (!firstUser) {
        kcc::ui::SignInDialog signIn(accounts, demoHint);
        if (options.demo)
            signIn.nameEdit()->setText(kcc::app::DemoData::accountName());
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        firstUser = signIn.signedIn();
    }
    // The verwerkingenlog names the medewerker by the actor's uuid (a meaningless key).
    std::optional<kcc::SignedInActor> seat;
    const auto gebruiker = [&services, &seat](const std::optional<kcc::SignedInActor> &actor) {
        services.huidigeVerwerking().setGebruiker(actor ? actor->actor.toString(QUuid::WithoutBraces) : QString());
        seat = actor;
        return actor;
    };
    gebruiker(firstUser);

    kcc::app::IncomingCalls incoming;
    const bool listening = incoming.listen();
    // The search has its own connection on its own thread: typing in the search box never waits
    // for SQLite. `services` outlives the window, and with it the window's search model.
    kcc::ui::CallFlowContext context = kcc::app::callFlowContext(services, &services.search());
    // Issue 15: the BRP look-up, logged before anything is shown; its settings are read per look-up.
    kcc::sync::BrpClient brpClient([] { return kcc::BrpInstellingen::load(); });
    kcc::GelogdeBrpPersonen brp(brpClient, services.verwerkingenLog(), services.huidigeVerwerking());
    context.brp = &brp;
    // Issue 14: the beheerder's Open Klant settings (keyring or 0600 file, IT's system-wide values).
    kcc::sync::OpenKlantBeheerDienst openKlantBeheer;
    context.openKlant = &openKlantBeheer;
    // Issue 14: in step with Open Klant in the background, when the settings say where it is.
    kcc::app::WerkplekSync openKlant(kcc::app::loadSyncSettings(), *database);
    openKlant.wire(context);
    // Issue 10: after a sign-out the same dialog asks who takes the seat; its closing must not end
    // the application while no window is shown.
    // Issue 13: on the KCC's server the seat's connection is the medewerker's own login, so the next
    // medewerker gets a new session: the program starts again when this one has ended.
    context.accounts = &accounts;
    bool startAgain = false;
    const auto nextSignIn = [&accounts, &demoHint, &options, &gebruiker, &opened,
                             &startAgain]() -> std::optional<kcc::SignedInActor> {
        if (opened.isShared()) {
            startAgain = true;
            return gebruiker(std::nullopt);
        }
        kcc::ui::SignInDialog next(accounts, demoHint);
        next.setAttribute(Qt::WA_QuitOnClose, false);
        if (options.demo)
            next.nameEdit()->setText(kcc::app::DemoData::accountName());
        if (next.exec() != QDialog::Accepted)
            return gebruiker(std::nullopt);
        return gebruiker(next.signedIn());
    };
    kcc::ui::MainWindow::Sources sources{&services.partijen(), &services.klantcontacten(), database->path(),
                                         options.demo};
    sources.lockAfter = kcc::app::LockSettings::lockAfter(); // issue 15: the beheerder's, for every seat
    sources.changes = opened.liveChanges();                  // issue 13: other seats, live
    const auto waiting = waitingRegistrations(opened);
    kcc::app::SessionHost session(sources, context, nextSignIn);
    session.setWaitingRegistrations(waiting.get());
    QObject::connect(&session, &kcc::app::SessionHost::finished, &app, &QCoreApplication::quit);
    offerInzage(session, services, seat);
    QObject::connect(&session, &kcc::app::SessionHost::windowChanged, &openKlant, &kcc::app::WerkplekSync::attach);
    openKlant.start();
    if (listening)
        connectIncoming(incoming, session);
    QSettings settings;
    // Shows the window and offers an unfinished contact (crash, closed window) first.
    session.start(*firstUser, settings.value(geometryKey).toByteArray());
    if (!options.incoming.isEmpty())
        session.incomingCall(options.incoming);
    const int status = QApplication::exec();
    openKlant.stop(); // between two requests: what is in flight is looked up at the next start
    settings.setValue(geometryKey, session.geometry());
    if (startAgain) {
        incoming.stopListening();
        startAgainFor(path, options.language);
    }
    return status;
}
