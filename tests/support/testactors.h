#pragma once

#include "model/beheer/accountservice.h"

namespace kcc::test {

// The acting actor of fixtures that set up accounts, afdelingen and code lists: the services
// refuse those beheer actions to anyone without the beheerder role.
inline SignedInActor fixtureBeheerder()
{
    SignedInActor actor;
    actor.actor = QUuid(QStringLiteral("{00000000-0000-4000-8000-00000000beef}"));
    actor.naam = QStringLiteral("Fixture-beheerder");
    actor.roles = {AccountRole::beheerder(), AccountRole::medewerker()};
    return actor;
}

} // namespace kcc::test
