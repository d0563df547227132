#include "storage/beheer/passwordhash.h"

#include <QRandomGenerator>
#include <QStringList>

#include <argon2.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <optional>

namespace kcc::storage {

namespace {

const QLatin1String pbkdf2Algorithm("pbkdf2-sha256");
const QLatin1String argon2idPrefix("$argon2id$");
// A stored string may not make a sign-in allocate more than 1 GiB or run for minutes.
constexpr quint32 maximumMemoryKiB = 1024 * 1024;
constexpr quint32 maximumTimeCost = 64;
constexpr int maximumIterations = 10'000'000;

struct Pbkdf2Hash
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

std::optional<Pbkdf2Hash> parsePbkdf2(const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != pbkdf2Algorithm)
        return std::nullopt;
    bool ok = false;
    Pbkdf2Hash parsed;
    parsed.iterations = parts.at(1).toInt(&ok);
    if (!ok || parsed.iterations < 1 || parsed.iterations > maximumIterations)
        return std::nullopt;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto hash = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.isEmpty() || hash.decoded.isEmpty())
        return std::nullopt;
    parsed.salt = salt.decoded;
    parsed.hash = hash.decoded;
    return parsed;
}

struct Argon2Hash
{
    quint32 version = 0;
    PasswordHash::Argon2Parameters parameters;
    qsizetype saltLength = 0;
    qsizetype hashLength = 0;
};

// Reads only what needsRehash() and the limits need; libargon2 decodes the string itself to verify.
std::optional<Argon2Hash> parseArgon2id(const QString &stored)
{
    // "", "argon2id", "v=19", "m=…,t=…,p=…", salt, hash
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 6 || !stored.startsWith(argon2idPrefix) || !parts.at(2).startsWith(QLatin1String("v=")))
        return std::nullopt;
    bool ok = false;
    Argon2Hash parsed;
    parsed.version = parts.at(2).mid(2).toUInt(&ok);
    if (!ok)
        return std::nullopt;
    const QStringList costs = parts.at(3).split(QLatin1Char(','));
    if (costs.size() != 3)
        return std::nullopt;
    const auto cost = [&costs, &ok](int index, QLatin1String key) {
        const QString &text = costs.at(index);
        ok = ok && text.startsWith(key);
        return ok ? text.mid(key.size()).toUInt(&ok) : 0U;
    };
    parsed.parameters.memoryKiB = cost(0, QLatin1String("m="));
    parsed.parameters.timeCost = cost(1, QLatin1String("t="));
    parsed.parameters.lanes = cost(2, QLatin1String("p="));
    if (!ok)
        return std::nullopt;
    // Unpadded base64: four characters carry three bytes.
    parsed.saltLength = parts.at(4).size() * 3 / 4;
    parsed.hashLength = parts.at(5).size() * 3 / 4;
    return parsed;
}

bool withinLimits(const Argon2Hash &hash)
{
    return hash.parameters.memoryKiB <= maximumMemoryKiB && hash.parameters.timeCost <= maximumTimeCost;
}

QByteArray randomSalt()
{
    QByteArray salt(PasswordHash::saltLength, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), PasswordHash::saltLength / 4);
    return salt;
}

} // namespace

QByteArray PasswordHash::pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int length)
{
    QByteArray derived(length, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(
        password.constData(), int(password.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
        int(salt.size()), iterations, EVP_sha256(), length, reinterpret_cast<unsigned char *>(derived.data()));
    return ok == 1 ? derived : QByteArray();
}

QByteArray PasswordHash::argon2id(const QByteArray &password, const QByteArray &salt, Argon2Parameters parameters,
                                  int length)
{
    QByteArray derived(length, Qt::Uninitialized);
    const int result = argon2id_hash_raw(parameters.timeCost, parameters.memoryKiB, parameters.lanes,
                                         password.constData(), size_t(password.size()), salt.constData(),
                                         size_t(salt.size()), derived.data(), size_t(length));
    return result == ARGON2_OK ? derived : QByteArray();
}

QString PasswordHash::create(const QString &password)
{
    return create(password, randomSalt(), defaultParameters);
}

QString PasswordHash::create(const QString &password, const QByteArray &salt, Argon2Parameters parameters)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray encoded(qsizetype(argon2_encodedlen(parameters.timeCost, parameters.memoryKiB, parameters.lanes,
                                                   quint32(salt.size()), hashLength, Argon2_id)),
                       '\0');
    const int result = argon2id_hash_encoded(parameters.timeCost, parameters.memoryKiB, parameters.lanes,
                                             utf8.constData(), size_t(utf8.size()), salt.constData(),
                                             size_t(salt.size()), hashLength, encoded.data(), size_t(encoded.size()));
    if (result != ARGON2_OK) {
        qWarning("Argon2id refused to hash: %s", argon2_error_message(result));
        return {};
    }
    return QString::fromLatin1(encoded.constData()); // up to the terminating NUL
}

QString PasswordHash::createPbkdf2(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray hash = pbkdf2Sha256(password.toUtf8(), salt, iterations, hashLength);
    return pbkdf2Algorithm + QLatin1Char('$') + QString::number(iterations) + QLatin1Char('$') +
           QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') + QString::fromLatin1(hash.toBase64());
}

bool PasswordHash::verify(const QString &password, const QString &stored)
{
    const QByteArray utf8 = password.toUtf8();
    if (stored.startsWith(argon2idPrefix)) {
        const std::optional<Argon2Hash> parsed = parseArgon2id(stored);
        if (!parsed || !withinLimits(*parsed))
            return false;
        // argon2id_verify recomputes and compares in constant time.
        return argon2id_verify(stored.toLatin1().constData(), utf8.constData(), size_t(utf8.size())) == ARGON2_OK;
    }
    const std::optional<Pbkdf2Hash> parsed = parsePbkdf2(stored);
    if (!parsed)
        return false;
    const QByteArray hash = pbkdf2Sha256(utf8, parsed->salt, parsed->iterations, int(parsed->hash.size()));
    return hash.size() == parsed->hash.size() &&
           CRYPTO_memcmp(hash.constData(), parsed->hash.constData(), size_t(hash.size())) == 0;
}

bool PasswordHash::needsRehash(const QString &stored)
{
    const std::optional<Argon2Hash> parsed = parseArgon2id(stored);
    if (!parsed)
        return true; // PBKDF2, or not a hash at all
    const Argon2Parameters &have = parsed->parameters;
    return parsed->version != ARGON2_VERSION_13 || have.memoryKiB < defaultParameters.memoryKiB ||
           have.timeCost < defaultParameters.timeCost || have.lanes < defaultParameters.lanes ||
           parsed->saltLength < saltLength || parsed->hashLength < hashLength;
}

} // namespace kcc::storage
