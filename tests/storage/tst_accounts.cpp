#include "storage/beheer/passwordhash.h"
#include "storage/beheer/sqlaccountservice.h"
#include "storage/beheer/sqlactordirectory.h"
#include "storage/beheer/sqlcodelistservice.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "tests/support/fixedclock.h"
#include "tests/support/testactors.h"
#include "tests/support/testdatabase.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace kcc;
using namespace kcc::storage;

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void pbkdf2Vectors_data();
    void pbkdf2Vectors();
    void argon2idVectors_data();
    void argon2idVectors();
    void storedFormat();
    void oldPbkdf2HashesStillVerify();
    void needsRehash_data();
    void needsRehash();
    void firstStartHasNoAccount();
    void signIn_data();
    void signIn();
    void inactiveMedewerkerCannotSignIn();
    void loginApartFromTheName();
    void createMedewerkerValidates();
    void passwordIsStoredOnlyAsHash();
    void rehashAfterSignIn();
    void pbkdf2AccountMovesToArgon2idOnSignIn();
    void codeLists();
    void actorDirectory();
    void failedSignInsSlowDownThenLock();
    void lockHoldsForEverySeat();
    void beheerActionsNeedABeheerder();
    void firstBeheerderOnEmptyDatabase();
};

void TestAccounts::pbkdf2Vectors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QByteArray>("expectedHex");
    // RFC 7914 §11 (PBKDF2-HMAC-SHA256 test vectors).
    QTest::newRow("rfc7914 passwd/salt c=1")
        << QByteArray("passwd") << QByteArray("salt") << 1
        << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                      "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    QTest::newRow("rfc7914 Password/NaCl c=80000")
        << QByteArray("Password") << QByteArray("NaCl") << 80000
        << QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                      "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
    // The widely published SHA-256 variants of the RFC 6070 vectors.
    QTest::newRow("password/salt c=4096")
        << QByteArray("password") << QByteArray("salt") << 4096
        << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    QTest::newRow("long password and salt, 40 bytes")
        << QByteArray("passwordPASSWORDpassword") << QByteArray("saltSALTsaltSALTsaltSALTsaltSALTsalt") << 4096
        << QByteArray("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9");
}

void TestAccounts::pbkdf2Vectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(QByteArray, expectedHex);
    const QByteArray derived = PasswordHash::pbkdf2Sha256(password, salt, iterations, int(expectedHex.size() / 2));
    QCOMPARE(derived.toHex(), expectedHex);
}

void TestAccounts::argon2idVectors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint32>("timeCost");
    QTest::addColumn<quint32>("memoryKiB");
    QTest::addColumn<quint32>("lanes");
    QTest::addColumn<QByteArray>("expectedHex");
    QTest::addColumn<QString>("expectedEncoded");
    // The Argon2id version 0x13 vectors of the reference implementation's src/test.c
    // (P-H-C/phc-winner-argon2), also checked with Debian's argon2 command line tool:
    //   echo -n password | argon2 somesalt -id -v 13 -t 2 -m 8 -p 1 -l 32
    QTest::newRow("t=2 m=2^8 p=1")
        << QByteArray("password") << QByteArray("somesalt") << 2U << 256U << 1U
        << QByteArray("9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe")
        << QStringLiteral("$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4");
    QTest::newRow("t=2 m=2^8 p=2")
        << QByteArray("password") << QByteArray("somesalt") << 2U << 256U << 2U
        << QByteArray("6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037")
        << QStringLiteral("$argon2id$v=19$m=256,t=2,p=2$c29tZXNhbHQ$bQk8UB/VmZZF4Oo79iDXuL5/0ttZwg2f/5U52iv1cDc");
    QTest::newRow("t=2 m=2^16 p=1")
        << QByteArray("password") << QByteArray("somesalt") << 2U << 65536U << 1U
        << QByteArray("09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7")
        << QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");
}

void TestAccounts::argon2idVectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint32, timeCost);
    QFETCH(quint32, memoryKiB);
    QFETCH(quint32, lanes);
    QFETCH(QByteArray, expectedHex);
    QFETCH(QString, expectedEncoded);
    const PasswordHash::Argon2Parameters parameters{timeCost, memoryKiB, lanes};
    QCOMPARE(PasswordHash::argon2id(password, salt, parameters, 32).toHex(), expectedHex);
    QCOMPARE(PasswordHash::create(QString::fromLatin1(password), salt, parameters), expectedEncoded);
    QVERIFY(PasswordHash::verify(QString::fromLatin1(password), expectedEncoded));
    QVERIFY(!PasswordHash::verify(QStringLiteral("Password"), expectedEncoded));
    // Below today's parameters: replaced at the next sign-in.
    QVERIFY(PasswordHash::needsRehash(expectedEncoded));
}

