#include "storage/resources/repositoryimpl.h"

namespace kcc::storage {

const char *ResourceTraits<DigitaalAdres>::table()
{
    return "digitaal_adres";
}

QString ResourceTraits<DigitaalAdres>::noun()
{
    return RepositoryMessages::tr("the digital address");
}

QString ResourceTraits<DigitaalAdres>::constraintMessage(const QSqlError &error, const DigitaalAdres &item)
{
    // digitaal_adres_referentie_uniek (schema version 6).
    if (StorageError::isUniqueViolation(error) &&
        StorageError::constraintDetail(error).startsWith(QLatin1String("digitaal_adres.verstrekt_door_partij"))) {
        //: %1 is the soort (email, telefoonnummer, overig), %2 the referentie
        return RepositoryMessages::tr("This partij already has a %1 address with referentie \"%2\".")
            .arg(toCode(item.soortDigitaalAdres), item.referentie);
    }
    return {};
}

template class Repository<DigitaalAdres>;

} // namespace kcc::storage
