#include "app/werkplek/demodata.h"

#include "storage/demoloader.h"
#include "storage/queries.h"

#include <QProgressDialog>

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

} // namespace kcc::app