void TestAccounts::storedFormat()
{
    const QString stored = PasswordHash::create(QStringLiteral("geheim wachtwoord"));
    const QStringList parts = stored.split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 6);
    QCOMPARE(parts[1], QStringLiteral("argon2id"));
    QCOMPARE(parts[2], QStringLiteral("v=19"));
    const QRegularExpressionMatch costs =
        QRegularExpression(QStringLiteral("^m=(\\d+),t=(\\d+),p=(\\d+)$")).match(parts[3]);
    QVERIFY2(costs.hasMatch(), qPrintable(parts[3]));
    QVERIFY(costs.captured(1).toUInt() >= 19 * 1024); // OWASP's minimum for Argon2id
    QVERIFY(costs.captured(2).toUInt() >= 2);
    QVERIFY(costs.captured(3).toUInt() >= 1);
    // Standard PHC form: base64 without padding.
    QCOMPARE(QByteArray::fromBase64(parts[4].toLatin1(), QByteArray::OmitTrailingEquals).size(), 16);
    QCOMPARE(QByteArray::fromBase64(parts[5].toLatin1(), QByteArray::OmitTrailingEquals).size(), 32);
    QVERIFY(!parts[4].contains(QLatin1Char('=')) && !parts[5].contains(QLatin1Char('=')));
    QVERIFY(PasswordHash::verify(QStringLiteral("geheim wachtwoord"), stored));
    QVERIFY(!PasswordHash::verify(QStringLiteral("geheim wachtwoorD"), stored));
    QVERIFY(!PasswordHash::verify(QString(), stored));
    QVERIFY(!PasswordHash::needsRehash(stored));
    // Random salt: the same password never gives the same string.
    QVERIFY(PasswordHash::create(QStringLiteral("geheim wachtwoord")) != stored);
    // One character of the stored hash changed: refused.
    QString tampered = stored;
    tampered[tampered.size() - 2] =
        tampered.at(tampered.size() - 2) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QVERIFY(!PasswordHash::verify(QStringLiteral("geheim wachtwoord"), tampered));
    // Malformed, or asking for absurd cost: refused without trying.
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QString()));
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QStringLiteral("$argon2id$v=19$m=256,t=2$c29tZXNhbHQ$AAAA")));
    QVERIFY(!PasswordHash::verify(QStringLiteral("password"),
                                  QStringLiteral("$argon2id$v=19$m=268435456,t=2,p=1$c29tZXNhbHQ$"
                                                 "nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")));
    // Argon2i (not id) is not what we store: refused.
    QVERIFY(!PasswordHash::verify(QStringLiteral("password"),
                                  QStringLiteral("$argon2i$v=19$m=256,t=2,p=1$c29tZXNhbHQ$"
                                                 "iekCn0Y3spW+sCcFanM2xBT63UP2sghkUoHLIUpWRS8")));
}

void TestAccounts::oldPbkdf2HashesStillVerify()
{
    // The iteration count is read from the string, so hashes stored before Argon2id keep working.
    const QString old = PasswordHash::createPbkdf2(QStringLiteral("x"), QByteArray(16, 'a'), 1000);
    QVERIFY(old.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
    QVERIFY(PasswordHash::verify(QStringLiteral("x"), old));
    QVERIFY(!PasswordHash::verify(QStringLiteral("X"), old));
    QVERIFY(PasswordHash::needsRehash(old));
    // Even at the iteration count that was the default then.
    const QString atDefault = PasswordHash::createPbkdf2(QStringLiteral("geheim"), QByteArray(16, 'b'), 120'000);
    QVERIFY(PasswordHash::verify(QStringLiteral("geheim"), atDefault));
    QVERIFY(PasswordHash::needsRehash(atDefault));
    // A stored PBKDF2 string written out by hand (RFC 7914 "passwd"/"salt", c=1), as the old code stored it.
    const QString byHand =
        QStringLiteral("pbkdf2-sha256$1$") + QString::fromLatin1(QByteArray("salt").toBase64()) + QLatin1Char('$') +
        QString::fromLatin1(
            QByteArray::fromHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc").toBase64());
    QVERIFY(PasswordHash::verify(QStringLiteral("passwd"), byHand));
    QVERIFY(!PasswordHash::verify(QStringLiteral("passwD"), byHand));
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QStringLiteral("pbkdf2-sha256$1000$!!$??")));
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QStringLiteral("pbkdf2-sha256$0$YWFh$YWFh")));
}

