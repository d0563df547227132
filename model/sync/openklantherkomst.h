#pragma once

#include "model/apijson/apijson.h"
#include "model/core/result.h"

#include <QList>
#include <QSet>
#include <QUuid>

namespace kcc {

// Which local records came from the municipality's Open Klant (pulled by a look-up or a history,
// issue 14 item 3), so that the Zoeken tab and the klantbeeld can say so. Indexed look-ups on the
// desk's own connection, a page of rows at a time. Implemented in storage/sync.
class OpenKlantHerkomst
{
public:
    virtual ~OpenKlantHerkomst() = default;

    virtual Result<QSet<QUuid>> uitOpenKlant(ApiResource resource, const QList<QUuid> &lokaal) = 0;
};

} // namespace kcc
