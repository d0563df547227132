#pragma once

#include "model/core/result.h"
#include "model/klantinteracties/enums.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVariantList>

#include <optional>

namespace kcc {

// Where the next page of a keyset-paged list starts. Opaque to the UI: only the source that
// produced it interprets `after` (e.g. the sort key and rowid of the last row). Keyset paging
// instead of OFFSET keeps every page equally fast on a million rows.
struct PageCursor
{
    QVariantList after;
    bool isStart() const { return after.isEmpty(); }
};

template<typename Row>
struct Page
{
    QList<Row> rows;
    PageCursor next;    // pass to the next fetch()
    bool atEnd = false; // true when no rows follow `rows`
};

// One line of the partijen list: only what the table shows, already flattened.
struct PartijListRow
{
    QUuid uuid;
    QString nummer;
    SoortPartij soort = SoortPartij::Persoon;
    QString naam; // volledigeNaam for personen and contactpersonen, naam for organisaties
    // The most telling identificator (BSN before KvK before RSIN before vestigingsnummer). The
    // value is raw here; the table model masks a BSN.
    std::optional<CodeSoortObjectId> identificatorSoort;
    QString identificatorWaarde;
    QString digitaalAdres; // the voorkeur digitaal adres, else the partij's first one
    QString plaats;        // bezoekadres stad
    bool actief = true;
    std::optional<bool> geheimhouding;
};

// One line of the klantcontacten list.
struct KlantcontactListRow
{
    QUuid uuid;
    QString referentienummer;
    QDateTime plaatsgevondenOp; // UTC; the model shows local time
    QString kanaal;
    QString onderwerp; // the model hides it when vertrouwelijk
    bool vertrouwelijk = false;
    QString betrokkeneNaam; // the partij's name, else the betrokkene's contactnaam; empty if unknown
    std::optional<bool> gelukt;
};

// The partijen list as the UI sees it, in a stable order (insertion order).
class PartijListSource
{
public:
    virtual ~PartijListSource() = default;
    // Number of partijen; cached by implementations, refreshed by invalidate().
    virtual qint64 count() = 0;
    virtual Result<Page<PartijListRow>> fetch(const PageCursor &cursor, int limit) = 0;
    // Forget cached values (the count) after the data changed.
    virtual void invalidate() = 0;
};

// The klantcontacten list, newest first.
class KlantcontactListSource
{
public:
    virtual ~KlantcontactListSource() = default;
    virtual qint64 count() = 0;
    virtual Result<Page<KlantcontactListRow>> fetch(const PageCursor &cursor, int limit) = 0;
    virtual void invalidate() = 0;
};

} // namespace kcc
