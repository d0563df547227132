#include "model/validation/referencerules.h"
#include "model/validation/validationtext.h"

#include <QCoreApplication>

#include <algorithm>

namespace kcc {
namespace {

// A name for messages; a partij without a name (e.g. one holding only a BSN) is named by its number or uuid.
QString partijNaam(const Partij &partij)
{
    const QString naam = partij.weergaveNaam();
    if (!naam.isEmpty())
        return naam;
    if (partij.nummer && !partij.nummer->isEmpty())
        return *partij.nummer;
    return partij.uuid.toString(QUuid::WithoutBraces);
}

} // namespace

FieldErrors checkVoorkeursDigitaalAdres(const Partij &partij, const QList<DigitaalAdres> &adressenVanPartij)
{
    if (!partij.voorkeursDigitaalAdres)
        return {};
    const QUuid voorkeur = *partij.voorkeursDigitaalAdres;
    const bool linked = std::any_of(adressenVanPartij.begin(), adressenVanPartij.end(), [&](const DigitaalAdres &a) {
        return a.uuid == voorkeur && a.verstrektDoorPartij == partij.uuid;
    });
    if (linked)
        return {};
    return {FieldError{QStringLiteral("voorkeursDigitaalAdres"),
                       validationText(QT_TRANSLATE_NOOP(
                           "kcc::Validation", "The preferred contact address must be one of this party's own digital "
                                              "addresses; choose one of them or none."))}};
}

FieldErrors checkVoorkeursRekeningnummer(const Partij &partij, const QList<Rekeningnummer> &rekeningnummersVanPartij)
{
    if (!partij.voorkeursRekeningnummer)
        return {};
    const QUuid voorkeur = *partij.voorkeursRekeningnummer;
    const bool linked =
        std::any_of(rekeningnummersVanPartij.begin(), rekeningnummersVanPartij.end(),
                    [&](const Rekeningnummer &r) { return r.uuid == voorkeur && r.partij == partij.uuid; });
    if (linked)
        return {};
    return {FieldError{QStringLiteral("voorkeursRekeningnummer"),
                       validationText(QT_TRANSLATE_NOOP(
                           "kcc::Validation", "The preferred bank account must be one of this party's own bank "
                                              "accounts; choose one of them or none."))}};
}

FieldErrors checkUniqueIdentificator(const PartijIdentificator &identificator, std::optional<QUuid> existingOwnerPartij)
{
    // Vestigingsnummers are unique per kvk parent only; the same number may occur under several parents.
    if (identificator.subIdentificatorVan || !existingOwnerPartij)
        return {};
    if (identificator.identificeerdePartij && *identificator.identificeerdePartij == *existingOwnerPartij)
        return {};
    return {
        FieldError{QStringLiteral("partijIdentificator.objectId"),
                   validationText(QT_TRANSLATE_NOOP("kcc::Validation",
                                                    "This %1 already belongs to another party; search for that party "
                                                    "instead of registering it again."))
                       .arg(label(identificator.codeSoortObjectId))}};
}

FieldErrors checkActorsActiveForNewRecord(const QList<Actor> &actors)
{
    FieldErrors errors;
    for (const Actor &actor : actors) {
        if (actor.indicatieActief)
            continue;
        const QString naam = actor.naam.isEmpty() ? actor.uuid.toString(QUuid::WithoutBraces) : actor.naam;
        errors.append(
            FieldError{QStringLiteral("toegewezenAanActoren"),
                       validationText(QT_TRANSLATE_NOOP("kcc::Validation",
                                                        "%1 is no longer active and cannot be linked to a new contact "
                                                        "or task; choose someone else."))
                           .arg(naam)});
    }
    return errors;
}

FieldErrors checkPartijActiveForNewRecord(const Partij &partij)
{
    if (partij.indicatieActief)
        return {};
    return {FieldError{
        QStringLiteral("wasPartij"),
        validationText(QT_TRANSLATE_NOOP("kcc::Validation",
                                         "The party %1 is no longer active; its details may not be used for a new "
                                         "contact. Choose or register an active party."))
            .arg(partijNaam(partij))}};
}

FieldErrors checkWerkteVoorPartij(const Partij &contactpersoon, const std::optional<Partij> &organisatie)
{
    if (!contactpersoon.werkteVoorPartij)
        return {};
    const QString field = QStringLiteral("partijIdentificatie.werkteVoorPartij");
    if (!organisatie || organisatie->uuid != *contactpersoon.werkteVoorPartij) {
        return {FieldError{field, validationText(QT_TRANSLATE_NOOP(
                                      "kcc::Validation", "The organisation this contact person works for does not "
                                                         "exist; choose an existing organisation."))}};
    }
    if (organisatie->soortPartij != SoortPartij::Organisatie) {
        return {FieldError{
            field, validationText(QT_TRANSLATE_NOOP("kcc::Validation",
                                                    "A contact person can only work for an organisation, and %1 "
                                                    "is not one; choose an organisation."))
                       .arg(partijNaam(*organisatie))}};
    }
    return {};
}

FieldErrors checkKlantcontactParticipants(const Klantcontact &klantcontact, const QList<ActorKlantcontact> &actoren,
                                          const QList<Betrokkene> &betrokkenen)
{
    FieldErrors errors;
    const bool hasActor = std::any_of(actoren.begin(), actoren.end(), [&](const ActorKlantcontact &link) {
        return link.klantcontact == klantcontact.uuid && !link.actor.isNull();
    });
    if (!hasActor) {
        errors.append(FieldError{QStringLiteral("hadBetrokkenActoren"),
                                 validationText(QT_TRANSLATE_NOOP(
                                     "kcc::Validation", "A customer contact needs at least one employee who handled "
                                                        "it."))});
    }
    const bool hasBetrokkene = std::any_of(betrokkenen.begin(), betrokkenen.end(), [&](const Betrokkene &betrokkene) {
        return betrokkene.hadKlantcontact == klantcontact.uuid;
    });
    if (!hasBetrokkene) {
        errors.append(FieldError{QStringLiteral("hadBetrokkenen"),
                                 validationText(QT_TRANSLATE_NOOP(
                                     "kcc::Validation", "A customer contact needs at least one person involved (the "
                                                        "customer or their representative)."))});
    }
    return errors;
}

} // namespace kcc
