#pragma once

#include "model/beheer/accountservice.h"
#include "model/klantbeeld/klantbeeldservice.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;

// KlantbeeldService (C4161): a partij with its contact details, relations, its klantcontacten
// (newest first, keyset-paged) and the open interne taken arising from them. A vertrouwelijk
// klantcontact shows only that it exists unless the viewer is linked to it as an actor, is
// assigned to one of its interne taken or is a supervisor (issue 5).
class SqlKlantbeeldService final : public KlantbeeldService
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlKlantbeeldService)

public:
    explicit SqlKlantbeeldService(Database &database);

    Result<Klantbeeld> load(const QUuid &partij, const SignedInActor &viewer, int lastContacts = 10) override;
    Result<Page<KlantbeeldContact>> contacten(const QUuid &partij, const SignedInActor &viewer,
                                              const KlantbeeldContactFilter &filter, const PageCursor &cursor,
                                              int limit) override;
    Result<qint64> aantalContacten(const QUuid &partij, const KlantbeeldContactFilter &filter) override;
    Result<QStringList> kanalen(const QUuid &partij) override;
    // Nothing to read: SqlServices wraps this service in the logging one (model/privacy).
    Result<> bsnTonen(const QUuid &, const SignedInActor &) override { return {}; }

private:
    Result<QList<KlantbeeldRelatie>> relaties(const QString &sql, const QString &partij, int limit);

    Database &m_database;
};

} // namespace kcc::storage
