#include "storage/db/databaseaddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace kcc::storage {

namespace {

const QStringList knownSslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

} // namespace

bool DatabaseAddress::looksLikeUri(const QString &pathOrUri)
{
    return pathOrUri.startsWith(QLatin1String("postgresql://")) || pathOrUri.startsWith(QLatin1String("postgres://"));
}

Result<DatabaseAddress> DatabaseAddress::parse(const QString &pathOrUri)
{
    DatabaseAddress address;
    if (!looksLikeUri(pathOrUri)) {
        if (pathOrUri.contains(QLatin1String("://"))) {
            return Error{tr("\"%1\" is neither a file nor a PostgreSQL address. Give a file path for a database on "
                            "this desk, or postgresql://user@host:port/database for the KCC's shared server.")
                             .arg(pathOrUri),
                         {}};
        }
        address.filePath = pathOrUri;
        return address;
    }
    const QUrl url(pathOrUri, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return Error{tr("The PostgreSQL address \"%1\" cannot be read; it should look like "
                        "postgresql://user@host:5432/database.")
                         .arg(pathOrUri),
                     {}};
    }
    if (!url.password().isEmpty()) {
        return Error{tr("The PostgreSQL address contains a password. Leave it out: put it in the file named by "
                        "PGPASSFILE (or ~/.pgpass), or let the program ask for it."),
                     {}};
    }
    address.engine = Engine::PostgreSQL;
    address.host = url.host();
    address.port = url.port(5432);
    address.user = url.userName();
    address.databaseName = url.path().mid(1);
    if (address.databaseName.isEmpty() || address.databaseName.contains(QLatin1Char('/'))) {
        return Error{tr("The PostgreSQL address \"%1\" names no database; add it after the host, e.g. "
                        "postgresql://%2/kcc.")
                         .arg(pathOrUri, url.host()),
                     {}};
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode") && knownSslModes.contains(value)) {
            address.sslMode = value;
        } else {
            return Error{tr("The PostgreSQL address has an option this program does not know: %1=%2 (known: "
                            "sslmode=%3).")
                             .arg(key, value, knownSslModes.join(QLatin1Char('|'))),
                         {}};
        }
    }
    return address;
}

QString DatabaseAddress::toString() const
{
    if (engine == Engine::SQLite)
        return filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + databaseName);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString();
}

QString DatabaseAddress::connectOptions() const
{
    // A network cut sends no reset: without keepalives and a user timeout a statement on a
    // half-open connection would wait for the kernel's retransmissions (many minutes) before the
    // desk learns that the server is away (issue 13, item 6).
    QStringList options = {QStringLiteral("connect_timeout=5"),  QStringLiteral("application_name=kcc-werkplek"),
                           QStringLiteral("keepalives_idle=10"), QStringLiteral("keepalives_interval=3"),
                           QStringLiteral("keepalives_count=3"), QStringLiteral("tcp_user_timeout=10000")};
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    return options.join(QLatin1Char(';'));
}

} // namespace kcc::storage
