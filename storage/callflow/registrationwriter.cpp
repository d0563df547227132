#include "storage/callflow/registrationwriter.h"

#include "storage/callflow/sqldraftstore.h"
#include "storage/db/database.h"
#include "storage/db/numbersequence.h"
#include "storage/db/retry.h"
#include "storage/db/storageerror.h"
#include "storage/db/writetransaction.h"
#include "storage/klantbeeld/vertrouwelijkzichtbaar.h"
#include "storage/privacy/sqlverwerkingenlog.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "storage/resources/rowcodec.h"
#include "storage/sync/syncoutbox.h"
#include "storage/taken/taaklogwriter.h"

#include "model/privacy/persoonsverwerkingen.h"
#include "model/validation/referencerules.h"
#include "model/validation/valuevalidators.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace kcc::storage {

namespace {

Error firstError(const FieldErrors &errors)
{
    return Error{errors.first().message, errors};
}

} // namespace

RegistrationWriter::RegistrationWriter(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

Result<PlanContext> RegistrationWriter::planContext(const ContactSession &session)
{
    // The look-ups below cannot tell a lost server from a missing record: ask first (issue 13,
    // item 6), reconnecting once if the server dropped the connection meanwhile.
    if (Result<> connected = m_database.ensureConnected(); !connected)
        return connected.error();
    Repository<Actor> actors(m_database);
    PlanContext context;
    context.now = m_clock.now();
    const std::optional<Actor> medewerker = actors.find(session.medewerker);
    if (!medewerker)
        return Error{tr("The signed-in colleague is not known in this database. Sign in again."), {}};
    context.medewerker = *medewerker;

    if (session.partijKeuze == ContactSession::PartijKeuze::Gevonden && session.partij) {
        Repository<Partij> partijen(m_database);
        context.partij = partijen.find(*session.partij);
        if (context.partij)
            context.partijDigitaleAdressen = digitaleAdressenVanPartij(m_database, *session.partij);
    }
    if (session.betrokkene.rol == Rol::Vertegenwoordiger && session.betrokkene.vertegenwoordigde)
        context.vertegenwoordigde = Repository<Partij>(m_database).find(*session.betrokkene.vertegenwoordigde);
    const QString bsn = session.nieuwePartij.bsn.trimmed();
    if (!bsn.isEmpty() && !checkBsn(bsn))
        context.bsnOwner = findPartijByIdentificator(m_database, CodeSoortObjectId::Bsn, bsn);

    QList<QUuid> wanted;
    for (const SessionOnderwerp &onderwerp : session.onderwerpen) {
        if (onderwerp.interneTaak)
            wanted.append(onderwerp.interneTaak->toegewezenAan);
        if (onderwerp.doorverbinding)
            wanted.append(onderwerp.doorverbinding->collega);
    }
    QSet<QUuid> seen;
    for (const QUuid &uuid : wanted) {
        if (uuid.isNull() || seen.contains(uuid))
            continue;
        seen.insert(uuid);
        if (std::optional<Actor> actor = actors.find(uuid))
            context.actors.append(*actor);
    }
    return context;
}

Result<RegistrationReceipt> RegistrationWriter::registerContact(const RegistrationPlan &plan)
{
    // A conflict with another seat (on PostgreSQL) rolled everything back: the registration is
    // written again as a whole, never half.
    return retryOnConflict([&]() -> Result<RegistrationReceipt> {
        WriteTransaction transaction(m_database);
        if (!transaction.isActive())
            return transaction.error();
        Result<RegistrationReceipt> receipt = write(plan);
        if (!receipt)
            return receipt; // the transaction rolls back
        // The sync outbox is filled in the same transaction (issue 14): no registration goes unsent.
        if (Result<> queued = SyncOutbox::queueRegistration(m_database, plan, receipt.value()); !queued)
            return queued.error();
        if (Result<> logged = logRegistratie(plan, receipt.value()); !logged)
            return logged.error();
        if (Result<> committed = transaction.commit(); !committed)
            return committed.error();
        return receipt;
    });
}

Result<std::optional<RegistrationReceipt>> RegistrationWriter::alreadyRegistered(const QList<QUuid> &klantcontacten)
{
    if (Result<> connected = m_database.ensureConnected(); !connected)
        return connected.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT referentienummer FROM klantcontact WHERE uuid = ?"));
    RegistrationReceipt receipt;
    for (const QUuid &uuid : klantcontacten) {
        query.bindValue(0, codec::uuidText(uuid));
        if (!query.exec())
            return StorageError::fromSql(query.lastError(), tr("finding the klantcontact"));
        if (!query.next())
            continue;
        receipt.klantcontacten.append(uuid);
        receipt.klantcontactReferentienummers.append(query.value(0).toString());
    }
    if (receipt.klantcontacten.isEmpty())
        return std::optional<RegistrationReceipt>();
    return std::optional<RegistrationReceipt>(receipt);
}

Result<RegistrationReceipt> RegistrationWriter::write(const RegistrationPlan &plan)
{
    RegistrationReceipt receipt;
    if (Result<> discarded = SqlDraftStore::discardIn(m_database, plan.sessie); !discarded)
        return discarded.error();
    if (plan.isEmpty())
        return receipt;

    Repository<Actor> actors(m_database);
    Repository<Partij> partijen(m_database);

    // Another seat may have deactivated an actor since the plan was built.
    QList<QUuid> actorUuids{plan.medewerker};
    for (const RegistrationPlan::Contact &contact : plan.contacten) {
        for (const ActorKlantcontact &link : contact.actoren)
            actorUuids.append(link.actor);
        if (contact.interneTaak)
            actorUuids.append(contact.interneTaak->toegewezenAanActoren);
    }
    QList<Actor> linked;
    QSet<QUuid> seen;
    for (const QUuid &uuid : actorUuids) {
        if (seen.contains(uuid))
            continue;
        seen.insert(uuid);
        const std::optional<Actor> actor = actors.find(uuid);
        if (!actor)
            return Error{tr("A colleague or department of this contact no longer exists."), {}};
        linked.append(*actor);
    }
    if (const FieldErrors inactive = checkActorsActiveForNewRecord(linked); !inactive.isEmpty())
        return firstError(inactive);

    std::optional<QUuid> partij = plan.partij;
    if (plan.nieuwePartij) {
        const std::optional<Partij> owner = findPartijByIdentificator(m_database, CodeSoortObjectId::Bsn, plan.bsn);
        if (owner && plan.variant == RegistrationRules::Variant::IdentificatorOnlyPartij) {
            // Rule 3 is find-or-create: another seat created the partij meanwhile, so link to it.
            if (const FieldErrors errors = checkPartijActiveForNewRecord(*owner); !errors.isEmpty())
                return firstError(errors);
            partij = owner->uuid;
            receipt.partijHergebruikt = true;
        } else if (owner) {
            return Error{
                tr("The BSN %1 was registered for another partij in the meantime. Choose that partij.").arg(plan.bsn),
                {{QStringLiteral("nieuwePartij.bsn"), tr("This BSN was registered in the meantime.")}}};
        } else {
            Partij nieuw = *plan.nieuwePartij;
            Result<QString> nummer = NumberSequence::next(m_database, NumberSequence::Kind::PartijNummer);
            if (!nummer)
                return nummer.error();
            nieuw.nummer = nummer.value();
            if (Result<> inserted = partijen.insert(nieuw); !inserted)
                return inserted.error();
            if (plan.nieuweIdentificator) {
                Repository<PartijIdentificator> identificatoren(m_database);
                if (Result<> inserted = identificatoren.insert(*plan.nieuweIdentificator); !inserted)
                    return inserted.error();
            }
            Repository<DigitaalAdres> adressen(m_database);
            for (const DigitaalAdres &adres : plan.partijAdressen) {
                if (Result<> inserted = adressen.insert(adres); !inserted)
                    return inserted.error();
            }
            receipt.partijNummer = nieuw.nummer;
        }
    } else if (partij) {
        const std::optional<Partij> existing = partijen.find(*partij);
        if (!existing)
            return Error{tr("The partij of this contact no longer exists."), {}};
        if (const FieldErrors errors = checkPartijActiveForNewRecord(*existing); !errors.isEmpty())
            return firstError(errors);
    }
    receipt.partij = partij;

    Repository<Klantcontact> klantcontacten(m_database);
    Repository<Betrokkene> betrokkenen(m_database);
    Repository<DigitaalAdres> adressen(m_database);
    Repository<ActorKlantcontact> actorLinks(m_database);
    Repository<Onderwerpobject> onderwerpobjecten(m_database);
    Repository<Bijlage> bijlagen(m_database);
    Repository<InterneTaak> taken(m_database);
    for (const RegistrationPlan::Contact &contact : plan.contacten) {
        Klantcontact klantcontact = contact.klantcontact;
        Result<QString> referentie =
            NumberSequence::next(m_database, NumberSequence::Kind::KlantcontactReferentienummer);
        if (!referentie)
            return referentie.error();
        klantcontact.referentienummer = referentie.value();
        if (Result<> inserted = klantcontacten.insert(klantcontact); !inserted)
            return inserted.error();
        receipt.klantcontacten.append(klantcontact.uuid);
        receipt.klantcontactReferentienummers.append(referentie.value());

        Betrokkene betrokkene = contact.betrokkene;
        betrokkene.wasPartij = partij;
        if (Result<> inserted = betrokkenen.insert(betrokkene); !inserted)
            return inserted.error();
        if (contact.vertegenwoordigde) {
            // Another seat may have deactivated or removed the represented partij meanwhile.
            const std::optional<Partij> klant = partijen.find(contact.vertegenwoordigde->wasPartij.value_or(QUuid()));
            if (!klant)
                return Error{tr("The partij the caller represents no longer exists."), {}};
            if (const FieldErrors errors = checkPartijActiveForNewRecord(*klant); !errors.isEmpty())
                return firstError(errors);
            if (Result<> inserted = betrokkenen.insert(*contact.vertegenwoordigde); !inserted)
                return inserted.error();
        }
        for (const DigitaalAdres &adres : contact.betrokkeneAdressen) {
            if (Result<> inserted = adressen.insert(adres); !inserted)
                return inserted.error();
        }
        for (const ActorKlantcontact &link : contact.actoren) {
            if (Result<> inserted = actorLinks.insert(link); !inserted)
                return inserted.error();
        }
        for (const Onderwerpobject &object : contact.onderwerpobjecten) {
            if (Result<> inserted = onderwerpobjecten.insert(object); !inserted)
                return inserted.error();
        }
        for (const Bijlage &bijlage : contact.bijlagen) {
            if (Result<> inserted = bijlagen.insert(bijlage); !inserted)
                return inserted.error();
        }
        if (contact.interneTaak) {
            InterneTaak taak = *contact.interneTaak;
            Result<QString> nummer =
                NumberSequence::next(m_database, NumberSequence::Kind::InterneTaakReferentienummer);
            if (!nummer)
                return nummer.error();
            taak.referentienummer = nummer.value();
            if (Result<> inserted = taken.insert(taak); !inserted)
                return inserted.error();
            // The task log starts with its creation, in the same transaction (issue 5).
            const QDateTime aangemaakt = taak.toegewezenOp.isValid() ? taak.toegewezenOp : m_clock.now();
            if (Result<> logged = logTaakAangemaakt(m_database, taak, plan.medewerker, aangemaakt); !logged)
                return logged.error();
            receipt.taakReferentienummers.append(nummer.value());
        }
    }
    return receipt;
}

Result<> RegistrationWriter::logRegistratie(const RegistrationPlan &plan, const RegistrationReceipt &receipt)
{
    if (!m_log || plan.isEmpty())
        return {};
    const bool nieuw = plan.nieuwePartij && receipt.partijNummer && !receipt.partijHergebruikt;
    for (qsizetype i = 0; i < plan.contacten.size() && i < receipt.klantcontacten.size(); ++i) {
        const RegistrationPlan::Contact &contact = plan.contacten.at(i);
        QList<VerwerktePersoon> personen;
        if (receipt.partij)
            personen.append({*receipt.partij, {}});
        if (contact.vertegenwoordigde && contact.vertegenwoordigde->wasPartij)
            personen.append({*contact.vertegenwoordigde->wasPartij, {}});
        if (personen.isEmpty())
            continue; // an unknown caller (variant A, rule 2): no known person
        const Verwerking verwerking = PersoonsVerwerkingen::klantcontactVerwerking(
            plan.medewerker, receipt.klantcontacten.at(i), contact.klantcontact.kanaal, contact.klantcontact.onderwerp);
        const bool vertrouwelijk = contact.klantcontact.vertrouwelijk;
        // The partij first, as it was registered first (variant C, rule 3), under the first contact.
        QList<LogActie> acties;
        if (nieuw && i == 0)
            acties << PersoonsVerwerkingen::partijGeregistreerd(*receipt.partij);
        acties << PersoonsVerwerkingen::klantcontactGeregistreerd(personen, vertrouwelijk);
        if (contact.interneTaak)
            acties << PersoonsVerwerkingen::interneTaakGeregistreerd(personen, vertrouwelijk);
        for (const LogActie &actie : std::as_const(acties)) {
            if (Result<QUuid> logged = m_log->logInTransactie(verwerking, actie); !logged)
                return logged.error();
        }
    }
    return {};
}

Result<> RegistrationWriter::appendTransfer(const QUuid &klantcontactUuid, const QUuid &colleague, const QString &text)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    {
        Repository<Klantcontact> klantcontacten(m_database);
        Repository<Actor> actors(m_database);
        std::optional<Klantcontact> klantcontact = klantcontacten.find(klantcontactUuid);
        if (!klantcontact)
            return Error{tr("This klantcontact no longer exists."), {}};
        const std::optional<Actor> actor = actors.find(colleague);
        if (!actor)
            return Error{tr("The colleague no longer exists."), {}};
        if (const FieldErrors errors = checkActorsActiveForNewRecord({*actor}); !errors.isEmpty())
            return firstError(errors);

        const QString addition = text.trimmed();
        if (!addition.isEmpty()) {
            const QString inhoud = klantcontact->inhoud.isEmpty()
                                       ? addition
                                       : QString(klantcontact->inhoud + QLatin1String("\n\n") + addition);
            if (const auto problem = checkMaxLength(inhoud, 1000, tr("The content"))) {
                return Error{
                    *problem,
                    {{QStringLiteral("tekst"), tr("The text does not fit: the content of a klantcontact may be "
                                                  "at most 1000 characters in all.")}}};
            }
            klantcontact->inhoud = inhoud;
            if (Result<> updated = klantcontacten.update(*klantcontact); !updated)
                return updated;
        }
        const QList<Actor> already = actorenVanKlantcontact(m_database, klantcontactUuid);
        const bool isLinked =
            std::any_of(already.cbegin(), already.cend(), [&](const Actor &a) { return a.uuid == colleague; });
        if (!isLinked) {
            Repository<ActorKlantcontact> links(m_database);
            if (Result<> inserted = links.insert({QUuid::createUuid(), colleague, klantcontactUuid}); !inserted)
                return inserted;
        }
    }
    return transaction.commit();
}

