#include "model/callflow/registrationplan.h"

#include "model/validation/referencerules.h"
#include "model/validation/validation.h"
#include "model/validation/valuevalidators.h"

#include <algorithm>

namespace kcc {

namespace {

// Collects the planned records and the errors under their form paths while walking the session.
class PlanBuilder
{
public:
    PlanBuilder(const ContactSession &session, const PlanContext &context)
        : m_session(session)
        , m_context(context)
    {
    }

    Result<RegistrationPlan> build();

private:
    QUuid newUuid() const { return m_context.newUuid ? m_context.newUuid() : QUuid::createUuid(); }
    void add(const QString &path, const QString &message)
    {
        const FieldError error{path, message};
        if (!m_errors.contains(error))
            m_errors.append(error);
    }
    // Re-files errors of kcc::validate under form paths: `map` turns an API field into a path.
    template<typename Map>
    void addMapped(const FieldErrors &errors, Map map)
    {
        for (const FieldError &error : errors)
            add(map(error.field), error.message);
    }
    std::optional<Actor> knownActor(const QUuid &uuid) const;
    std::optional<DigitaalAdres> contactDetail(const ContactDetail &detail, const QString &path);
    void planNieuwePartij(bool withDefaults);
    void planBsnIdentificator(const QUuid &partij);
    bool checkBsn();
    void planContact(int index, const SessionOnderwerp &onderwerp);
    void planKlantcontact(RegistrationPlan::Contact &contact, const QString &prefix, const SessionOnderwerp &onderwerp);
    void planBetrokkene(RegistrationPlan::Contact &contact);
    void planVertegenwoordigde(RegistrationPlan::Contact &contact);
    void planActoren(RegistrationPlan::Contact &contact, const QString &prefix, const SessionOnderwerp &onderwerp);
    void planOnderwerpobjecten(RegistrationPlan::Contact &contact, const QString &prefix,
                               const SessionOnderwerp &onderwerp);
    void planBijlagen(RegistrationPlan::Contact &contact, const QString &prefix, const SessionOnderwerp &onderwerp);
    void planInterneTaak(RegistrationPlan::Contact &contact, const QString &prefix, const SessionOnderwerp &onderwerp);

