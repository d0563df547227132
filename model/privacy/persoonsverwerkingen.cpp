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

Result<> PersoonsVerwerkingen::log(const SignedInActor *viewer, const LogActie &actie, const QString &wat)
{
    Verwerking verwerking = m_verwerking.current();
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
