#include "storage/beheer/medewerkertoevoegen.h"

#include "storage/db/database.h"
#include "storage/db/postgressecurity.h"
#include "storage/db/sqlservices.h"

namespace kcc::storage {

Result<QUuid> voegMedewerkerToe(Database &database, SqlServices &services, const SignedInActor &beheer,
                                const NieuweMedewerker &medewerker)
{
    services.accounts().setActingActor(beheer);
    const Result<QUuid> made =
        services.accounts().createMedewerker(medewerker.naam, medewerker.functie, medewerker.email, medewerker.telefoon,
                                             medewerker.password, medewerker.roles);
    if (!made)
        return made;
    QList<QUuid> afdelingen;
    for (const QString &afdeling : medewerker.afdelingen) {
        const Result<Actor> found =
            services.taken().lidmaatschap.actorByName(afdeling, SoortActor::OrganisatorischeEenheid);
        if (!found)
            return found.error();
        afdelingen << found.value().uuid;
    }
    if (!afdelingen.isEmpty()) {
        if (Result<> set = services.taken().lidmaatschap.setAfdelingen(beheer, made.value(), afdelingen); !set)
            return set.error();
    }
    if (database.engine() == Engine::PostgreSQL) {
        if (Result<> login =
                PostgresSecurity::createLogin(database, medewerker.naam, medewerker.password, medewerker.roles);
            !login)
            return login.error();
    }
    return made;
}

} // namespace kcc::storage
