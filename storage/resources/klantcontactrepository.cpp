#include "storage/resources/repositoryimpl.h"

namespace kcc::storage {

const char *ResourceTraits<Klantcontact>::table()
{
    return "klantcontact";
}

QString ResourceTraits<Klantcontact>::noun()
{
    return RepositoryMessages::tr("the klantcontact");
}

QString ResourceTraits<Klantcontact>::constraintMessage(const QSqlError &error, const Klantcontact &item)
{
    const QString detail = StorageError::constraintDetail(error);
    if (StorageError::isUniqueViolation(error) && detail == QLatin1String("klantcontact.nummer"))
        return RepositoryMessages::tr("Another klantcontact already has number %1.")
            .arg(item.nummer.value_or(QString()));
    if (StorageError::isUniqueViolation(error) && detail == QLatin1String("klantcontact.referentienummer")) {
        return RepositoryMessages::tr("Another klantcontact already has reference number %1.")
            .arg(item.referentienummer.value_or(QString()));
    }
    if (StorageError::isCheckViolation(error) && detail == QLatin1String("klantcontact_gelukt_zonder_verdere_actie"))
        return RepositoryMessages::tr("A successful contact cannot also need further action.");
    return {};
}

template class Repository<Klantcontact>;

} // namespace kcc::storage
