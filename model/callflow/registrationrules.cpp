#include "model/callflow/registrationrules.h"

#include "model/callflow/contactsession.h"

#include <algorithm>

namespace kcc {

RegistrationRules::Inputs RegistrationRules::inputsFrom(const ContactSession &session)
{
    Inputs inputs;
    inputs.authenticated = session.geauthenticeerd;
    inputs.followUpNeeded = session.followUpNeeded();
    inputs.consent = session.consent();
    inputs.partijKnown = session.partijKeuze == ContactSession::PartijKeuze::Gevonden && session.partij.has_value();
    inputs.hasOneOffContactDetails =
        std::any_of(session.betrokkene.digitaleAdressen.cbegin(), session.betrokkene.digitaleAdressen.cend(),
                    [](const ContactDetail &d) { return !d.adres.trimmed().isEmpty(); });
    return inputs;
}

RegistrationRules::Decision RegistrationRules::decide(const Inputs &inputs)
{
    Decision decision;
    if (!inputs.authenticated) {
        if (!inputs.followUpNeeded) {
            decision.variant = Variant::NothingToRegister;
            decision.explanation = tr("Nothing will be registered, because the caller was not identified and no "
                                      "follow-up is needed: a record could neither be shown to the customer later "
                                      "nor help a colleague.");
            return decision;
        }
        decision.variant = Variant::UnknownPerson;
        decision.explanation = tr("The caller was not identified, but follow-up is needed: the contact is "
                                  "registered with the name and contact details given for this contact only, "
                                  "without a partij.");
        if (!inputs.hasOneOffContactDetails)
            decision.missing.append(tr("Enter a phone number or e-mail address so that a colleague can follow up."));
        return decision;
    }

    if (inputs.partijKnown) {
        decision.variant = Variant::KnownPartij;
        decision.explanation = tr("The caller was identified and is known as a partij: the contact is linked to that "
                                  "partij.");
        return decision;
    }
    if (inputs.consent) {
        decision.variant = Variant::NewPartijWithDefaults;
        decision.explanation = tr("The caller was identified and agreed to the reuse of their contact details: a new "
                                  "partij with these details is registered and the contact is linked to it.");
        return decision;
    }
    decision.variant = Variant::IdentificatorOnlyPartij;
    decision.explanation = tr("The caller was identified but did not agree to the reuse of contact details: the "
                              "contact is linked to a partij that holds only the BSN and a number; contact details "
                              "are kept with this contact only.");
    if (inputs.followUpNeeded && !inputs.hasOneOffContactDetails)
        decision.missing.append(tr("Enter a phone number or e-mail address so that a colleague can follow up."));
    return decision;
}

QList<RegistrationRules::Variant> RegistrationRules::allowedVariants(bool authenticated, bool followUpNeeded)
{
    if (!authenticated)
        return {followUpNeeded ? Variant::UnknownPerson : Variant::NothingToRegister};
    return {Variant::KnownPartij, Variant::NewPartijWithDefaults, Variant::IdentificatorOnlyPartij};
}

QString RegistrationRules::code(Variant variant)
{
    switch (variant) {
    case Variant::NothingToRegister:
        return QStringLiteral("nothing");
    case Variant::UnknownPerson:
        return QStringLiteral("unknown_person");
    case Variant::KnownPartij:
        return QStringLiteral("known_partij");
    case Variant::NewPartijWithDefaults:
        return QStringLiteral("new_partij_with_defaults");
    case Variant::IdentificatorOnlyPartij:
        return QStringLiteral("identificator_only_partij");
    }
    return {};
}

QString RegistrationRules::label(Variant variant)
{
    switch (variant) {
    case Variant::NothingToRegister:
        return tr("Nothing to register");
    case Variant::UnknownPerson:
        return tr("Unknown person");
    case Variant::KnownPartij:
        return tr("Known partij");
    case Variant::NewPartijWithDefaults:
        return tr("New partij with contact details");
    case Variant::IdentificatorOnlyPartij:
        return tr("Partij with only the BSN");
    }
    return {};
}

} // namespace kcc
