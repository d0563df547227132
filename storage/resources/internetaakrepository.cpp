#include "storage/resources/repositoryimpl.h"

namespace kcc::storage {

const char *ResourceTraits<InterneTaak>::table()
{
    return "interne_taak";
}

QString ResourceTraits<InterneTaak>::noun()
{
    return RepositoryMessages::tr("the interne taak");
}

QString ResourceTraits<InterneTaak>::constraintMessage(const QSqlError &error, const InterneTaak &item)
{
    const QString detail = StorageError::constraintDetail(error);
    if (StorageError::isUniqueViolation(error) && detail == QLatin1String("interne_taak.nummer"))
        return RepositoryMessages::tr("Another interne taak already has number %1.")
            .arg(item.nummer.value_or(QString()));
    if (StorageError::isUniqueViolation(error) && detail == QLatin1String("interne_taak.referentienummer")) {
        return RepositoryMessages::tr("Another interne taak already has reference number %1.")
            .arg(item.referentienummer.value_or(QString()));
    }
    if (StorageError::isCheckViolation(error) && detail == QLatin1String("interne_taak_afgehandeld_alleen_verwerkt"))
        return RepositoryMessages::tr("Only a processed task can have a completion time.");
    return {};
}

template class Repository<InterneTaak>;

} // namespace kcc::storage
