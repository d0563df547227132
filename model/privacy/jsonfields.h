#pragma once

#include <QJsonObject>
#include <QString>

namespace kcc {

// The Verwerkingenlogging API leaves an optional text field out rather than sending it empty.
inline void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace kcc
