#pragma once

#include <QString>

namespace kcc::storage {

// The one place that decides where the databases live, shared by kcc-werkplek and kccctl so that
// both open the same file by default. Independent of QCoreApplication's names on purpose.
struct DatabaseLocation
{
    // $XDG_DATA_HOME/kcc-werkplek/kcc-werkplek.sqlite: the municipality's real records.
    static QString defaultPath();
    // A separate file for demo data, so demo records never mix with real ones.
    static QString demoPath();
    // --db, else $KCC_DB, else defaultPath().
    static QString resolve(const QString &commandLinePath);
};

} // namespace kcc::storage
