#include "storage/resources/repositoryimpl.h"

namespace kcc::storage {

const char *ResourceTraits<Onderwerpobject>::table()
{
    return "onderwerpobject";
}

QString ResourceTraits<Onderwerpobject>::noun()
{
    return RepositoryMessages::tr("the onderwerpobject");
}

QString ResourceTraits<Onderwerpobject>::constraintMessage(const QSqlError &error, const Onderwerpobject &item)
{
    Q_UNUSED(error)
    Q_UNUSED(item)
    return {};
}

template class Repository<Onderwerpobject>;

} // namespace kcc::storage
