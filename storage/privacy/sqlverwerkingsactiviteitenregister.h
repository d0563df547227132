#pragma once

#include "model/privacy/verwerkingsactiviteitenregister.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;

// The register in the tables verwerkingsactiviteit and verwerkingsactiviteit_keuze (PrivacySchema).
class SqlVerwerkingsactiviteitenRegister final : public VerwerkingsactiviteitenRegister
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlVerwerkingsactiviteitenRegister)

public:
    explicit SqlVerwerkingsactiviteitenRegister(Database &database);

    Result<QList<Verwerkingsactiviteit>> activiteiten() override;
    Result<QList<ActiviteitKeuze>> keuzes() override;
    Result<> bewaar(const Verwerkingsactiviteit &activiteit, const SignedInActor &door) override;
    Result<> koppel(const ActiviteitKeuze &keuze, const SignedInActor &door) override;

private:
    Database &m_database;
};

} // namespace kcc::storage
