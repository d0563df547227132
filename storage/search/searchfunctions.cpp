#include "storage/search/searchfunctions.h"

#include "model/search/searchquery.h"
#include "storage/resources/bulkinserter.h"

#include <sqlite3.h>

#include <tuple>

namespace kcc::storage {

namespace {

QString textArgument(sqlite3_value *value)
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_value_bytes(value)) : QString();
}

QString partijName(sqlite3_value **arguments)
{
    if (textArgument(arguments[0]) == QLatin1String("organisatie"))
        return textArgument(arguments[1]);
    return textArgument(arguments[2]) % QLatin1Char(' ') % textArgument(arguments[3]) % QLatin1Char(' ') %
           textArgument(arguments[4]);
}

void resultText(sqlite3_context *context, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

QString jsonString(const QString &text)
{
    QString quoted(QLatin1Char('"'));
    for (QChar ch : text) {
        if (ch == u'"' || ch == u'\\')
            quoted += QLatin1Char('\\') % ch;
        else if (ch.unicode() < 0x20)
            quoted += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
        else
            quoted += ch;
    }
    return quoted % QLatin1Char('"');
}

void naamSleutels(sqlite3_context *context, int, sqlite3_value **arguments)
{
    QStringList quoted;
    for (const QString &key : SearchQuery::namePairKeys(partijName(arguments)))
        quoted << jsonString(key);
    resultText(context, QLatin1Char('[') % quoted.join(QLatin1Char(',')) % QLatin1Char(']'));
}

void naamWoorden(sqlite3_context *context, int, sqlite3_value **arguments)
{
    resultText(context, SearchQuery::nameWordsText(partijName(arguments)));
}

// The FTS text of a name: folded exactly as the query is (SearchQuery::foldName()).
void vouw(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL)
        sqlite3_result_null(context);
    else
        resultText(context, SearchQuery::foldName(textArgument(arguments[0])));
}

} // namespace

Result<> SearchFunctions::install(const QSqlDatabase &connection)
{
    Result<sqlite3 *> handle = sqliteHandle(connection);
    if (!handle)
        return handle.error();
    // Deterministic and innocuous: the same columns always give the same text, and the functions
    // touch nothing else, so triggers and indexes may use them.
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    const std::tuple<const char *, int, void (*)(sqlite3_context *, int, sqlite3_value **)> functions[] = {
        {"kcc_naam_sleutels", 5, naamSleutels},
        {"kcc_naam_woorden", 5, naamWoorden},
        {"kcc_vouw", 1, vouw},
    };
    for (const auto &[name, arguments, function] : functions) {
        const int code = sqlite3_create_function_v2(handle.value(), name, arguments, flags, nullptr, function, nullptr,
                                                    nullptr, nullptr);
        if (code != SQLITE_OK) {
            return Error{tr("Could not prepare the search functions of the database: %1")
                             .arg(QString::fromUtf8(sqlite3_errstr(code))),
                         {}};
        }
    }
    return {};
}

} // namespace kcc::storage