    const ContactSession &m_session;
    const PlanContext &m_context;
    RegistrationPlan m_plan;
    FieldErrors m_errors;
    QList<ContactDetail> m_oneOff; // the betrokkene's details that are not blank
};

std::optional<Actor> PlanBuilder::knownActor(const QUuid &uuid) const
{
    if (uuid == m_context.medewerker.uuid)
        return m_context.medewerker;
    const auto it = std::find_if(m_context.actors.cbegin(), m_context.actors.cend(),
                                 [&](const Actor &actor) { return actor.uuid == uuid; });
    if (it == m_context.actors.cend())
        return std::nullopt;
    return *it;
}

// Normalises a typed phone number or e-mail address and validates it as a DigitaalAdres; the
// caller fills in the owner and uuid.
std::optional<DigitaalAdres> PlanBuilder::contactDetail(const ContactDetail &detail, const QString &path)
{
    DigitaalAdres adres;
    adres.uuid = QUuid::createUuid(); // placeholder so validate() does not complain; replaced by caller
    adres.soortDigitaalAdres = detail.soort;
    adres.omschrijving = detail.omschrijving.trimmed();
    adres.adres = detail.adres.trimmed();
    if (detail.soort == SoortDigitaalAdres::Telefoonnummer) {
        Result<QString> normalized = normalizeTelefoonnummer(adres.adres);
        if (!normalized) {
            add(path + QLatin1String(".adres"), normalized.error().message);
            return std::nullopt;
        }
        adres.adres = normalized.value();
    }
    const FieldErrors errors = validate(adres);
    addMapped(errors, [&](const QString &field) -> QString { return path + QLatin1Char('.') + field; });
    if (!errors.isEmpty())
        return std::nullopt;
    return adres;
}

bool PlanBuilder::checkBsn()
{
    const QString bsn = m_session.nieuwePartij.bsn.trimmed();
    if (bsn.isEmpty()) {
        add(QStringLiteral("nieuwePartij.bsn"),
            RegistrationPlan::tr("Enter the BSN with which the caller was identified."));
        return false;
    }
    if (const std::optional<QString> problem = kcc::checkBsn(bsn)) {
        add(QStringLiteral("nieuwePartij.bsn"), *problem);
        return false;
    }
    m_plan.bsn = bsn;
    return true;
}

void PlanBuilder::planBsnIdentificator(const QUuid &partij)
{
    PartijIdentificator identificator;
    identificator.uuid = newUuid();
    identificator.identificeerdePartij = partij;
    identificator.codeObjecttype = CodeObjecttype::NatuurlijkPersoon;
    identificator.codeSoortObjectId = CodeSoortObjectId::Bsn;
    identificator.codeRegister = CodeRegister::Brp;
    identificator.objectId = m_plan.bsn;
    addMapped(validate(identificator), [](const QString &) -> QString { return QStringLiteral("nieuwePartij.bsn"); });
    m_plan.nieuweIdentificator = identificator;
}

void PlanBuilder::planNieuwePartij(bool withDefaults)
{
    const NieuwePartij &input = m_session.nieuwePartij;
    Partij partij;
    partij.uuid = newUuid();
    partij.indicatieActief = true;
    if (input.indicatieGeheimhouding)
        partij.indicatieGeheimhouding = true;
    if (withDefaults) {
        partij.soortPartij = input.soortPartij;
        partij.voorkeurstaal = input.voorkeurstaal;
        partij.bezoekadres = input.bezoekadres;
        if (input.soortPartij == SoortPartij::Organisatie) {
            partij.organisatieNaam = input.organisatieNaam.trimmed();
        } else {
            partij.contactnaam = input.contactnaam;
        }
        QList<DigitaalAdres> adressen;
        // One default per soort (isStandaardAdres): the preferred address for its own soort, the
        // first one given for the other soorten.
        const bool hasVoorkeur = input.voorkeursAdres >= 0 && input.voorkeursAdres < input.digitaleAdressen.size();
        const auto isStandaard = [&](int j) {
            const SoortDigitaalAdres soort = input.digitaleAdressen.at(j).soort;
            if (hasVoorkeur && input.digitaleAdressen.at(input.voorkeursAdres).soort == soort)
                return j == input.voorkeursAdres;
            for (int k = 0; k < input.digitaleAdressen.size(); ++k) {
                if (input.digitaleAdressen.at(k).soort == soort &&
                    !input.digitaleAdressen.at(k).adres.trimmed().isEmpty())
                    return k == j;
            }
            return false;
        };
        for (int j = 0; j < input.digitaleAdressen.size(); ++j) {
            const ContactDetail &detail = input.digitaleAdressen.at(j);
            if (detail.adres.trimmed().isEmpty())
                continue;
            std::optional<DigitaalAdres> adres =
                contactDetail(detail, QStringLiteral("nieuwePartij.digitaleAdressen[%1]").arg(j));
            if (!adres)
                continue;
            adres->uuid = newUuid();
            adres->verstrektDoorPartij = partij.uuid;
            adres->isStandaardAdres = isStandaard(j);
            const bool isVoorkeur = j == input.voorkeursAdres;
            if (isVoorkeur)
                partij.voorkeursDigitaalAdres = adres->uuid;
            adressen.append(*adres);
        }
        if (std::none_of(input.digitaleAdressen.cbegin(), input.digitaleAdressen.cend(),
                         [](const ContactDetail &d) { return !d.adres.trimmed().isEmpty(); })) {
            add(QStringLiteral("nieuwePartij.digitaleAdressen"),
                RegistrationPlan::tr("Enter at least one phone number or e-mail address to keep for the partij."));
        }
        m_plan.partijAdressen = adressen;
    } else {
        // Rule 3: an otherwise empty partij; the identificator is all it holds.
        partij.heeftPartijIdentificatie = false;
        partij.voorkeurstaal.clear();
    }
    addMapped(validate(partij), [](const QString &field) -> QString {
        if (field.startsWith(QLatin1String("partijIdentificatie.contactnaam")))
            return QString(QStringLiteral("nieuwePartij.contactnaam") + field.mid(31));
        if (field == QLatin1String("partijIdentificatie.naam"))
            return QStringLiteral("nieuwePartij.organisatieNaam");
        return QString(QStringLiteral("nieuwePartij.") + field);
    });
    addMapped(checkVoorkeursDigitaalAdres(partij, m_plan.partijAdressen),
              [](const QString &) -> QString { return QStringLiteral("nieuwePartij.digitaleAdressen"); });
    m_plan.nieuwePartij = partij;
    m_plan.partij = partij.uuid;
}

// A vertegenwoordiger speaks for a klant (§4.9 rol): the klant is a betrokkene of the same
// klantcontact, so the contact appears in the history of both partijen.
void PlanBuilder::planVertegenwoordigde(RegistrationPlan::Contact &contact)
{
    const SessionBetrokkene &input = m_session.betrokkene;
    if (input.rol != Rol::Vertegenwoordiger || !input.vertegenwoordigde)
        return;
    const QString path = QStringLiteral("betrokkene.vertegenwoordigde");
    const QUuid wie = *input.vertegenwoordigde;
    if (!m_context.vertegenwoordigde || m_context.vertegenwoordigde->uuid != wie) {
        add(path, RegistrationPlan::tr("The partij this person represents no longer exists; choose it again."));
        return;
    }
    if (m_plan.partij == wie) {
        add(path, RegistrationPlan::tr("A partij cannot represent itself; choose the partij that is represented."));
        return;
    }
    const FieldErrors inactive = checkPartijActiveForNewRecord(*m_context.vertegenwoordigde);
    addMapped(inactive, [&](const QString &) -> QString { return path; });
    if (!inactive.isEmpty())
        return;
    Betrokkene klant;
    klant.uuid = newUuid();
    klant.wasPartij = wie;
    klant.hadKlantcontact = contact.klantcontact.uuid;
    klant.rol = Rol::Klant;
    klant.initiator = false;
    contact.vertegenwoordigde = klant;
}

void PlanBuilder::planContact(int index, const SessionOnderwerp &onderwerp)
{
    const QString prefix = QStringLiteral("onderwerpen[%1]").arg(index);
    RegistrationPlan::Contact contact;
    planKlantcontact(contact, prefix, onderwerp);
    planBetrokkene(contact);
    planActoren(contact, prefix, onderwerp);
    planOnderwerpobjecten(contact, prefix, onderwerp);
    planBijlagen(contact, prefix, onderwerp);
    planInterneTaak(contact, prefix, onderwerp);
    m_plan.contacten.append(contact);
}

void PlanBuilder::planKlantcontact(RegistrationPlan::Contact &contact, const QString &prefix,
                                   const SessionOnderwerp &onderwerp)
{
    Klantcontact &kc = contact.klantcontact;
    kc.uuid = newUuid();
    kc.kanaal = m_session.kanaal;
    kc.onderwerp = onderwerp.onderwerp.trimmed();
    kc.inhoud = onderwerp.inhoud;
    if (onderwerp.doorverbinding && !onderwerp.doorverbinding->tekst.trimmed().isEmpty()) {
        kc.inhoud = kc.inhoud.isEmpty()
                        ? onderwerp.doorverbinding->tekst.trimmed()
                        : QString(kc.inhoud + QLatin1String("\n\n") + onderwerp.doorverbinding->tekst.trimmed());
    }
    kc.reactie = onderwerp.reactie;
    kc.indicatieContactGelukt = onderwerp.indicatieContactGelukt;
    kc.taal = onderwerp.taal;
    kc.vertrouwelijk = onderwerp.vertrouwelijk;
    kc.plaatsgevondenOp =
        onderwerp.plaatsgevondenOp.isValid() ? onderwerp.plaatsgevondenOp.toUTC() : m_session.startedAt.toUTC();
    const QString methode = m_session.geauthenticeerd && !m_session.authenticatiemethode.isEmpty()
                                ? m_session.authenticatiemethode
                                : QStringLiteral("geen");
    kc.metadata = {{QLatin1String(RegistrationPlan::metadataAfhandeling), onderwerp.effectiveAfhandeling()},
                   {QLatin1String(RegistrationPlan::metadataAuthenticatiemethode), methode},
                   {QLatin1String(RegistrationPlan::metadataGesprekstijd), QString::number(m_session.gesprekSeconden)},
                   {QLatin1String(RegistrationPlan::metadataNawerktijd), QString::number(m_session.nawerkSeconden)},
                   {QLatin1String(RegistrationPlan::metadataSessie), m_session.uuid.toString(QUuid::WithoutBraces)}};
    const bool inhoudOnItsOwnFits = !checkMaxLength(onderwerp.inhoud, 1000);
    addMapped(validate(kc), [&](const QString &field) -> QString {
        if (field == QLatin1String("kanaal"))
            return field;
        if (field == QLatin1String("inhoud") && onderwerp.doorverbinding && inhoudOnItsOwnFits)
            return QString(prefix + QLatin1String(".doorverbinding.tekst"));
        if (field == QLatin1String("metadata.afhandeling"))
            return QString(prefix + QLatin1String(".afhandeling"));
        if (field == QLatin1String("metadata.authenticatiemethode"))
            return QStringLiteral("authenticatiemethode");
        return QString(prefix + QLatin1Char('.') + field);
    });
}

void PlanBuilder::planBetrokkene(RegistrationPlan::Contact &contact)
{
    const Klantcontact &kc = contact.klantcontact;
    Betrokkene &b = contact.betrokkene;
    b.uuid = newUuid();
    b.wasPartij = m_plan.partij;
    b.hadKlantcontact = kc.uuid;
    if (!m_session.betrokkene.contactnaam.isEmpty())
        b.contactnaam = m_session.betrokkene.contactnaam;
    b.rol = m_session.betrokkene.rol;
    b.organisatienaam = m_session.betrokkene.organisatienaam.trimmed();
    b.initiator = m_session.betrokkene.initiator;
    b.correspondentieadres = m_session.betrokkene.correspondentieadres;
    addMapped(validate(b),
              [](const QString &field) -> QString { return QString(QStringLiteral("betrokkene.") + field); });
    planVertegenwoordigde(contact);

    // Each klantcontact gets its own copies: a digitaal adres belongs to one betrokkene.
    for (int j = 0; j < m_session.betrokkene.digitaleAdressen.size(); ++j) {
        const ContactDetail &detail = m_session.betrokkene.digitaleAdressen.at(j);
        if (detail.adres.trimmed().isEmpty())
            continue;
        std::optional<DigitaalAdres> adres =
            contactDetail(detail, QStringLiteral("betrokkene.digitaleAdressen[%1]").arg(j));
        if (!adres)
            continue;
        adres->uuid = newUuid();
        adres->verstrektDoorBetrokkene = b.uuid;
        contact.betrokkeneAdressen.append(*adres);
    }
}

// The medewerker, and the colleague a call was transferred to.
void PlanBuilder::planActoren(RegistrationPlan::Contact &contact, const QString &prefix,
                              const SessionOnderwerp &onderwerp)
{
    const Klantcontact &kc = contact.klantcontact;
    contact.actoren.append({newUuid(), m_context.medewerker.uuid, kc.uuid});
    if (onderwerp.doorverbinding) {
        const QString path = prefix + QLatin1String(".doorverbinding.collega");
        const QUuid collega = onderwerp.doorverbinding->collega;
        const std::optional<Actor> actor = collega.isNull() ? std::nullopt : knownActor(collega);
        if (!actor) {
            add(path, RegistrationPlan::tr("Choose the colleague the call was transferred to."));
        } else if (collega == m_context.medewerker.uuid) {
            add(path, RegistrationPlan::tr("The call cannot be transferred to yourself."));
        } else {
            addMapped(checkActorsActiveForNewRecord({*actor}), [&](const QString &) -> QString { return path; });
            contact.actoren.append({newUuid(), collega, kc.uuid});
        }
    }
}

void PlanBuilder::planOnderwerpobjecten(RegistrationPlan::Contact &contact, const QString &prefix,
                                        const SessionOnderwerp &onderwerp)
{
    const Klantcontact &kc = contact.klantcontact;
    for (int j = 0; j < onderwerp.onderwerpobjecten.size(); ++j) {
        const SessionOnderwerpobject &input = onderwerp.onderwerpobjecten.at(j);
        const QString path = prefix + QStringLiteral(".onderwerpobjecten[%1]").arg(j);
        Onderwerpobject object;
        object.uuid = newUuid();
        object.klantcontact = kc.uuid;
        object.wasKlantcontact = input.wasKlantcontact;
        if (!input.identificator.isEmpty())
            object.onderwerpobjectidentificator = input.identificator;
        if (!input.wasKlantcontact && input.identificator.objectId.trimmed().isEmpty()) {
            add(path + QLatin1String(".objectId"), RegistrationPlan::tr("Enter the number of the zaak or object."));
            continue;
        }
        addMapped(validate(object), [&](const QString &field) -> QString {
            return QString(path + QLatin1Char('.') + field.section(QLatin1Char('.'), -1));
        });
        contact.onderwerpobjecten.append(object);
    }
}

void PlanBuilder::planBijlagen(RegistrationPlan::Contact &contact, const QString &prefix,
                               const SessionOnderwerp &onderwerp)
{
    const Klantcontact &kc = contact.klantcontact;
    for (int j = 0; j < onderwerp.bijlagen.size(); ++j) {
        const QString path = prefix + QStringLiteral(".bijlagen[%1]").arg(j);
        Bijlage bijlage;
        bijlage.uuid = newUuid();
        bijlage.wasBijlageVanKlantcontact = kc.uuid;
        bijlage.bijlageidentificator = onderwerp.bijlagen.at(j);
        if (onderwerp.bijlagen.at(j).objectId.trimmed().isEmpty()) {
            add(path + QLatin1String(".objectId"), RegistrationPlan::tr("Enter the number of the document or object."));
            continue;
        }
        addMapped(validate(bijlage), [&](const QString &field) -> QString {
            return QString(path + QLatin1Char('.') + field.section(QLatin1Char('.'), -1));
        });
        contact.bijlagen.append(bijlage);
    }
}

void PlanBuilder::planInterneTaak(RegistrationPlan::Contact &contact, const QString &prefix,
                                  const SessionOnderwerp &onderwerp)
{
    const Klantcontact &kc = contact.klantcontact;
    if (onderwerp.interneTaak) {
        const SessionInterneTaak &input = *onderwerp.interneTaak;
        const QString path = prefix + QLatin1String(".interneTaak");
        InterneTaak taak;
        taak.uuid = newUuid();
        taak.gevraagdeHandeling = input.gevraagdeHandeling.trimmed();
        taak.aanleidinggevendKlantcontact = kc.uuid;
        taak.toegewezenAanActoren = input.toegewezenAan;
        taak.toelichting = input.toelichting;
        taak.status = TaakStatus::TeVerwerken;
        taak.toegewezenOp = m_context.now.toUTC();
        addMapped(validate(taak), [&](const QString &field) -> QString {
            if (field == QLatin1String("toegewezenAanActoren"))
                return QString(path + QLatin1String(".toegewezenAan"));
            return QString(path + QLatin1Char('.') + field);
        });
        QList<Actor> actors;
        for (const QUuid &uuid : input.toegewezenAan) {
            if (uuid.isNull())
                continue; // validate() already reports it
            if (const std::optional<Actor> actor = knownActor(uuid)) {
                actors.append(*actor);
            } else {
                add(path + QLatin1String(".toegewezenAan"),
                    RegistrationPlan::tr("The assigned colleague or department no longer exists."));
            }
        }
        addMapped(checkActorsActiveForNewRecord(actors),
                  [&](const QString &) -> QString { return QString(path + QLatin1String(".toegewezenAan")); });
        contact.interneTaak = taak;
    }
}

Result<RegistrationPlan> PlanBuilder::build()
{
    const RegistrationRules::Decision decision = RegistrationRules::decide(RegistrationRules::inputsFrom(m_session));
    m_plan.variant = decision.variant;
    m_plan.reason = decision.explanation;
    m_plan.sessie = m_session.uuid;
    m_plan.medewerker = m_context.medewerker.uuid;
    if (decision.variant == RegistrationRules::Variant::NothingToRegister)
        return m_plan;

    if (m_context.medewerker.uuid.isNull() || m_context.medewerker.uuid != m_session.medewerker) {
        add(QStringLiteral("medewerker"), RegistrationPlan::tr("Sign in before registering a contact."));
    } else {
        addMapped(checkActorsActiveForNewRecord({m_context.medewerker}),
                  [](const QString &) -> QString { return QStringLiteral("medewerker"); });
    }
    if (m_session.onderwerpen.isEmpty())
        add(QStringLiteral("onderwerpen"), RegistrationPlan::tr("Add at least one subject."));
    if (m_session.geauthenticeerd && m_session.authenticatiemethode.isEmpty()) {
        add(QStringLiteral("authenticatiemethode"),
            RegistrationPlan::tr("Choose how the identity of the caller was established."));
    }

    switch (decision.variant) {
    case RegistrationRules::Variant::NothingToRegister:
        break;
    case RegistrationRules::Variant::UnknownPerson:
        if (m_session.betrokkene.contactnaam.isEmpty())
            add(QStringLiteral("betrokkene.contactnaam"), RegistrationPlan::tr("Enter the name the caller gave."));
        break;
    case RegistrationRules::Variant::KnownPartij:
        if (!m_context.partij || m_context.partij->uuid != *m_session.partij) {
            add(QStringLiteral("partij"), RegistrationPlan::tr("The chosen partij no longer exists."));
        } else {
            addMapped(checkPartijActiveForNewRecord(*m_context.partij),
                      [](const QString &) -> QString { return QStringLiteral("partij"); });
            m_plan.partij = m_context.partij->uuid;
        }
        break;
    case RegistrationRules::Variant::NewPartijWithDefaults: {
        const bool bsnValid = checkBsn();
        if (bsnValid && m_context.bsnOwner) {
            add(QStringLiteral("nieuwePartij.bsn"),
                RegistrationPlan::tr("This BSN is already registered for %1; choose that partij instead.")
                    .arg(m_context.bsnOwner->weergaveNaam().isEmpty() ? m_context.bsnOwner->nummer.value_or(QString())
                                                                      : m_context.bsnOwner->weergaveNaam()));
        }
        planNieuwePartij(true);
        if (bsnValid)
            planBsnIdentificator(m_plan.nieuwePartij->uuid);
        break;
    }
    case RegistrationRules::Variant::IdentificatorOnlyPartij:
        if (checkBsn()) {
            if (m_context.bsnOwner) {
                addMapped(checkPartijActiveForNewRecord(*m_context.bsnOwner),
                          [](const QString &) -> QString { return QStringLiteral("nieuwePartij.bsn"); });
                m_plan.partij = m_context.bsnOwner->uuid;
            } else {
                planNieuwePartij(false);
                planBsnIdentificator(m_plan.nieuwePartij->uuid);
            }
        }
        break;
    }
    for (const QString &missing : decision.missing)
        add(QStringLiteral("betrokkene.digitaleAdressen"), missing);

    for (int i = 0; i < m_session.onderwerpen.size(); ++i)
        planContact(i, m_session.onderwerpen.at(i));

    if (!m_errors.isEmpty()) {
        return Error{RegistrationPlan::tr("The contact cannot be registered yet: %n problem(s) to solve.", nullptr,
                                          int(m_errors.size())),
                     m_errors};
    }
    return m_plan;
}

} // namespace

Result<RegistrationPlan> RegistrationPlan::build(const ContactSession &session, const PlanContext &context)
{
    return PlanBuilder(session, context).build();
}

QStringList RegistrationPlan::missingForAfronding(const ContactSession &session)
{
    QStringList missing;
    const RegistrationRules::Decision decision = RegistrationRules::decide(RegistrationRules::inputsFrom(session));
    if (session.kanaal.isEmpty())
        missing.append(tr("Choose the channel of the contact."));
    if (session.geauthenticeerd && session.authenticatiemethode.isEmpty())
        missing.append(tr("Choose how the identity of the caller was established."));
    switch (decision.variant) {
    case RegistrationRules::Variant::NothingToRegister:
    case RegistrationRules::Variant::KnownPartij:
        break;
    case RegistrationRules::Variant::UnknownPerson:
        if (session.betrokkene.contactnaam.isEmpty())
            missing.append(tr("Enter the name the caller gave."));
        break;
    case RegistrationRules::Variant::NewPartijWithDefaults:
        if (session.nieuwePartij.bsn.trimmed().isEmpty())
            missing.append(tr("Enter the BSN with which the caller was identified."));
        if (std::none_of(session.nieuwePartij.digitaleAdressen.cbegin(), session.nieuwePartij.digitaleAdressen.cend(),
                         [](const ContactDetail &d) { return !d.adres.trimmed().isEmpty(); })) {
            missing.append(tr("Enter at least one phone number or e-mail address to keep for the partij."));
        }
        break;
    case RegistrationRules::Variant::IdentificatorOnlyPartij:
        if (session.nieuwePartij.bsn.trimmed().isEmpty())
            missing.append(tr("Enter the BSN with which the caller was identified."));
        break;
    }
    missing.append(decision.missing);
    if (session.onderwerpen.isEmpty())
        missing.append(tr("Add at least one subject."));
    for (int i = 0; i < session.onderwerpen.size(); ++i) {
        const SessionOnderwerp &o = session.onderwerpen.at(i);
        if (o.onderwerp.trimmed().isEmpty())
            missing.append(tr("Subject %1 has no subject yet.").arg(i + 1));
        if (o.interneTaak) {
            if (o.interneTaak->gevraagdeHandeling.trimmed().isEmpty())
                missing.append(tr("The task of subject %1 does not say what should be done.").arg(i + 1));
            if (o.interneTaak->toegewezenAan.isEmpty())
                missing.append(tr("The task of subject %1 is not assigned to anyone yet.").arg(i + 1));
        }
        if (o.doorverbinding && o.doorverbinding->collega.isNull())
            missing.append(tr("Choose the colleague subject %1 was transferred to.").arg(i + 1));
    }
    return missing;
}

QStringList RegistrationPlan::summary() const
{
    if (isEmpty())
        return {reason};
    QStringList lines{reason};
    if (nieuwePartij && nieuwePartij->heeftPartijIdentificatie) {
        lines.append(tr("A new partij is registered: %1, BSN %2, with %n contact detail(s).", nullptr,
                        int(partijAdressen.size()))
                         .arg(nieuwePartij->weergaveNaam(), bsn));
    } else if (nieuwePartij) {
        lines.append(tr("A partij holding only BSN %1 is registered.").arg(bsn));
    } else if (partij) {
        lines.append(tr("The contact is linked to the existing partij."));
    } else {
        lines.append(tr("The contact is not linked to a partij."));
    }
    for (const Contact &contact : contacten) {
        lines.append(tr("Klantcontact \u201c%1\u201d.").arg(contact.klantcontact.onderwerp));
        if (!contact.betrokkeneAdressen.isEmpty()) {
            lines.append(tr("%n contact detail(s) kept for this contact only.", nullptr,
                            int(contact.betrokkeneAdressen.size())));
        }
        if (contact.actoren.size() > 1)
            lines.append(tr("The colleague the call was transferred to is linked as well."));
        if (contact.vertegenwoordigde)
            lines.append(tr("The represented partij is linked as klant: the contact shows in both klantbeelden."));
        if (!contact.onderwerpobjecten.isEmpty())
            lines.append(tr("%n related object(s).", nullptr, int(contact.onderwerpobjecten.size())));
        if (!contact.bijlagen.isEmpty())
            lines.append(tr("%n attachment(s).", nullptr, int(contact.bijlagen.size())));
        if (contact.interneTaak) {
            lines.append(tr("Task \u201c%1\u201d for %n colleague(s) or department(s).", nullptr,
                            int(contact.interneTaak->toegewezenAanActoren.size()))
                             .arg(contact.interneTaak->gevraagdeHandeling));
        }
    }
    return lines;
}

} // namespace kcc