void TestAccounts::needsRehash_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("expected");
    const PasswordHash::Argon2Parameters today = PasswordHash::defaultParameters;
    const QByteArray salt(16, 's');
    QTest::newRow("today") << PasswordHash::create(QStringLiteral("w"), salt, today) << false;
    QTest::newRow("more memory") << PasswordHash::create(QStringLiteral("w"), salt,
                                                         {today.timeCost, today.memoryKiB * 2, today.lanes})
                                 << false;
    QTest::newRow("fewer passes") << PasswordHash::create(QStringLiteral("w"), salt,
                                                          {today.timeCost - 1, today.memoryKiB, today.lanes})
                                  << true;
    QTest::newRow("less memory") << PasswordHash::create(QStringLiteral("w"), salt,
                                                         {today.timeCost, today.memoryKiB / 2, today.lanes})
                                 << true;
    QTest::newRow("short salt") << PasswordHash::create(QStringLiteral("w"), QByteArray(8, 's'), today) << true;
    QTest::newRow("pbkdf2") << PasswordHash::createPbkdf2(QStringLiteral("w"), salt, 1'000'000) << true;
    QTest::newRow("argon2 version 0x10") << QStringLiteral("$argon2id$v=16$m=65536,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$"
                                                           "nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")
                                         << true;
    QTest::newRow("empty") << QString() << true;
}

void TestAccounts::needsRehash()
{
    QFETCH(QString, stored);
    QFETCH(bool, expected);
    QVERIFY(!stored.isEmpty() || expected);
    QCOMPARE(PasswordHash::needsRehash(stored), expected);
}

void TestAccounts::firstStartHasNoAccount()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    SqlAccountService accounts(db.database());
    accounts.setActingActor(test::fixtureBeheerder());
    QCOMPARE(accounts.hasAnyAccount().value(), false);
    QVERIFY(accounts
                .createMedewerker(QStringLiteral("Beheerder"), QStringLiteral("Beheer"), QString(),
                                  QStringLiteral("0201234567"), QStringLiteral("eerste-wachtwoord"),
                                  {AccountRole::beheerder()})
                .ok());
    QCOMPARE(accounts.hasAnyAccount().value(), true);
}

void TestAccounts::signIn_data()
{
    QTest::addColumn<QString>("naam");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("ok");
    QTest::newRow("right") << QStringLiteral("Marieke") << QStringLiteral("correct horse") << true;
    QTest::newRow("name case-insensitive") << QStringLiteral("marieke") << QStringLiteral("correct horse") << true;
    QTest::newRow("wrong password") << QStringLiteral("Marieke") << QStringLiteral("correct horsE") << false;
    QTest::newRow("empty password") << QStringLiteral("Marieke") << QString() << false;
    QTest::newRow("unknown name") << QStringLiteral("Onbekend") << QStringLiteral("correct horse") << false;
    QTest::newRow("afdeling has no account")
        << QStringLiteral("Vergunningen") << QStringLiteral("correct horse") << false;
}

void TestAccounts::signIn()
{
    QFETCH(QString, naam);
    QFETCH(QString, password);
    QFETCH(bool, ok);
    test::TestDatabase db;
    QVERIFY(db.isValid());
    SqlAccountService accounts(db.database());
    accounts.setActingActor(test::fixtureBeheerder());
    Result<QUuid> marieke =
        accounts.createMedewerker(QStringLiteral("Marieke"), QStringLiteral("KCC-medewerker"),
                                  QStringLiteral("marieke@gemeente.nl"), QStringLiteral("020-1234567"),
                                  QStringLiteral("correct horse"), {AccountRole::medewerker(), AccountRole::balie()});
    QVERIFY2(marieke.ok(), qPrintable(marieke.error().message));
    QVERIFY(accounts.createAfdeling(QStringLiteral("Vergunningen"), QStringLiteral("Afdeling vergunningen"), QString())
                .ok());

    Result<SignedInActor> signedIn = accounts.signIn(naam, password);
    QCOMPARE(signedIn.ok(), ok);
    if (ok) {
        QCOMPARE(signedIn.value().actor, marieke.value());
        QCOMPARE(signedIn.value().naam, QStringLiteral("Marieke"));
        QCOMPARE(signedIn.value().roles, (QStringList{AccountRole::medewerker(), AccountRole::balie()}));
        // The actor row is a valid medewerker with the normalised phone number.
        const std::optional<Actor> actor = Repository<Actor>(db.database()).find(marieke.value());
        QCOMPARE(actor->telefoonnummer, QStringLiteral("0201234567"));
        QCOMPARE(actor->functie, QStringLiteral("KCC-medewerker"));
        QVERIFY(actor->indicatieActief);
    } else {
        // Unknown name and wrong password look the same.
        QCOMPARE(signedIn.error().message,
                 accounts.signIn(QStringLiteral("Niemand"), QStringLiteral("x")).error().message);
    }
}

