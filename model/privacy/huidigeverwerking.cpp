#include "model/privacy/huidigeverwerking.h"

#include <QMutexLocker>

namespace kcc {

namespace {

// Data, not UI text: the standard's verwerkingNaam.
QString sessieNaam()
{
    return QStringLiteral("Klantgegevens raadplegen");
}

QString contactNaam()
{
    return QStringLiteral("Klantcontact afhandelen");
}

} // namespace

HuidigeVerwerking::HuidigeVerwerking()
    : m_sessie(QUuid::createUuid())
{
    m_verwerking.verwerkingId = m_sessie;
    m_verwerking.verwerkingNaam = sessieNaam();
}

void HuidigeVerwerking::setGebruiker(const QString &gebruiker)
{
    const QMutexLocker lock(&m_mutex);
    // A new medewerker is a new session.
    if (gebruiker != m_verwerking.gebruiker) {
        m_sessie = QUuid::createUuid();
        m_verwerking = {gebruiker, m_sessie, sessieNaam(), {}, {}};
    }
}

void HuidigeVerwerking::beginContact(const QUuid &contact, const QString &kanaal)
{
    const QMutexLocker lock(&m_mutex);
    m_verwerking.verwerkingId = contact;
    m_verwerking.verwerkingNaam = contactNaam();
    m_verwerking.kanaal = kanaal;
    m_verwerking.onderwerp.clear();
}

void HuidigeVerwerking::setOnderwerp(const QString &onderwerp)
{
    const QMutexLocker lock(&m_mutex);
    m_verwerking.onderwerp = onderwerp;
}

void HuidigeVerwerking::eindeContact()
{
    const QMutexLocker lock(&m_mutex);
    m_verwerking = {m_verwerking.gebruiker, m_sessie, sessieNaam(), {}, {}};
}

Verwerking HuidigeVerwerking::current() const
{
    const QMutexLocker lock(&m_mutex);
    return m_verwerking;
}

} // namespace kcc
