#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kcc {

struct ContactSession;

// V6898: when - and how - an interaction is recorded. Pure; no database, no UI.
class RegistrationRules
{
    Q_DECLARE_TR_FUNCTIONS(kcc::RegistrationRules)

public:
    enum class Variant
    {
        // Rule 1: not authenticated and no follow-up: nothing is registered (a transfer is not
        // follow-up).
        NothingToRegister,
        // Rule 2 / C9167 A / C9018 B without consent: no partij; contactnaam and one-off details
        // on the betrokkene; needs an interne taak and at least one contact detail.
        UnknownPerson,
        // Rule 4 with an existing partij (C9167 B, C9018 A, C4161): betrokkene.wasPartij; one-off
        // details only when given.
        KnownPartij,
        // Rule 4, variant C with consent: register the partij with its default contact details
        // (and BSN), then as KnownPartij.
        NewPartijWithDefaults,
        // Rule 3: authenticated, no consent now or earlier: find-or-create a partij that holds
        // nothing but the BSN identificator and a nummer; follow-up details on the betrokkene.
        IdentificatorOnlyPartij,
    };

    struct Inputs
    {
        bool authenticated = false;
        bool followUpNeeded = false; // any onderwerp has an interne taak
        bool consent = false;        // now or earlier
        bool partijKnown = false;    // an existing partij was found and chosen
        bool hasOneOffContactDetails = false;

        friend bool operator==(const Inputs &, const Inputs &) = default;
    };

    struct Decision
    {
        Variant variant = Variant::NothingToRegister;
        // Translated sentence why this variant applies (shown in the summary; for
        // NothingToRegister the reason nothing is recorded).
        QString explanation;
        // Translated sentences of what the variant still needs (e.g. a contact detail for the
        // callback of an unknown person). Empty when the inputs are complete for this variant.
        QStringList missing;
    };

    static Inputs inputsFrom(const ContactSession &session);

    // The decision table (all 32 combinations are tested):
    //   not authenticated, no follow-up              -> NothingToRegister
    //   not authenticated, follow-up                 -> UnknownPerson (missing without contact details)
    //   authenticated, partij known                  -> KnownPartij
    //   authenticated, not known, consent            -> NewPartijWithDefaults
    //   authenticated, not known, no consent         -> IdentificatorOnlyPartij (missing when
    //                                                   follow-up has no one-off contact details)
    // Without authentication a found partij and consent play no role (V6898 rule 2).
    static Decision decide(const Inputs &inputs);

    // What the UI may offer given the facts it cannot change any more (authentication and
    // follow-up); choosing a partij or consent selects among these:
    //   not authenticated: {NothingToRegister} or, with follow-up, {UnknownPerson}
    //   authenticated: {KnownPartij, NewPartijWithDefaults, IdentificatorOnlyPartij}
    static QList<Variant> allowedVariants(bool authenticated, bool followUpNeeded);

    // Stable code for logs and tests ("nothing", "unknown_person", "known_partij",
    // "new_partij_with_defaults", "identificator_only_partij") and a translated label.
    static QString code(Variant variant);
    static QString label(Variant variant);
};

} // namespace kcc
