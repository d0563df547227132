#include "sync/syncsettings.h"

namespace kcc::sync {

bool SyncSettings::isConfigured() const
{
    return baseUrl.isValid() && !baseUrl.isEmpty() && !token.isEmpty();
}

} // namespace kcc::sync
