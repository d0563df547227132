#pragma once

#include "model/callflow/contactsession.h"
#include "model/core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

namespace kcc {

// A registration the medewerker finished while the KCC database was away (issue 13, item 6).
struct SpooledRegistration
{
    ContactSession session; // as at the afronding; session.uuid names the registration
    QDateTime afgerondOp;   // UTC: the moment of the afronding, the plan's "now" when it is sent
    QString caller;         // who it was with, for the messages about it
    // The klantcontact uuids of the last plan whose write was tried, recorded BEFORE that write:
    // when the connection broke during the COMMIT, the next attempt looks for them first and
    // only marks the registration done if they exist, so that it is never written twice.
    QList<QUuid> klantcontacten;
};

// The desk's own spool of such registrations, one medewerker's: a folder of its own (0700) under
// the application's local data with one JSON file per registration (0600, written whole through
// QSaveFile, so a crash leaves the old or the new file, never half). It lives on the desk, not in
// the database, because the database is what is away; it survives a restart of the program and is
// sent at the next sign-in of the same medewerker (SpoolSender).
class RegistrationSpool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrationSpool)

public:
    // `directory`: where every medewerker's folder is (defaultDirectory() in the application, a
    // temporary one in tests).
    RegistrationSpool(const QString &directory, const QUuid &actor, QObject *parent = nullptr);
    ~RegistrationSpool() override;

    // QStandardPaths::AppLocalDataLocation/wachtende-registraties.
    static QString defaultDirectory();

    // Adds `registration`, or replaces the one of the same session.
    Result<> put(const SpooledRegistration &registration);
    Result<> remove(const QUuid &session);
    // Oldest afronding first. A file that cannot be read is left where it is (and logged).
    QList<SpooledRegistration> pending() const;
    bool contains(const QUuid &session) const;
    int count() const;
    // This medewerker's folder.
    QString folder() const { return m_folder; }

signals:
    void countChanged(int count);

private:
    QString fileOf(const QUuid &session) const;

    QString m_folder;
};

} // namespace kcc
