#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kcc::storage {

// The municipality's key for the pseudonyms in the verwerkingenlog. Either the beheerder gives a
// key file ($KCC_PSEUDONIEM_SLEUTEL, e.g. on a share the municipality manages), or it is the file
// `<database>.sleutel` next to the database, made on first use: 32 random bytes as hex, mode 0600
// like the database. It is never stored in the database, so a copy of the database file alone
// holds no way back from a pseudonym to a BSN. Keep it with the backups: without it, the existing
// entries can no longer be found by BSN.
class PseudoniemSleutel
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::PseudoniemSleutel)

public:
    static QString pad(const QString &databasePath);
    // The key for this database: the beheerder's file, else the one next to the database (made
    // when missing and `maak` is set).
    static Result<QByteArray> laad(const QString &databasePath, bool maak = true);
    // Reads a key file: hex text of at least Pseudoniemen::minimumKeyBytes bytes.
    static Result<QByteArray> lees(const QString &path);
};

} // namespace kcc::storage
