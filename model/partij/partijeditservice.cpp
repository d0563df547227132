#include "model/partij/partijeditservice.h"

#include "model/validation/referencerules.h"
#include "model/validation/validation.h"

namespace kcc {

FieldErrors validatePartijEdit(const PartijEdit &edit)
{
    FieldErrors errors = validate(edit.partij, Strictness::NewInput);
    QList<DigitaalAdres> vanPartij;
    for (qsizetype i = 0; i < edit.digitaleAdressen.size(); ++i) {
        DigitaalAdres adres = edit.digitaleAdressen.at(i);
        // The partij's own addresses, whatever the form set.
        adres.verstrektDoorPartij = edit.partij.uuid;
        adres.verstrektDoorBetrokkene.reset();
        const QString prefix = QStringLiteral("digitaleAdressen[%1].").arg(i);
        for (const FieldError &error : validate(adres, Strictness::NewInput))
            errors.append({prefix + error.field, error.message});
        vanPartij.append(adres);
    }
    errors += checkVoorkeursDigitaalAdres(edit.partij, vanPartij);
    return errors;
}

} // namespace kcc
