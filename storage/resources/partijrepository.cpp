#include "storage/resources/repositoryimpl.h"

namespace kcc::storage {

const char *ResourceTraits<Partij>::table()
{
    return "partij";
}

QString ResourceTraits<Partij>::noun()
{
    return RepositoryMessages::tr("the partij");
}

QString ResourceTraits<Partij>::constraintMessage(const QSqlError &error, const Partij &item)
{
    const QString detail = StorageError::constraintDetail(error);
    if (StorageError::isUniqueViolation(error) && detail == QLatin1String("partij.nummer"))
        return RepositoryMessages::tr("Another partij already has number %1.").arg(item.nummer.value_or(QString()));
    return {};
}

template class Repository<Partij>;

} // namespace kcc::storage