void TestAccounts::inactiveMedewerkerCannotSignIn()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    SqlAccountService accounts(db.database());
    accounts.setActingActor(test::fixtureBeheerder());
    const QUuid uuid =
        accounts
            .createMedewerker(QStringLiteral("Piet"), QStringLiteral("KCC"), QString(), QStringLiteral("0201234567"),
                              QStringLiteral("wachtwoord1"), {AccountRole::medewerker()})
            .value();
    QVERIFY(accounts.signIn(QStringLiteral("Piet"), QStringLiteral("wachtwoord1")).ok());
    {
        WriteTransaction transaction(db.database());
        Actor piet = *Repository<Actor>(db.database()).find(uuid);
        piet.indicatieActief = false;
        QVERIFY(Repository<Actor>(db.database()).update(piet).ok());
        QVERIFY(transaction.commit().ok());
    }
    Result<SignedInActor> refused = accounts.signIn(QStringLiteral("Piet"), QStringLiteral("wachtwoord1"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             accounts.signIn(QStringLiteral("Niemand"), QStringLiteral("wachtwoord1")).error().message);
}

// Issue 10 item 9: lists show the medewerker's name, not the login. An account may have a login of
// its own ("supervisor"); it signs in with that, and everything shown names the person.
void TestAccounts::loginApartFromTheName()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    SqlAccountService accounts(db.database());
    accounts.setActingActor(test::fixtureBeheerder());
    const Result<QUuid> created = accounts.createMedewerker(
        QStringLiteral("Sanne Visser"), QStringLiteral("Teamleider"), QString(), QStringLiteral("0201234567"),
        QStringLiteral("wachtwoord1"), {AccountRole::medewerker()}, QStringLiteral(" supervisor "));
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    const Result<SignedInActor> signedIn = accounts.signIn(QStringLiteral("Supervisor"), QStringLiteral("wachtwoord1"));
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
    QCOMPARE(signedIn.value().actor, created.value());
    QCOMPARE(signedIn.value().naam, QStringLiteral("Sanne Visser"));
    QCOMPARE(Repository<Actor>(db.database()).find(created.value())->naam, QStringLiteral("Sanne Visser"));
    // The name alone is no login for this account, and the login stays unique.
    QVERIFY(!accounts.signIn(QStringLiteral("Sanne Visser"), QStringLiteral("wachtwoord1")).ok());
    const Result<QUuid> twice = accounts.createMedewerker(
        QStringLiteral("Sander Veen"), QStringLiteral("KCC"), QString(), QStringLiteral("0201234567"),
        QStringLiteral("wachtwoord1"), {AccountRole::medewerker()}, QStringLiteral("supervisor"));
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().message.contains(QStringLiteral("supervisor")), qPrintable(twice.error().message));
}

void TestAccounts::createMedewerkerValidates()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    SqlAccountService accounts(db.database());
    accounts.setActingActor(test::fixtureBeheerder());
    const auto create = [&](const QString &naam, const QString &telefoon, const QString &password,
                            const QStringList &roles) {
        return accounts.createMedewerker(naam, QStringLiteral("KCC"), QString(), telefoon, password, roles);
    };
    QVERIFY(
        !create(QStringLiteral("A"), QStringLiteral("0201234567"), QStringLiteral("kort"), {AccountRole::medewerker()})
             .ok());
    QVERIFY(!create(QStringLiteral("A"), QStringLiteral("0201234567"), QStringLiteral("lang genoeg"), {}).ok());
    QVERIFY(!create(QStringLiteral("A"), QStringLiteral("0201234567"), QStringLiteral("lang genoeg"),
                    {QStringLiteral("koning")})
                 .ok());
    QVERIFY(!create(QStringLiteral("A"), QString(), QStringLiteral("lang genoeg"), {AccountRole::medewerker()}).ok());
    QVERIFY(create(QStringLiteral("A"), QStringLiteral("0201234567"), QStringLiteral("lang genoeg"),
                   {AccountRole::medewerker()})
                .ok());
    QVERIFY(!create(QStringLiteral("a"), QStringLiteral("0201234567"), QStringLiteral("lang genoeg"),
                    {AccountRole::medewerker()})
                 .ok()); // the sign-in name is taken
    QCOMPARE(Repository<Actor>(db.database()).count(), 1);
}

void TestAccounts::passwordIsStoredOnlyAsHash()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    SqlAccountService accounts(db.database());
    accounts.setActingActor(test::fixtureBeheerder());
    const QUuid uuid =
        accounts
            .createMedewerker(QStringLiteral("Piet"), QStringLiteral("KCC"), QString(), QStringLiteral("0201234567"),
                              QStringLiteral("wachtwoord1"), {AccountRole::supervisor()})
            .value();
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT wachtwoord_hash, rollen FROM account")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toString().startsWith(QStringLiteral("$argon2id$v=19$")));
    QVERIFY(!query.value(0).toString().contains(QStringLiteral("wachtwoord1")));
    QCOMPARE(query.value(1).toString(), QStringLiteral("supervisor"));
    query.finish();

    QVERIFY(accounts.setPassword(uuid, QStringLiteral("nieuw wachtwoord")).ok());
    QVERIFY(!accounts.signIn(QStringLiteral("Piet"), QStringLiteral("wachtwoord1")).ok());
    QVERIFY(accounts.signIn(QStringLiteral("Piet"), QStringLiteral("nieuw wachtwoord")).ok());
    QVERIFY(accounts.setRoles(uuid, {AccountRole::beheerder()}).ok());
    QCOMPARE(accounts.roles(uuid).value(), QStringList{AccountRole::beheerder()});
    QVERIFY(!accounts.setPassword(QUuid::createUuid(), QStringLiteral("nieuw wachtwoord")).ok());
}

