#include "storage/resources/repositoryimpl.h"

namespace kcc::storage {

const char *ResourceTraits<Betrokkene>::table()
{
    return "betrokkene";
}

QString ResourceTraits<Betrokkene>::noun()
{
    return RepositoryMessages::tr("the betrokkene");
}

QString ResourceTraits<Betrokkene>::constraintMessage(const QSqlError &error, const Betrokkene &item)
{
    Q_UNUSED(error)
    Q_UNUSED(item)
    return {};
}

template class Repository<Betrokkene>;

} // namespace kcc::storage
