#pragma once

#include "model/callflow/draftstore.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace kcc {

// The drafts while the KCC database is away (issue 13, item 6): the open contacts are saved on
// every step, and a save that finds the server Unreachable must not lose them. This store wraps
// the database's DraftStore; what the database cannot take now is kept on the desk, in the
// medewerker's own folder (0700) with one JSON file per contact (0600, written whole through
// QSaveFile), and handed to the database by the next save, load or discard that reaches it. A
// draft discarded meanwhile leaves a note so that the database forgets it too. Any other error is
// the caller's, as before.
class DeskDraftStore final : public DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(kcc::DeskDraftStore)

public:
    // `directory`: where every medewerker's folder is (defaultDirectory() in the application).
    DeskDraftStore(DraftStore &database, const QString &directory, const QUuid &actor);

    // QStandardPaths::AppLocalDataLocation/concepten.
    static QString defaultDirectory();

    using DraftStore::save;
    Result<> save(const QList<OpenContact> &contacts) override;
    // The database's open contacts with the desk's newer ones in their place (first); only the
    // desk's when the database cannot be read.
    Result<QList<OpenContact>> loadOpen(const QUuid &actor) override;
    Result<> discard(const QUuid &session) override;

    // How many drafts and discards wait on the desk for the database.
    int waiting() const;
    QString folder() const { return m_folder; }
    DraftStore &underlying() const { return m_database; }

private:
    Result<> keep(const OpenContact &contact);
    Result<> keepDiscard(const QUuid &session);
    QList<OpenContact> kept() const;
    // Hands what waits to the database; stops at the first error.
    Result<> flush();
    QString fileOf(const QUuid &session, const QString &suffix) const;

    DraftStore &m_database;
    QString m_folder;
};

} // namespace kcc
