#pragma once

#include "model/klantbeeld/klantcontactdetailservice.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;

// KlantcontactDetailService over the database: the klantcontact with its betrokkenen,
// onderwerpobjecten, bijlagen, actoren and interne taken (with their log). The vertrouwelijk
// check runs first, in SQL, with the same rule as SqlKlantbeeldService::contacten; a viewer who
// may not read the contact gets only `verborgen`, and nothing else is read at all.
class SqlKlantcontactDetailService final : public KlantcontactDetailService
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlKlantcontactDetailService)

public:
    explicit SqlKlantcontactDetailService(Database &database);

    Result<KlantcontactDetail> detail(const QUuid &klantcontact, const SignedInActor &viewer) override;

private:
    Result<bool> mayRead(const QUuid &klantcontact, const SignedInActor &viewer);
    Result<QList<KlantcontactDetailTaak>> taken(const QUuid &klantcontact);
    Result<QList<TaakLogEntry>> log(const QUuid &taak);
    Result<QStringList> toegewezenAan(const QUuid &taak);

    Database &m_database;
};

} // namespace kcc::storage
