#include "storage/taken/sqltaakactiesservice.h"

#include "model/taken/taaktoegang.h"
#include "model/validation/referencerules.h"
#include "model/validation/validation.h"
#include "storage/db/database.h"
#include "storage/db/numbersequence.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "storage/taken/taaklogwriter.h"
#include "storage/taken/taakoutbox.h"
#include "storage/taken/taakwijziging.h"

#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace kcc::storage {

using takensql::firstError;
using takensql::inTransaction;
using takensql::Query;

SqlTaakActiesService::SqlTaakActiesService(Database &database, Clock clock, const QTimeZone &zone)
    : m_store(database, std::move(clock), zone)
{
}

Result<> SqlTaakActiesService::pakOp(const SignedInActor &viewer, const QUuid &taakUuid)
{
    return inTransaction(m_store.database, [&]() -> Result<> {
        const TaakWijziging wijziging(m_store);
        TaakWijziging::Eisen eisen;
        eisen.behandelen = false; // TaakToegang::oppakken below
        Result<InterneTaak> taak = wijziging.voorbereid(viewer, taakUuid, QString(), eisen);
        if (!taak)
            return taak.error();
        InterneTaak changed = taak.value();
        if (changed.toegewezenAanActoren == QList<QUuid>{viewer.actor})
            return {};
        Result<QList<QUuid>> eigen = m_store.afdelingenVan(viewer.actor);
        if (!eigen)
            return eigen.error();
        Result<QList<QUuid>> afdelingen = wijziging.afdelingenVanTaak(changed);
        if (!afdelingen)
            return afdelingen.error();
        // Another seat took it first (this one waited for its commit in taakVoorWijziging): say who.
        Result<QList<Actor>> toegewezen = m_store.actoren(changed.toegewezenAanActoren);
        if (!toegewezen)
            return toegewezen.error();
        QStringList opgepaktDoor;
        for (const Actor &actor : toegewezen.value()) {
            if (actor.soortActor != SoortActor::OrganisatorischeEenheid)
                opgepaktDoor << actor.naam;
        }
        if (Result<> allowed = TaakToegang::oppakken(viewer, afdelingen.value(), eigen.value(), opgepaktDoor); !allowed)
            return allowed;
        Result<QList<Actor>> naar = wijziging.nieuweToewijzing({viewer.actor});
        if (!naar)
            return naar.error();
        return wijziging.reassign(viewer, changed, naar.value(), TaakLogActie::Opgepakt, QString());
    });
}

