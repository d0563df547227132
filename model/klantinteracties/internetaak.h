#pragma once

#include "model/klantinteracties/enums.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace kcc {

// InterneTaak (§4.14): follow-up work for one or more actors. afgehandeldOp only with status verwerkt.
struct InterneTaak
{
    QUuid uuid;
    std::optional<QString> nummer;           // deprecated
    std::optional<QString> referentienummer; // integer string <= 10, unique; generated locally
    QString gevraagdeHandeling;              // <= 200, required
    QUuid aanleidinggevendKlantcontact;
    QList<QUuid> toegewezenAanActoren; // assignment order preserved; >= 1
    QString toelichting;               // <= 1000
    TaakStatus status = TaakStatus::TeVerwerken;
    QDateTime toegewezenOp; // set once at creation
    std::optional<QDateTime> afgehandeldOp;
    // The microseconds below the millisecond (0..999) a server sent, as in Klantcontact.
    int toegewezenOpMicros = 0;
    int afgehandeldOpMicros = 0;

    friend bool operator==(const InterneTaak &, const InterneTaak &) = default;
};

} // namespace kcc
