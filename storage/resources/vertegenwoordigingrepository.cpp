#include "storage/resources/repositoryimpl.h"

namespace kcc::storage {

const char *ResourceTraits<Vertegenwoordiging>::table()
{
    return "vertegenwoordiging";
}

QString ResourceTraits<Vertegenwoordiging>::noun()
{
    return RepositoryMessages::tr("the representation");
}

QString ResourceTraits<Vertegenwoordiging>::constraintMessage(const QSqlError &error, const Vertegenwoordiging &item)
{
    const QString detail = StorageError::constraintDetail(error);
    Q_UNUSED(item)
    if (StorageError::isUniqueViolation(error))
        return RepositoryMessages::tr("This partij already represents that partij.");
    if (StorageError::isCheckViolation(error) && detail == QLatin1String("vertegenwoordiging_niet_zichzelf"))
        return RepositoryMessages::tr("A partij cannot represent itself.");
    return {};
}

template class Repository<Vertegenwoordiging>;

} // namespace kcc::storage
