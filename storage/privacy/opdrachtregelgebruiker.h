#pragma once

#include <QString>

namespace kcc::storage {

class Database;

// Who runs kccctl, as the verwerkingenlog's gebruiker for what a command shows or exports: on
// PostgreSQL the login the command connected with (session_user: what the engine's own grants
// and audit know), on SQLite the operating-system account ($USER, else $LOGNAME). At most 40
// characters, the standard's limit for gebruiker.
class OpdrachtregelGebruiker
{
public:
    static QString naam(Database &database);
};

} // namespace kcc::storage
