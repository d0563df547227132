#include "ui/search/partijzoekenwidget.h"

#include "model/brp/brpovername.h"
#include "model/brp/brppersonen.h"
#include "model/search/partijsearchmodel.h"
#include "model/sync/serverlookup.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/partij/partijeditordialog.h"
#include "ui/search/brpzoekendialog.h"
#include "ui/widgets/columnfitter.h"
#include "ui/widgets/listtableview.h"
#include "ui/widgets/rowstatedelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace kcc::ui {

PartijZoekenWidget::PartijZoekenWidget(AsyncPartijSearch *search, KlantbeeldService *klantbeeld,
                                       const SignedInActor &viewer, QWidget *parent)
    : QWidget(parent)
    , m_klantbeeldService(klantbeeld)
    , m_viewer(viewer)
    , m_model(new PartijSearchModel(search, this))
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_results(new ListTableView(this))
    , m_klantbeeldTitle(new QLabel(this))
    , m_newContact(new QPushButton(tr("&New contact with this partij"), this))
    // No Alt-letter: every letter of "Partij wijzigen" is taken by a field of some step beside it.
    , m_editPartij(new QPushButton(tr("Edit partij…"), this))
    , m_klantbeeld(new KlantbeeldWidget(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("partijZoeken"));
    m_search->setObjectName(QStringLiteral("zoekenEdit"));
    m_search->setPlaceholderText(tr("Search partij: name, BSN, phone number, e-mail, postcode…"));
    m_search->setToolTip(tr("Also KvK number, vestigingsnummer, RSIN, postcode with house number, partij number "
                            "and klantcontact reference number (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_search->setFont(big);
    m_search->setMinimumHeight(m_search->sizeHint().height() + 6);
    m_status->setObjectName(QStringLiteral("zoekenStatus"));
    m_status->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("zoekenResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new RowStateDelegate(PartijSearchModel::NaamColumn, m_results));
    // "Gevonden via" holds whole e-mail addresses; Soort and Nummer need little. Narrower than
    // these (1366 px with the contact panel beside it) all shrink alike: no sideways scrolling.
    static_assert(PartijSearchModel::LetOpColumn + 1 == PartijSearchModel::ColumnCount);
    new ColumnFitter(m_results, {180, 95, 62, 215, 90});
    m_klantbeeldTitle->setObjectName(QStringLiteral("klantbeeldTitle"));
    m_klantbeeldTitle->setText(tr("<b>Klantbeeld</b>"));
    m_newContact->setObjectName(QStringLiteral("newContactWithPartijButton"));
    m_newContact->setToolTip(tr("Starts registering a contact with this partij already chosen (Alt+N)"));
    m_newContact->setEnabled(false);
    m_editPartij->setObjectName(QStringLiteral("editPartijButton"));
    m_editPartij->setToolTip(tr("Correct the names, addresses, digital addresses and language of this partij "
                                "(Ctrl+Shift+E); during a contact after the caller is authenticated"));
    m_editPartij->hide();
    m_klantbeeld->setService(klantbeeld, viewer);
    connect(m_klantbeeld, &KlantbeeldWidget::bsnRefused, m_status, &QLabel::setText);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMilliseconds);

    auto *label = new QLabel(tr("Search partij:"), this);
    label->setBuddy(m_search);
    label->setFont(big);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(label);
    searchRow->addWidget(m_search, 1);
    // Issue 15: shown once setBrp() gives the look-up.
    m_brpZoeken = new QPushButton(tr("Search in the BRP…"), this);
    m_brpZoeken->setObjectName(QStringLiteral("brpZoekenButton"));
    m_brpZoeken->setToolTip(tr("A caller who is not yet a partij: look them up in the BRP by BSN, or by surname and "
                               "date of birth (Ctrl+Shift+P)"));
    m_brpZoeken->hide();
    searchRow->addWidget(m_brpZoeken);

    auto *resultsBox = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_status);
    resultsLayout->addWidget(m_results, 1);

    auto *klantbeeldBox = new QWidget(this);
    auto *klantbeeldLayout = new QVBoxLayout(klantbeeldBox);
    klantbeeldLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_klantbeeldTitle, 1);
    titleRow->addWidget(m_editPartij);
    titleRow->addWidget(m_newContact);
    klantbeeldLayout->addLayout(titleRow);
    klantbeeldLayout->addWidget(m_klantbeeld, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(resultsBox);
    splitter->addWidget(klantbeeldBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({660, 740});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_quiet = false; });
    connect(m_debounce, &QTimer::timeout, this, &PartijZoekenWidget::searchNow);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        // Also while Open Klant is being asked: its hits are entered as local ones would be.
        if (m_model->state() == PartijSearchModel::State::Searching || m_serverTicket != 0)
            m_enterPending = true;
        else
            enterResults();
    });
    connect(m_model, &PartijSearchModel::stateChanged, this, &PartijZoekenWidget::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PartijZoekenWidget::updateStatus);
    connect(m_model, &PartijSearchModel::searchFinished, this, [this] {
        updateStatus();
        const bool afterEdit = std::exchange(m_reloadAfterEdit, false);
        if (afterEdit) {
            emit searchFinished(m_model->query(), m_model->rowCount());
            return;
        }
        const bool quiet = std::exchange(m_quiet, false);
        if (m_model->rowCount() > 0) {
            m_results->setCurrentIndex(m_model->index(0, 0));
        } else if (!quiet && m_klantbeeld->hasKlantbeeld()) {
            // Nobody found: the klantbeeld of an earlier search must not pass for this one.
            m_klantbeeld->clear();
            m_newContact->setEnabled(false);
            updateEditButton();
            emit klantbeeldCleared();
        }
        emit searchFinished(m_model->query(), m_model->rowCount());
        // Nobody here: Open Klant may know them. Enter pressed meanwhile waits for its hits.
        if (!quiet && m_model->rowCount() == 0 && lookUpOnServer())
            return;
        if (m_enterPending) {
            m_enterPending = false;
            enterResults();
        } else if (!quiet && m_model->rowCount() == 1 && m_model->atEnd()) {
            // The only hit: show it at once, without taking the keyboard out of the box.
            openCurrent();
        }
    });
    connect(m_results, &QAbstractItemView::activated, this, &PartijZoekenWidget::openCurrent);
    connect(m_klantbeeld, &KlantbeeldWidget::partijActivated, this, &PartijZoekenWidget::openPartij);
    connect(m_newContact, &QPushButton::clicked, this, [this] {
        if (m_klantbeeld->hasKlantbeeld())
            emit newContactRequested(m_klantbeeld->klantbeeld()->partij.uuid);
    });
    connect(m_editPartij, &QPushButton::clicked, this, &PartijZoekenWidget::editPartij);
    auto *editShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this);
    editShortcut->setObjectName(QStringLiteral("editPartijShortcut"));
    connect(editShortcut, &QShortcut::activated, this, &PartijZoekenWidget::editPartij);
    connect(m_brpZoeken, &QPushButton::clicked, this, &PartijZoekenWidget::openBrpZoeken);
    auto *brpShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this);
    brpShortcut->setObjectName(QStringLiteral("brpZoekenShortcut"));
    connect(brpShortcut, &QShortcut::activated, this, &PartijZoekenWidget::openBrpZoeken);
    connect(m_klantbeeld, &KlantbeeldWidget::restrictedChanged, this, &PartijZoekenWidget::updateEditButton);
    m_search->installEventFilter(this);
    m_results->installEventFilter(this);
    m_klantbeeld->installEventFilter(this);
    updateStatus();
}

