#pragma once

#include <QByteArray>
#include <QString>

namespace kcc::storage {

// Salted slow password hashes. New hashes are Argon2id (libargon2, RFC 9106) in the standard PHC
// form that every Argon2 library reads:
//   $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt, base64>$<hash, base64>
// Hashes stored before Argon2id, PBKDF2-HMAC-SHA256 (RFC 8018) as
//   pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>
// still verify (through OpenSSL); needsRehash() is true for them and for Argon2id hashes with
// weaker parameters than today's, so the caller stores a new hash after the next successful sign-in.
class PasswordHash
{
public:
    struct Argon2Parameters
    {
        quint32 timeCost = 0;  // passes over memory
        quint32 memoryKiB = 0; // memory cost in KiB
        quint32 lanes = 0;     // parallelism
    };
    // One hash takes ~145 ms (best of five) on this project's shared 2-core VM under load: long
    // enough to make guessing expensive, short enough for a sign-in on a desk PC. 32 MiB and three
    // passes is above OWASP's minimum for Argon2id (19 MiB, two passes); one lane, because the
    // sign-in runs on the GUI thread's core and libargon2 would start threads for more.
    static constexpr Argon2Parameters defaultParameters{3, 32 * 1024, 1};
    static constexpr int saltLength = 16;
    static constexpr int hashLength = 32;

    // The raw derivations, exposed for the known-answer tests (RFC 7914 §11, Argon2's reference
    // test vectors). Empty when the library refuses the parameters.
    static QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int length);
    static QByteArray argon2id(const QByteArray &password, const QByteArray &salt, Argon2Parameters parameters,
                               int length);

    // A new Argon2id stored form with a random 16-byte salt from QRandomGenerator::system().
    static QString create(const QString &password);
    // The same with a given salt and parameters (known-answer tests); empty when refused.
    static QString create(const QString &password, const QByteArray &salt, Argon2Parameters parameters);
    // The stored form used before Argon2id; only for tests of the migration of old accounts.
    static QString createPbkdf2(const QString &password, const QByteArray &salt, int iterations);

    // Recomputes with the stored salt and parameters and compares in constant time. False for a
    // malformed stored string.
    static bool verify(const QString &password, const QString &stored);
    static bool needsRehash(const QString &stored);
};

} // namespace kcc::storage
