#pragma once

#include <QString>

namespace kcc {

// A Dutch phone number grouped for reading aloud ("06 12 34 56 78", "020 123 4567", "0800 1234");
// anything else as given. The waiting-call notice and the contact switcher show numbers this way.
QString readableNumber(const QString &number);

} // namespace kcc
