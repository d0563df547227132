#pragma once

#include <QList>
#include <QString>

namespace kcc {

// One validation failure: `field` is the API's camelCase path (e.g. "partijIdentificator.objectId",
// "bezoekadres.postcode", "onderwerp") so that an import can name it and a form can put the
// message at the right widget; `message` is already translated and names the field in words.
struct FieldError
{
    QString field;
    QString message;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

using FieldErrors = QList<FieldError>;

} // namespace kcc
