#include "storage/resources/repositoryimpl.h"

namespace kcc::storage {

const char *ResourceTraits<PartijIdentificator>::table()
{
    return "partij_identificator";
}

QString ResourceTraits<PartijIdentificator>::noun()
{
    return RepositoryMessages::tr("the identificator");
}

QString ResourceTraits<PartijIdentificator>::constraintMessage(const QSqlError &error, const PartijIdentificator &item)
{
    const QString detail = StorageError::constraintDetail(error);
    if (StorageError::isUniqueViolation(error)) {
        if (detail.startsWith(QLatin1String("partij_identificator.identificeerde_partij")))
            return RepositoryMessages::tr("This partij already has a %1.").arg(label(item.codeSoortObjectId));
        if (detail.startsWith(QLatin1String("partij_identificator.sub_identificator_van"))) {
            //: %1 is e.g. "Branch number", %2 the number
            return RepositoryMessages::tr("This %1 (%2) already exists under the same Chamber of Commerce number.")
                .arg(label(item.codeSoortObjectId), item.objectId);
        }
        if (detail.startsWith(QLatin1String("partij_identificator.code_objecttype"))) {
            //: %1 is e.g. "BSN", %2 the number
            return RepositoryMessages::tr("Another partij already has this %1 (%2).")
                .arg(label(item.codeSoortObjectId), item.objectId);
        }
    }
    if (StorageError::isCheckViolation(error) && detail == QLatin1String("partij_identificator_niet_eigen_sub"))
        return RepositoryMessages::tr("An identificator cannot be its own parent.");
    return {};
}

template class Repository<PartijIdentificator>;

} // namespace kcc::storage
