#pragma once

#include "model/beheer/accountservice.h"
#include "model/klantbeeld/klantbeeldservice.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace kcc {
class AsyncPartijSearch;
class BrpPersonen;
struct NieuwePartij;
class PartijEditService;
class OpenKlantHerkomst;
class PartijSearchModel;
class ServerLookup;
} // namespace kcc

namespace kcc::ui {

class KlantbeeldWidget;
class ListTableView;

// The "Zoeken" tab (issue 4): one search box that searches as you type, off the UI thread, the
// results under it (lazy, best match first, what matched per row) and the klantbeeld of the
// chosen partij beside them. Keyboard first: type, Down into the results, Enter opens the
// klantbeeld, Esc back to the box. Exactly one hit opens its klantbeeld at once (the focus stays
// in the box, so typing goes on undisturbed).
class PartijZoekenWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartijZoekenWidget)

public:
    // The services must outlive the widget.
    PartijZoekenWidget(AsyncPartijSearch *search, KlantbeeldService *klantbeeld, const SignedInActor &viewer,
                       QWidget *parent = nullptr);
    ~PartijZoekenWidget() override;

    // Puts the keyboard in the search box with its text selected (Ctrl+F, F3).
    void focusSearch();
    // Shows the klantbeeld of this partij; false (with the message shown) when it cannot be read.
    bool openPartij(const QUuid &partij);
    // Puts `text` in the box and searches it at once (an incoming call's number).
    void searchFor(const QString &text);
    // A new caller: empty box, no hits, no klantbeeld.
    void startOver();
    // Another open contact comes back to the front (issue 10, item 5): its search text goes back
    // in the box and its hits are listed, without acting on them - no klantbeeld is opened or
    // cleared, since the contact's partij was already chosen (or not) with that search.
    void restoreSearch(const QString &text);
    // Reads the klantbeeld shown again (after a registration or F5); the results stay as they are.
    void refresh();
    // Enables "New contact with this partij" (the main window has a call flow).
    void setNewContactEnabled(bool enabled);
    // Enables "Edit partij" (issue 10, item 6); `service` must outlive the widget. The button
    // works while a klantbeeld is shown in full: not before the caller is authenticated.
    void setEditService(PartijEditService *service);
    // Issue 15: offers "Search in the BRP…" (the button, Ctrl+Shift+P) for a caller who is not yet
    // a partij; `brp` (the logged look-up) must outlive the widget.
    void setBrp(BrpPersonen *brp);
    void openBrpZoeken();
    // Issue 14: a BSN, KvK-nummer, phone number or e-mail address not found here is looked up on
    // Open Klant and its hits listed, marked "Open Klant"; an opened klantbeeld brings its history
    // from there in the background. Both must outlive the widget; null: only the local search.
    void setOpenKlant(ServerLookup *lookup, OpenKlantHerkomst *herkomst);
    // Opens the partij editor for the klantbeeld shown (the button, Ctrl+Shift+E). Non-modal: a
    // medewerker on a call still reaches the contact panel.
    void editPartij();

    QLineEdit *searchEdit() const { return m_search; }
    KlantbeeldWidget *klantbeeld() const { return m_klantbeeld; }

    // The pause after the last key before the search starts.
    static constexpr int debounceMilliseconds = 120;

signals:
    void newContactRequested(const QUuid &partij);
    // A klantbeeld was opened (Enter on a hit, the only hit, a related partij).
    void partijOpened(const QUuid &partij);
    // The klantbeeld was emptied: the search found nobody.
    void klantbeeldCleared();
    // The first page of a search arrived.
    void searchFinished(const QString &query, int hits);
    // The partij editor saved this partij (the klantbeeld and the hits are read again already).
    void partijSaved(const QUuid &partij);
    // "Overnemen als nieuwe partij" of a person found in the BRP: a contact with a new partij.
    void nieuwePartijRequested(const NieuwePartij &partij);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void searchNow();
    void updateStatus();
    void openCurrent();
    void enterResults();
    void updateEditButton();
    bool lookUpOnServer();
    void forgetServerLookUp();
    void onServerHits(quint64 ticket, const QList<QUuid> &partijen);
    void onServerFailed(quint64 ticket, const QString &message);
    void pullHistory(const QUuid &partij);
    void onHistory(quint64 ticket, const QUuid &partij, const QString &error);
    QString serverStatus() const;

    KlantbeeldService *m_klantbeeldService;
    SignedInActor m_viewer;
    PartijSearchModel *m_model;
    QLineEdit *m_search;
    QLabel *m_status;
    ListTableView *m_results;
    QLabel *m_klantbeeldTitle;
    QPushButton *m_newContact;
    QPushButton *m_editPartij;
    PartijEditService *m_editService = nullptr;
    KlantbeeldWidget *m_klantbeeld;
    QTimer *m_debounce;
    BrpPersonen *m_brp = nullptr;
    QPushButton *m_brpZoeken = nullptr;
    bool m_newContactEnabled = false;
    // Enter was pressed while the first page was still on its way: act when it arrives.
    bool m_enterPending = false;
    // The hits are read again after an edit: that search must not change the klantbeeld.
    bool m_reloadAfterEdit = false;
    // The search on its way was restored, not typed: its hits change nothing.
    bool m_quiet = false;

    // Issue 14: the look-up on Open Klant for the text in m_serverText (asked once per text).
    enum class ServerState
    {
        None,
        Searching,
        Found,
        NotFound,
        Failed
    };
    ServerLookup *m_serverLookup = nullptr;
    ServerState m_serverState = ServerState::None;
    QString m_serverText;
    QString m_serverError;
    quint64 m_serverTicket = 0;
    quint64 m_historyTicket = 0; // the history pull whose note is shown, 0 when none
    QUuid m_historyPartij;
};

} // namespace kcc::ui
