#pragma once

#include "model/klantinteracties/actor.h"
#include "model/klantinteracties/actorklantcontact.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/bijlage.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/internetaak.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/onderwerpobject.h"
#include "model/klantinteracties/partij.h"
#include "model/klantinteracties/partijidentificator.h"
#include "model/klantinteracties/rekeningnummer.h"
#include "model/klantinteracties/vertegenwoordiging.h"
#include "storage/resources/rowcodec.h"

#include <QSqlError>
#include <QString>

// Private to storage/: per resource its table and its fields in column order (uuid first). The
// column names are snake_case of the API names; value groups expand to <group>_<field> columns.
// constraintMessage() turns a constraint failure into a translated sentence the user
// understands, or returns an empty string for the generic message.
namespace kcc::storage {

template<typename T>
struct ResourceTraits;

#define KCC_RESOURCE_TRAITS_COMMON(Type)                                                                               \
    static const char *table();                                                                                        \
    /* "the partij", for messages */                                                                                   \
    static QString noun();                                                                                             \
    static QString constraintMessage(const QSqlError &error, const Type &item);

template<>
struct ResourceTraits<Partij>
{
    KCC_RESOURCE_TRAITS_COMMON(Partij)
    template<typename V, typename P>
    static void fields(V &v, P &p)
    {
        v("uuid", p.uuid);
        v("nummer", p.nummer);
        v("interne_notitie", p.interneNotitie);
        v("voorkeurs_digitaal_adres", p.voorkeursDigitaalAdres);
        v("voorkeurs_rekeningnummer", p.voorkeursRekeningnummer);
        v("soort_partij", p.soortPartij);
        v("indicatie_geheimhouding", p.indicatieGeheimhouding);
        v("voorkeurstaal", p.voorkeurstaal);
        v("indicatie_actief", p.indicatieActief);
        v("bezoekadres", p.bezoekadres);
        v("correspondentieadres", p.correspondentieadres);
        v("heeft_partij_identificatie", p.heeftPartijIdentificatie);
        v("contactnaam", p.contactnaam);
        v("organisatie_naam", p.organisatieNaam);
        v("werkte_voor_partij", p.werkteVoorPartij);
        v("contactpersoon_uuid", p.contactpersoonUuid);
    }
};

template<>
struct ResourceTraits<PartijIdentificator>
{
    KCC_RESOURCE_TRAITS_COMMON(PartijIdentificator)
    template<typename V, typename P>
    static void fields(V &v, P &p)
    {
        v("uuid", p.uuid);
        v("identificeerde_partij", p.identificeerdePartij);
        v("andere_partij_identificator", p.anderePartijIdentificator);
        v("code_objecttype", p.codeObjecttype);
        v("code_soort_object_id", p.codeSoortObjectId);
        v("object_id", p.objectId);
        v("code_register", p.codeRegister);
        v("sub_identificator_van", p.subIdentificatorVan);
    }
};

template<>
struct ResourceTraits<DigitaalAdres>
{
    KCC_RESOURCE_TRAITS_COMMON(DigitaalAdres)
    template<typename V, typename D>
    static void fields(V &v, D &d)
    {
        v("uuid", d.uuid);
        v("verstrekt_door_betrokkene", d.verstrektDoorBetrokkene);
        v("verstrekt_door_partij", d.verstrektDoorPartij);
        v("adres", d.adres);
        v("soort_digitaal_adres", d.soortDigitaalAdres);
        v("is_standaard_adres", d.isStandaardAdres);
        v("omschrijving", d.omschrijving);
        v("referentie", d.referentie);
        v("verificatie_datum", d.verificatieDatum);
    }
};

template<>
struct ResourceTraits<Rekeningnummer>
{
    KCC_RESOURCE_TRAITS_COMMON(Rekeningnummer)
    template<typename V, typename R>
    static void fields(V &v, R &r)
    {
        v("uuid", r.uuid);
        v("partij", r.partij);
        v("iban", r.iban);
        v("bic", r.bic);
    }
};

template<>
struct ResourceTraits<Vertegenwoordiging>
{
    KCC_RESOURCE_TRAITS_COMMON(Vertegenwoordiging)
    template<typename V, typename R>
    static void fields(V &v, R &r)
    {
        v("uuid", r.uuid);
        v("vertegenwoordigende_partij", r.vertegenwoordigendePartij);
        v("vertegenwoordigde_partij", r.vertegenwoordigdePartij);
    }
};

template<>
struct ResourceTraits<Klantcontact>
{
    KCC_RESOURCE_TRAITS_COMMON(Klantcontact)
    template<typename V, typename K>
    static void fields(V &v, K &k)
    {
        v("uuid", k.uuid);
        v("nummer", k.nummer);
        v("referentienummer", k.referentienummer);
        v("kanaal", k.kanaal);
        v("onderwerp", k.onderwerp);
        v("inhoud", k.inhoud);
        v("reactie", k.reactie);
        v("indicatie_contact_gelukt", k.indicatieContactGelukt);
        v("hoofd_onderwerp_type", k.hoofdOnderwerpType);
        v("verdere_actie_ondernomen", k.verdereActieOndernomen);
        v("taal", k.taal);
        v("vertrouwelijk", k.vertrouwelijk);
        v("plaatsgevonden_op", codec::precise(k.plaatsgevondenOp, k.plaatsgevondenOpMicros));
        v("metadata", k.metadata);
    }
};

template<>
struct ResourceTraits<Betrokkene>
{
    KCC_RESOURCE_TRAITS_COMMON(Betrokkene)
    template<typename V, typename B>
    static void fields(V &v, B &b)
    {
        v("uuid", b.uuid);
        v("was_partij", b.wasPartij);
        v("had_klantcontact", b.hadKlantcontact);
        v("bezoekadres", b.bezoekadres);
        v("correspondentieadres", b.correspondentieadres);
        v("contactnaam", b.contactnaam);
        v("rol", b.rol);
        v("organisatienaam", b.organisatienaam);
        v("initiator", b.initiator);
    }
};

template<>
struct ResourceTraits<Onderwerpobject>
{
    KCC_RESOURCE_TRAITS_COMMON(Onderwerpobject)
    template<typename V, typename O>
    static void fields(V &v, O &o)
    {
        v("uuid", o.uuid);
        v("klantcontact", o.klantcontact);
        v("was_klantcontact", o.wasKlantcontact);
        v("onderwerpobjectidentificator", o.onderwerpobjectidentificator);
    }
};

template<>
struct ResourceTraits<Bijlage>
{
    KCC_RESOURCE_TRAITS_COMMON(Bijlage)
    template<typename V, typename B>
    static void fields(V &v, B &b)
    {
        v("uuid", b.uuid);
        v("was_bijlage_van_klantcontact", b.wasBijlageVanKlantcontact);
        v("bijlageidentificator", b.bijlageidentificator);
    }
};

template<>
struct ResourceTraits<Actor>
{
    KCC_RESOURCE_TRAITS_COMMON(Actor)
    template<typename V, typename A>
    static void fields(V &v, A &a)
    {
        v("uuid", a.uuid);
        v("naam", a.naam);
        v("soort_actor", a.soortActor);
        v("indicatie_actief", a.indicatieActief);
        v("actoridentificator", a.actoridentificator);
        v("heeft_actor_identificatie", a.heeftActorIdentificatie);
        v("functie", a.functie);
        v("emailadres", a.emailadres);
        v("telefoonnummer", a.telefoonnummer);
        v("omschrijving", a.omschrijving);
        v("faxnummer", a.faxnummer);
    }
};

template<>
struct ResourceTraits<ActorKlantcontact>
{
    KCC_RESOURCE_TRAITS_COMMON(ActorKlantcontact)
    template<typename V, typename A>
    static void fields(V &v, A &a)
    {
        v("uuid", a.uuid);
        v("actor", a.actor);
        v("klantcontact", a.klantcontact);
    }
};

// toegewezenAanActoren lives in interne_taak_actor; the repository writes and reads it.
template<>
struct ResourceTraits<InterneTaak>
{
    KCC_RESOURCE_TRAITS_COMMON(InterneTaak)
    template<typename V, typename I>
    static void fields(V &v, I &t)
    {
        v("uuid", t.uuid);
        v("nummer", t.nummer);
        v("referentienummer", t.referentienummer);
        v("gevraagde_handeling", t.gevraagdeHandeling);
        v("aanleidinggevend_klantcontact", t.aanleidinggevendKlantcontact);
        v("toelichting", t.toelichting);
        v("status", t.status);
        v("toegewezen_op", codec::precise(t.toegewezenOp, t.toegewezenOpMicros));
        v("afgehandeld_op", codec::precise(t.afgehandeldOp, t.afgehandeldOpMicros));
    }
};

#undef KCC_RESOURCE_TRAITS_COMMON

} // namespace kcc::storage
