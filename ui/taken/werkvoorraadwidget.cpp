#include "ui/taken/werkvoorraadwidget.h"

#include "model/taken/taakqueuemodel.h"
#include "ui/taken/taakdetailwidget.h"
#include "ui/widgets/listtableview.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/rowstatedelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

namespace kcc::ui {

namespace {

constexpr int refreshIntervalMs = 60 * 1000;

} // namespace

WerkvoorraadWidget::WerkvoorraadWidget(const CallFlowContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_banner(new MessageBanner(this))
    , m_views(new QTabBar(this))
    , m_afdelingLabel(new QLabel(tr("Afdeling:"), this))
    , m_afdeling(new QComboBox(this))
    , m_handeling(new QComboBox(this))
    , m_kanaal(new QComboBox(this))
    , m_teLaat(new QCheckBox(tr("Only overdue"), this))
    , m_sort(new QComboBox(this))
    , m_pakOp(new QPushButton(tr("Pick up (Ctrl+P)"), this))
    , m_open(new QPushButton(tr("Open (Enter)"), this))
    , m_refresh(new QPushButton(tr("Refresh (F5)"), this))
    , m_empty(new QLabel(this))
    , m_view(new ListTableView(this))
    , m_model(nullptr)
    , m_detail(new TaakDetailWidget(context, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_timer(new QTimer(this))
{
    Q_ASSERT(context.werkvoorraad && context.taakActies && context.lidmaatschap);
    setObjectName(QStringLiteral("werkvoorraad"));
    m_views->setObjectName(QStringLiteral("werkvoorraadViews"));
    m_views->setDocumentMode(true);
    m_views->setDrawBase(false);
    m_views->setExpanding(false);
    m_views->addTab(tr("My tasks"));
    m_views->addTab(tr("Afdeling"));
    m_views->addTab(tr("History"));
    m_views->setTabToolTip(MijnView, tr("Open tasks assigned to you (Alt+1)"));
    m_views->setTabToolTip(AfdelingView, tr("Open tasks of an afdeling you belong to; pick one up (Alt+2)"));
    m_views->setTabToolTip(HistorieView, tr("Tasks you handled (Alt+3)"));
    m_afdeling->setObjectName(QStringLiteral("afdelingCombo"));
    m_afdelingLabel->setBuddy(m_afdeling);
    m_handeling->setObjectName(QStringLiteral("handelingFilter"));
    m_kanaal->setObjectName(QStringLiteral("kanaalFilter"));
    m_teLaat->setObjectName(QStringLiteral("teLaatFilter"));
    m_sort->setObjectName(QStringLiteral("sortCombo"));
    m_pakOp->setObjectName(QStringLiteral("pakOpButton"));
    m_pakOp->setToolTip(tr("Take the selected task from the afdeling's queue: it becomes yours"));
    m_open->setObjectName(QStringLiteral("openTaakButton"));
    m_refresh->setObjectName(QStringLiteral("refreshWerkvoorraadButton"));
    m_empty->setObjectName(QStringLiteral("werkvoorraadEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("werkvoorraadView"));
    m_timer->setObjectName(QStringLiteral("werkvoorraadTimer"));

    fillFilters();
    fillAfdelingen();

    m_model = new TaakQueueModel(context.werkvoorraad, context.user, currentFilter(), context.now, this);
    QHash<QString, QString> kanaalLabels;
    for (int i = 1; i < m_kanaal->count(); ++i)
        kanaalLabels.insert(m_kanaal->itemData(i).toString(), m_kanaal->itemText(i));
    m_model->setKanaalLabels(kanaalLabels);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RowStateDelegate(TaakQueueModel::OnderwerpColumn, m_view));
    m_view->fitColumnsToContents(260);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_afdelingLabel);
    filters->addWidget(m_afdeling);
    auto *handelingLabel = new QLabel(tr("Action:"), this);
    handelingLabel->setBuddy(m_handeling);
    filters->addWidget(handelingLabel);
    filters->addWidget(m_handeling);
    auto *kanaalLabel = new QLabel(tr("Channel:"), this);
    kanaalLabel->setBuddy(m_kanaal);
    filters->addWidget(kanaalLabel);
    filters->addWidget(m_kanaal);
    filters->addStretch(1);
    // The second row keeps the tab narrow enough for the contact panel beside it (1366 px).
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_teLaat);
    auto *sortLabel = new QLabel(tr("Sort:"), this);
    sortLabel->setBuddy(m_sort);
    actions->addWidget(sortLabel);
    actions->addWidget(m_sort);
    actions->addStretch(1);
    actions->addWidget(m_refresh);
    actions->addWidget(m_open);
    actions->addWidget(m_pakOp);
    for (QComboBox *combo : {m_afdeling, m_handeling, m_kanaal, m_sort}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_empty);
    m_splitter->setObjectName(QStringLiteral("werkvoorraadSplitter"));
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_views);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_splitter, 1);
    setFocusProxy(m_view);

    for (int i = 0; i < ViewCount; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showView(View(i)); });
        m_viewShortcuts.append(shortcut);
    }
    auto *pakOpShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this);
    pakOpShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pakOpShortcut, &QShortcut::activated, this, &WerkvoorraadWidget::pakOp);

    connect(m_views, &QTabBar::currentChanged, this, [this](int index) {
        if (m_applying)
            return;
        m_applying = true;
        // History reads best newest first, the open queues oldest first.
        m_sort->setCurrentIndex(
            m_sort->findData(int(index == HistorieView ? TaakSort::NieuwsteEerst : TaakSort::OudsteEerst)));
        m_applying = false;
        applyFilter();
    });
    for (QComboBox *combo : {m_afdeling, m_handeling, m_kanaal, m_sort})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_teLaat, &QCheckBox::toggled, this, [this] { applyFilter(); });
    connect(m_pakOp, &QPushButton::clicked, this, &WerkvoorraadWidget::pakOp);
    connect(m_open, &QPushButton::clicked, this, &WerkvoorraadWidget::openCurrent);
    connect(m_refresh, &QPushButton::clicked, this, &WerkvoorraadWidget::refresh);
    connect(m_view, &QAbstractItemView::activated, this, [this] { openCurrent(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WerkvoorraadWidget::updateButtons);
    connect(m_model, &TaakQueueModel::fetchFailed, this,
            [this](const QString &message) { m_banner->showMessage(message, MessageBanner::Error); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &WerkvoorraadWidget::updateButtons);
    connect(m_detail, &TaakDetailWidget::taakChanged, this, [this] {
        m_model->reload();
        selectTaak(m_detail->taak());
        refreshCounts();
    });
    connect(m_detail, &TaakDetailWidget::closeRequested, this, [this] { m_view->setFocus(Qt::OtherFocusReason); });
    connect(m_timer, &QTimer::timeout, this, &WerkvoorraadWidget::refresh);
    m_timer->start(refreshIntervalMs);

    if (!m_model->lastError().isEmpty())
        m_banner->showMessage(m_model->lastError(), MessageBanner::Error);
    refreshCounts();
    updateButtons();
}

WerkvoorraadWidget::~WerkvoorraadWidget() = default;

void WerkvoorraadWidget::fillFilters()
{
    m_handeling->addItem(tr("All actions"), QString());
    m_kanaal->addItem(tr("All channels"), QString());
    if (m_context.codeLists) {
        if (const auto handelingen = m_context.codeLists->entries(CodeList::GevraagdeHandeling)) {
            // The task stores the handeling's text, so the filter matches on the label.
            for (const CodeListEntry &entry : handelingen.value())
                m_handeling->addItem(entry.label, entry.label);
        }
        if (const auto kanalen = m_context.codeLists->entries(CodeList::Kanaal)) {
            for (const CodeListEntry &entry : kanalen.value())
                m_kanaal->addItem(entry.label, entry.code);
        }
    }
    m_sort->addItem(tr("Oldest first"), int(TaakSort::OudsteEerst));
    m_sort->addItem(tr("Newest first"), int(TaakSort::NieuwsteEerst));
    m_sort->addItem(tr("By action"), int(TaakSort::Handeling));
    m_sort->addItem(tr("By klant"), int(TaakSort::Klant));
}

void WerkvoorraadWidget::fillAfdelingen()
{
    const Result<QList<Actor>> afdelingen = m_context.lidmaatschap->zichtbareAfdelingen(m_context.user);
    if (!afdelingen) {
        m_banner->showMessage(afdelingen.error().message, MessageBanner::Error);
        return;
    }
    QList<QUuid> shown;
    for (int i = 0; i < m_afdeling->count(); ++i)
        shown.append(m_afdeling->itemData(i).toUuid());
    QList<QUuid> visible;
    for (const Actor &afdeling : afdelingen.value())
        visible.append(afdeling.uuid);
    if (shown == visible && !shown.isEmpty())
        return; // unchanged: the timer leaves the chooser (and an open popup) alone
    const QUuid current = m_afdeling->currentData().toUuid();
    m_applying = true;
    m_afdeling->clear();
    for (const Actor &afdeling : afdelingen.value())
        m_afdeling->addItem(afdeling.naam, afdeling.uuid);
    const int index = m_afdeling->findData(current);
    m_afdeling->setCurrentIndex(index >= 0 ? index : 0);
    m_applying = false;
    const bool any = m_afdeling->count() > 0;
    m_views->setTabEnabled(AfdelingView, any);
    if (!any)
        m_views->setTabToolTip(AfdelingView, tr("You are not a member of any afdeling."));
}

TaakQueueFilter WerkvoorraadWidget::currentFilter() const
{
    TaakQueueFilter filter;
    switch (currentView()) {
    case MijnView:
        filter.queue = TaakQueue::Mijn;
        break;
    case AfdelingView:
        filter.queue = TaakQueue::Afdeling;
        filter.afdeling = m_afdeling->currentData().toUuid();
        break;
    case HistorieView:
    case ViewCount:
        filter.queue = TaakQueue::Historie;
        break;
    }
    filter.gevraagdeHandeling = m_handeling->currentData().toString();
    filter.kanaal = m_kanaal->currentData().toString();
    filter.alleenTeLaat = m_teLaat->isChecked();
    filter.sort = TaakSort(m_sort->currentData().toInt());
    return filter;
}

WerkvoorraadWidget::View WerkvoorraadWidget::currentView() const
{
    const int index = m_views->currentIndex();
    return index >= 0 && index < ViewCount ? View(index) : MijnView;
}

void WerkvoorraadWidget::showView(View view)
{
    if (m_views->isTabEnabled(view))
        m_views->setCurrentIndex(view);
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void WerkvoorraadWidget::applyFilter()
{
    if (m_applying || !m_model)
        return;
    m_banner->hideMessage();
    m_model->setFilter(currentFilter());
    if (m_model->rowCount() > 0) {
        m_view->fitColumnsToContents(260);
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
    updateViewTitles();
    updateButtons();
}

void WerkvoorraadWidget::selectTaak(const QUuid &taak)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowAt(row)->uuid == taak) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            return;
        }
    }
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void WerkvoorraadWidget::refresh()
{
    const QModelIndex current = m_view->currentIndex();
    const QUuid currentTaak = current.isValid() ? current.data(UuidRole).toUuid() : QUuid();
    fillAfdelingen();
    if (currentView() == AfdelingView && m_model->filter().afdeling != m_afdeling->currentData().toUuid())
        m_model->setFilter(currentFilter()); // the chosen afdeling is no longer one of theirs
    else
        m_model->reload();
    if (!m_model->lastError().isEmpty())
        m_banner->showMessage(m_model->lastError(), MessageBanner::Error);
    selectTaak(currentTaak);
    m_detail->reload();
    refreshCounts();
}

void WerkvoorraadWidget::refreshCounts()
{
    const Result<TaakCounts> counts = m_context.werkvoorraad->counts(m_context.user);
    if (!counts) {
        m_banner->showMessage(counts.error().message, MessageBanner::Error);
        return;
    }
    m_counts = counts.value();
    updateViewTitles();
    emit countsChanged(m_counts);
}

void WerkvoorraadWidget::updateViewTitles()
{
    //: Sub-view of the work queue with the number of open tasks
    m_views->setTabText(MijnView, tr("My tasks (%1)").arg(m_counts.mijn));
    m_views->setTabText(AfdelingView, tr("Afdeling (%1)").arg(m_counts.afdelingen));
    m_views->setTabText(HistorieView, tr("History"));
    const qint64 shown = m_model ? m_model->totalCount() : 0;
    if (shown == 0) {
        m_empty->setText(currentView() == HistorieView ? tr("You have not handled any task yet.")
                                                       : tr("No tasks waiting here."));
        m_empty->show();
    } else {
        m_empty->setText(tr("%n task(s) in this list", nullptr, int(shown)));
        m_empty->show();
    }
}

void WerkvoorraadWidget::updateButtons()
{
    const bool afdeling = currentView() == AfdelingView;
    m_afdelingLabel->setVisible(afdeling);
    m_afdeling->setVisible(afdeling);
    const bool hasRow = m_view->currentIndex().isValid();
    m_open->setEnabled(hasRow);
    m_pakOp->setVisible(currentView() == AfdelingView);
    m_pakOp->setEnabled(hasRow && currentView() == AfdelingView);
}

void WerkvoorraadWidget::setViewShortcutsEnabled(bool enabled)
{
    for (QShortcut *shortcut : std::as_const(m_viewShortcuts))
        shortcut->setEnabled(enabled);
}

QString WerkvoorraadWidget::tabTitle() const
{
    const int open = m_counts.mijn + m_counts.afdelingen;
    const int teLaat = m_counts.mijnTeLaat + m_counts.afdelingenTeLaat;
    if (teLaat > 0) {
        //: Main window tab: open tasks and how many are overdue
        return tr("Work queue (%1 · %2 overdue)").arg(open).arg(teLaat);
    }
    //: Main window tab with the number of open tasks
    return tr("Work queue (%1)").arg(open);
}

QString WerkvoorraadWidget::countsText() const
{
    return tr("My tasks: %1 (%2 overdue) · Afdelingen: %3 (%4 overdue)")
        .arg(m_counts.mijn)
        .arg(m_counts.mijnTeLaat)
        .arg(m_counts.afdelingen)
        .arg(m_counts.afdelingenTeLaat);
}

bool WerkvoorraadWidget::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    if (!m_detail->showTaak(current.data(UuidRole).toUuid()))
        return false;
    m_detail->focusTaak();
    return true;
}

bool WerkvoorraadWidget::pakOp()
{
    const QModelIndex current = m_view->currentIndex();
    if (currentView() != AfdelingView || !current.isValid())
        return false;
    const QUuid taak = current.data(UuidRole).toUuid();
    const QString referentie = m_model->rowAt(current.row())->referentienummer;
    const Result<> taken = m_context.taakActies->pakOp(m_context.user, taak);
    if (!taken) {
        // Most often another seat was first: the list shows where the task went, the banner who has it.
        m_model->reload();
        selectTaak(taak);
        refreshCounts();
        m_banner->showMessage(taken.error().message, MessageBanner::Error);
        return false;
    }
    m_model->reload();
    selectTaak(QUuid());
    refreshCounts();
    m_banner->showMessage(tr("Task %1 is yours now and is listed under My tasks.").arg(referentie),
                          MessageBanner::Positive);
    if (m_detail->showTaak(taak))
        m_detail->focusTaak();
    return true;
}

} // namespace kcc::ui
