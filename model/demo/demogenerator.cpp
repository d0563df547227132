#include "model/demo/demogenerator.h"

#include "model/demo/demogeneratorprivate.h"

// The run and the actors; the partijen are made in demopartijen.cpp, the klantcontacten in
// demoklantcontacten.cpp.

namespace kcc::demo {

using namespace generation;

DemoGenerator::DemoGenerator(quint64 seed, qint64 partijen, qint64 klantcontacten)
    : d(std::make_unique<Private>())
{
    d->seed = seed;
    d->partijCount = qMax<qint64>(0, partijen);
    d->klantcontactCount = qMax<qint64>(0, klantcontacten);
    d->start = QDateTime(referenceDateTime().date().addDays(-kDays), QTime(0, 0), Qt::UTC);
}

DemoGenerator::~DemoGenerator() = default;

QDateTime DemoGenerator::referenceDateTime()
{
    return QDateTime(QDate(2025, 3, 31), QTime(17, 0), Qt::UTC);
}

bool DemoGenerator::run(DemoSink &sink)
{
    d->sink = &sink;
    DemoRandom actorRandom(d->seed, ActorStream);
    d->makeActors(actorRandom);
    DemoRandom partijRandom(d->seed, PartijStream);
    DemoRandom numberRandom(d->seed, NumberStream);
    d->makePartijen(partijRandom, numberRandom);
    DemoRandom vertegenwoordigingRandom(d->seed, VertegenwoordigingStream);
    d->makeVertegenwoordigingen(vertegenwoordigingRandom);
    DemoRandom klantcontactRandom(d->seed, KlantcontactStream);
    d->makeKlantcontacten(klantcontactRandom);
    if (d->ok)
        d->ok = sink.progress(d->partijCount + d->klantcontactCount, d->partijCount + d->klantcontactCount);
    return d->ok;
}

// --- Actors --------------------------------------------------------------------------------

void DemoGenerator::Private::makeActors(DemoRandom &random)
{
    const tables::City &gemeente = tables::cities()[3]; // the municipality's own netnummer (030)
    for (const tables::Afdeling &afdeling : tables::afdelingen()) {
        Actor actor;
        actor.uuid = random.uuid();
        actor.naam = afdeling.naam;
        actor.soortActor = SoortActor::OrganisatorischeEenheid;
        actor.heeftActorIdentificatie = true;
        actor.omschrijving = afdeling.omschrijving;
        actor.emailadres = afdeling.mailbox + QLatin1Char('@') + municipalDomain();
        actor.telefoonnummer = values.vastNummer(random, gemeente);
        actor.actoridentificator = ObjectIdentificator{afdeling.mailbox.toUpper(), QStringLiteral("afdeling"),
                                                       QStringLiteral("organisatie"), QStringLiteral("code")};
        afdelingen.append(actor.uuid);
        add(actor);
    }

    Actor bot;
    bot.uuid = random.uuid();
    bot.naam = QStringLiteral("Gem, de digitale assistent");
    bot.soortActor = SoortActor::GeautomatiseerdeActor;
    bot.heeftActorIdentificatie = true;
    bot.functie = QStringLiteral("Chatbot");
    bot.omschrijving =
        QStringLiteral("Beantwoordt eenvoudige vragen in de chat op de website en draagt over aan het KCC.");
    chatbot = bot.uuid;
    add(bot);

    for (int i = 0; i < medewerkerCount; ++i) {
        const Contactnaam naam = values.contactnaam(random);
        Actor actor;
        actor.uuid = random.uuid();
        actor.naam = naam.volledigeNaam();
        actor.soortActor = SoortActor::Medewerker;
        actor.heeftActorIdentificatie = true;
        actor.functie = i < 3   ? QStringLiteral("Teamleider KCC")
                        : i < 9 ? QStringLiteral("Baliemedewerker")
                                : QStringLiteral("KCC-medewerker");
        actor.emailadres = values.workEmail(naam, municipalDomain());
        actor.telefoonnummer = values.vastNummer(random, gemeente);
        actor.actoridentificator =
            ObjectIdentificator{QString::number(random.between(100000, 999999)), QStringLiteral("medewerker"),
                                QStringLiteral("personeelsadministratie"), QStringLiteral("personeelsnummer")};
        // The last ones have left; they are kept for history but never linked to a contact or task.
        actor.indicatieActief = i < medewerkerCount - inactiveMedewerkerCount;
        if (actor.indicatieActief)
            actieveMedewerkers.append(actor.uuid);
        add(actor);
    }
}

} // namespace kcc::demo
