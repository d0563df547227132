#pragma once

#include "model/beheer/accountservice.h"

#include <QSqlQuery>
#include <QString>

namespace kcc::storage {

// Who may read a vertrouwelijk klantcontact (§4.8, issue 5): a supervisor, an actor linked to it,
// or an actor one of its interne taken is assigned to. One SQL expression for the klantbeeld's
// history, the detail view and whoever else lists klantcontacten, so that the rule cannot drift.
struct VertrouwelijkZichtbaar
{
    // A boolean expression over the klantcontact alias `k` (1 when the viewer may read it) with three
    // placeholders, bound by bind() in this order.
    static QString expression()
    {
        return QStringLiteral(
            "(k.vertrouwelijk = 0 OR ? = 1"
            " OR EXISTS (SELECT 1 FROM actor_klantcontact ak WHERE ak.klantcontact = k.uuid AND ak.actor = ?)"
            " OR EXISTS (SELECT 1 FROM interne_taak t JOIN interne_taak_actor ta ON ta.interne_taak = t.uuid"
            "  WHERE t.aanleidinggevend_klantcontact = k.uuid AND ta.actor = ?))");
    }

    // `actorText` is the viewer's uuid as stored (codec::uuidText), empty for nobody.
    static void bind(QSqlQuery &query, const SignedInActor &viewer, const QString &actorText)
    {
        query.addBindValue(viewer.hasRole(AccountRole::supervisor()) ? 1 : 0);
        query.addBindValue(actorText);
        query.addBindValue(actorText);
    }
};

} // namespace kcc::storage
