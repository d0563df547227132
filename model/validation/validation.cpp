#include "model/validation/validation.h"
#include "model/validation/validationtext.h"

#include <QCoreApplication>
#include <QSet>

#include <utility>

namespace kcc {
namespace {

// Collects the errors of one record; `prefix` is the path of a nested group.
class Errors
{
public:
    explicit Errors(FieldErrors &errors, QString prefix = QString())
        : m_errors(errors)
        , m_prefix(std::move(prefix))
    {
    }

    QString path(const QString &field) const
    {
        return m_prefix.isEmpty() ? field : m_prefix + QLatin1Char('.') + field;
    }

    void add(const QString &field, const QString &message) { m_errors.append(FieldError{path(field), message}); }

    // Adds the error when there is one; returns whether there was.
    bool check(const QString &field, const std::optional<QString> &error)
    {
        if (error)
            add(field, *error);
        return error.has_value();
    }

    bool maxLength(const QString &field, const QString &value, int max, const QString &label)
    {
        return check(field, checkMaxLength(value, max, label));
    }

    // Not blank (whitespace only counts as blank, as Django's CharField strips it) and not too long.
    // Returns whether the value is acceptable so far.
    bool requiredText(const QString &field, const QString &value, int max, const QString &label)
    {
        if (value.trimmed().isEmpty()) {
            add(field, validationText(QT_TRANSLATE_NOOP("kcc::Validation", "%1 must be filled in.")).arg(label));
            return false;
        }
        return !maxLength(field, value, max, label);
    }

    void requiredReference(const QString &field, const QUuid &uuid, const QString &message)
    {
        if (uuid.isNull())
            add(field, message);
    }

    void uuid(const QUuid &value)
    {
        requiredReference(
            QStringLiteral("uuid"), value,
            validationText(QT_TRANSLATE_NOOP("kcc::Validation",
                                             "The record has no identifier (uuid); it cannot be saved like this.")));
    }

