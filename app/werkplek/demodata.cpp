#include "app/werkplek/demodata.h"

#include "model/beheer/accountservice.h"

#include "storage/demo/demoloader.h"
#include "storage/demo/demowerkvoorraad.h"
#include "storage/resources/queries.h"

#include <QProgressDialog>
#include <QScopeGuard>

namespace kcc::app {

Result<> DemoData::ensureLoaded(storage::Database &database)
{
    if (!storage::isEmpty(database))
        return {};

    QProgressDialog progress(tr("Preparing demo data…"), QString(), 0, 100);
    progress.setWindowTitle(tr("KCC Werkplek — DEMO"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setValue(0);

    const Result<storage::DemoReport> loaded =
        storage::DemoLoader::load(database, storage::DemoOptions{}, [&progress](const QString &stage, int percent) {
            progress.setLabelText(tr("Preparing demo data: %1").arg(stage));
            progress.setValue(percent);
        });
    progress.close();
    if (!loaded)
        return loaded.error();
    return {};
}

Result<> DemoData::ensureAccount(AccountService &accounts)
{
    // Idempotent: once the demo account signs in, nothing is created again.
    if (accounts.signIn(accountName(), accountPassword()))
        return {};
    const Result<QUuid> created = accounts.createMedewerker(
        QStringLiteral("Daan de Wit"), tr("KCC-medewerker (demo)"), QString(), QStringLiteral("0201234567"),
        accountPassword(), {AccountRole::medewerker(), AccountRole::beheerder()}, accountName());
    if (!created)
        return created.error();
    return {};
}

Result<> DemoData::ensureWerkvoorraad(storage::Database &database, AccountService &accounts)
{
    // Signed in with a short login, shown in lists by a person's name (issue 10 item 9).
    auto account = [&](const QString &login, const QString &naam, const QString &functie,
                       const QStringList &roles) -> Result<QUuid> {
        if (const Result<SignedInActor> signedIn = accounts.signIn(login, accountPassword()))
            return signedIn.value().actor;
        return accounts.createMedewerker(naam, functie, QString(), QStringLiteral("0201234567"), accountPassword(),
                                         roles, login);
    };
    const Result<QUuid> demo = account(accountName(), QStringLiteral("Daan de Wit"), tr("KCC-medewerker (demo)"),
                                       {AccountRole::medewerker(), AccountRole::beheerder()});
    if (!demo)
        return demo.error();
    // The demo beheerder makes its colleagues; nobody acts any more once they exist.
    if (const Result<SignedInActor> beheerder = accounts.signIn(accountName(), accountPassword()))
        accounts.setActingActor(beheerder.value());
    const auto noActor = qScopeGuard([&accounts] { accounts.setActingActor({}); });
    const Result<QUuid> supervisor =
        account(QStringLiteral("supervisor"), QStringLiteral("Sanne Visser"), tr("Teamleider KCC (demo)"),
                {AccountRole::medewerker(), AccountRole::supervisor()});
    if (!supervisor)
        return supervisor.error();
    const Result<QUuid> backoffice = account(QStringLiteral("backoffice"), QStringLiteral("Bas Kuiper"),
                                             tr("Medewerker Vergunningen (demo)"), {AccountRole::medewerker()});
    if (!backoffice)
        return backoffice.error();
    const Result<int> added = storage::DemoWerkvoorraad::apply(
        database, {demo.value(), supervisor.value(), backoffice.value()}, QDateTime::currentDateTimeUtc());
    if (!added)
        return added.error();
    return {};
}

} // namespace kcc::app
