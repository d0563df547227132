#pragma once

#include "ui/callflow/callflowcontext.h"

#include <QHash>
#include <QMainWindow>
#include <QString>
#include <QUuid>

#include <chrono>

class QAction;
class QDockWidget;
class QLabel;
class QStackedWidget;

class QTabWidget;

namespace kcc {
class LiveChanges;
class PartijListSource;
class KlantcontactListSource;
class PartijTableModel;
class KlantcontactTableModel;
struct NieuwePartij;
} // namespace kcc

namespace kcc::ui {

class ContactPanel;
class InactivityWatch;
class ListTableView;
class MainStatusBar;
class PartijZoekenWidget;
class SessionLock;
class SupervisorWidget;
class WerkvoorraadWidget;

// The KCC Werkplek main window: the partijen and klantcontacten lists on tabs. It receives its
// data sources from app/ and never opens a database itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Sources
    {
        // Not owned; both must outlive the window.
        PartijListSource *partijen = nullptr;
        KlantcontactListSource *klantcontacten = nullptr;
        QString databasePath; // shown in the title and status bar
        bool demo = false;    // the database holds demo data
        // Issue 15: the desk locks after this long without input; zero: only by Ctrl+L.
        std::chrono::seconds lockAfter{0};
        // Issue 13: other seats' changes on the shared server; null on one desk's own file.
        LiveChanges *changes = nullptr;
    };

    enum Tab
    {
        PartijenTab,
        KlantcontactenTab
    };

    explicit MainWindow(const Sources &sources, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showTab(Tab tab);
    // Re-reads both lists and the counts (after the data changed elsewhere).
    void refresh();

    // Enables the call flow for the signed-in medewerker: the contact panel (dock), "New contact"
    // (F2) and the signed-in name in the status bar. Without it the window is a plain viewer.
    void setCallFlow(const CallFlowContext &context);
    // Starts a contact (or, for an incoming call, a telefoon contact searching the number).
    void startContact(const QString &incomingNumber = QString());
    // Parks the open contact and takes the call waiting longest (Ctrl+Shift+A).
    void takeWaitingCall();
    // After sign-in: offers the medewerker's unfinished contacts; true when they were resumed.
    bool offerDraft();
    // A contact with this partij already chosen (from the klantbeeld on the Zoeken tab).
    void startContactWith(const QUuid &partij);
    // Issue 15: a person taken over from the BRP becomes the new partij of a contact (the open one,
    // else a new one), whose identity is then to be established.
    void startContactWithNieuwePartij(const NieuwePartij &partij);
    // Ctrl+F / F3: the Zoeken tab with the keyboard in its search box.
    void focusSearch();
    // Issue 5: the Werkvoorraad tab (everyone signed in) and the Supervisor tab (supervisor
    // role only; without it the tab explains the refusal).
    void showWerkvoorraad();
    void showSupervisor();
    // Issue 15: the lock screen instead of the work until the password is given (Ctrl+L, or after
    // Sources::lockAfter without input). Needs the call flow's accounts.
    void lock();
    bool isLocked() const;

signals:
    // Issue 10: the medewerker signs out (Ctrl+Shift+L); an open contact's draft is already saved.
    // app/ closes this window and asks for the next sign-in.
    void signOutRequested();

private:
    void signOut();
    void showKeyOverview();
    void showBeheerRefused();
    void showRefused(const QString &name, const QString &windowTitle, const QString &title, const QString &reason);
    QAction *verwerkingenAction(const CallFlowContext &context, bool privacyOfficer);
    void createMenus();
    void createZoeken(const CallFlowContext &context);
    void connectZoekenToContact();
    void createTaken(const CallFlowContext &context, bool supervisor);
    void createContactDock(const CallFlowContext &context);
    void createLock(const CallFlowContext &context);
    void updateTakenCounts();
    void updateTitle();
    void updateCounts();
    void showAbout();
    void showFetchError(const QString &message);

    Sources m_sources;
    PartijTableModel *m_partijModel;
    KlantcontactTableModel *m_klantcontactModel;
    QStackedWidget *m_screens; // the tabs, and the lock screen
    QTabWidget *m_tabs;
    ListTableView *m_partijenView;
    ListTableView *m_klantcontactenView;
    MainStatusBar *m_statusBar;
    ContactPanel *m_contactPanel = nullptr;
    QDockWidget *m_contactDock = nullptr;
    QLabel *m_userLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    PartijZoekenWidget *m_zoeken = nullptr;
    WerkvoorraadWidget *m_werkvoorraad = nullptr;
    SupervisorWidget *m_supervisor = nullptr;
    QLabel *m_takenLabel = nullptr;
    // An incoming call's number being searched; the contact hears what was found.
    QString m_pendingIncoming;
    // What was in the search box for each parked contact.
    QHash<QUuid, QString> m_parkedSearches;
    QWidget *m_supervisorRefused = nullptr; // the Supervisor tab without the supervisor role
    SessionLock *m_lock = nullptr;
    InactivityWatch *m_inactivity = nullptr;
    QString m_lockedIncoming; // a call that came in while the desk was locked
};

} // namespace kcc::ui
