#include "model/privacy/persoonsverwerkingen.h"

namespace kcc {

PersoonsVerwerkingen::PersoonsVerwerkingen(VerwerkingenLog &log, const HuidigeVerwerking &verwerking)
    : m_log(log)
    , m_verwerking(verwerking)
{
}

Result<> PersoonsVerwerkingen::klantbeeldGetoond(const QUuid &partij, const SignedInActor &viewer)
{
    LogActie actie{QStringLiteral("Klantbeeld tonen"),
                   QStringLiteral("Klant te woord staan"),
                   QStringLiteral("Klant"),
                   {QStringLiteral("Naam"), QStringLiteral("Adres"), QStringLiteral("Contactgegevens"),
                    QStringLiteral("Klantcontacten")},
                   false,
                   {{partij, {}}}};
    return log(&viewer, actie, tr("The klantbeeld is not shown"));
}

Result<> PersoonsVerwerkingen::bsnGetoond(const QUuid &partij, const SignedInActor &viewer)
{
    LogActie actie{QStringLiteral("BSN tonen"),
                   QStringLiteral("Klant identificeren"),
                   QStringLiteral("Klant"),
                   {QStringLiteral("BSN")},
                   false,
                   {{partij, {}}}};
    return log(&viewer, actie, tr("The BSN is not shown"));
}

Result<> PersoonsVerwerkingen::zoekresultaatGetoond(const QList<QUuid> &partijen)
{
    if (partijen.isEmpty())
        return {};
    LogActie actie{QStringLiteral("Zoeken partijen"),
                   QStringLiteral("Klant zoeken"),
                   getoondInZoekresultaat(),
                   {QStringLiteral("Naam")},
                   false,
                   {}};
    actie.personen.reserve(partijen.size());
    for (const QUuid &partij : partijen)
        actie.personen.append({partij, {}});
    return log(nullptr, actie, tr("The search results are not shown"));
}

Result<> PersoonsVerwerkingen::verwerkingenIngezien(const VerwerktePersoon &persoon, const SignedInActor &lezer)
{
    LogActie actie{QStringLiteral("Verwerkingen inzien"),
                   QStringLiteral("Verantwoording verwerkingen"),
                   QStringLiteral("Betrokkene"),
                   {QStringLiteral("Verwerkingen")},
                   false,
                   {persoon}};
    return log(&lezer, actie, tr("The verwerkingenlog is not shown"));
}

Result<> PersoonsVerwerkingen::brpGeraadpleegd(const QStringList &bsns, bool geheimhouding)
{
    if (bsns.isEmpty())
        return {};
    LogActie actie{QStringLiteral("BRP raadplegen"),
                   QStringLiteral("Klant identificeren"),
                   geraadpleegdInBrp(),
                   {QStringLiteral("BSN"), QStringLiteral("Naam"), QStringLiteral("Geboortedatum"),
                    QStringLiteral("Geslacht"), QStringLiteral("Adres"), QStringLiteral("Overlijden")},
                   geheimhouding,
                   {}};
    for (const QString &bsn : bsns)
        actie.personen.append({QUuid(), bsn});
    return log(nullptr, actie, tr("The persons found in the BRP are not shown"));
}

Result<> PersoonsVerwerkingen::log(const SignedInActor *viewer, const LogActie &actie, const QString &wat)
{
    return logIn(m_verwerking.current(), viewer, actie, wat);
}

Result<> PersoonsVerwerkingen::logIn(Verwerking verwerking, const SignedInActor *viewer, const LogActie &actie,
                                     const QString &wat)
{
    if (viewer && !viewer->actor.isNull())
        verwerking.gebruiker = viewer->actor.toString(QUuid::WithoutBraces);
    const Result<QUuid> logged = m_log.log(verwerking, actie);
    if (logged)
        return {};
    //: %1: what is not shown ("The klantbeeld is not shown"), %2: the database's reason
    return Error{tr("%1: looking at personal data must be recorded in the verwerkingenlog first, and that failed "
                    "(%2). Try again; if it keeps failing, tell the beheerder.")
                     .arg(wat, logged.error().message),
                 {}};
}

Result<> PersoonsVerwerkingen::inzageVerstrekt(const VerwerktePersoon &persoon, const SignedInActor &functionaris)
{
    LogActie actie{QStringLiteral("Inzage verstrekt"),
                   QStringLiteral("Verzoek om inzage afhandelen"),
                   QStringLiteral("Betrokkene"),
                   {QStringLiteral("Naam"), QStringLiteral("BSN"), QStringLiteral("Adres"),
                    QStringLiteral("Contactgegevens"), QStringLiteral("Klantcontacten"), QStringLiteral("Taken"),
                    QStringLiteral("Verwerkingen")},
                   false,
                   {persoon}};
    return log(&functionaris, actie, tr("The inzage is not made"));
}

Result<QUuid> PersoonsVerwerkingen::gegevensGewist(const VerwerktePersoon &persoon, const SignedInActor &functionaris)
{
    LogActie actie{
        QStringLiteral("Gegevens gewist"),
        QStringLiteral("Verzoek om vergetelheid afhandelen"),
        QStringLiteral("Betrokkene"),
        {QStringLiteral("Naam"), QStringLiteral("BSN"), QStringLiteral("Adres"), QStringLiteral("Contactgegevens")},
        false,
        {persoon}};
    Verwerking verwerking = m_verwerking.current();
    if (!functionaris.actor.isNull())
        verwerking.gebruiker = functionaris.actor.toString(QUuid::WithoutBraces);
    const Result<QUuid> logged = m_log.log(verwerking, actie);
    if (logged)
        return logged;
    //: %1: the database's reason
    return Error{tr("Nothing was erased: the erasure must be recorded in the verwerkingenlog first, and that failed "
                    "(%1).")
                     .arg(logged.error().message),
                 {}};
}

namespace {

QList<VerwerktePersoon> bekendePersonen(const QList<QUuid> &partijen)
{
    QList<VerwerktePersoon> result;
    result.reserve(partijen.size());
    for (const QUuid &partij : partijen) {
        if (!partij.isNull())
            result.append({partij, {}});
    }
    return result;
}

} // namespace

LogActie PersoonsVerwerkingen::partijGeregistreerd(const QUuid &partij)
{
    return {QStringLiteral("Registreren partij"),
            QStringLiteral("Klantcontact vastleggen"),
            QStringLiteral("Klant"),
            {QStringLiteral("BSN"), QStringLiteral("Naam"), QStringLiteral("Contactgegevens")},
            false,
            {{partij, {}}}};
}

LogActie PersoonsVerwerkingen::klantcontactGeregistreerd(const QList<VerwerktePersoon> &personen, bool vertrouwelijk)
{
    return {QStringLiteral("Registreren klantcontact"),
            QStringLiteral("Klantcontact vastleggen"),
            QStringLiteral("Klant"),
            {QStringLiteral("Klantcontacten"), QStringLiteral("Contactgegevens")},
            vertrouwelijk,
            personen};
}

LogActie PersoonsVerwerkingen::interneTaakGeregistreerd(const QList<VerwerktePersoon> &personen, bool vertrouwelijk)
{
    return {QStringLiteral("Registreren interne taak"),
            QStringLiteral("Klantcontact vastleggen"),
            QStringLiteral("Klant"),
            {QStringLiteral("Interne taken"), QStringLiteral("Contactgegevens")},
            vertrouwelijk,
            personen};
}

LogActie PersoonsVerwerkingen::partijGewijzigd(const QUuid &partij)
{
    return {QStringLiteral("Wijzigen partij"),
            QStringLiteral("Klantgegevens bijhouden"),
            QStringLiteral("Klant"),
            {QStringLiteral("Naam"), QStringLiteral("Adres"), QStringLiteral("Contactgegevens")},
            false,
            {{partij, {}}}};
}

LogActie PersoonsVerwerkingen::partijenGeexporteerd()
{
    return {QStringLiteral("Exporteren partijen"),
            QStringLiteral("Gegevens uitwisselen"),
            QStringLiteral("Opgenomen in export"),
            {QStringLiteral("BSN"), QStringLiteral("Naam"), QStringLiteral("Adres"), QStringLiteral("Contactgegevens"),
             QStringLiteral("Klantcontacten"), QStringLiteral("Interne taken")},
            false,
            {}};
}

Verwerking PersoonsVerwerkingen::klantcontactVerwerking(const QUuid &medewerker, const QUuid &klantcontact,
                                                        const QString &kanaal, const QString &onderwerp)
{
    return {medewerker.toString(QUuid::WithoutBraces), klantcontact, QStringLiteral("Klantcontact afhandelen"), kanaal,
            onderwerp};
}

Result<> PersoonsVerwerkingen::taakGeopend(const QUuid &taak, const QUuid &partij, const QString &kanaal,
                                           const QString &onderwerp, bool vertrouwelijk, const SignedInActor &viewer)
{
    if (partij.isNull())
        return {}; // an unknown caller (variant A): no known person's data
    Verwerking verwerking = m_verwerking.current();
    verwerking.verwerkingId = taak;
    verwerking.verwerkingNaam = QStringLiteral("Interne taak afhandelen");
    verwerking.kanaal = kanaal;
    verwerking.onderwerp = onderwerp;
    const LogActie actie{QStringLiteral("Openen interne taak"),
                         QStringLiteral("Interne taak afhandelen"),
                         QStringLiteral("Klant"),
                         {QStringLiteral("Naam"), QStringLiteral("Contactgegevens"), QStringLiteral("Klantcontacten")},
                         vertrouwelijk,
                         {{partij, {}}}};
    return logIn(verwerking, &viewer, actie, tr("The task is not shown"));
}

Result<> PersoonsVerwerkingen::takenGetoond(const QList<QUuid> &partijen)
{
    const QList<VerwerktePersoon> getoond = bekendePersonen(partijen);
    if (getoond.isEmpty())
        return {};
    const LogActie actie{QStringLiteral("Tonen interne taken"),
                         QStringLiteral("Werkvoorraad bekijken"),
                         QStringLiteral("Klant van interne taak"),
                         {QStringLiteral("Naam")},
                         false,
                         getoond};
    return log(nullptr, actie, tr("The tasks are not shown"));
}

Result<> PersoonsVerwerkingen::verwerkingenGeexporteerd(const VerwerktePersoon &persoon, const SignedInActor &lezer)
{
    LogActie actie{QStringLiteral("Verwerkingen exporteren"),
                   QStringLiteral("Verantwoording verwerkingen"),
                   QStringLiteral("Betrokkene"),
                   {QStringLiteral("Verwerkingen")},
                   false,
                   {persoon}};
    return log(&lezer, actie, tr("The verwerkingenlog is not exported"));
}

} // namespace kcc
