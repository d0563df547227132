#include "repositoryimpl.h"

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
    Q_UNUSED(error)
    Q_UNUSED(item)
    return {};
}

template class Repository<DigitaalAdres>;

} // namespace kcc::storage
