#include "storage/db/postgreschangefeed.h"

#include "storage/db/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace kcc::storage {

namespace {

// Lives on the feed's thread, where its connection is made and used.
class Listener final : public QObject
{
    Q_OBJECT

public:
    Listener(const Database &source, std::chrono::milliseconds heartbeat)
        : m_source(source)
    {
        m_timer.setInterval(heartbeat);
        connect(&m_timer, &QTimer::timeout, this, &Listener::check);
    }

    void start()
    {
        m_timer.start();
        check();
    }

signals:
    void changed(const QString &onderwerp);
    void lost(const QString &reason);
    void restored();
    void listening();

private:
    void check()
    {
        if (m_connection) {
            QSqlQuery ping(m_connection->connection());
            if (ping.exec(QStringLiteral("SELECT 1")))
                return;
            const QString reason = ping.lastError().text().trimmed();
            goneAway(reason.isEmpty() ? QStringLiteral("the server closed the connection") : reason);
            return;
        }
        Result<std::unique_ptr<Database>> opened = m_source.openAnother();
        if (!opened) {
            goneAway(opened.error().message);
            return;
        }
        // So that the server's administrator sees which connection this is (pg_stat_activity).
        QSqlQuery name(opened.value()->connection());
        name.exec(QStringLiteral("SET application_name = 'kcc-wijzigingen'"));
        QSqlDriver *driver = opened.value()->connection().driver();
        if (!driver->subscribeToNotification(PostgresChangeFeed::channel())) {
            goneAway(driver->lastError().text());
            return;
        }
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                    emit changed(payload.toString());
                });
        m_connection = std::move(opened).value();
        if (m_wasLost)
            emit restored();
        m_wasLost = false;
        emit listening();
    }

    void goneAway(const QString &reason)
    {
        m_connection.reset();
        if (!m_wasLost) {
            qWarning("The connection to the KCC database is lost: %s", qPrintable(reason));
            emit lost(reason);
        }
        m_wasLost = true;
    }

    const Database &m_source;
    std::unique_ptr<Database> m_connection;
    QTimer m_timer{this}; // a child: it moves to the feed's thread with the listener
    bool m_wasLost = false;
};

} // namespace

PostgresChangeFeed::PostgresChangeFeed(const Database &source, std::chrono::milliseconds heartbeat, QObject *parent)
    : LiveChanges(parent)
{
    auto *listener = new Listener(source, heartbeat);
    listener->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, listener, &Listener::start);
    // Deleted on its own thread as that thread ends, with its connection.
    connect(&m_thread, &QThread::finished, listener, &QObject::deleteLater);
    connect(listener, &Listener::changed, this, &LiveChanges::changed);
    connect(listener, &Listener::lost, this, &LiveChanges::lost);
    connect(listener, &Listener::restored, this, &LiveChanges::restored);
    connect(listener, &Listener::listening, this, &PostgresChangeFeed::listening);
    m_thread.setObjectName(QStringLiteral("kcc-wijzigingen"));
    m_thread.start();
}

PostgresChangeFeed::~PostgresChangeFeed()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace kcc::storage

#include "postgreschangefeed.moc"
