#pragma once

#include <QByteArray>
#include <QString>

namespace kcc::storage {

// Salted slow password hashes: PBKDF2-HMAC-SHA256 (RFC 8018) on QtCore only. Stored as
//   pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>
// so that the iteration count can be raised later: needsRehash() tells the caller to store a new
// hash after the next successful sign-in.
class PasswordHash
{
public:
    static constexpr int defaultIterations = 120'000;
    static constexpr int minimumIterations = 100'000;
    static constexpr int saltLength = 16;
    static constexpr int hashLength = 32;

    // The raw derivation, exposed for the RFC test vectors.
    static QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int length);

    // A new stored form with a random 16-byte salt from QRandomGenerator::system().
    static QString create(const QString &password, int iterations = defaultIterations);
    static QString create(const QString &password, const QByteArray &salt, int iterations);
    // Recomputes with the stored salt and iterations and compares in constant time. False for a
    // malformed stored string.
    static bool verify(const QString &password, const QString &stored);
    static bool needsRehash(const QString &stored);
    // Compares without an early exit, so that the time taken says nothing about where they differ.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace kcc::storage
