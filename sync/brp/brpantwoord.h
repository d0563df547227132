#pragma once

#include "model/brp/brppersoon.h"
#include "model/core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace kcc::sync {

// The BRP's answers in the desk's terms: a PersonenQueryResponse as BrpPersoon values (without
// any address of a person with geheimhouding), and the spec's error bodies (Foutbericht,
// BadRequestFoutbericht with invalidParams) as one clear message for the medewerker.
class BrpAntwoord
{
    Q_DECLARE_TR_FUNCTIONS(kcc::sync::BrpAntwoord)

public:
    // The persons of a 200 answer; an Error when the body is not a PersonenQueryResponse.
    static Result<QList<BrpPersoon>> personen(const QJsonObject &body);
    static BrpPersoon persoon(const QJsonObject &json);
    // What an answer other than 200 means, from its status and its Foutbericht.
    static QString foutmelding(int status, const QJsonObject &foutbericht);
    static QString geenAntwoord(int timeoutSeconds);
    static QString nietBereikbaar(const QString &reden);
};

} // namespace kcc::sync