    // nummer / referentienummer: null and "" both mean "no number" (serialisers write null).
    void nummer(const QString &field, const std::optional<QString> &value)
    {
        if (value && !value->isEmpty())
            check(field, checkNummer(*value));
    }

private:
    FieldErrors &m_errors;
    QString m_prefix;
};

// onderwerpobjectidentificator, bijlageidentificator, actoridentificator: four free texts <= 200.
void validateObjectIdentificator(FieldErrors &result, const QString &group,
                                 const std::optional<ObjectIdentificator> &identificator)
{
    if (!identificator)
        return;
    Errors errors(result, group);
    errors.maxLength(QStringLiteral("objectId"), identificator->objectId, 200,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The object ID")));
    errors.maxLength(QStringLiteral("codeObjecttype"), identificator->codeObjecttype, 200,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The object type code")));
    errors.maxLength(QStringLiteral("codeRegister"), identificator->codeRegister, 200,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The register code")));
    errors.maxLength(QStringLiteral("codeSoortObjectId"), identificator->codeSoortObjectId, 200,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The object ID kind code")));
}

void appendAdres(FieldErrors &result, const std::optional<Adres> &adres, const QString &prefix, Strictness strictness)
{
    if (adres)
        result += validate(*adres, prefix, strictness);
}

// The allowed combinations of §4.2, as codes for the messages.
QStringList allowedObjecttypes(CodeRegister register_)
{
    switch (register_) {
    case CodeRegister::Brp:
        return {toCode(CodeObjecttype::NatuurlijkPersoon)};
    case CodeRegister::Hr:
        return {toCode(CodeObjecttype::NietNatuurlijkPersoon), toCode(CodeObjecttype::Vestiging)};
    }
    Q_UNREACHABLE();
    return {};
}

QList<CodeSoortObjectId> allowedSoorten(CodeObjecttype objecttype)
{
    switch (objecttype) {
    case CodeObjecttype::NatuurlijkPersoon:
        return {CodeSoortObjectId::Bsn};
    case CodeObjecttype::NietNatuurlijkPersoon:
        return {CodeSoortObjectId::Rsin, CodeSoortObjectId::KvkNummer};
    case CodeObjecttype::Vestiging:
        return {CodeSoortObjectId::Vestigingsnummer};
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<QString> checkObjectId(CodeSoortObjectId soort, const QString &objectId)
{
    switch (soort) {
    case CodeSoortObjectId::Bsn:
        return checkBsn(objectId);
    case CodeSoortObjectId::Rsin:
        return checkRsin(objectId);
    case CodeSoortObjectId::KvkNummer:
        return checkKvkNummer(objectId);
    case CodeSoortObjectId::Vestigingsnummer:
        return checkVestigingsnummer(objectId);
    }
    Q_UNREACHABLE();
    return std::nullopt;
}

} // namespace

FieldErrors validate(const Adres &adres, const QString &prefix, Strictness strictness)
{
    FieldErrors result;
    Errors errors(result, prefix);
    if (!adres.nummeraanduidingId.isEmpty())
        errors.check(QStringLiteral("nummeraanduidingId"), checkBagId(adres.nummeraanduidingId));
    errors.maxLength(QStringLiteral("straatnaam"), adres.straatnaam, 255,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The street name")));
    if (adres.huisnummer)
        errors.check(QStringLiteral("huisnummer"), checkHuisnummer(*adres.huisnummer));
    errors.maxLength(QStringLiteral("huisnummertoevoeging"), adres.huisnummertoevoeging, 20,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The house number addition")));
    if (!adres.postcode.isEmpty())
        errors.check(QStringLiteral("postcode"), checkPostcode(adres.postcode));
    errors.maxLength(QStringLiteral("stad"), adres.stad, 255,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The city")));
    errors.maxLength(QStringLiteral("adresregel1"), adres.adresregel1, 80,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "Address line 1")));
    errors.maxLength(QStringLiteral("adresregel2"), adres.adresregel2, 80,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "Address line 2")));
    errors.maxLength(QStringLiteral("adresregel3"), adres.adresregel3, 80,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "Address line 3")));
    if (!adres.land.isEmpty())
        errors.check(QStringLiteral("land"), checkLand(adres.land, strictness));
    return result;
}

FieldErrors validate(const Contactnaam &contactnaam, const QString &prefix)
{
    FieldErrors result;
    Errors errors(result, prefix);
    errors.maxLength(QStringLiteral("voorletters"), contactnaam.voorletters, 10,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The initials")));
    errors.maxLength(QStringLiteral("voornaam"), contactnaam.voornaam, 200,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The first name")));
    errors.maxLength(QStringLiteral("voorvoegselAchternaam"), contactnaam.voorvoegselAchternaam, 10,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The surname prefix")));
    errors.maxLength(QStringLiteral("achternaam"), contactnaam.achternaam, 200,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The surname")));
    return result;
}

FieldErrors validate(const Partij &partij, Strictness strictness)
{
    FieldErrors result;
    Errors errors(result);
    errors.uuid(partij.uuid);
    errors.nummer(QStringLiteral("nummer"), partij.nummer);
    errors.maxLength(QStringLiteral("interneNotitie"), partij.interneNotitie, 1000,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The internal note")));
    if (!partij.voorkeurstaal.isEmpty())
        errors.check(QStringLiteral("voorkeurstaal"), checkTaal(partij.voorkeurstaal, strictness));
    appendAdres(result, partij.bezoekadres, QStringLiteral("bezoekadres"), strictness);
    appendAdres(result, partij.correspondentieadres, QStringLiteral("correspondentieadres"), strictness);

    switch (partij.soortPartij) {
    case SoortPartij::Persoon:
    case SoortPartij::Contactpersoon:
        if (partij.contactnaam)
            result += validate(*partij.contactnaam, QStringLiteral("partijIdentificatie.contactnaam"));
        break;
    case SoortPartij::Organisatie:
        errors.maxLength(QStringLiteral("partijIdentificatie.naam"), partij.organisatieNaam, 200,
                         validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The organisation name")));
        break;
    }

    if (partij.werkteVoorPartij) {
        const QString field = QStringLiteral("partijIdentificatie.werkteVoorPartij");
        if (partij.soortPartij != SoortPartij::Contactpersoon) {
            errors.add(field, validationText(QT_TRANSLATE_NOOP(
                                  "kcc::Validation", "Only a contact person can work for an organisation; change the "
                                                     "kind of party to contact person or remove the organisation.")));
        } else if (*partij.werkteVoorPartij == partij.uuid) {
            errors.add(field, validationText(QT_TRANSLATE_NOOP("kcc::Validation",
                                                               "A contact person cannot work for themselves; choose an "
                                                               "organisation.")));
        }
    }
    return result;
}

FieldErrors validate(const PartijIdentificator &identificator, Strictness strictness)
{
    FieldErrors result;
    Errors errors(result);
    errors.uuid(identificator.uuid);
    errors.maxLength(QStringLiteral("anderePartijIdentificator"), identificator.anderePartijIdentificator, 200,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The other identifier")));

    const QStringList objecttypes = allowedObjecttypes(identificator.codeRegister);
    if (!objecttypes.contains(toCode(identificator.codeObjecttype))) {
        errors.add(
            QStringLiteral("partijIdentificator.codeObjecttype"),
            validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The register %1 only allows the object types %2."))
                .arg(toCode(identificator.codeRegister), objecttypes.join(QStringLiteral(", "))));
    }
    const QList<CodeSoortObjectId> soorten = allowedSoorten(identificator.codeObjecttype);
    if (!soorten.contains(identificator.codeSoortObjectId)) {
        QStringList codes;
        for (CodeSoortObjectId soort : soorten)
            codes << toCode(soort);
        errors.add(
            QStringLiteral("partijIdentificator.codeSoortObjectId"),
            validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The object type %1 only allows the number kinds %2."))
                .arg(toCode(identificator.codeObjecttype), codes.join(QStringLiteral(", "))));
    }

    const QString objectIdField = QStringLiteral("partijIdentificator.objectId");
    if (identificator.objectId.isEmpty()) {
        errors.add(objectIdField, validationText(QT_TRANSLATE_NOOP(
                                      "kcc::Validation", "Enter the number of the identifier (e.g. the BSN).")));
    } else if (!errors.maxLength(objectIdField, identificator.objectId, 200,
                                 validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The identifier number")))) {
        errors.check(objectIdField, checkObjectId(identificator.codeSoortObjectId, identificator.objectId));
    }

    const QString parentField = QStringLiteral("subIdentificatorVan");
    if (identificator.codeSoortObjectId == CodeSoortObjectId::Vestigingsnummer) {
        if (!identificator.subIdentificatorVan || identificator.subIdentificatorVan->isNull()) {
            errors.add(parentField,
                       validationText(QT_TRANSLATE_NOOP("kcc::Validation",
                                                        "A branch number (vestigingsnummer) must belong to a Chamber "
                                                        "of Commerce (KvK) number; choose the KvK number.")));
        }
    } else if (identificator.subIdentificatorVan && strictness == Strictness::NewInput) {
        errors.add(parentField, validationText(QT_TRANSLATE_NOOP(
                                    "kcc::Validation",
                                    "Only a branch number (vestigingsnummer) can belong to another identifier.")));
    }
    if (identificator.subIdentificatorVan && !identificator.uuid.isNull() &&
        *identificator.subIdentificatorVan == identificator.uuid) {
        errors.add(parentField,
                   validationText(QT_TRANSLATE_NOOP("kcc::Validation", "An identifier cannot belong to itself.")));
    }
    return result;
}

FieldErrors validate(const DigitaalAdres &adres, Strictness)
{
    FieldErrors result;
    Errors errors(result);
    errors.uuid(adres.uuid);
    const QString adresField = QStringLiteral("adres");
    const QString label = validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The address"));
    if (errors.requiredText(adresField, adres.adres, 80, label)) {
        switch (adres.soortDigitaalAdres) {
        case SoortDigitaalAdres::Email:
            errors.check(adresField, checkEmail(adres.adres));
            break;
        case SoortDigitaalAdres::Telefoonnummer:
            errors.check(adresField, checkTelefoonnummer(adres.adres));
            break;
        case SoortDigitaalAdres::Overig:
            break;
        }
    }
    if (adres.isStandaardAdres && !adres.verstrektDoorPartij) {
        errors.add(QStringLiteral("isStandaardAdres"),
                   validationText(QT_TRANSLATE_NOOP(
                       "kcc::Validation", "Only an address of a party can be its default address; link the address to "
                                          "a party or clear \"default\".")));
    }
    errors.maxLength(QStringLiteral("omschrijving"), adres.omschrijving, 40,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The description")));
    errors.check(QStringLiteral("referentie"), checkReferentieSlug(adres.referentie));
    return result;
}

FieldErrors validate(const Rekeningnummer &rekeningnummer, Strictness)
{
    FieldErrors result;
    Errors errors(result);
    errors.uuid(rekeningnummer.uuid);
    errors.check(QStringLiteral("iban"), checkIban(rekeningnummer.iban));
    errors.check(QStringLiteral("bic"), checkBic(rekeningnummer.bic));
    return result;
}

FieldErrors validate(const Vertegenwoordiging &vertegenwoordiging, Strictness)
{
    FieldErrors result;
    Errors errors(result);
    errors.uuid(vertegenwoordiging.uuid);
    errors.requiredReference(
        QStringLiteral("vertegenwoordigendePartij"), vertegenwoordiging.vertegenwoordigendePartij,
        validationText(QT_TRANSLATE_NOOP("kcc::Validation", "Choose the party that represents the other party.")));
    errors.requiredReference(
        QStringLiteral("vertegenwoordigdePartij"), vertegenwoordiging.vertegenwoordigdePartij,
        validationText(QT_TRANSLATE_NOOP("kcc::Validation", "Choose the party that is represented.")));
    if (!vertegenwoordiging.vertegenwoordigdePartij.isNull() &&
        vertegenwoordiging.vertegenwoordigdePartij == vertegenwoordiging.vertegenwoordigendePartij) {
        errors.add(QStringLiteral("vertegenwoordigdePartij"),
                   validationText(
                       QT_TRANSLATE_NOOP("kcc::Validation", "A party cannot represent itself; choose another party.")));
    }
    return result;
}

FieldErrors validate(const Klantcontact &klantcontact, Strictness strictness)
{
    FieldErrors result;
    Errors errors(result);
    errors.uuid(klantcontact.uuid);
    errors.nummer(QStringLiteral("nummer"), klantcontact.nummer);
    errors.nummer(QStringLiteral("referentienummer"), klantcontact.referentienummer);
    errors.requiredText(QStringLiteral("kanaal"), klantcontact.kanaal, 50,
                        validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The channel")));
    errors.requiredText(QStringLiteral("onderwerp"), klantcontact.onderwerp, 200,
                        validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The subject")));
    errors.maxLength(QStringLiteral("inhoud"), klantcontact.inhoud, 1000,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The content")));
    errors.maxLength(QStringLiteral("reactie"), klantcontact.reactie, 4000,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The answer")));
    errors.check(QStringLiteral("hoofdOnderwerpType"), checkUrl(klantcontact.hoofdOnderwerpType));
    if (klantcontact.taal.trimmed().isEmpty()) {
        errors.add(QStringLiteral("taal"),
                   validationText(QT_TRANSLATE_NOOP("kcc::Validation", "%1 must be filled in."))
                       .arg(validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The language"))));
    } else {
        errors.check(QStringLiteral("taal"), checkTaal(klantcontact.taal, strictness));
    }
    if (klantcontact.indicatieContactGelukt.value_or(false) && klantcontact.verdereActieOndernomen) {
        errors.add(QStringLiteral("verdereActieOndernomen"),
                   validationText(QT_TRANSLATE_NOOP(
                       "kcc::Validation", "When the contact succeeded, no further action can have been taken; clear "
                                          "\"further action taken\" or \"contact succeeded\".")));
    }
    if (!klantcontact.plaatsgevondenOp.isValid()) {
        errors.add(
            QStringLiteral("plaatsgevondenOp"),
            validationText(QT_TRANSLATE_NOOP("kcc::Validation", "Enter the date and time the contact took place.")));
    }

    QSet<QString> keys;
    for (const auto &[key, value] : klantcontact.metadata) {
        if (key.isEmpty()) {
            errors.add(QStringLiteral("metadata"),
                       validationText(QT_TRANSLATE_NOOP("kcc::Validation", "Every metadata entry needs a name.")));
            continue;
        }
        const QString field = QStringLiteral("metadata.") + key;
        if (keys.contains(key)) {
            errors.add(field, validationText(
                                  QT_TRANSLATE_NOOP("kcc::Validation", "The metadata name %1 occurs more than once."))
                                  .arg(key));
        }
        keys.insert(key);
        errors.check(
            field,
            checkMaxLength(value, 255,
                           validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The metadata value %1")).arg(key)));
    }
    return result;
}

FieldErrors validate(const Betrokkene &betrokkene, Strictness strictness)
{
    FieldErrors result;
    Errors errors(result);
    errors.uuid(betrokkene.uuid);
    errors.requiredReference(
        QStringLiteral("hadKlantcontact"), betrokkene.hadKlantcontact,
        validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The person involved must belong to a customer contact.")));
    errors.maxLength(QStringLiteral("organisatienaam"), betrokkene.organisatienaam, 200,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The organisation name")));
    appendAdres(result, betrokkene.bezoekadres, QStringLiteral("bezoekadres"), strictness);
    appendAdres(result, betrokkene.correspondentieadres, QStringLiteral("correspondentieadres"), strictness);
    if (betrokkene.contactnaam)
        result += validate(*betrokkene.contactnaam, QStringLiteral("contactnaam"));
    return result;
}

FieldErrors validate(const Onderwerpobject &onderwerpobject, Strictness)
{
    FieldErrors result;
    Errors errors(result);
    errors.uuid(onderwerpobject.uuid);
    validateObjectIdentificator(result, QStringLiteral("onderwerpobjectidentificator"),
                                onderwerpobject.onderwerpobjectidentificator);
    if (onderwerpobject.klantcontact && onderwerpobject.wasKlantcontact &&
        *onderwerpobject.klantcontact == *onderwerpobject.wasKlantcontact) {
        errors.add(QStringLiteral("wasKlantcontact"),
                   validationText(QT_TRANSLATE_NOOP(
                       "kcc::Validation", "A customer contact cannot be about itself; choose the earlier contact.")));
    }
    return result;
}

FieldErrors validate(const Bijlage &bijlage, Strictness)
{
    FieldErrors result;
    Errors errors(result);
    errors.uuid(bijlage.uuid);
    validateObjectIdentificator(result, QStringLiteral("bijlageidentificator"), bijlage.bijlageidentificator);
    return result;
}

FieldErrors validate(const Actor &actor, Strictness)
{
    FieldErrors result;
    Errors errors(result);
    errors.uuid(actor.uuid);
    errors.requiredText(QStringLiteral("naam"), actor.naam, 200,
                        validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The name")));
    validateObjectIdentificator(result, QStringLiteral("actoridentificator"), actor.actoridentificator);
    if (!actor.heeftActorIdentificatie)
        return result;

    Errors identificatie(result, QStringLiteral("actorIdentificatie"));
    const QString functieLabel = validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The job title"));
    const QString omschrijvingLabel = validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The description"));
    const QString phoneLabel = validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The phone number"));
    auto email = [&] {
        const QString field = QStringLiteral("emailadres");
        if (!actor.emailadres.isEmpty())
            identificatie.check(field, checkEmail(actor.emailadres));
    };
    auto phone = [&](bool required) {
        const QString field = QStringLiteral("telefoonnummer");
        if (required) {
            if (!identificatie.requiredText(field, actor.telefoonnummer, 20, phoneLabel))
                return;
        } else if (actor.telefoonnummer.isEmpty() ||
                   identificatie.maxLength(field, actor.telefoonnummer, 20, phoneLabel)) {
            return;
        }
        identificatie.check(field, checkTelefoonnummer(actor.telefoonnummer));
    };

    switch (actor.soortActor) {
    case SoortActor::Medewerker:
        identificatie.requiredText(QStringLiteral("functie"), actor.functie, 40, functieLabel);
        email();
        phone(true);
        break;
    case SoortActor::GeautomatiseerdeActor:
        identificatie.requiredText(QStringLiteral("functie"), actor.functie, 40, functieLabel);
        identificatie.maxLength(QStringLiteral("omschrijving"), actor.omschrijving, 200, omschrijvingLabel);
        break;
    case SoortActor::OrganisatorischeEenheid:
        identificatie.maxLength(QStringLiteral("omschrijving"), actor.omschrijving, 200, omschrijvingLabel);
        email();
        identificatie.maxLength(QStringLiteral("faxnummer"), actor.faxnummer, 20,
                                validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The fax number")));
        phone(false);
        break;
    }
    return result;
}

FieldErrors validate(const ActorKlantcontact &link, Strictness)
{
    FieldErrors result;
    Errors errors(result);
    errors.uuid(link.uuid);
    errors.requiredReference(
        QStringLiteral("actor"), link.actor,
        validationText(QT_TRANSLATE_NOOP("kcc::Validation", "Choose the employee or department.")));
    errors.requiredReference(QStringLiteral("klantcontact"), link.klantcontact,
                             validationText(QT_TRANSLATE_NOOP("kcc::Validation", "Choose the customer contact.")));
    return result;
}

FieldErrors validate(const InterneTaak &taak, Strictness strictness)
{
    FieldErrors result;
    Errors errors(result);
    errors.uuid(taak.uuid);
    errors.nummer(QStringLiteral("nummer"), taak.nummer);
    errors.nummer(QStringLiteral("referentienummer"), taak.referentienummer);
    errors.requiredText(QStringLiteral("gevraagdeHandeling"), taak.gevraagdeHandeling, 200,
                        validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The requested action")));
    errors.requiredReference(QStringLiteral("aanleidinggevendKlantcontact"), taak.aanleidinggevendKlantcontact,
                             validationText(QT_TRANSLATE_NOOP(
                                 "kcc::Validation", "A task must belong to the customer contact it follows up.")));
    errors.maxLength(QStringLiteral("toelichting"), taak.toelichting, 1000,
                     validationText(QT_TRANSLATE_NOOP("kcc::Validation", "The explanation")));

    const QString actorenField = QStringLiteral("toegewezenAanActoren");
    // Deleting an actor on the server removes its assignments, so an imported task can have none.
    if (taak.toegewezenAanActoren.isEmpty() && strictness == Strictness::NewInput) {
        errors.add(actorenField, validationText(QT_TRANSLATE_NOOP(
                                     "kcc::Validation", "Assign the task to at least one employee or department.")));
    }
    QSet<QUuid> seen;
    for (const QUuid &actor : taak.toegewezenAanActoren) {
        if (actor.isNull()) {
            errors.add(actorenField,
                       validationText(QT_TRANSLATE_NOOP("kcc::Validation",
                                                        "An assignment has no employee or department; remove it.")));
        } else if (seen.contains(actor)) {
            errors.add(actorenField, validationText(QT_TRANSLATE_NOOP(
                                         "kcc::Validation", "The same employee or department is assigned twice.")));
        }
        seen.insert(actor);
    }

    if (taak.afgehandeldOp && taak.status != TaakStatus::Verwerkt) {
        errors.add(QStringLiteral("afgehandeldOp"),
                   validationText(QT_TRANSLATE_NOOP(
                       "kcc::Validation", "A task that is not done cannot have a completion time; set the status to "
                                          "done or clear the completion time.")));
    }
    return result;
}

} // namespace kcc
