#pragma once

#include "model/beheer/accountservice.h"
#include "model/core/result.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace kcc {

enum class CodeList
{
    Kanaal,
    Authenticatiemethode,
    Afhandeling,
    GevraagdeHandeling
};
// "kanaal", "authenticatiemethode", "afhandeling", "gevraagde_handeling"
QString codeListName(CodeList list);

struct CodeListEntry
{
    QString code;  // stable, lowercase, [a-z0-9_-], <= 50
    QString label; // shown (Dutch), <= 200
    bool actief = true;
    int volgorde = 0;

    friend bool operator==(const CodeListEntry &, const CodeListEntry &) = default;
};

// The code lists the beheerder edits, seeded with Dutch defaults by the migration.
class CodeListService
{
public:
    virtual ~CodeListService() = default;

    // In volgorde, then code; inactive entries only when asked.
    virtual Result<QList<CodeListEntry>> entries(CodeList list, bool includeInactive = false) = 0;
    // Who edits the code lists: add, update and deactivate need the beheerder role.
    virtual void setActingActor(const SignedInActor &actor) = 0;
    // A new code; refuses a code that exists in the list.
    virtual Result<> add(CodeList list, const CodeListEntry &entry) = 0;
    // Changes label, actief and volgorde of the entry with entry.code.
    virtual Result<> update(CodeList list, const CodeListEntry &entry) = 0;
    // Codes are never deleted (registered klantcontacten refer to them).
    virtual Result<> deactivate(CodeList list, const QString &code) = 0;
    // The kanaal the medewerker used last (the default for a new session); empty when none.
    virtual Result<QString> lastKanaal(const QUuid &actor) = 0;
    virtual Result<> setLastKanaal(const QUuid &actor, const QString &code) = 0;
};

} // namespace kcc
