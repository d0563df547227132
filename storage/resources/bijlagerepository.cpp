#include "storage/resources/repositoryimpl.h"

namespace kcc::storage {

const char *ResourceTraits<Bijlage>::table()
{
    return "bijlage";
}

QString ResourceTraits<Bijlage>::noun()
{
    return RepositoryMessages::tr("the bijlage");
}

QString ResourceTraits<Bijlage>::constraintMessage(const QSqlError &error, const Bijlage &item)
{
    Q_UNUSED(error)
    Q_UNUSED(item)
    return {};
}

template class Repository<Bijlage>;

} // namespace kcc::storage