Result<ContactPogingReceipt> SqlTaakActiesService::registreerContactPoging(const SignedInActor &viewer,
                                                                           const QUuid &taakUuid,
                                                                           const ContactPoging &poging)
{
    return inTransaction(m_store.database, [&]() -> Result<ContactPogingReceipt> {
        const TaakWijziging wijziging(m_store);
        Result<InterneTaak> taak = wijziging.voorbereid(viewer, taakUuid, poging.toelichting, {});
        if (!taak)
            return taak.error();
        InterneTaak changed = taak.value();

        Repository<Klantcontact> klantcontacten(m_store.database);
        const std::optional<Klantcontact> origineel = klantcontacten.find(changed.aanleidinggevendKlantcontact);
        if (!origineel)
            return Error{tr("The klantcontact of this task no longer exists."), {}};
        Result<QList<Actor>> medewerker = m_store.actoren({viewer.actor});
        if (!medewerker)
            return medewerker.error();
        if (const FieldErrors inactive = checkActorsActiveForNewRecord(medewerker.value()); !inactive.isEmpty())
            return firstError(inactive);

        const QDateTime moment = m_store.now();
        Klantcontact contact;
        contact.uuid = QUuid::createUuid();
        contact.kanaal = poging.kanaal.trimmed().isEmpty() ? origineel->kanaal : poging.kanaal.trimmed();
        contact.onderwerp = poging.onderwerp.trimmed().isEmpty() ? origineel->onderwerp : poging.onderwerp.trimmed();
        contact.inhoud = poging.inhoud.trimmed();
        contact.indicatieContactGelukt = poging.gelukt;
        contact.taal = origineel->taal;
        contact.vertrouwelijk = origineel->vertrouwelijk;
        contact.plaatsgevondenOp = poging.plaatsgevondenOp.isValid() ? poging.plaatsgevondenOp.toUTC() : moment;

        // The klant of the original, copied: the municipality takes the initiative now (C9708).
        QList<Betrokkene> betrokkenen = betrokkenenVanKlantcontact(m_store.database, origineel->uuid);
        std::stable_sort(betrokkenen.begin(), betrokkenen.end(),
                         [](const Betrokkene &a, const Betrokkene &b) { return a.initiator && !b.initiator; });
        if (betrokkenen.isEmpty())
            return Error{tr("The klantcontact of this task has no betrokkene to contact."), {}};
        Betrokkene betrokkene = betrokkenen.first();
        const QUuid origineleBetrokkene = betrokkene.uuid;
        betrokkene.uuid = QUuid::createUuid();
        betrokkene.hadKlantcontact = contact.uuid;
        betrokkene.initiator = false;
        if (betrokkene.wasPartij) {
            Repository<Partij> partijen(m_store.database);
            const std::optional<Partij> partij = partijen.find(*betrokkene.wasPartij);
            if (!partij)
                return Error{tr("The partij of this task's klantcontact no longer exists."), {}};
            if (const FieldErrors errors = checkPartijActiveForNewRecord(*partij); !errors.isEmpty())
                return firstError(errors);
        }
        QList<DigitaalAdres> adressen = digitaleAdressenVanBetrokkene(m_store.database, origineleBetrokkene);
        for (DigitaalAdres &adres : adressen) {
            adres.uuid = QUuid::createUuid();
            adres.verstrektDoorBetrokkene = betrokkene.uuid;
        }
        const Onderwerpobject onderwerp{QUuid::createUuid(), contact.uuid, origineel->uuid, std::nullopt};
        const ActorKlantcontact link{QUuid::createUuid(), viewer.actor, contact.uuid};

        FieldErrors errors = validate(contact);
        errors += validate(betrokkene);
        errors += validate(onderwerp);
        errors += validate(link);
        for (const DigitaalAdres &adres : std::as_const(adressen))
            errors += validate(adres);
        errors += checkKlantcontactParticipants(contact, {link}, {betrokkene});
        if (!errors.isEmpty())
            return firstError(errors);

        Result<QString> referentie =
            NumberSequence::next(m_store.database, NumberSequence::Kind::KlantcontactReferentienummer);
        if (!referentie)
            return referentie.error();
        contact.referentienummer = referentie.value();
        if (Result<> inserted = klantcontacten.insert(contact); !inserted)
            return inserted.error();
        {
            Repository<Betrokkene> repository(m_store.database);
            if (Result<> inserted = repository.insert(betrokkene); !inserted)
                return inserted.error();
        }
        {
            Repository<DigitaalAdres> repository(m_store.database);
            for (const DigitaalAdres &adres : std::as_const(adressen)) {
                if (Result<> inserted = repository.insert(adres); !inserted)
                    return inserted.error();
            }
        }
        {
            Repository<Onderwerpobject> repository(m_store.database);
            if (Result<> inserted = repository.insert(onderwerp); !inserted)
                return inserted.error();
        }
        {
            Repository<ActorKlantcontact> repository(m_store.database);
            if (Result<> inserted = repository.insert(link); !inserted)
                return inserted.error();
        }

        if (Result<> queued =
                taakoutbox::contactPoging(m_store.database, {viewer.actor, betrokkene.wasPartij, origineel->uuid,
                                                             contact.uuid, betrokkene.uuid, onderwerp.uuid, link.uuid});
            !queued)
            return queued.error();
        TaakLogEntry log = wijziging.entry(viewer, changed.uuid, TaakLogActie::ContactPoging, QString(), moment);
        log.klantcontact = contact.uuid;
        log.gelukt = poging.gelukt;
        if (Result<> logged = writeTaakLog(m_store.database, log); !logged)
            return logged.error();

        ContactPogingReceipt receipt;
        receipt.klantcontact = contact.uuid;
        receipt.referentienummer = referentie.value();
        if (poging.gelukt && poging.taakAfhandelen) {
            if (Result<> closed = wijziging.close(viewer, changed, poging.toelichting, moment,
                                                  TaakLogActie::Afgehandeld, std::nullopt);
                !closed)
                return closed.error();
            receipt.taakAfgehandeld = true;
        }
        return receipt;
    });
}

Result<> SqlTaakActiesService::stuurDoor(const SignedInActor &viewer, const QUuid &taakUuid, const QList<QUuid> &naar,
                                         const QString &toelichting)
{
    return inTransaction(m_store.database, [&]() -> Result<> {
        const TaakWijziging wijziging(m_store);
        Result<InterneTaak> taak = wijziging.voorbereid(viewer, taakUuid, toelichting, {});
        if (!taak)
            return taak.error();
        InterneTaak changed = taak.value();
        Result<QList<QUuid>> eigen = m_store.afdelingenVan(viewer.actor);
        if (!eigen)
            return eigen.error();
        Result<QList<QUuid>> leden = m_store.ledenVan(eigen.value());
        if (!leden)
            return leden.error();
        if (Result<> allowed = TaakToegang::doorsturenNaar(viewer, naar, eigen.value(), leden.value()); !allowed)
            return allowed;
        Result<QList<Actor>> actors = wijziging.nieuweToewijzing(naar);
        if (!actors)
            return actors.error();
        return wijziging.reassign(viewer, changed, actors.value(), TaakLogActie::Doorgestuurd, toelichting);
    });
}

