#pragma once

#include "model/beheer/accountservice.h"
#include "model/beheer/codelistservice.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;

// CodeListService on `codelijst` and `laatste_kanaal` (CallflowSchema).
class SqlCodeListService final : public CodeListService
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlCodeListService)

public:
    explicit SqlCodeListService(Database &database);

    void setActingActor(const SignedInActor &actor) override;
    Result<QList<CodeListEntry>> entries(CodeList list, bool includeInactive = false) override;
    Result<> add(CodeList list, const CodeListEntry &entry) override;
    Result<> update(CodeList list, const CodeListEntry &entry) override;
    Result<> deactivate(CodeList list, const QString &code) override;
    Result<QString> lastKanaal(const QUuid &actor) override;
    Result<> setLastKanaal(const QUuid &actor, const QString &code) override;

private:
    Result<> mayEdit(const char *action) const;
    std::optional<Error> checkEntry(const CodeListEntry &entry) const;
    Result<> write(const QString &statement, const QVariantList &values, bool mustChangeOneRow);

    Database &m_database;
    SignedInActor m_actor;
};

} // namespace kcc::storage
