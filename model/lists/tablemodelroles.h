#pragma once

#include <QFlags>
#include <Qt>

namespace kcc {

// Roles shared by the list table models, so that views, delegates and proxies treat them alike.
enum TableModelRole : int
{
    // The underlying value of a cell (a number, a code, a QDateTime), for sorting proxies.
    RawValueRole = Qt::UserRole + 1,
    // The uuid of the row's resource, the same in every column.
    UuidRole,
    // RowState flags as int; the UI turns them into visual cues (the model stays QtCore only).
    RowStateRole,
};

enum class RowStateFlag
{
    Inactive = 0x1,      // partij with indicatieActief false: its details may not be used for contact
    Geheimhouding = 0x2, // partij with indicatieGeheimhouding: treat as secret
    Vertrouwelijk = 0x4, // klantcontact marked vertrouwelijk
    TeLaat = 0x8,        // interne taak open longer than its handeling's norm
};
Q_DECLARE_FLAGS(RowState, RowStateFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(RowState)

} // namespace kcc