void TestAccounts::rehashAfterSignIn()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    SqlAccountService accounts(db.database());
    accounts.setActingActor(test::fixtureBeheerder());
    const QUuid uuid =
        accounts
            .createMedewerker(QStringLiteral("Piet"), QStringLiteral("KCC"), QString(), QStringLiteral("0201234567"),
                              QStringLiteral("wachtwoord1"), {AccountRole::medewerker()})
            .value();
    QSqlQuery query(db->connection());
    query.prepare(QStringLiteral("UPDATE account SET wachtwoord_hash = ? WHERE actor = ?"));
    // An Argon2id hash below today's parameters.
    query.addBindValue(PasswordHash::create(QStringLiteral("wachtwoord1"), QByteArray(16, 's'), {1, 1024, 1}));
    query.addBindValue(uuid.toString(QUuid::WithoutBraces));
    QVERIFY(query.exec());
    QVERIFY(accounts.signIn(QStringLiteral("Piet"), QStringLiteral("wachtwoord1")).ok());
    QVERIFY(query.exec(QStringLiteral("SELECT wachtwoord_hash FROM account")) && query.next());
    QVERIFY(!PasswordHash::needsRehash(query.value(0).toString()));
    query.finish();
    QVERIFY(accounts.signIn(QStringLiteral("Piet"), QStringLiteral("wachtwoord1")).ok());
}

void TestAccounts::pbkdf2AccountMovesToArgon2idOnSignIn()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    SqlAccountService accounts(db.database());
    accounts.setActingActor(test::fixtureBeheerder());
    const QUuid uuid =
        accounts
            .createMedewerker(QStringLiteral("Piet"), QStringLiteral("KCC"), QString(), QStringLiteral("0201234567"),
                              QStringLiteral("wachtwoord1"), {AccountRole::medewerker()})
            .value();
    // The account as the PBKDF2 code stored it, at that code's default iteration count.
    const QString old = PasswordHash::createPbkdf2(QStringLiteral("wachtwoord1"), QByteArray(16, 'p'), 120'000);
    QSqlQuery query(db->connection());
    query.prepare(QStringLiteral("UPDATE account SET wachtwoord_hash = ? WHERE actor = ?"));
    query.addBindValue(old);
    query.addBindValue(uuid.toString(QUuid::WithoutBraces));
    QVERIFY(query.exec());
    const auto storedHash = [&query] {
        const bool read = query.exec(QStringLiteral("SELECT wachtwoord_hash FROM account")) && query.next();
        const QString hash = read ? query.value(0).toString() : QString();
        query.finish();
        return hash;
    };
    QCOMPARE(storedHash(), old);

    // A wrong password changes nothing.
    QVERIFY(!accounts.signIn(QStringLiteral("Piet"), QStringLiteral("wachtwoord2")).ok());
    QCOMPARE(storedHash(), old);

    const Result<SignedInActor> signedIn = accounts.signIn(QStringLiteral("Piet"), QStringLiteral("wachtwoord1"));
    QVERIFY(signedIn.ok());
    QCOMPARE(signedIn.value().actor, uuid);
    const QString rehashed = storedHash();
    QVERIFY2(rehashed.startsWith(QStringLiteral("$argon2id$v=19$")), qPrintable(rehashed));
    QVERIFY(!PasswordHash::needsRehash(rehashed));
    QVERIFY(PasswordHash::verify(QStringLiteral("wachtwoord1"), rehashed));

    // The next sign-in works on the Argon2id hash and leaves it as it is.
    QVERIFY(accounts.signIn(QStringLiteral("Piet"), QStringLiteral("wachtwoord1")).ok());
    QCOMPARE(storedHash(), rehashed);
    QVERIFY(!accounts.signIn(QStringLiteral("Piet"), QStringLiteral("wachtwoord2")).ok());
}

