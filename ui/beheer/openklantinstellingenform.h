#pragma once

#include "model/sync/openklantbeheer.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kcc {
class ActorDirectory;
}

namespace kcc::ui {

class FieldMessage;

// Beheer, tab Open Klant (issue 14, item 1): the Klantinteracties base URL, the API token (typed
// once, then kept in the keyring or a 0600 file - the form says which), "verbinding testen" with
// the server's answer in plain words, and the actor the desk's registrations are sent as: the
// server's actoren once the connection works, the desk's own before. What IT fixed system-wide is
// shown read-only. A failed test or save leaves every field as typed.
class OpenKlantInstellingenForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenKlantInstellingenForm)

public:
    // `actors` (optional) gives the local actoren for the choice before a connection was tested.
    OpenKlantInstellingenForm(OpenKlantBeheer &beheer, ActorDirectory *actors, QWidget *parent = nullptr);
    ~OpenKlantInstellingenForm() override;

    // Checks and saves; false (with the reason at the field) when something is not valid.
    bool save();
    void testConnection();

private:
    void load();
    void fillLocalActors();
    void fillActors(const QList<ServerActor> &actoren, const QString &bron);
    // The base URL typed, or nullopt with the message at the field.
    std::optional<QUrl> checkedBaseUrl();
    bool checkToken();
    void showStatus(QLabel *label, const QString &text, bool ok);

    OpenKlantBeheer &m_beheer;
    ActorDirectory *m_actors;
    QLineEdit *m_baseUrl;
    FieldMessage *m_baseUrlMessage;
    QLineEdit *m_token;
    FieldMessage *m_tokenMessage;
    QLabel *m_tokenPlek;
    QPushButton *m_test;
    QLabel *m_testResult;
    QComboBox *m_actor;
    QLabel *m_actorBron;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace kcc::ui
