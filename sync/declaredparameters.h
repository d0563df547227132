#pragma once

#include "model/apijson/apijson.h"

#include <QStringList>
#include <QUrlQuery>

namespace kcc::sync {

// Which query parameters the spec declares per list endpoint: the client never sends another
// (Open Klant answers 400 "Onbekende query parameters", klantinteracties-model.md §1.9).
class DeclaredParameters
{
public:
    static bool isDeclared(ApiResource resource, const QString &name);
    // The names in `query` that `resource` does not declare (empty when the query may be sent).
    static QStringList undeclared(ApiResource resource, const QUrlQuery &query);
};

} // namespace kcc::sync
