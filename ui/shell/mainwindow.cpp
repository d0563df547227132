#include "ui/shell/mainwindow.h"

#include "model/callflow/contactsession.h"
#include "model/lists/klantcontacttablemodel.h"
#include "model/lists/partijtablemodel.h"
#include "ui/beheer/beheerdialog.h"
#include "ui/callflow/contactpanel.h"
#include "ui/callflow/steps/klantkeuzewidget.h"
#include "ui/callflow/transferappenddialog.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/klantbeeld/klantcontactdetailopener.h"
#include "ui/privacy/verwerkingendialog.h"
#include "ui/search/partijzoekenwidget.h"
#include "ui/shell/inactivitywatch.h"
#include "ui/shell/keyoverviewdialog.h"
#include "ui/shell/liverefresh.h"
#include "ui/shell/lockscreen.h"
#include "ui/shell/mainstatusbar.h"
#include "ui/shell/refusedscreen.h"
#include "ui/shell/sessionlock.h"
#include "ui/sync/conflictdialog.h"
#include "ui/sync/synclogdialog.h"
#include "ui/taken/supervisorwidget.h"
#include "ui/taken/taakdetailwidget.h"
#include "ui/taken/werkvoorraadwidget.h"
#include "ui/widgets/listtableview.h"
#include "ui/widgets/markericons.h"
#include "ui/widgets/palette.h"
#include "ui/widgets/rowstatedelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace kcc::ui {

