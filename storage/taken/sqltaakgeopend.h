#pragma once

#include "model/taken/taakgeopendservice.h"
#include "storage/taken/takenstore.h"

#include <QCoreApplication>

#include <optional>

namespace kcc::storage {

class Database;

// TaakGeopendService on both engines (issue 13): a row in taak_geopend per seat that shows a task,
// counted only while the seat's ConnectionMark on it lives. One per seat connection; the mark is
// released when another task is opened, the task is closed, or this service goes.
class SqlTaakGeopend final : public TaakGeopendService
{
public:
    using Clock = TakenStore::Clock;

    explicit SqlTaakGeopend(Database &database, Clock clock = {});
    ~SqlTaakGeopend() override;
    SqlTaakGeopend(const SqlTaakGeopend &) = delete;
    SqlTaakGeopend &operator=(const SqlTaakGeopend &) = delete;

    Result<> markeerOpen(const SignedInActor &viewer, const QUuid &taak) override;
    Result<> markeerGesloten() override;
    Result<QList<TaakGeopend>> openBijAnderen(const SignedInActor &viewer, const QUuid &taak) override;

private:
    struct Markering
    {
        qint64 id = 0;
        QUuid taak;
    };

    TakenStore m_store;
    std::optional<Markering> m_markering;
};

} // namespace kcc::storage