void TestAccounts::codeLists()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    SqlCodeListService codes(db.database());
    codes.setActingActor(test::fixtureBeheerder());
    const QList<CodeListEntry> kanalen = codes.entries(CodeList::Kanaal).value();
    QVERIFY(kanalen.size() >= 5);
    QCOMPARE(kanalen.first(), (CodeListEntry{QStringLiteral("telefoon"), QStringLiteral("Telefoon"), true, 10}));
    QVERIFY(!codes.entries(CodeList::Authenticatiemethode).value().isEmpty());
    QVERIFY(!codes.entries(CodeList::GevraagdeHandeling).value().isEmpty());
    const QList<CodeListEntry> afhandeling = codes.entries(CodeList::Afhandeling).value();
    for (const char *code : {"zelfstandig_afgehandeld", "doorverbonden", "terugbelverzoek", "verbinding_verbroken"}) {
        QVERIFY2(std::any_of(afhandeling.cbegin(), afhandeling.cend(),
                             [&](const CodeListEntry &e) { return e.code == QLatin1String(code); }),
                 code);
    }

    QVERIFY(codes.add(CodeList::Kanaal, {QStringLiteral("whatsapp"), QStringLiteral("WhatsApp"), true, 5}).ok());
    QVERIFY(!codes.add(CodeList::Kanaal, {QStringLiteral("whatsapp"), QStringLiteral("Dubbel"), true, 5}).ok());
    QVERIFY(!codes.add(CodeList::Kanaal, {QStringLiteral("Met Spatie"), QStringLiteral("x"), true, 5}).ok());
    QCOMPARE(codes.entries(CodeList::Kanaal).value().first().code, QStringLiteral("whatsapp"));
    QVERIFY(codes.update(CodeList::Kanaal, {QStringLiteral("whatsapp"), QStringLiteral("WhatsApp Business"), true, 99})
                .ok());
    QCOMPARE(codes.entries(CodeList::Kanaal).value().last().label, QStringLiteral("WhatsApp Business"));
    QVERIFY(codes.deactivate(CodeList::Kanaal, QStringLiteral("whatsapp")).ok());
    QCOMPARE(codes.entries(CodeList::Kanaal).value(), kanalen);
    QCOMPARE(codes.entries(CodeList::Kanaal, true).value().size(), kanalen.size() + 1);
    QVERIFY(!codes.deactivate(CodeList::Kanaal, QStringLiteral("bestaat-niet")).ok());

    SqlAccountService accounts(db.database());

    accounts.setActingActor(test::fixtureBeheerder());
    const QUuid piet =
        accounts
            .createMedewerker(QStringLiteral("Piet"), QStringLiteral("KCC"), QString(), QStringLiteral("0201234567"),
                              QStringLiteral("wachtwoord1"), {AccountRole::medewerker()})
            .value();
    QCOMPARE(codes.lastKanaal(piet).value(), QString());
    QVERIFY(codes.setLastKanaal(piet, QStringLiteral("balie")).ok());
    QVERIFY(codes.setLastKanaal(piet, QStringLiteral("e-mail")).ok());
    QCOMPARE(codes.lastKanaal(piet).value(), QStringLiteral("e-mail"));
}

void TestAccounts::actorDirectory()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    SqlAccountService accounts(db.database());
    accounts.setActingActor(test::fixtureBeheerder());
    const QUuid b = accounts.createAfdeling(QStringLiteral("Burgerzaken"), QString(), QString()).value();
    const QUuid v = accounts.createAfdeling(QStringLiteral("Vergunningen"), QString(), QString()).value();
    const QUuid m =
        accounts
            .createMedewerker(QStringLiteral("Piet"), QStringLiteral("KCC"), QString(), QStringLiteral("0201234567"),
                              QStringLiteral("wachtwoord1"), {AccountRole::medewerker()})
            .value();
    {
        WriteTransaction transaction(db.database());
        Actor burgerzaken = *Repository<Actor>(db.database()).find(b);
        burgerzaken.indicatieActief = false;
        QVERIFY(Repository<Actor>(db.database()).update(burgerzaken).ok());
        QVERIFY(transaction.commit().ok());
    }
    SqlActorDirectory directory(db.database());
    const QList<Actor> afdelingen = directory.activeActors(SoortActor::OrganisatorischeEenheid).value();
    QCOMPARE(afdelingen.size(), 1);
    QCOMPARE(afdelingen[0].uuid, v);
    QCOMPARE(directory.activeActors(SoortActor::Medewerker).value().size(), 1);
    QCOMPARE(directory.find(m).value()->naam, QStringLiteral("Piet"));
    QVERIFY(!directory.find(QUuid::createUuid()).value());
}

