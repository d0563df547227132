#pragma once

#include "model/callflow/callflowservices.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;

// KlantbeeldService (C4161): a partij with its contact details, its last klantcontacten and the
// open interne taken arising from them. Vertrouwelijke klantcontacten show only that they exist,
// unless the viewer is linked to them as an actor.
class SqlKlantbeeldService final : public KlantbeeldService
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlKlantbeeldService)

public:
    explicit SqlKlantbeeldService(Database &database);

    Result<Klantbeeld> load(const QUuid &partij, const QUuid &viewer, int lastContacts = 10) override;

private:
    Database &m_database;
};

} // namespace kcc::storage