MainWindow::MainWindow(const Sources &sources, QWidget *parent)
    : QMainWindow(parent)
    , m_sources(sources)
    , m_partijModel(new PartijTableModel(sources.partijen, this))
    , m_klantcontactModel(new KlantcontactTableModel(sources.klantcontacten, this))
    , m_screens(new QStackedWidget(this))
    , m_tabs(new QTabWidget(m_screens))
    , m_partijenView(new ListTableView(m_tabs))
    , m_klantcontactenView(new ListTableView(m_tabs))
    , m_statusBar(new MainStatusBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());

    m_partijenView->setObjectName(QStringLiteral("partijenView"));
    m_partijenView->setModel(m_partijModel);
    m_partijenView->setItemDelegate(new RowStateDelegate(PartijTableModel::NaamColumn, m_partijenView));
    m_partijenView->fitColumnsToContents();

    m_klantcontactenView->setObjectName(QStringLiteral("klantcontactenView"));
    m_klantcontactenView->setModel(m_klantcontactModel);
    m_klantcontactenView->setItemDelegate(
        new RowStateDelegate(KlantcontactTableModel::OnderwerpColumn, m_klantcontactenView));
    m_klantcontactenView->fitColumnsToContents(420);

    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_partijenView, tr("Partijen"));
    m_tabs->addTab(m_klantcontactenView, tr("Klantcontacten"));
    // The keyboard stays in the list after switching tabs.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (QWidget *page = m_tabs->widget(index))
            page->setFocus(Qt::OtherFocusReason);
    });
    m_screens->setObjectName(QStringLiteral("mainScreens"));
    m_screens->addWidget(m_tabs);
    setCentralWidget(m_screens);

    setStatusBar(m_statusBar);
    m_statusBar->setDatabase(m_sources.databasePath, m_sources.demo);

    connect(m_partijModel, &PartijTableModel::fetchFailed, this, &MainWindow::showFetchError);
    connect(m_klantcontactModel, &KlantcontactTableModel::fetchFailed, this, &MainWindow::showFetchError);

    createMenus();
    updateTitle();
    updateCounts();
    // The constructors read the first page before anyone could listen.
    for (const QString &error : {m_partijModel->lastError(), m_klantcontactModel->lastError()}) {
        if (!error.isEmpty())
            showFetchError(error);
    }
    setFocusProxy(m_tabs);
    // Arrow keys work at once: the first row is current, the keyboard in the list.
    for (ListTableView *view : {m_partijenView, m_klantcontactenView}) {
        if (view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
    }
    m_partijenView->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu = fileMenu;
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu = viewMenu;
    QAction *partijen = viewMenu->addAction(tr("&Partijen"));
    partijen->setObjectName(QStringLiteral("showPartijenAction"));
    partijen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(partijen, &QAction::triggered, this, [this] { showTab(PartijenTab); });
    QAction *klantcontacten = viewMenu->addAction(tr("&Klantcontacten"));
    klantcontacten->setObjectName(QStringLiteral("showKlantcontactenAction"));
    klantcontacten->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(klantcontacten, &QAction::triggered, this, [this] { showTab(KlantcontactenTab); });
    viewMenu->addSeparator();
    QAction *refreshAction = viewMenu->addAction(tr("&Refresh"));
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *keys = helpMenu->addAction(tr("&Keyboard shortcuts"));
    keys->setObjectName(QStringLiteral("keyOverviewAction"));
    keys->setShortcut(QKeySequence(Qt::Key_F1));
    connect(keys, &QAction::triggered, this, &MainWindow::showKeyOverview);
    QAction *about = helpMenu->addAction(tr("&About KCC Werkplek"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createContactDock(const CallFlowContext &context)
{
    m_contactPanel = new ContactPanel(context, this);
    m_contactDock = new QDockWidget(tr("Contact"), this);
    m_contactDock->setObjectName(QStringLiteral("contactDock"));
    m_contactDock->setFeatures(QDockWidget::DockWidgetMovable);
    m_contactDock->setWidget(m_contactPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_contactDock);
    // Wide enough for every step without scrolling sideways, and narrow enough to leave the
    // klantbeeld beside it on a 1366 px screen; the medewerker can drag the edge either way.
    resizeDocks({m_contactDock}, {660}, Qt::Horizontal);
    m_contactDock->hide();
}

void MainWindow::setCallFlow(const CallFlowContext &context)
{
    createContactDock(context);

    auto *newContact = new QAction(tr("&New contact"), this);
    newContact->setObjectName(QStringLiteral("newContactAction"));
    newContact->setShortcut(QKeySequence(Qt::Key_F2));
    newContact->setToolTip(tr("Start registering a contact (F2)"));
    connect(newContact, &QAction::triggered, this, [this] { startContact(); });
    m_fileMenu->insertAction(m_fileMenu->actions().value(0), newContact);
    // Issue 10, item 5: a call waiting during a contact is taken without losing the open one.
    auto *parkAndTake = new QAction(tr("&Park and take the waiting call"), this);
    parkAndTake->setObjectName(QStringLiteral("parkAndTakeAction"));
    parkAndTake->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    parkAndTake->setToolTip(tr("Park the open contact (the caller on hold) and take the waiting call (Ctrl+Shift+A)"));
    connect(parkAndTake, &QAction::triggered, this, &MainWindow::takeWaitingCall);
    connect(m_contactPanel, &ContactPanel::takeWaitingCallRequested, this, &MainWindow::takeWaitingCall);
    m_fileMenu->insertAction(m_fileMenu->actions().value(1), parkAndTake);
    // C0534: the colleague who took over a transferred call adds the answer afterwards.
    auto *transferAppend = new QAction(tr("Add to a &transferred call..."), this);
    transferAppend->setObjectName(QStringLiteral("transferAppendAction"));
    transferAppend->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    transferAppend->setEnabled(context.registration != nullptr);
    connect(transferAppend, &QAction::triggered, this, [this, context] {
        if (auto *open = findChild<TransferAppendDialog *>(); open) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto *dialog = new TransferAppendDialog(context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &TransferAppendDialog::appended, this, &MainWindow::refresh);
        dialog->show();
    });
    m_fileMenu->insertAction(m_fileMenu->actions().value(2), transferAppend);
    m_fileMenu->insertSeparator(m_fileMenu->actions().value(3));
    // Issue 10: another medewerker takes the seat without quitting.
    auto *signOutAction = new QAction(tr("Sign &out"), this);
    signOutAction->setObjectName(QStringLiteral("signOutAction"));
    signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    signOutAction->setToolTip(tr("Sign out; an unfinished contact is kept as a draft (Ctrl+Shift+L)"));
    connect(signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    m_fileMenu->insertAction(m_fileMenu->actions().value(m_fileMenu->actions().size() - 1), signOutAction);
    QToolBar *toolBar = addToolBar(tr("Contact"));
    toolBar->setObjectName(QStringLiteral("contactToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(newContact);

    // Beheer only for a beheerder; the roles are read from the account, not from the sign-in copy.
    const Result<QStringList> roles =
        context.accounts ? context.accounts->roles(context.user.actor) : Result<QStringList>(QStringList());
    auto *beheer = new QAction(tr("&Administration..."), this);
    beheer->setObjectName(QStringLiteral("beheerAction"));
    beheer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    const bool beheerder = roles && roles.value().contains(AccountRole::beheerder());
    beheer->setEnabled(context.actors && context.codeLists);
    // Non-modal: a beheerder who is also on a call must still reach the contact panel.
    connect(beheer, &QAction::triggered, this, [this, context, beheerder] {
        if (!beheerder) {
            showBeheerRefused(); // issue 10: say why rather than a silently dead menu item
            return;
        }
        if (auto *open = findChild<BeheerDialog *>(); open) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto *dialog = new BeheerDialog(context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, &MainWindow::refresh);
        dialog->show();
    });
    QMenu *beheerMenu = new QMenu(tr("&Administration"), this);
    beheerMenu->setObjectName(QStringLiteral("beheerMenu"));
    beheerMenu->addAction(beheer);
    beheerMenu->addAction(verwerkingenAction(context, roles && roles.value().contains(AccountRole::privacy())));
    const auto refused = [this] { showBeheerRefused(); };
    beheerMenu->addActions({SyncLogDialog::action(this, context.syncLog, beheerder, refused),
                            ConflictDialog::action(this, context.partijConflicts, context.user, beheerder, refused)});
    menuBar()->insertMenu(menuBar()->actions().value(menuBar()->actions().size() - 1), beheerMenu);

    if (context.search && context.klantbeeld) {
        createZoeken(context);
        connectZoekenToContact();
    }
    // Werkvoorraad for everyone signed in, Supervisor only with that role (the services check again).
    if (context.werkvoorraad) {
        createTaken(context, roles && roles.value().contains(AccountRole::supervisor()));
        connect(m_contactPanel, &ContactPanel::activeChanged, m_werkvoorraad,
                [this](bool active) { m_werkvoorraad->setViewShortcutsEnabled(!active); });
    }

    m_userLabel = new QLabel(tr("Signed in: %1").arg(context.user.naam), this);
    m_userLabel->setObjectName(QStringLiteral("signedInLabel"));
    m_statusBar->addPermanentWidget(m_userLabel);

    connect(m_contactPanel, &ContactPanel::registered, m_statusBar, &MainStatusBar::setLastRegistration);
    auto *copyReferentie = new QAction(tr("&Copy the last reference number"), this);
    copyReferentie->setObjectName(QStringLiteral("copyReferentieAction"));
    copyReferentie->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copyReferentie, &QAction::triggered, this, [this] {
        if (!m_statusBar->lastRegistration().isEmpty()) {
            QGuiApplication::clipboard()->setText(m_statusBar->lastRegistration());
            m_statusBar->showMessage(tr("Reference number %1 copied.").arg(m_statusBar->lastRegistration()), 5000);
        }
    });
    m_fileMenu->insertAction(m_fileMenu->actions().value(3), copyReferentie);
    connect(m_contactPanel, &ContactPanel::contactEnded, this, [this](const QString &message) {
        // Another open contact came to the front: the panel stays, with that contact's klantbeeld.
        const bool nextInFront = m_contactPanel->isActive();
        QSet<QUuid> open;
        for (const OpenContact &contact : m_contactPanel->openContacts())
            open.insert(contact.session.uuid);
        m_parkedSearches.removeIf([&open](const auto &entry) { return !open.contains(entry.key()); });
        if (!nextInFront) {
            m_contactDock->hide();
            if (m_zoeken) {
                m_zoeken->klantbeeld()->setRestricted(false);
                m_zoeken->setNewContactEnabled(true);
            }
        }
        refresh();
        // Non-modal: the confirmation with the referentienummers stays readable in the status bar.
        m_statusBar->showMessage(m_contactPanel->hasWaitingCall()
                                     ? tr("%1 A call is waiting: Ctrl+Shift+A takes it.").arg(message)
                                     : message,
                                 30000);
        if (!nextInFront)
            m_partijenView->setFocus(Qt::OtherFocusReason);
    });

    // Issue 10, item 7: Enter on a klantcontact opens it, in the list and in every klantbeeld's
    // history (the Zoeken tab's and the contact panel's, both made above).
    if (context.klantcontactDetail) {
        auto *opener = new KlantcontactDetailOpener(context.klantcontactDetail, context.user, this);
        connect(opener, &KlantcontactDetailOpener::failed, this,
                [this](const QString &message) { m_statusBar->showMessage(message, 10000); });
        opener->attach(m_klantcontactenView);
        for (KlantbeeldWidget *klantbeeld : findChildren<KlantbeeldWidget *>())
            opener->attach(klantbeeld->historyView());
    }
    createLock(context);
}

void MainWindow::createLock(const CallFlowContext &context)
{
    if (!context.accounts)
        return; // nobody could unlock it
    auto *lockScreen = new LockScreen(*context.accounts, context.user, m_screens);
    m_screens->addWidget(lockScreen);
    m_lock = new SessionLock(this, m_screens, lockScreen);
    m_inactivity = new InactivityWatch(context.now, this);
    m_inactivity->setObjectName(QStringLiteral("inactivityWatch"));
    m_inactivity->setTimeout(m_sources.lockAfter);
    connect(m_inactivity, &InactivityWatch::idle, this, &MainWindow::lock);
    connect(lockScreen, &LockScreen::unlocked, this, [this] {
        m_lock->unlock();
        m_inactivity->setPaused(false);
        if (!m_lockedIncoming.isEmpty())
            startContact(std::exchange(m_lockedIncoming, QString()));
    });
    connect(lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOut);
    // Issue 15: the medewerker leaving the desk locks it at once.
    auto *lockAction = new QAction(tr("&Lock"), this);
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setToolTip(tr("Lock the desk when you leave it; your password unlocks it (Ctrl+L)"));
    connect(lockAction, &QAction::triggered, this, &MainWindow::lock);
    m_fileMenu->insertAction(findChild<QAction *>(QStringLiteral("signOutAction")), lockAction);
}

void MainWindow::lock()
{
    if (!m_lock || m_lock->isLocked())
        return;
    m_inactivity->setPaused(true);
    m_lock->lock();
}

bool MainWindow::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

void MainWindow::signOut()
{
    // The panel keeps the open contact as a draft; the next sign-in of that medewerker offers it.
    if (m_contactPanel && m_contactPanel->isActive())
        m_contactPanel->saveDraft();
    emit signOutRequested();
}

void MainWindow::showKeyOverview()
{
    if (auto *open = findChild<KeyOverviewDialog *>(); open) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new KeyOverviewDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Esc closes it and the keyboard is back where it was, also without a window manager.
    connect(dialog, &QDialog::finished, this, [this] { activateWindow(); });
    dialog->show();
}

QAction *MainWindow::verwerkingenAction(const CallFlowContext &context, bool privacyOfficer)
{
    // Issue 15: the verwerkingenlog only for the privacy officer (the service checks again); the
    // others are told why, as for Beheer.
    auto *action = new QAction(tr("&Verwerkingenlog..."), this);
    action->setObjectName(QStringLiteral("verwerkingenAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    action->setEnabled(context.verwerkingenInzage != nullptr);
    connect(action, &QAction::triggered, this, [this, context, privacyOfficer] {
        if (!privacyOfficer) {
            showRefused(QStringLiteral("verwerkingenRefusedDialog"), tr("Verwerkingenlog"),
                        tr("Only for the privacy officer"),
                        tr("The verwerkingenlog (who looked at whose data) needs the role privacyfunctionaris, which "
                           "your account does not have. Ask a beheerder if you need it."));
            return;
        }
        if (auto *open = findChild<VerwerkingenDialog *>(); open) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto *dialog = new VerwerkingenDialog(context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this] { activateWindow(); });
        dialog->show();
    });
    return action;
}

void MainWindow::showBeheerRefused()
{
    showRefused(QStringLiteral("beheerRefusedDialog"), tr("Administration"), tr("Only for beheerders"),
                tr("Administration (medewerkers, afdelingen and code lists) needs the role "
                   "beheerder, which your account does not have. Ask a beheerder if you need it."));
}

void MainWindow::showRefused(const QString &name, const QString &windowTitle, const QString &title,
                             const QString &reason)
{
    if (auto *open = findChild<QDialog *>(name); open) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(windowTitle);
    auto *screen = new RefusedScreen(title, reason, dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(screen, 1);
    layout->addWidget(buttons);
    dialog->resize(480, 220);
    connect(dialog, &QDialog::finished, this, [this] { activateWindow(); });
    dialog->show();
    screen->setFocus(Qt::OtherFocusReason);
}

void MainWindow::startContact(const QString &incomingNumber)
{
    if (!m_contactPanel)
        return;
    if (isLocked()) {
        // Nothing opens behind the lock screen; the call is taken once the medewerker is back.
        if (!incomingNumber.isEmpty())
            m_lockedIncoming = incomingNumber;
        return;
    }
    m_contactDock->show();
    if (m_contactPanel->isActive()) {
        // An incoming call during a contact does not replace it: it waits until the medewerker
        // parks the open contact and takes it (Ctrl+Shift+A).
        if (!incomingNumber.isEmpty()) {
            m_statusBar->showMessage(
                tr("Incoming call from %1 while a contact is open: Ctrl+Shift+A parks it and takes the call.")
                    .arg(incomingNumber));
            m_contactPanel->announceWaitingCall(incomingNumber);
            m_contactPanel->setFocus();
            return;
        }
        // F2 during a contact: the open one is parked (its caller on hold) and a clean one starts,
        // as the waiting call's key does; the switcher (F4) brings the parked one back.
        m_statusBar->clearMessage();
        m_contactPanel->parkAndStart(QString());
        if (!m_zoeken)
            return;
        m_tabs->setCurrentWidget(m_zoeken);
        m_zoeken->focusSearch();
        return;
    }
    // A new caller starts with an empty search and no klantbeeld.
    if (m_zoeken)
        m_zoeken->startOver();
    m_contactPanel->startContact(incomingNumber);
    if (!m_zoeken)
        return;
    m_tabs->setCurrentWidget(m_zoeken);
    if (incomingNumber.isEmpty()) {
        m_zoeken->focusSearch();
    } else {
        m_pendingIncoming = incomingNumber;
        m_zoeken->searchFor(incomingNumber);
    }
}

void MainWindow::takeWaitingCall()
{
    if (!m_contactPanel || !m_contactPanel->hasWaitingCall()) {
        m_statusBar->showMessage(tr("No call is waiting."), 5000);
        return;
    }
    const QString number = m_contactPanel->takeWaitingCall();
    if (!m_contactPanel->isActive()) {
        startContact(number);
        return;
    }
    m_contactDock->show();
    m_statusBar->clearMessage(); // it asked for this; the panel says who is on hold
    // The panel says switching() first, so the search starts over before the new contact shows.
    m_contactPanel->parkAndStart(number);
    if (!m_zoeken)
        return;
    m_tabs->setCurrentWidget(m_zoeken);
    m_pendingIncoming = number;
    m_zoeken->searchFor(number);
}

bool MainWindow::offerDraft()
{
    if (!m_contactPanel || m_contactPanel->isActive() || !m_contactPanel->offerDraft())
        return false;
    m_contactDock->show();
    return true;
}

void MainWindow::createZoeken(const CallFlowContext &context)
{
    m_zoeken = new PartijZoekenWidget(context.search, context.klantbeeld, context.user, m_tabs);
    m_zoeken->setNewContactEnabled(true);
    m_zoeken->setEditService(context.partijEdit);
    connect(m_zoeken, &PartijZoekenWidget::newContactRequested, this, &MainWindow::startContactWith);
    m_zoeken->setBrp(context.brp);
    m_zoeken->setOpenKlant(context.serverLookup, context.openKlantHerkomst);
    connect(m_zoeken, &PartijZoekenWidget::nieuwePartijRequested, this, &MainWindow::startContactWithNieuwePartij);
    connect(m_zoeken, &PartijZoekenWidget::partijSaved, this, [this](const QUuid &partij) {
        // The contact's own copy of its partij (step 1, the registration's context) is read again.
        if (m_contactPanel && m_contactPanel->isActive() && m_contactPanel->session().partij == partij)
            m_contactPanel->klantKeuze()->choosePartij(partij);
        m_partijModel->reload();
        m_statusBar->showMessage(tr("The partij was saved."), 5000);
    });
    m_tabs->insertTab(0, m_zoeken, tr("Search"));
    m_tabs->setCurrentWidget(m_zoeken);
    auto *zoekAction = new QAction(tr("&Search partij"), this);
    zoekAction->setObjectName(QStringLiteral("searchPartijAction"));
    zoekAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::Key_F3)});
    zoekAction->setToolTip(tr("Search a partij by name, BSN, phone number, e-mail or postcode (Ctrl+F)"));
    connect(zoekAction, &QAction::triggered, this, &MainWindow::focusSearch);
    m_viewMenu->insertAction(m_viewMenu->actions().value(0), zoekAction);
    m_zoeken->focusSearch();
}

void MainWindow::focusSearch()
{
    if (!m_zoeken)
        return;
    m_tabs->setCurrentWidget(m_zoeken);
    m_zoeken->focusSearch();
}

void MainWindow::startContactWith(const QUuid &partij)
{
    if (!m_contactPanel)
        return;
    if (m_contactPanel->isActive()) {
        // One contact at a time: the open contact is not replaced.
        m_contactDock->show();
        m_statusBar->showMessage(tr("Finish or cancel the open contact first."), 10000);
        m_contactPanel->setFocus();
        return;
    }
    m_contactDock->show();
    m_contactPanel->startContact();
    m_contactPanel->klantKeuze()->choosePartij(partij);
    m_contactPanel->saveDraft();
    m_contactPanel->goToStep(ContactPanel::AuthenticatieStep);
}

void MainWindow::startContactWithNieuwePartij(const NieuwePartij &partij)
{
    if (!m_contactPanel)
        return;
    if (!m_contactPanel->isActive()) {
        m_contactDock->show();
        m_contactPanel->startContact();
    }
    // During a contact the person from the BRP becomes that contact's new partij.
    m_contactDock->show();
    m_contactPanel->klantKeuze()->chooseNieuwePartij(partij);
    m_contactPanel->saveDraft();
    m_contactPanel->goToStep(ContactPanel::AuthenticatieStep);
}

void MainWindow::connectZoekenToContact()
{
    // One search and one klantbeeld serve the Zoeken tab and the contact: a klantbeeld opened
    // during a contact is the contact's partij, and the contact's partij is the klantbeeld shown.
    connect(m_zoeken, &PartijZoekenWidget::partijOpened, this, [this](const QUuid &partij) {
        if (!m_contactPanel->isActive() || m_contactPanel->session().partij == std::optional<QUuid>(partij))
            return;
        m_contactPanel->klantKeuze()->choosePartij(partij);
    });
    connect(m_zoeken, &PartijZoekenWidget::klantbeeldCleared, this, [this] {
        if (m_contactPanel->isActive())
            m_contactPanel->klantKeuze()->clearPartij();
    });
    connect(m_zoeken, &PartijZoekenWidget::searchFinished, this, [this](const QString &query, int hits) {
        if (m_pendingIncoming.isEmpty() || query != m_pendingIncoming.trimmed())
            return;
        const QString number = std::exchange(m_pendingIncoming, QString());
        m_contactPanel->incomingNumberSearched(number, hits);
    });
    connect(m_contactPanel, &ContactPanel::partijChanged, this, [this] {
        if (!m_contactPanel->isActive())
            return;
        m_zoeken->setNewContactEnabled(false);
        const auto &chosen = m_contactPanel->klantKeuze()->klantbeeld();
        const auto &shown = m_zoeken->klantbeeld()->klantbeeld();
        if (chosen && (!shown || shown->partij.uuid != chosen->partij.uuid))
            m_zoeken->openPartij(chosen->partij.uuid);
        else if (!chosen && shown)
            m_zoeken->klantbeeld()->clear();
    });
    connect(m_contactPanel, &ContactPanel::authenticationChanged, this, [this](bool authenticated) {
        m_zoeken->klantbeeld()->setRestricted(m_contactPanel->isActive() && !authenticated);
    });
    connect(m_contactPanel, &ContactPanel::searchRequested, this, &MainWindow::focusSearch);
    // Another open contact comes to the front: the last one's search and klantbeeld go (its search
    // text is kept for when it comes back), and until the panel says otherwise the klantbeeld shows
    // only what authentication needs.
    connect(m_contactPanel, &ContactPanel::switching, this, [this](const QUuid &from, const QUuid &to) {
        m_pendingIncoming.clear();
        m_parkedSearches.insert(from, m_zoeken->searchEdit()->text());
        m_zoeken->klantbeeld()->setRestricted(true);
        m_zoeken->restoreSearch(m_parkedSearches.take(to));
    });
}

void MainWindow::createTaken(const CallFlowContext &context, bool supervisor)
{
    m_werkvoorraad = new WerkvoorraadWidget(context, m_tabs);
    m_tabs->addTab(m_werkvoorraad, m_werkvoorraad->tabTitle());
    m_takenLabel = new QLabel(this);
    m_takenLabel->setObjectName(QStringLiteral("takenCountsLabel"));
    m_statusBar->addPermanentWidget(m_takenLabel);
    connect(m_werkvoorraad, &WerkvoorraadWidget::countsChanged, this, &MainWindow::updateTakenCounts);
    auto *werkvoorraad = new QAction(tr("&Work queue"), this);
    werkvoorraad->setObjectName(QStringLiteral("showWerkvoorraadAction"));
    werkvoorraad->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(werkvoorraad, &QAction::triggered, this, &MainWindow::showWerkvoorraad);
    QAction *separator = m_viewMenu->actions().value(m_viewMenu->actions().size() - 2);
    m_viewMenu->insertAction(separator, werkvoorraad);
    // Issue 10: the tab and Ctrl+4 are there for everyone; without the role the tab says why instead
    // of the supervisor screen, which is then not built at all.
    auto *supervisorAction = new QAction(tr("S&upervisor"), this);
    supervisorAction->setObjectName(QStringLiteral("showSupervisorAction"));
    supervisorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(supervisorAction, &QAction::triggered, this, &MainWindow::showSupervisor);
    m_viewMenu->insertAction(separator, supervisorAction);
    if (supervisor) {
        m_supervisor = new SupervisorWidget(context, m_tabs);
        m_tabs->addTab(m_supervisor, tr("Supervisor"));
        connect(m_supervisor, &SupervisorWidget::takenChanged, m_werkvoorraad, &WerkvoorraadWidget::refresh);
        connect(m_werkvoorraad->detail(), &TaakDetailWidget::taakChanged, m_supervisor, &SupervisorWidget::refresh);
        connect(m_supervisor, &SupervisorWidget::taakActivated, this, [this](const QUuid &taak) {
            m_tabs->setCurrentWidget(m_werkvoorraad);
            if (m_werkvoorraad->detail()->showTaak(taak))
                m_werkvoorraad->detail()->focusTaak();
        });
    } else {
        m_supervisorRefused = new RefusedScreen(
            tr("Only for supervisors"),
            tr("The Supervisor screen (backlog per afdeling and medewerker, assigning tasks, figures) needs the "
               "role supervisor, which your account does not have. A beheerder can give it under Administration."),
            m_tabs);
        m_supervisorRefused->setObjectName(QStringLiteral("supervisorRefused"));
        m_tabs->addTab(m_supervisorRefused, tr("Supervisor"));
    }
    if (m_sources.changes)
        new LiveRefresh(m_sources.changes, m_werkvoorraad, m_supervisor, m_statusBar, this);
    updateTakenCounts();
}

void MainWindow::updateTakenCounts()
{
    if (!m_werkvoorraad)
        return;
    m_tabs->setTabText(m_tabs->indexOf(m_werkvoorraad), m_werkvoorraad->tabTitle());
    m_takenLabel->setText(m_werkvoorraad->countsText());
    const TaakCounts &counts = m_werkvoorraad->counts();
    const bool teLaat = counts.mijnTeLaat + counts.afdelingenTeLaat > 0;
    m_takenLabel->setStyleSheet(
        teLaat ? QStringLiteral("QLabel{%1;font-weight:bold}").arg(Palette::textStyle(Palette::overdueText()))
               : QString());
}

void MainWindow::showWerkvoorraad()
{
    if (!m_werkvoorraad)
        return;
    m_tabs->setCurrentWidget(m_werkvoorraad);
    m_werkvoorraad->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showSupervisor()
{
    if (!m_supervisor) {
        if (m_supervisorRefused) {
            m_tabs->setCurrentWidget(m_supervisorRefused);
            m_supervisorRefused->setFocus(Qt::ShortcutFocusReason);
        }
        return;
    }
    m_tabs->setCurrentWidget(m_supervisor);
    m_supervisor->refresh();
    m_supervisor->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showTab(Tab tab)
{
    // By page, not index: the Zoeken tab (with a call flow) comes before the lists.
    m_tabs->setCurrentWidget(tab == KlantcontactenTab ? m_klantcontactenView : m_partijenView);
    m_tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::refresh()
{
    m_partijModel->reload();
    m_klantcontactModel->reload();
    if (m_werkvoorraad)
        m_werkvoorraad->refresh();
    if (m_supervisor)
        m_supervisor->refresh();
    if (m_zoeken)
        m_zoeken->refresh();
    updateCounts();
    m_statusBar->showMessage(tr("Lists refreshed"), 3000);
}

void MainWindow::updateTitle()
{
    const QString file = QFileInfo(m_sources.databasePath).fileName();
    if (m_sources.demo) {
        //: Window title on demo data; %1 is the database file name
        setWindowTitle(tr("KCC Werkplek — %1 — DEMO").arg(file));
    } else {
        //: Window title; %1 is the database file name
        setWindowTitle(tr("KCC Werkplek — %1").arg(file));
    }
}

void MainWindow::updateCounts()
{
    const qint64 partijen = m_partijModel->totalCount();
    m_statusBar->setCounts(partijen, m_klantcontactModel->totalCount());
    if (partijen == 0 && !m_sources.demo) {
        m_statusBar->showMessage(
            tr("The database is still empty. Start with --demo to try KCC Werkplek on demo data."));
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About KCC Werkplek"),
                       tr("<h3>KCC Werkplek %1</h3>"
                          "<p>The workstation of the municipality's customer contact centre (KCC), "
                          "built on the VNG Klantinteracties API.</p>"
                          "<p>Database: %2</p>")
                           .arg(QApplication::applicationVersion(), m_sources.databasePath.toHtmlEscaped()));
}

void MainWindow::showFetchError(const QString &message)
{
    m_statusBar->showMessage(tr("The list could not be read: %1").arg(message));
}

} // namespace kcc::ui