// Issue 11, finding 7: 30 wrong passwords, then an immediate success. Now the third failure in a
// row makes the next attempt wait, the fifth locks the account for five minutes (stored in the
// database, logged), and a success resets the count.
void TestAccounts::failedSignInsSlowDownThenLock()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    test::FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    SqlAccountService accounts(db.database(), clock.clock());
    accounts.setActingActor(test::fixtureBeheerder());
    const QString naam = QStringLiteral("Piet");
    const QString password = QStringLiteral("juist wachtwoord");
    QVERIFY(accounts
                .createMedewerker(naam, QStringLiteral("KCC"), QString(), QStringLiteral("0201234567"), password,
                                  {AccountRole::medewerker()})
                .ok());
    const auto shown = [](const QDateTime &moment) {
        return moment.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    };
    const auto stored = [&db] {
        QSqlQuery query(db->connection());
        query.exec(QStringLiteral("SELECT mislukte_aanmeldingen, coalesce(geblokkeerd_tot, '') FROM account"));
        query.next();
        return std::pair<int, QString>(query.value(0).toInt(), query.value(1).toString());
    };

    for (int attempt = 1; attempt <= 2; ++attempt) {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Failed sign-in for \"Piet\"")));
        const Result<SignedInActor> wrong = accounts.signIn(naam, QStringLiteral("fout"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().message,
                 QStringLiteral("The name or password is not correct, or the account is not active."));
        QCOMPARE(stored().first, attempt);
    }
    // The third: wait a little, even with the right password.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("Failed sign-in for \"Piet\" \\(3 in a row\\)")));
    const Result<SignedInActor> third = accounts.signIn(naam, QStringLiteral("fout"));
    QVERIFY(!third.ok());
    const QDateTime waitUntil = clock.now().addSecs(SqlAccountService::waitSeconds);
    QVERIFY2(third.error().message.contains(QStringLiteral("Wait until %1").arg(shown(waitUntil))),
             qPrintable(third.error().message));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("locked until")));
    const Result<SignedInActor> tooSoon = accounts.signIn(naam, password);
    QVERIFY(!tooSoon.ok());
    QVERIFY2(tooSoon.error().message.contains(shown(waitUntil)), qPrintable(tooSoon.error().message));
    QCOMPARE(stored().first, 3); // waiting attempts are not counted

    clock.set(waitUntil.addSecs(1));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("4 in a row")));
    QVERIFY(!accounts.signIn(naam, QStringLiteral("fout")).ok());
    clock.advance(SqlAccountService::waitSeconds + 1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("5 in a row")));
    const Result<SignedInActor> fifth = accounts.signIn(naam, QStringLiteral("fout"));
    QVERIFY(!fifth.ok());
    const QDateTime lockedUntil = clock.now().addSecs(SqlAccountService::lockMinutes * 60);
    QVERIFY2(fifth.error().message.contains(QStringLiteral("locked until %1").arg(shown(lockedUntil))),
             qPrintable(fifth.error().message));
    QCOMPARE(stored(), std::pair(5, lockedUntil.toString(Qt::ISODateWithMs)));

    // Locked: the right password does not help, four minutes later neither.
    clock.advance(4 * 60);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("locked until")));
    const Result<SignedInActor> locked = accounts.signIn(naam, password);
    QVERIFY(!locked.ok());
    QVERIFY2(locked.error().message.contains(QStringLiteral("After 5 failed sign-ins in a row this account is "
                                                            "locked until %1")
                                                 .arg(shown(lockedUntil))),
             qPrintable(locked.error().message));

    // After the lock the right password works, and the count starts again.
    clock.set(lockedUntil.addSecs(1));
    const Result<SignedInActor> in = accounts.signIn(naam, password);
    QVERIFY2(in.ok(), qPrintable(in.error().message));
    QCOMPARE(stored(), std::pair(0, QString()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("1 in a row")));
    QCOMPARE(accounts.signIn(naam, QStringLiteral("fout")).error().message,
             QStringLiteral("The name or password is not correct, or the account is not active."));
}

void TestAccounts::lockHoldsForEverySeat()
{
    // The count lives in the database: another window or workstation sees the same lock.
    test::TestDatabase db;
    QVERIFY(db.isValid());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SqlAccountService seat(db.database(), [now] { return now; });
    seat.setActingActor(test::fixtureBeheerder());
    QVERIFY(seat.createMedewerker(QStringLiteral("Piet"), QStringLiteral("KCC"), QString(),
                                  QStringLiteral("0201234567"), QStringLiteral("juist wachtwoord"),
                                  {AccountRole::medewerker()})
                .ok());
    for (int attempt = 0; attempt < SqlAccountService::lockAfterFailures; ++attempt) {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Failed sign-in")));
        SqlAccountService otherSeat(db.database(), [now, attempt] { return now.addSecs(attempt * 60); });
        QVERIFY(!otherSeat.signIn(QStringLiteral("piet"), QStringLiteral("fout %1").arg(attempt)).ok());
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("locked until")));
    SqlAccountService later(db.database(), [now] { return now.addSecs(5 * 60); });
    const Result<SignedInActor> locked = later.signIn(QStringLiteral("Piet"), QStringLiteral("juist wachtwoord"));
    QVERIFY(!locked.ok());
    QVERIFY2(locked.error().message.contains(QStringLiteral("locked until")), qPrintable(locked.error().message));
}

