#pragma once

#include "model/core/result.h"

#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace kcc::storage {

class Database;

// One repository per Klantinteracties resource, the same shape for all of them so that import,
// export and demo data can treat every resource alike. Explicitly instantiated in storage/ for:
// Partij, PartijIdentificator, DigitaalAdres, Rekeningnummer, Vertegenwoordiging, Klantcontact,
// Betrokkene, Onderwerpobject, Bijlage, Actor, ActorKlantcontact, InterneTaak.
//
// Writes must run inside a WriteTransaction on the same Database; the repository does not open
// transactions itself (one user action = one transaction, decided by the caller).
template<typename T>
class Repository
{
public:
    explicit Repository(Database &database);
    ~Repository();
    Repository(const Repository &) = delete;
    Repository &operator=(const Repository &) = delete;

    // Inserts a new row; the uuid must be set by the caller. Prepared statements are cached, so
    // calling this a million times inside one transaction is the fast path for bulk loads.
    Result<> insert(const T &item);
    // Replaces all stored fields of the row with this uuid.
    Result<> update(const T &item);
    Result<> remove(const QUuid &uuid);
    std::optional<T> find(const QUuid &uuid) const;
    qint64 count() const;
    // Visits every row in insertion order (stable, so export -> import -> export is identical);
    // returns the read error, if any.
    Result<> forEach(const std::function<void(const T &)> &visit) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kcc::storage
