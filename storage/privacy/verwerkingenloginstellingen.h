#pragma once

#include <QString>

namespace kcc::storage {

// What every entry says about the system that made it (the standard's systeem, gegevensbron,
// uitvoerder). The composition root fills it; the defaults name this program.
struct VerwerkingenLogInstellingen
{
    QString systeem;
    QString gegevensbron = QStringLiteral("KCC Werkplek klantinteracties");
    QString uitvoerder; // the municipality's OIN (20 digits), when known

    // "KCC Werkplek <version>" from the application's version, else the project's.
    static QString standaardSysteem();
};

} // namespace kcc::storage