// The handeling "Opnieuw routeren" as the beheerder named it in the code list.
QString SqlTaakActiesService::opnieuwRouterenHandeling() const
{
    QSqlQuery query(m_store.database.connection());
    if (m_store
            .run(query, Query{}.add(QStringLiteral("SELECT label FROM codelijst WHERE lijst = "
                                                   "'gevraagde_handeling' AND code = 'opnieuw_routeren'")))
            .ok() &&
        query.next() && !query.value(0).toString().isEmpty())
        return query.value(0).toString();
    return QStringLiteral("Opnieuw routeren");
}

Result<QUuid> SqlTaakActiesService::routeerOpnieuw(const SignedInActor &viewer, const QUuid &taakUuid, const QUuid &kcc,
                                                   const QString &toelichting)
{
    return inTransaction(m_store.database, [&]() -> Result<QUuid> {
        const TaakWijziging wijziging(m_store);
        TaakWijziging::Eisen eisen;
        eisen.toelichtingVerplicht = tr("Say why the task goes back to the KCC.");
        Result<InterneTaak> taak = wijziging.voorbereid(viewer, taakUuid, toelichting, eisen);
        if (!taak)
            return taak.error();
        InterneTaak origineel = taak.value();
        Result<QList<Actor>> naar = wijziging.nieuweToewijzing({kcc});
        if (!naar)
            return naar.error();
        if (naar.value().first().soortActor != SoortActor::OrganisatorischeEenheid)
            return Error{tr("A task for re-routing goes to an afdeling such as the KCC, not to a person."), {}};

        const QDateTime moment = m_store.now();
        InterneTaak nieuw;
        nieuw.uuid = QUuid::createUuid();
        nieuw.gevraagdeHandeling = opnieuwRouterenHandeling();
        nieuw.aanleidinggevendKlantcontact = origineel.aanleidinggevendKlantcontact;
        nieuw.toegewezenAanActoren = {kcc};
        nieuw.toelichting = toelichting.trimmed();
        nieuw.status = TaakStatus::TeVerwerken;
        nieuw.toegewezenOp = moment;
        if (const FieldErrors errors = validate(nieuw); !errors.isEmpty())
            return firstError(errors);
        Result<QString> nummer =
            NumberSequence::next(m_store.database, NumberSequence::Kind::InterneTaakReferentienummer);
        if (!nummer)
            return nummer.error();
        nieuw.referentienummer = nummer.value();
        {
            Repository<InterneTaak> taken(m_store.database);
            if (Result<> inserted = taken.insert(nieuw); !inserted)
                return inserted.error();
        }
        if (Result<> queued = taakoutbox::nieuw(m_store.database, nieuw); !queued)
            return queued.error();
        TaakLogEntry aangemaakt = wijziging.entry(viewer, nieuw.uuid, TaakLogActie::Aangemaakt, toelichting, moment);
        aangemaakt.toegewezenAan = TaakWijziging::namen(naar.value());
        aangemaakt.gerelateerdeTaak = origineel.uuid;
        if (Result<> logged = writeTaakLog(m_store.database, aangemaakt); !logged)
            return logged.error();
        if (Result<> closed =
                wijziging.close(viewer, origineel, toelichting, moment, TaakLogActie::OpnieuwGerouteerd, nieuw.uuid);
            !closed)
            return closed.error();
        return nieuw.uuid;
    });
}

Result<> SqlTaakActiesService::handelAf(const SignedInActor &viewer, const QUuid &taakUuid, const QString &toelichting)
{
    return inTransaction(m_store.database, [&]() -> Result<> {
        const TaakWijziging wijziging(m_store);
        // The toelichting is checked where it is appended to the task's (TaakWijziging::close).
        TaakWijziging::Eisen eisen;
        eisen.toelichtingBegrensd = false;
        Result<InterneTaak> taak = wijziging.voorbereid(viewer, taakUuid, toelichting, eisen);
        if (!taak)
            return taak.error();
        InterneTaak changed = taak.value();
        return wijziging.close(viewer, changed, toelichting, m_store.now(), TaakLogActie::Afgehandeld, std::nullopt);
    });
}

Result<> SqlTaakActiesService::heropen(const SignedInActor &viewer, const QUuid &taakUuid, const QString &toelichting)
{
    if (Result<> allowed = TaakToegang::heropenen(viewer); !allowed)
        return allowed;
    return inTransaction(m_store.database, [&]() -> Result<> {
        const TaakWijziging wijziging(m_store);
        TaakWijziging::Eisen eisen;
        eisen.status = TaakStatus::Verwerkt;
        eisen.behandelen = false; // TaakToegang::heropenen above
        Result<InterneTaak> taak = wijziging.voorbereid(viewer, taakUuid, toelichting, eisen);
        if (!taak)
            return taak.error();
        InterneTaak changed = taak.value();
        changed.status = TaakStatus::TeVerwerken;
        changed.afgehandeldOp.reset();
        if (Result<> updated = wijziging.update(changed); !updated)
            return updated;
        return writeTaakLog(m_store.database,
                            wijziging.entry(viewer, changed.uuid, TaakLogActie::Heropend, toelichting, m_store.now()));
    });
}

} // namespace kcc::storage
