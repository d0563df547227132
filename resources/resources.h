#pragma once

namespace kcc {

// True when the icons of kcc_resources are linked in (a static library's resources only arrive
// when the executable links kcc_resources).
bool iconResourcesLinked();

} // namespace kcc
