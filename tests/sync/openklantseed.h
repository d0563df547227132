#pragma once

// What the stateful Open Klant fixture (tests/tools/openklant_fixture.py) is seeded with besides
// tests/data/openklant/server: a contact Open Inwoner's web form made for Anneke Jansen (BSN
// 296648875), without any actor. Shared by the pull tests and the Zoeken tab's server look-up.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace kcc::test::openklant {

inline const QString token = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
inline const QUuid anneke = QUuid::fromString(QStringLiteral("0a1b2c3d-7c1e-4b2a-9d3f-000000000001"));
inline const QUuid mo = QUuid::fromString(QStringLiteral("9a1b2c3d-7c1e-4b2a-9d3f-000000000001"));
inline const QUuid teamBelastingen = QUuid::fromString(QStringLiteral("9a1b2c3d-7c1e-4b2a-9d3f-000000000002"));
inline const QUuid webformContact = QUuid::fromString(QStringLiteral("5a1b2c3d-7c1e-4b2a-9d3f-0000000000f1"));
inline const QString base = QStringLiteral("http://openklant.gemeente.example/klantinteracties/api/v1/");

inline QJsonObject ref(const QString &resource, const QUuid &uuid)
{
    const QString id = uuid.toString(QUuid::WithoutBraces);
    return {{QStringLiteral("uuid"), id}, {QStringLiteral("url"), QString(base + resource + QLatin1Char('/') + id)}};
}

// A contact Open Inwoner's web form made: no actor, a blank group, microseconds, _expand.
inline QJsonObject webform()
{
    const QUuid betrokkene = QUuid::fromString(QStringLiteral("6a1b2c3d-7c1e-4b2a-9d3f-0000000000f1"));
    QJsonObject klantcontact = ref(QStringLiteral("klantcontacten"), webformContact);
    klantcontact.insert(QStringLiteral("nummer"), QStringLiteral("0000000104"));
    klantcontact.insert(QStringLiteral("referentienummer"), QJsonValue());
    klantcontact.insert(QStringLiteral("kanaal"), QStringLiteral("webformulier"));
    klantcontact.insert(QStringLiteral("onderwerp"), QStringLiteral("Melding openbare ruimte"));
    klantcontact.insert(QStringLiteral("inhoud"), QStringLiteral("Losliggende stoeptegel voor nr. 12"));
    klantcontact.insert(QStringLiteral("indicatieContactGelukt"), true);
    klantcontact.insert(QStringLiteral("taal"), QStringLiteral("nld"));
    klantcontact.insert(QStringLiteral("vertrouwelijk"), false);
    klantcontact.insert(QStringLiteral("plaatsgevondenOp"), QStringLiteral("2024-04-02T08:30:00.250001Z"));
    klantcontact.insert(QStringLiteral("hadBetrokkenActoren"), QJsonArray());
    klantcontact.insert(QStringLiteral("hadBetrokkenen"), QJsonArray{ref(QStringLiteral("betrokkenen"), betrokkene)});
    klantcontact.insert(QStringLiteral("_expand"), QJsonObject());
    QJsonObject link = ref(QStringLiteral("betrokkenen"), betrokkene);
    link.insert(QStringLiteral("wasPartij"), ref(QStringLiteral("partijen"), anneke));
    link.insert(QStringLiteral("hadKlantcontact"), ref(QStringLiteral("klantcontacten"), webformContact));
    link.insert(QStringLiteral("rol"), QStringLiteral("klant"));
    link.insert(QStringLiteral("initiator"), true);
    link.insert(QStringLiteral("organisatienaam"), QString());
    link.insert(QStringLiteral("bezoekadres"), QJsonValue());
    link.insert(QStringLiteral("correspondentieadres"), QJsonObject{{QStringLiteral("nummeraanduidingId"), QString()},
                                                                    {QStringLiteral("adresregel1"), QString()},
                                                                    {QStringLiteral("adresregel2"), QString()},
                                                                    {QStringLiteral("adresregel3"), QString()},
                                                                    {QStringLiteral("land"), QString()}});
    link.insert(QStringLiteral("contactnaam"), QJsonObject{{QStringLiteral("voorletters"), QStringLiteral("A")},
                                                           {QStringLiteral("voornaam"), QStringLiteral("Anneke")},
                                                           {QStringLiteral("voorvoegselAchternaam"), QString()},
                                                           {QStringLiteral("achternaam"), QStringLiteral("Jansen")}});
    link.insert(QStringLiteral("_expand"), QJsonObject());
    return {{QStringLiteral("klantcontacten"), QJsonArray{klantcontact}},
            {QStringLiteral("betrokkenen"), QJsonArray{link}}};
}

} // namespace kcc::test::openklant
