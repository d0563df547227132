#include "model/beheer/codelistservice.h"

namespace kcc {

QString codeListName(CodeList list)
{
    switch (list) {
    case CodeList::Kanaal:
        return QStringLiteral("kanaal");
    case CodeList::Authenticatiemethode:
        return QStringLiteral("authenticatiemethode");
    case CodeList::Afhandeling:
        return QStringLiteral("afhandeling");
    case CodeList::GevraagdeHandeling:
        return QStringLiteral("gevraagde_handeling");
    }
    return {};
}

} // namespace kcc