// Beheer rights were checked by hiding widgets only: the services themselves now refuse.
void TestAccounts::beheerActionsNeedABeheerder()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    SqlAccountService setUp(db.database());
    setUp.setActingActor(test::fixtureBeheerder());
    const QUuid piet =
        setUp
            .createMedewerker(QStringLiteral("Piet"), QStringLiteral("KCC"), QString(), QStringLiteral("0201234567"),
                              QStringLiteral("wachtwoord1"), {AccountRole::medewerker(), AccountRole::supervisor()})
            .value();
    const Result<SignedInActor> signedIn = setUp.signIn(QStringLiteral("Piet"), QStringLiteral("wachtwoord1"));
    QVERIFY(signedIn.ok());

    const QString refusal = QStringLiteral("Only a beheerder can manage colleagues, afdelingen and code lists.");
    for (const SignedInActor &acting : {signedIn.value(), SignedInActor{}}) {
        SqlAccountService accounts(db.database());
        accounts.setActingActor(acting);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Refused to create a medewerker")));
        const Result<QUuid> created = accounts.createMedewerker(
            QStringLiteral("Klaas"), QStringLiteral("KCC"), QString(), QStringLiteral("0201234567"),
            QStringLiteral("wachtwoord1"), {AccountRole::beheerder()});
        QVERIFY(!created.ok());
        QCOMPARE(created.error().message, refusal);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Refused to create an afdeling")));
        QCOMPARE(accounts.createAfdeling(QStringLiteral("Vergunningen"), QString(), QString()).error().message,
                 refusal);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Refused to change roles")));
        QCOMPARE(accounts.setRoles(piet, {AccountRole::beheerder()}).error().message, refusal);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Refused to set a password")));
        QCOMPARE(accounts.setPassword(piet, QStringLiteral("overgenomen!")).error().message, refusal);

        SqlCodeListService codes(db.database());
        codes.setActingActor(acting);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Refused to add")));
        QCOMPARE(codes.add(CodeList::Kanaal, {QStringLiteral("whatsapp"), QStringLiteral("WhatsApp"), true, 5})
                     .error()
                     .message,
                 refusal);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Refused to change")));
        QCOMPARE(codes.update(CodeList::Kanaal, {QStringLiteral("telefoon"), QStringLiteral("Anders"), true, 1})
                     .error()
                     .message,
                 refusal);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Refused to deactivate")));
        QCOMPARE(codes.deactivate(CodeList::Kanaal, QStringLiteral("telefoon")).error().message, refusal);
        // Reading stays open to everyone, and so does one's own last kanaal.
        QVERIFY(codes.entries(CodeList::Kanaal).ok());
        QVERIFY(codes.setLastKanaal(piet, QStringLiteral("telefoon")).ok());
    }
    // Nothing changed.
    QCOMPARE(Repository<Actor>(db.database()).count(), 1);
    QCOMPARE(setUp.roles(piet).value(), (QStringList{AccountRole::medewerker(), AccountRole::supervisor()}));
    QVERIFY(setUp.signIn(QStringLiteral("Piet"), QStringLiteral("wachtwoord1")).ok());
    SqlCodeListService codes(db.database());
    const QList<CodeListEntry> kanalen = codes.entries(CodeList::Kanaal).value();
    QVERIFY(std::none_of(kanalen.cbegin(), kanalen.cend(),
                         [](const CodeListEntry &entry) { return entry.code == QLatin1String("whatsapp"); }));
    QVERIFY(std::any_of(kanalen.cbegin(), kanalen.cend(),
                        [](const CodeListEntry &entry) { return entry.code == QLatin1String("telefoon"); }));

    // A beheerder may.
    SqlAccountService beheer(db.database());
    beheer.setActingActor(test::fixtureBeheerder());
    QVERIFY(beheer.setRoles(piet, {AccountRole::beheerder()}).ok());
}

void TestAccounts::firstBeheerderOnEmptyDatabase()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    SqlAccountService accounts(db.database()); // nobody signed in: the first start
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Refused to create a medewerker")));
    QVERIFY(!accounts
                 .createMedewerker(QStringLiteral("Piet"), QStringLiteral("KCC"), QString(),
                                   QStringLiteral("0201234567"), QStringLiteral("wachtwoord1"),
                                   {AccountRole::medewerker()})
                 .ok()); // the first account must be a beheerder
    QVERIFY(accounts
                .createMedewerker(QStringLiteral("Beheerder"), QStringLiteral("Beheer"), QString(),
                                  QStringLiteral("0201234567"), QStringLiteral("wachtwoord1"),
                                  {AccountRole::beheerder(), AccountRole::medewerker()})
                .ok());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Refused to create a medewerker")));
    QVERIFY(!accounts
                 .createMedewerker(QStringLiteral("Tweede"), QStringLiteral("Beheer"), QString(),
                                   QStringLiteral("0201234567"), QStringLiteral("wachtwoord1"),
                                   {AccountRole::beheerder()})
                 .ok()); // only the first one
    QCOMPARE(Repository<Actor>(db.database()).count(), 1);
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
