#include "tests/support/testdatabase.h"

#include "tests/support/postgresadmin.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>

namespace kcc::test {

QString TestDatabase::postgresServer()
{
    static const QString uri = [] {
        const QString state = qEnvironmentVariable("KCC_TEST_POSTGRES");
        if (state.isEmpty())
            return QString();
        QFile file(state + QStringLiteral("/uri"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("KCC_TEST_POSTGRES=%s, but its uri file cannot be read: is the test server running?",
                   qPrintable(state));
        qputenv("PGPASSFILE", QFile::encodeName(state + QStringLiteral("/pgpass")));
        return QString::fromUtf8(file.readAll()).trimmed();
    }();
    return uri;
}

TestDatabase::TestDatabase()
{
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return;
    }
    if (onPostgres()) {
        static QAtomicInt counter;
        m_postgresName =
            QStringLiteral("kcc_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
        Result<QString> created = PostgresAdmin::createDatabase(m_postgresName);
        if (!created) {
            m_error = created.error().message;
            m_postgresName.clear();
            return;
        }
        m_path = created.value();
    } else {
        m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
    }
    reopen();
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    if (!m_postgresName.isEmpty())
        PostgresAdmin::dropDatabase(m_postgresName);
}

void TestDatabase::close()
{
    m_database.reset();
}

bool TestDatabase::reopen()
{
    m_database.reset();
    auto opened = storage::Database::open(m_path);
    if (!opened) {
        m_error = opened.error().message;
        return false;
    }
    m_database = std::move(opened).value();
    m_error.clear();
    return true;
}

} // namespace kcc::test