PartijZoekenWidget::~PartijZoekenWidget() = default;

void PartijZoekenWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PartijZoekenWidget::refresh()
{
    if (const auto &shown = m_klantbeeld->klantbeeld())
        openPartij(shown->partij.uuid);
}

void PartijZoekenWidget::setEditService(PartijEditService *service)
{
    m_editService = service;
    m_editPartij->setVisible(service != nullptr);
    updateEditButton();
}

void PartijZoekenWidget::updateEditButton()
{
    m_editPartij->setEnabled(m_editService && m_klantbeeld->hasKlantbeeld() && !m_klantbeeld->isRestricted());
}

void PartijZoekenWidget::editPartij()
{
    updateEditButton();
    if (!m_editPartij->isEnabled())
        return;
    if (auto *open = findChild<PartijEditorDialog *>(); open) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new PartijEditorDialog(m_editService, *m_klantbeeld->klantbeeld(), m_viewer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PartijEditorDialog::saved, this, [this](const QUuid &partij) {
        // What was corrected shows at once: the klantbeeld and the hits (name, postcode, ...).
        const auto &shown = m_klantbeeld->klantbeeld();
        if (shown && shown->partij.uuid == partij)
            openPartij(partij);
        if (m_model->state() != PartijSearchModel::State::Idle) {
            // The hits are read again, but the klantbeeld stays: the partij may no longer match.
            m_reloadAfterEdit = true;
            m_model->reload();
        }
        emit partijSaved(partij);
    });
    connect(dialog, &QDialog::finished, this, [this] { m_editPartij->setFocus(Qt::OtherFocusReason); });
    dialog->show();
}

