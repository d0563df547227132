#pragma once

#include "model/core/result.h"
#include "model/klantinteracties/actor.h"
#include "model/klantinteracties/enums.h"

#include <QString>
#include <QStringList>
#include <QUuid>

namespace kcc {

// Roles per actor account, stored as these codes (enforced by a later issue).
namespace AccountRole {
inline QString medewerker()
{
    return QStringLiteral("medewerker");
}
inline QString balie()
{
    return QStringLiteral("balie");
}
inline QString supervisor()
{
    return QStringLiteral("supervisor");
}
inline QString beheerder()
{
    return QStringLiteral("beheerder");
}
// The privacy officer (functionaris gegevensbescherming): the only one who reads the
// verwerkingenlog (issue 15).
inline QString privacy()
{
    return QStringLiteral("privacyfunctionaris");
}
inline QStringList all()
{
    return {medewerker(), balie(), supervisor(), beheerder(), privacy()};
}
} // namespace AccountRole

struct SignedInActor
{
    QUuid actor;
    QString naam;
    SoortActor soortActor = SoortActor::Medewerker;
    QStringList roles;

    bool hasRole(const QString &role) const { return roles.contains(role); }
    friend bool operator==(const SignedInActor &, const SignedInActor &) = default;
};

class AccountService
{
public:
    virtual ~AccountService() = default;

    // Only an active medewerker with an account signs in. A wrong password, an unknown name and
    // an inactive actor give the same message. `naam` is the sign-in name (unique among accounts,
    // compared case-insensitively for ASCII). Failed attempts in a row slow down and then lock the
    // account for a while; the message says until when.
    virtual Result<SignedInActor> signIn(const QString &naam, const QString &password) = 0;
    // Who the beheer actions below are done by (the composition root tells it after the sign-in;
    // nobody until then). Creating medewerkers and afdelingen and changing
    // roles or passwords need the beheerder role; the one exception is the first account of an
    // empty database, which must be a beheerder.
    virtual void setActingActor(const SignedInActor &actor) = 0;
    // Creates the medewerker actor and its account in one transaction; returns the actor's uuid.
    // The actor is validated as any new Actor (telefoonnummer required for a medewerker, ...);
    // the password needs at least 8 characters; roles must be AccountRole codes (at least one).
    // The medewerker signs in with `gebruikersnaam`, or with the naam when that is empty; lists
    // always show the naam.
    virtual Result<QUuid> createMedewerker(const QString &naam, const QString &functie, const QString &email,
                                           const QString &telefoon, const QString &password, const QStringList &roles,
                                           const QString &gebruikersnaam = QString()) = 0;
    // An afdeling (organisatorische eenheid) to assign tasks to; it has no account.
    virtual Result<QUuid> createAfdeling(const QString &naam, const QString &omschrijving, const QString &email) = 0;
    virtual Result<> setPassword(const QUuid &actor, const QString &password) = 0;
    virtual Result<> setRoles(const QUuid &actor, const QStringList &roles) = 0;
    virtual Result<QStringList> roles(const QUuid &actor) = 0;
    // False on the first start: the app then asks to create the first beheerder.
    virtual Result<bool> hasAnyAccount() = 0;
    // The signed-in medewerker gives the password again (the desk was locked): the same check as
    // signIn(), failed attempts counted alike, for the account of `actor` instead of a name.
    virtual Result<SignedInActor> confirmPassword(const QUuid &actor, const QString &password) = 0;
};

} // namespace kcc