Result<std::optional<TransferTarget>> RegistrationWriter::findForTransfer(const QString &referentienummer,
                                                                          const SignedInActor &viewer)
{
    const QString wanted = referentienummer.trimmed();
    if (wanted.isEmpty())
        return std::optional<TransferTarget>();
    // The klantcontact and whether this viewer may read its onderwerp and inhoud, by the one rule
    // for vertrouwelijk klantcontacten (storage/klantbeeld/vertrouwelijkzichtbaar.h).
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT k.uuid, ") + VertrouwelijkZichtbaar::expression() +
                  QStringLiteral(" FROM klantcontact k WHERE k.referentienummer = ?"));
    VertrouwelijkZichtbaar::bind(query, viewer, viewer.actor.isNull() ? QString() : codec::uuidText(viewer.actor));
    query.addBindValue(wanted);
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("finding the klantcontact"));
    if (!query.next())
        return std::optional<TransferTarget>();
    const QUuid uuid = QUuid::fromString(query.value(0).toString());
    const bool zichtbaar = query.value(1).toInt() != 0;
    query.finish();
    const std::optional<Klantcontact> klantcontact = Repository<Klantcontact>(m_database).find(uuid);
    if (!klantcontact)
        return std::optional<TransferTarget>();

    TransferTarget target;
    target.klantcontact = uuid;
    target.referentienummer = klantcontact->referentienummer.value_or(QString());
    target.kanaal = klantcontact->kanaal;
    target.plaatsgevondenOp = klantcontact->plaatsgevondenOp;
    for (const Actor &actor : actorenVanKlantcontact(m_database, uuid))
        target.actoren.append(actor.naam);
    target.verborgen = !zichtbaar;
    if (!target.verborgen) {
        target.onderwerp = klantcontact->onderwerp;
        target.inhoud = klantcontact->inhoud;
    }
    for (const Betrokkene &betrokkene : betrokkenenVanKlantcontact(m_database, uuid)) {
        if (betrokkene.wasPartij) {
            if (const std::optional<Partij> partij = Repository<Partij>(m_database).find(*betrokkene.wasPartij))
                target.klantNaam = partij->weergaveNaam();
        } else if (betrokkene.contactnaam) {
            target.klantNaam = betrokkene.contactnaam->volledigeNaam();
        }
        if (!target.klantNaam.isEmpty())
            break;
    }
    return std::optional<TransferTarget>(target);
}

} // namespace kcc::storage
