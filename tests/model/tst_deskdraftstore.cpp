#include "model/callflow/deskdraftstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace kcc;

namespace {

const QDateTime t0(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);

// The database's draft store as the desk store sees it: a table of open contacts that can be
// away (Unreachable, as storage says when the server cannot be had) or refuse (any other error).
class DatabaseDrafts final : public DraftStore
{
public:
    enum class State
    {
        Up,
        Away,
        Refusing
    };

    Result<> save(const QList<OpenContact> &contacts) override
    {
        if (Result<> ok = available(); !ok)
            return ok;
        ++saves;
        for (const OpenContact &contact : contacts)
            rows.insert(contact.session.uuid, contact);
        return {};
    }
    Result<QList<OpenContact>> loadOpen(const QUuid &) override
    {
        if (Result<> ok = available(); !ok)
            return ok.error();
        return rows.values();
    }
    Result<> discard(const QUuid &session) override
    {
        if (Result<> ok = available(); !ok)
            return ok;
        rows.remove(session);
        return {};
    }

    State state = State::Up;
    QHash<QUuid, OpenContact> rows;
    int saves = 0;

private:
    Result<> available() const
    {
        if (state == State::Away)
            return Error{QStringLiteral("server away"), {}, Error::Cause::Unreachable};
        if (state == State::Refusing)
            return Error{QStringLiteral("refused"), {}, Error::Cause::Other};
        return {};
    }
};

OpenContact contact(const QString &notes, int step = 1)
{
    ContactSession session = ContactSession::start(QUuid::createUuid(), QStringLiteral("telefoon"), t0);
    session.notities = notes;
    return OpenContact{session, step, std::nullopt, {0}};
}

} // namespace

// Issue 13, item 6: the open contact's draft stays on the desk while the KCC database is away, and
// reaches the database when it is back — never lost, never doubled, discards included.
class TestDeskDraftStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void savesStraightThroughWhileTheDatabaseIsThere();
    void keptOnTheDeskWhileAwayAndHandedOverWhenBack();
    void loadWhileAwayGivesTheDesksDrafts();
    void discardWhileAwayReachesTheDatabaseLater();
    void otherErrorsAreTheCallers();
    void keptFilesAreTheMedewerkersOnly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QUuid m_actor;
};

void TestDeskDraftStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_actor = QUuid::createUuid();
}

void TestDeskDraftStore::savesStraightThroughWhileTheDatabaseIsThere()
{
    DatabaseDrafts database;
    DeskDraftStore desk(database, m_dir->path(), m_actor);
    const OpenContact a = contact(QStringLiteral("belt over de kapvergunning"));
    QVERIFY(desk.save({a}).ok());
    QCOMPARE(database.rows.value(a.session.uuid), a);
    QCOMPARE(desk.waiting(), 0);
    QCOMPARE(desk.loadOpen(m_actor).value(), QList<OpenContact>{a});
}

void TestDeskDraftStore::keptOnTheDeskWhileAwayAndHandedOverWhenBack()
{
    DatabaseDrafts database;
    DeskDraftStore desk(database, m_dir->path(), m_actor);
    OpenContact a = contact(QStringLiteral("eerste"));
    QVERIFY(desk.save({a}).ok());

    database.state = DatabaseDrafts::State::Away;
    a.session.notities = QStringLiteral("eerste, aangevuld terwijl de server weg was");
    a.step = 3;
    const OpenContact b = contact(QStringLiteral("tweede"));
    QVERIFY2(desk.save({a, b}).ok(), "a save while the server is away must not fail");
    QCOMPARE(desk.waiting(), 2);
    QCOMPARE(database.rows.value(a.session.uuid).session.notities, QStringLiteral("eerste"));

    // Back: the next save hands over what waited, then its own.
    database.state = DatabaseDrafts::State::Up;
    OpenContact c = contact(QStringLiteral("derde"));
    QVERIFY(desk.save({c}).ok());
    QCOMPARE(desk.waiting(), 0);
    QCOMPARE(database.rows.size(), 3);
    QCOMPARE(database.rows.value(a.session.uuid), a);
    QCOMPARE(database.rows.value(b.session.uuid), b);
    QCOMPARE(database.rows.value(c.session.uuid), c);
}

void TestDeskDraftStore::loadWhileAwayGivesTheDesksDrafts()
{
    DatabaseDrafts database;
    const OpenContact a = contact(QStringLiteral("in de database"));
    database.rows.insert(a.session.uuid, a);
    OpenContact onDesk = a;
    onDesk.session.notities = QStringLiteral("nieuwer, op de werkplek");
    {
        DeskDraftStore desk(database, m_dir->path(), m_actor);
        database.state = DatabaseDrafts::State::Away;
        QVERIFY(desk.save({onDesk}).ok());
        // Nothing on the desk and the database away is still an error to show.
        DeskDraftStore other(database, m_dir->path(), QUuid::createUuid());
        QVERIFY(!other.loadOpen(m_actor).ok());
    }
    // After a restart of the program (a new store over the same folder), still away.
    DeskDraftStore desk(database, m_dir->path(), m_actor);
    QCOMPARE(desk.loadOpen(m_actor).value(), QList<OpenContact>{onDesk});

    // Back: the desk's newer draft replaces the database's, once.
    database.state = DatabaseDrafts::State::Up;
    QCOMPARE(desk.loadOpen(m_actor).value(), QList<OpenContact>{onDesk});
    QCOMPARE(database.rows.value(a.session.uuid), onDesk);
    QCOMPARE(desk.waiting(), 0);
}

void TestDeskDraftStore::discardWhileAwayReachesTheDatabaseLater()
{
    DatabaseDrafts database;
    DeskDraftStore desk(database, m_dir->path(), m_actor);
    const OpenContact a = contact(QStringLiteral("wordt geregistreerd"));
    QVERIFY(desk.save({a}).ok());
    database.state = DatabaseDrafts::State::Away;
    QVERIFY(desk.discard(a.session.uuid).ok());
    QCOMPARE(desk.waiting(), 1);

    database.state = DatabaseDrafts::State::Up;
    QVERIFY(desk.loadOpen(m_actor).value().isEmpty());
    QVERIFY(!database.rows.contains(a.session.uuid));
    QCOMPARE(desk.waiting(), 0);
}

void TestDeskDraftStore::otherErrorsAreTheCallers()
{
    DatabaseDrafts database;
    DeskDraftStore desk(database, m_dir->path(), m_actor);
    database.state = DatabaseDrafts::State::Refusing;
    const Result<> saved = desk.save({contact(QStringLiteral("x"))});
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().message, QStringLiteral("refused"));
    QCOMPARE(desk.waiting(), 0);
}

void TestDeskDraftStore::keptFilesAreTheMedewerkersOnly()
{
    DatabaseDrafts database;
    DeskDraftStore desk(database, m_dir->path(), m_actor);
    database.state = DatabaseDrafts::State::Away;
    const OpenContact a = contact(QStringLiteral("BSN 999993653 genoemd"));
    QVERIFY(desk.save({a}).ok());
    const QFileInfo folder(desk.folder());
    QCOMPARE(folder.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const QFileInfoList files = QDir(desk.folder()).entryInfoList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(TestDeskDraftStore)
#include "tst_deskdraftstore.moc"
