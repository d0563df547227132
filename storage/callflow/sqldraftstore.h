#pragma once

#include "model/callflow/draftstore.h"
#include "model/core/clock.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;

// DraftStore on `concept_contact`: one row per open contact with its JSON, its step and since when
// it is parked; every save is its own small transaction so that it is cheap enough for every step
// of the flow.
class SqlDraftStore final : public DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlDraftStore)

public:
    // `clock` stamps every save (updated_at).
    explicit SqlDraftStore(Database &database, Clock clock = {});

    using DraftStore::load;
    using DraftStore::save;
    Result<> save(const QList<OpenContact> &contacts) override;
    Result<QList<OpenContact>> loadOpen(const QUuid &actor) override;
    Result<> discard(const QUuid &session) override;

    // Inside the caller's transaction (used by RegistrationWriter).
    static Result<> discardIn(Database &database, const QUuid &session);

private:
    Database &m_database;
    Clock m_clock;
};

} // namespace kcc::storage
