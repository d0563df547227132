#include "sync/settings/sleutelbos.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

namespace kcc::sync {

namespace {

const auto service = QStringLiteral("KCC Werkplek");

// Runs the job and waits for it; a keyring that does not answer within 10 s counts as none.
bool run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

Error failure(const QKeychain::Job &job, bool finished)
{
    if (!finished)
        return Error{Sleutelbos::tr("The keyring did not answer."), {}};
    return Error{Sleutelbos::tr("The keyring refused: %1").arg(job.errorString()), {}};
}

} // namespace

Result<> Sleutelbos::schrijf(const QString &sleutel, const QString &waarde)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(sleutel);
    job.setTextData(waarde);
    const bool finished = run(job);
    if (!finished || job.error() != QKeychain::NoError)
        return failure(job, finished);
    return {};
}

Result<std::optional<QString>> Sleutelbos::lees(const QString &sleutel)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(sleutel);
    const bool finished = run(job);
    if (finished && job.error() == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (!finished || job.error() != QKeychain::NoError)
        return failure(job, finished);
    return std::optional<QString>(job.textData());
}

Result<> Sleutelbos::verwijder(const QString &sleutel)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(sleutel);
    const bool finished = run(job);
    if (finished && (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound))
        return {};
    return failure(job, finished);
}

} // namespace kcc::sync
