#pragma once

#include <QString>

namespace kcc::app {

// Which database the desk opens (issue 13, item 10): `--db`, else the environment's KCC_DB, else
// `[database] adres=` from the settings — the medewerker's own, which fall back to the system-wide
// file that IT rolls out to every desk (on Debian `/etc/xdg/KCC Werkplek/KCC Werkplek.conf`) —
// else the desk's own SQLite file. A file path is SQLite, a postgresql:// URI the KCC's server.
class DatabaseSetting
{
public:
    static QString key() { return QStringLiteral("database/adres"); }
    // The address as the user or IT configured it; empty when nothing is set.
    static QString configured();
    // What to hand to DatabaseLocation::resolve: the command line or KCC_DB when given, else the
    // configured address (empty: resolve picks the default file).
    static QString requested(const QString &commandLinePath);
};

} // namespace kcc::app
