#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace kcc::storage {

class Database;

struct ExportReport
{
    QList<QPair<QString, qint64>> counts; // file name -> number of elements, in file order
    qint64 milliseconds = 0;

    qint64 total() const;
};

// Writes the whole database as Klantinteracties API v1 JSON: one file per resource (exportFileNames()),
// each a JSON array of response-schema objects (ApiJson), one compact object per line, in
// insertion (rowid) order; reference lists inside an object in rowid order of the referenced
// rows, toegewezenAanActoren in assignment order. Reads one consistent snapshot and streams
// element by element (the reverse relations come from one sorted cursor per relation that runs
// along with the main loop), so a database of a million partijen is not loaded into memory.
// Files are written through QSaveFile and committed only after all twelve were produced, so a
// failing export leaves no half-written file (a failure while committing, e.g. a full disk after
// the first rename, can still leave a mix of old and new complete files). Only into a folder that
// no other user can change, and never through a symbolic link or over anything but a regular
// file: such a folder or name is refused before anything is written. Files are 0600, a new
// folder 0700.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::Exporter)

public:
    Exporter(Database &database, QUrl baseUrl);

    Result<ExportReport> exportTo(const QString &directory);

    // partijen.json, partij-identificatoren.json, ... in the order they are written and imported.
    static QStringList exportFileNames();

private:
    Database &m_database;
    QUrl m_baseUrl;
};

} // namespace kcc::storage
