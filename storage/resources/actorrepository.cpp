#include "storage/resources/repositoryimpl.h"

namespace kcc::storage {

const char *ResourceTraits<Actor>::table()
{
    return "actor";
}

QString ResourceTraits<Actor>::noun()
{
    return RepositoryMessages::tr("the actor");
}

QString ResourceTraits<Actor>::constraintMessage(const QSqlError &error, const Actor &item)
{
    Q_UNUSED(error)
    Q_UNUSED(item)
    return {};
}

template class Repository<Actor>;

} // namespace kcc::storage
