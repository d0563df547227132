#pragma once

#include "model/klantinteracties/enums.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace kcc {

// PartijIdentificator (§4.2): a partij's key in a basisregistratie (BSN, KvK, vestigingsnummer, RSIN).
// Allowed combinations: brp/natuurlijk_persoon/bsn, hr/niet_natuurlijk_persoon/{rsin,kvk_nummer},
// hr/vestiging/vestigingsnummer (the last with subIdentificatorVan -> a kvk_nummer identificator).
struct PartijIdentificator
{
    QUuid uuid;
    std::optional<QUuid> identificeerdePartij;
    QString anderePartijIdentificator; // deprecated free text, <= 200
    CodeObjecttype codeObjecttype = CodeObjecttype::NatuurlijkPersoon;
    CodeSoortObjectId codeSoortObjectId = CodeSoortObjectId::Bsn;
    QString objectId;
    CodeRegister codeRegister = CodeRegister::Brp;
    std::optional<QUuid> subIdentificatorVan;

    friend bool operator==(const PartijIdentificator &, const PartijIdentificator &) = default;
};

} // namespace kcc
