#include "storage/resources/repositoryimpl.h"

namespace kcc::storage {

const char *ResourceTraits<Rekeningnummer>::table()
{
    return "rekeningnummer";
}

QString ResourceTraits<Rekeningnummer>::noun()
{
    return RepositoryMessages::tr("the bank account");
}

QString ResourceTraits<Rekeningnummer>::constraintMessage(const QSqlError &error, const Rekeningnummer &item)
{
    Q_UNUSED(error)
    Q_UNUSED(item)
    return {};
}

template class Repository<Rekeningnummer>;

} // namespace kcc::storage
