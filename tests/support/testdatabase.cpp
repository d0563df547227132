#include "tests/support/testdatabase.h"

namespace kcc::test {

TestDatabase::TestDatabase()
{
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return;
    }
    m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
    reopen();
}

TestDatabase::~TestDatabase() = default;

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
