#include "storage/resources/repositoryimpl.h"

namespace kcc::storage {

const char *ResourceTraits<ActorKlantcontact>::table()
{
    return "actor_klantcontact";
}

QString ResourceTraits<ActorKlantcontact>::noun()
{
    return RepositoryMessages::tr("the actor link");
}

QString ResourceTraits<ActorKlantcontact>::constraintMessage(const QSqlError &error, const ActorKlantcontact &item)
{
    Q_UNUSED(item)
    if (StorageError::isUniqueViolation(error))
        return RepositoryMessages::tr("This actor is already linked to this klantcontact.");
    return {};
}

template class Repository<ActorKlantcontact>;

} // namespace kcc::storage
