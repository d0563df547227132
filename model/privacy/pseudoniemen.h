#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace kcc {

// The identifiers in the verwerkingenlog are pseudonyms: HMAC-SHA256 under a key that the
// municipality holds (a 0600 file next to the database, or one the beheerder gives), never stored
// in the log itself. The same BSN always gives the same pseudonym under the same key, so the log
// can be searched by BSN, yet the log's file alone gives away no BSN: without the key, trying all
// 10^9 BSNs is useless. Losing the key makes the existing entries unfindable by person.
class Pseudoniemen
{
public:
    // Keys shorter than this are refused (isValid() false): HMAC's strength is the key's.
    static constexpr int minimumKeyBytes = 32;

    explicit Pseudoniemen(QByteArray key = {});

    bool isValid() const { return m_key.size() >= minimumKeyBytes; }
    // Lower-case hex of HMAC-SHA256(key, soort ":" identifier); the soort keeps a BSN and a uuid
    // that happen to be equal text apart. Empty when the key is not valid.
    QString bsn(const QString &bsn) const;
    QString partij(const QUuid &partij) const;

private:
    QString pseudoniem(const QString &soort, const QString &identifier) const;
    QByteArray m_key;
};

} // namespace kcc
