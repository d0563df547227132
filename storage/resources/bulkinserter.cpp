#include "storage/resources/bulkinserter.h"

#include "storage/db/storageerror.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace kcc::storage {

namespace {

QSqlError sqliteError(sqlite3 *database, int code)
{
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(database)), QSqlError::StatementError,
                     QString::number(code));
}

} // namespace

Result<sqlite3 *> sqliteHandle(const QSqlDatabase &connection)
{
    // The documented way to reach the driver's handle (QSqlDriver::handle()). Qt's QSQLITE
    // plugin on Debian uses the system libsqlite3, the same library this code links.
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3 *database = *static_cast<sqlite3 *const *>(handle.constData()))
            return database;
    }
    return Error{BulkStatement::tr("A bulk load needs an open SQLite database."), {}};
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

Result<> BulkStatement::prepare(sqlite3 *database, const QString &sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_database = database;
    const QByteArray utf8 = sql.toUtf8();
    const int code = sqlite3_prepare_v3(database, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                        &m_statement, nullptr);
    if (code != SQLITE_OK) {
        m_statement = nullptr;
        return StorageError::fromSql(sqliteError(database, code));
    }
    m_values.reserve(size_t(sqlite3_bind_parameter_count(m_statement)));
    m_text.reserve(4096);
    return {};
}

void BulkStatement::addText(QStringView text)
{
    const size_t offset = m_text.size();
    const qsizetype length = text.size();
    // Almost every demo value is ASCII: copy it straight, and convert only when it is not.
    m_text.resize(offset + size_t(length));
    char *out = m_text.data() + offset;
    const char16_t *in = text.utf16();
    bool ascii = true;
    for (qsizetype i = 0; i < length; ++i) {
        if (in[i] >= 0x80) {
            ascii = false;
            break;
        }
        out[i] = char(in[i]);
    }
    if (!ascii) {
        m_text.resize(offset);
        const QByteArray utf8 = text.toUtf8();
        m_text.append(utf8.constData(), size_t(utf8.size()));
    }
    m_values.push_back({Value::Text, 0, offset, m_text.size() - offset});
}

void BulkStatement::addUuid(const QUuid &uuid)
{
    // codec::uuidText(): QUuid::toString(QUuid::WithoutBraces), lowercase hex.
    static constexpr char hex[] = "0123456789abcdef";
    const size_t offset = m_text.size();
    m_text.resize(offset + 36);
    char *out = m_text.data() + offset;
    const auto put = [&out](quint64 value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
            *out++ = hex[(value >> shift) & 0xf];
    };
    put(uuid.data1, 8);
    *out++ = '-';
    put(uuid.data2, 4);
    *out++ = '-';
    put(uuid.data3, 4);
    *out++ = '-';
    put(uuid.data4[0], 2);
    put(uuid.data4[1], 2);
    *out++ = '-';
    for (int i = 2; i < 8; ++i)
        put(uuid.data4[i], 2);
    m_values.push_back({Value::Text, 0, offset, 36});
}

bool BulkStatement::execute()
{
    // A value too many or too few would bind out of range or leave a column NULL.
    int code = int(m_values.size()) == sqlite3_bind_parameter_count(m_statement) ? SQLITE_OK : SQLITE_RANGE;
    for (size_t i = 0; i < m_values.size() && code == SQLITE_OK; ++i) {
        const Value &value = m_values[i];
        const int position = int(i) + 1;
        switch (value.kind) {
        case Value::Null:
            code = sqlite3_bind_null(m_statement, position);
            break;
        case Value::Int:
            code = sqlite3_bind_int64(m_statement, position, value.number);
            break;
        case Value::Text:
            // m_text stays unchanged until the row has been stepped; data() is never null, so an
            // empty text is bound as '' and not as NULL.
            code = sqlite3_bind_text(m_statement, position, m_text.data() + value.offset, int(value.length),
                                     SQLITE_STATIC);
            break;
        }
    }
    if (code == SQLITE_OK) {
        code = sqlite3_step(m_statement);
        if (code == SQLITE_DONE)
            code = SQLITE_OK;
    }
    if (code != SQLITE_OK)
        m_error = sqliteError(m_database, code);
    // reset returns the step's error again; it was taken above.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_values.clear();
    m_text.clear();
    return code == SQLITE_OK;
}

} // namespace kcc::storage