void PartijZoekenWidget::setBrp(BrpPersonen *brp)
{
    // Offered only where the beheerder has set up the BRP (Beheer, BRP).
    m_brp = brp && brp->isConfigured() ? brp : nullptr;
    m_brpZoeken->setVisible(m_brp != nullptr);
    updateStatus();
}

void PartijZoekenWidget::openBrpZoeken()
{
    if (!m_brp)
        return;
    if (auto *open = findChild<BrpZoekenDialog *>(); open) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new BrpZoekenDialog(m_brp, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->prefill(m_search->text());
    connect(dialog, &BrpZoekenDialog::overnemen, this,
            [this](const BrpPersoon &persoon) { emit nieuwePartijRequested(nieuwePartijUitBrp(persoon)); });
    dialog->show();
}

void PartijZoekenWidget::setNewContactEnabled(bool enabled)
{
    m_newContactEnabled = enabled;
    m_newContact->setVisible(enabled);
    m_newContact->setEnabled(enabled && m_klantbeeld->hasKlantbeeld());
}

bool PartijZoekenWidget::openPartij(const QUuid &partij)
{
    const Result<Klantbeeld> loaded = m_klantbeeldService->load(partij, m_viewer, 0);
    if (!loaded) {
        m_status->setText(loaded.error().message);
        return false;
    }
    m_klantbeeld->setKlantbeeld(loaded.value());
    pullHistory(partij);
    m_newContact->setEnabled(m_newContactEnabled);
    updateEditButton();
    emit partijOpened(partij);
    return true;
}

void PartijZoekenWidget::searchFor(const QString &text)
{
    m_quiet = false;
    m_search->setText(text);
    searchNow();
}

void PartijZoekenWidget::restoreSearch(const QString &text)
{
    startOver();
    if (text.isEmpty())
        return;
    m_search->setText(text);
    m_quiet = true;
    searchNow();
    // Too short to search: nothing will arrive to be quiet about.
    m_quiet = m_model->state() == PartijSearchModel::State::Searching;
}

void PartijZoekenWidget::startOver()
{
    m_quiet = false;
    m_search->clear();
    m_debounce->stop();
    m_enterPending = false;
    m_reloadAfterEdit = false;
    forgetServerLookUp();
    m_model->setQuery(QString());
    m_klantbeeld->clear();
    m_newContact->setEnabled(false);
    updateEditButton();
}

void PartijZoekenWidget::searchNow()
{
    m_debounce->stop();
    if (m_search->text().trimmed() != m_model->query())
        forgetServerLookUp();
    m_reloadAfterEdit = false;
    m_model->setQuery(m_search->text());
}

void PartijZoekenWidget::enterResults()
{
    const int rows = m_model->rowCount();
    if (rows == 1) {
        m_results->setCurrentIndex(m_model->index(0, 0));
        openCurrent();
    } else if (rows > 1) {
        m_results->setFocus(Qt::OtherFocusReason);
        if (!m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_model->index(0, 0));
    }
}

void PartijZoekenWidget::openCurrent()
{
    const QModelIndex current = m_results->currentIndex();
    if (const PartijFinderRow *row = current.isValid() ? m_model->rowAt(current.row()) : nullptr)
        openPartij(row->uuid);
}

void PartijZoekenWidget::updateStatus()
{
    QString text;
    switch (m_model->state()) {
    case PartijSearchModel::State::Idle:
        text = tr("Type at least two characters: a name, BSN, KvK number, phone number, e-mail address, postcode "
                  "(with house number), partij number or klantcontact reference number.");
        break;
    case PartijSearchModel::State::Searching:
        text = tr("Searching…");
        break;
    case PartijSearchModel::State::Failed:
        text = tr("The search failed: %1").arg(m_model->lastError());
        break;
    case PartijSearchModel::State::Ready: {
        const int rows = m_model->rowCount();
        if (rows == 0 && m_serverState != ServerState::None && m_serverText == m_model->query())
            text = serverStatus();
        else if (rows == 0 && m_brp)
            text =
                tr("Nobody found for “%1”. Not a partij yet? Search in the BRP (Ctrl+Shift+P).").arg(m_model->query());
        else if (rows == 0)
            text = tr("Nobody found for “%1”.").arg(m_model->query());
        else if (m_model->atEnd())
            text = tr("%n partij(en) found. Down and Enter open the klantbeeld.", nullptr, rows);
        else
            text = tr("More than %n partij(en) found (more when scrolling). Down and Enter open the klantbeeld.",
                      nullptr, rows);
        break;
    }
    }
    m_status->setText(text);
}

void PartijZoekenWidget::setOpenKlant(ServerLookup *lookup, OpenKlantHerkomst *herkomst)
{
    if (m_serverLookup)
        disconnect(m_serverLookup, nullptr, this, nullptr);
    m_serverLookup = lookup;
    // Without sync nothing changes: no look-ups and no marks.
    m_model->setHerkomst(lookup ? herkomst : nullptr);
    m_klantbeeld->setHerkomst(lookup ? herkomst : nullptr);
    if (!lookup)
        return;
    connect(lookup, &ServerLookup::lookUpFinished, this, &PartijZoekenWidget::onServerHits);
    connect(lookup, &ServerLookup::lookUpFailed, this, &PartijZoekenWidget::onServerFailed);
    connect(lookup, &ServerLookup::historyPulled, this,
            [this](quint64 ticket, const QUuid &partij) { onHistory(ticket, partij, {}); });
    connect(lookup, &ServerLookup::historyFailed, this,
            [this](quint64 ticket, const QUuid &partij, const QString &error) { onHistory(ticket, partij, error); });
}

bool PartijZoekenWidget::lookUpOnServer()
{
    const QString text = m_model->query();
    // Asked once per text: after its hits came in, the search that lists them finds them here.
    if (!m_serverLookup || m_model->state() != PartijSearchModel::State::Ready || text == m_serverText)
        return false;
    const std::optional<ServerLookup::Request> request = ServerLookup::requestFor(text);
    if (!request)
        return false;
    m_serverText = text;
    m_serverState = ServerState::Searching;
    m_serverTicket = m_serverLookup->lookUp(*request);
    updateStatus();
    return true;
}

void PartijZoekenWidget::forgetServerLookUp()
{
    m_serverTicket = 0;
    m_serverState = ServerState::None;
    m_serverText.clear();
    m_serverError.clear();
}

void PartijZoekenWidget::onServerHits(quint64 ticket, const QList<QUuid> &partijen)
{
    if (ticket == 0 || ticket != m_serverTicket)
        return; // the text changed meanwhile
    m_serverTicket = 0;
    if (partijen.isEmpty()) {
        m_serverState = ServerState::NotFound;
        m_enterPending = false;
        updateStatus();
        return;
    }
    // Stored here now: the ordinary search lists them (logged as every hit) and marks them.
    m_serverState = ServerState::Found;
    m_model->reload();
}

void PartijZoekenWidget::onServerFailed(quint64 ticket, const QString &message)
{
    if (ticket == 0 || ticket != m_serverTicket)
        return;
    m_serverTicket = 0;
    m_serverState = ServerState::Failed;
    m_serverError = message;
    m_enterPending = false;
    updateStatus();
}

QString PartijZoekenWidget::serverStatus() const
{
    const QString query = m_model->query();
    switch (m_serverState) {
    case ServerState::Searching:
        return tr("Nobody found here for “%1”. Searching in Open Klant…").arg(query);
    case ServerState::Failed:
        // %2 says what went wrong in its own words ("The server could not be reached: …"), so the
        // line does not say "not reachable" itself.
        return tr("Nobody found here for “%1”. Asking Open Klant failed: %2").arg(query, m_serverError);
    case ServerState::Found: // stored here, but the search does not list them (it could not be stored whole)
        return tr("Nobody found for “%1”.").arg(query);
    case ServerState::NotFound:
        if (m_brp)
            return tr("Nobody found for “%1”, also not in Open Klant. Not a partij yet? Search in the BRP "
                      "(Ctrl+Shift+P).")
                .arg(query);
        return tr("Nobody found for “%1”, also not in Open Klant.").arg(query);
    case ServerState::None:
        break;
    }
    return {};
}

void PartijZoekenWidget::pullHistory(const QUuid &partij)
{
    if (!m_serverLookup)
        return;
    // 0: pulled a moment ago (or under way); the klantbeeld just read has what it brought.
    if (const quint64 ticket = m_serverLookup->pullHistory(partij)) {
        m_historyTicket = ticket;
        m_historyPartij = partij;
        m_klantbeeld->setHistoryNote(tr("Fetching the contact history from Open Klant…"));
    } else if (m_historyTicket == 0 || m_historyPartij != partij) {
        m_klantbeeld->setHistoryNote(QString());
    }
}

void PartijZoekenWidget::onHistory(quint64 ticket, const QUuid &partij, const QString &error)
{
    const auto &shown = m_klantbeeld->klantbeeld();
    const bool isShown = shown && shown->partij.uuid == partij;
    if (ticket == m_historyTicket) {
        m_historyTicket = 0;
        m_klantbeeld->setHistoryNote(QString());
    }
    if (!isShown)
        return;
    if (!error.isEmpty()) {
        m_klantbeeld->setHistoryNote(
            tr("Asking Open Klant failed: %1 The history shows what this desk knows.").arg(error));
        return;
    }
    // Contacts registered elsewhere may have come in, now or by the runner's own pull meanwhile:
    // the history shows them (the klantbeeld was logged when it was opened; reading its history
    // again is no new look, and one indexed page).
    m_klantbeeld->reloadHistory();
}

bool PartijZoekenWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_model->rowCount() > 0) {
            // Always the best match first, also when coming back from a row further down.
            m_results->setFocus(Qt::OtherFocusReason);
            m_results->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
        // The line edit would take Ctrl+F as "cursor forward" itself: the search shortcut wins.
        if ((key->key() == Qt::Key_F && key->modifiers() == Qt::ControlModifier) || key->key() == Qt::Key_F3) {
            focusSearch();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    } else if (watched == m_results) {
        const bool atTop = m_results->currentIndex().row() <= 0;
        if (key->key() == Qt::Key_Escape || (key->key() == Qt::Key_Up && atTop)) {
            focusSearch();
            return true;
        }
    } else if (watched == m_klantbeeld && key->key() == Qt::Key_Escape) {
        focusSearch();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kcc::ui
