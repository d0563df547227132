#include "model/privacy/pseudoniemen.h"

#include "model/privacy/verwerkingsactie.h"

#include <QMessageAuthenticationCode>

namespace kcc {

Pseudoniemen::Pseudoniemen(QByteArray key)
    : m_key(std::move(key))
{
}

QString Pseudoniemen::bsn(const QString &bsn) const
{
    return pseudoniem(SoortObjectId::bsn(), bsn.trimmed());
}

QString Pseudoniemen::partij(const QUuid &partij) const
{
    return pseudoniem(SoortObjectId::partijUuid(), partij.toString(QUuid::WithoutBraces));
}

QString Pseudoniemen::pseudoniem(const QString &soort, const QString &identifier) const
{
    if (!isValid())
        return {};
    const QByteArray message = soort.toUtf8() + ':' + identifier.toUtf8();
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256).toHex());
}

} // namespace kcc
