#pragma once

#include <QString>

namespace kcc {

// The free-text identificator groups (onderwerpobjectidentificator, bijlageidentificator,
// actoridentificator), klantinteracties-model.md §2.3: four strings of at most 200 characters.
struct ObjectIdentificator
{
    QString objectId;
    QString codeObjecttype;
    QString codeRegister;
    QString codeSoortObjectId;

    bool isEmpty() const
    {
        return objectId.isEmpty() && codeObjecttype.isEmpty() && codeRegister.isEmpty() && codeSoortObjectId.isEmpty();
    }

    friend bool operator==(const ObjectIdentificator &, const ObjectIdentificator &) = default;
};

} // namespace kcc
