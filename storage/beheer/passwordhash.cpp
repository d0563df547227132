#include "storage/beheer/passwordhash.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>

#include <optional>

namespace kcc::storage {

namespace {

const QLatin1String algorithm("pbkdf2-sha256");

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

std::optional<Parsed> parse(const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != algorithm)
        return std::nullopt;
    bool ok = false;
    Parsed parsed;
    parsed.iterations = parts.at(1).toInt(&ok);
    if (!ok || parsed.iterations < 1)
        return std::nullopt;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto hash = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.isEmpty() || hash.decoded.isEmpty())
        return std::nullopt;
    parsed.salt = salt.decoded;
    parsed.hash = hash.decoded;
    return parsed;
}

} // namespace

QByteArray PasswordHash::pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int length)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    QByteArray derived;
    for (quint32 block = 1; derived.size() < length; ++block) {
        QByteArray counter(4, '\0');
        counter[0] = char((block >> 24) & 0xff);
        counter[1] = char((block >> 16) & 0xff);
        counter[2] = char((block >> 8) & 0xff);
        counter[3] = char(block & 0xff);
        mac.reset();
        mac.addData(salt);
        mac.addData(counter);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (qsizetype k = 0; k < t.size(); ++k)
                t[k] = char(t.at(k) ^ u.at(k));
        }
        derived.append(t);
    }
    derived.truncate(length);
    return derived;
}

QString PasswordHash::create(const QString &password, int iterations)
{
    QByteArray salt(saltLength, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), saltLength / 4);
    return create(password, salt, iterations);
}

QString PasswordHash::create(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray hash = pbkdf2Sha256(password.toUtf8(), salt, iterations, hashLength);
    return algorithm + QLatin1Char('$') + QString::number(iterations) + QLatin1Char('$') +
           QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') + QString::fromLatin1(hash.toBase64());
}

bool PasswordHash::verify(const QString &password, const QString &stored)
{
    const std::optional<Parsed> parsed = parse(stored);
    if (!parsed)
        return false;
    const QByteArray hash = pbkdf2Sha256(password.toUtf8(), parsed->salt, parsed->iterations, int(parsed->hash.size()));
    return constantTimeEquals(hash, parsed->hash);
}

bool PasswordHash::needsRehash(const QString &stored)
{
    const std::optional<Parsed> parsed = parse(stored);
    return !parsed || parsed->iterations < defaultIterations || parsed->salt.size() < saltLength;
}

bool PasswordHash::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace kcc::storage
