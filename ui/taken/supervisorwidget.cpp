#include "ui/taken/supervisorwidget.h"

#include "model/taken/taakqueuemodel.h"
#include "ui/beheer/taaknormeneditor.h"
#include "ui/taken/taakcijferswidget.h"
#include "ui/widgets/listtableview.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/palette.h"
#include "ui/widgets/rowstatedelegate.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kcc::ui {

namespace {

TaakQueueFilter openTakenVan(const TaakBacklogRow *row)
{
    TaakQueueFilter filter;
    filter.queue = TaakQueue::Alle;
    filter.status = TaakStatus::TeVerwerken;
    filter.sort = TaakSort::OudsteEerst;
    if (row) {
        if (row->soortActor == SoortActor::OrganisatorischeEenheid)
            filter.afdeling = row->actor;
        else
            filter.medewerker = row->actor;
    }
    return filter;
}

} // namespace

SupervisorWidget::SupervisorWidget(const CallFlowContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_banner(new MessageBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_backlog(new QTableWidget(this))
    , m_takenTitle(new QLabel(this))
    , m_takenView(new ListTableView(this))
    , m_takenModel(nullptr)
    , m_toewijzen(new QPushButton(tr("&Assign… (Ctrl+T)"), this))
    , m_toewijzenBox(new QGroupBox(tr("Assign the selected tasks"), this))
    , m_naar(new QComboBox(this))
    , m_toelichting(new QLineEdit(this))
    , m_confirm(new QPushButton(tr("Assign (Ctrl+Enter)"), this))
    , m_cijfers(new TaakCijfersWidget(context, this))
    , m_normen(new TaakNormenEditor(context, this))
{
    Q_ASSERT(context.werkvoorraad && context.supervisie);
    setObjectName(QStringLiteral("supervisor"));
    m_banner->setObjectName(QStringLiteral("supervisorBanner"));
    m_tabs->setObjectName(QStringLiteral("supervisorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createBacklogPage(), tr("&Backlog"));
    m_tabs->addTab(m_cijfers, tr("&Figures"));
    m_tabs->addTab(m_normen, tr("&Norms"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_backlog);

    fillActors();
    refresh();
}

SupervisorWidget::~SupervisorWidget() = default;

QWidget *SupervisorWidget::createBacklogPage()
{
    auto *page = new QWidget(this);
    m_backlog->setObjectName(QStringLiteral("backlogTable"));
    m_backlog->setColumnCount(BacklogColumnCount);
    m_backlog->setHorizontalHeaderLabels(
        {tr("Afdeling or medewerker"), tr("Kind"), tr("Open"), tr("Overdue"), tr("Oldest waiting")});
    m_backlog->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_backlog->setSelectionMode(QAbstractItemView::SingleSelection);
    m_backlog->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_backlog->setTabKeyNavigation(false);
    m_backlog->verticalHeader()->hide();
    m_backlog->horizontalHeader()->setSectionResizeMode(NaamColumn, QHeaderView::Stretch);
    for (int column = SoortColumn; column < BacklogColumnCount; ++column)
        m_backlog->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_backlog->setToolTip(tr("Oldest first; rows with overdue tasks are highlighted"));

    m_takenTitle->setObjectName(QStringLiteral("supervisorTakenTitle"));
    m_takenModel =
        new TaakQueueModel(m_context.werkvoorraad, m_context.user, openTakenVan(nullptr), m_context.now, this);
    if (m_context.codeLists) {
        QHash<QString, QString> labels;
        if (const auto kanalen = m_context.codeLists->entries(CodeList::Kanaal, true)) {
            for (const CodeListEntry &entry : kanalen.value())
                labels.insert(entry.code, entry.label);
        }
        m_takenModel->setKanaalLabels(labels);
    }
    m_takenView->setObjectName(QStringLiteral("supervisorTakenView"));
    m_takenView->setModel(m_takenModel);
    m_takenView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_takenView->setItemDelegate(new RowStateDelegate(TaakQueueModel::OnderwerpColumn, m_takenView));
    m_takenView->fitColumnsToContents(240);

    m_toewijzen->setObjectName(QStringLiteral("toewijzenButton"));
    m_toewijzen->setToolTip(
        tr("Assign the selected tasks (Shift or Ctrl for several) to another medewerker or afdeling"));
    m_toewijzenBox->setObjectName(QStringLiteral("toewijzenBox"));
    m_naar->setObjectName(QStringLiteral("toewijzenCombo"));
    m_toelichting->setObjectName(QStringLiteral("toewijzenToelichting"));
    m_toelichting->setMaxLength(1000);
    m_toelichting->setPlaceholderText(tr("Why (kept in the task log)"));
    m_confirm->setObjectName(QStringLiteral("confirmToewijzenButton"));
    auto *cancel = new QPushButton(tr("Cancel (Esc)"), m_toewijzenBox);
    auto *form = new QHBoxLayout(m_toewijzenBox);
    auto *naarLabel = new QLabel(tr("T&o:"), m_toewijzenBox);
    naarLabel->setBuddy(m_naar);
    form->addWidget(naarLabel);
    form->addWidget(m_naar, 1);
    auto *toelichtingLabel = new QLabel(tr("E&xplanation:"), m_toewijzenBox);
    toelichtingLabel->setBuddy(m_toelichting);
    form->addWidget(toelichtingLabel);
    form->addWidget(m_toelichting, 2);
    form->addWidget(cancel);
    form->addWidget(m_confirm);
    m_toewijzenBox->hide();

    auto *takenHeader = new QHBoxLayout;
    takenHeader->addWidget(m_takenTitle, 1);
    takenHeader->addWidget(m_toewijzen);
    auto *takenPane = new QWidget(page);
    auto *takenLayout = new QVBoxLayout(takenPane);
    takenLayout->setContentsMargins(0, 0, 0, 0);
    takenLayout->addLayout(takenHeader);
    takenLayout->addWidget(m_takenView, 1);
    takenLayout->addWidget(m_toewijzenBox);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->addWidget(m_backlog);
    splitter->addWidget(takenPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    auto *assign = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), page);
    assign->setContext(Qt::WidgetWithChildrenShortcut);
    connect(assign, &QShortcut::activated, this, &SupervisorWidget::startToewijzen);
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | key), m_toewijzenBox);
        confirm->setContext(Qt::WidgetWithChildrenShortcut);
        connect(confirm, &QShortcut::activated, this, &SupervisorWidget::toewijzen);
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_toewijzenBox);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    auto closeForm = [this] {
        m_toewijzenBox->hide();
        m_takenView->setFocus(Qt::OtherFocusReason);
    };
    connect(escape, &QShortcut::activated, this, closeForm);
    connect(cancel, &QPushButton::clicked, this, closeForm);
    connect(m_toewijzen, &QPushButton::clicked, this, &SupervisorWidget::startToewijzen);
    connect(m_confirm, &QPushButton::clicked, this, &SupervisorWidget::toewijzen);
    connect(m_backlog, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
        if (row != previous)
            selectBacklogRow(row);
    });
    connect(m_takenView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { emit taakActivated(index.data(UuidRole).toUuid()); });
    connect(m_takenView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SupervisorWidget::updateButtons);
    connect(m_takenModel, &QAbstractItemModel::modelReset, this, &SupervisorWidget::updateButtons);
    connect(m_takenModel, &TaakQueueModel::fetchFailed, this,
            [this](const QString &message) { m_banner->showMessage(message, MessageBanner::Error); });
    return page;
}

void SupervisorWidget::fillActors()
{
    if (!m_context.actors)
        return;
    for (SoortActor soort : {SoortActor::OrganisatorischeEenheid, SoortActor::Medewerker}) {
        const auto actors = m_context.actors->activeActors(soort);
        if (!actors)
            continue;
        for (const Actor &actor : actors.value()) {
            m_naar->addItem(soort == SoortActor::Medewerker ? actor.naam : tr("%1 (afdeling)").arg(actor.naam),
                            actor.uuid);
        }
    }
}

void SupervisorWidget::refresh()
{
    const QUuid current = m_backlog->currentRow() >= 0 && m_backlog->currentRow() < m_rows.size()
                              ? m_rows.at(m_backlog->currentRow()).actor
                              : QUuid();
    const Result<QList<TaakBacklogRow>> backlog = m_context.supervisie->backlog(m_context.user);
    if (!backlog) {
        m_banner->showMessage(backlog.error().message, MessageBanner::Error);
        return;
    }
    m_rows = backlog.value();
    // Oldest waiting first: that is where the klant has been waiting longest.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const TaakBacklogRow &a, const TaakBacklogRow &b) {
        if (a.oudsteToegewezenOp.has_value() != b.oudsteToegewezenOp.has_value())
            return a.oudsteToegewezenOp.has_value();
        return a.oudsteToegewezenOp && *a.oudsteToegewezenOp < *b.oudsteToegewezenOp;
    });
    fillBacklog();
    int row = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).actor == current)
            row = i;
    }
    m_backlog->blockSignals(true);
    if (!m_rows.isEmpty())
        m_backlog->setCurrentCell(row, 0);
    m_backlog->blockSignals(false);
    selectBacklogRow(m_rows.isEmpty() ? -1 : row);
}

void SupervisorWidget::fillBacklog()
{
    m_backlog->setRowCount(int(m_rows.size()));
    const QDateTime now = m_context.now();
    for (int i = 0; i < m_rows.size(); ++i) {
        const TaakBacklogRow &row = m_rows.at(i);
        const QString soort =
            row.soortActor == SoortActor::OrganisatorischeEenheid ? tr("Afdeling") : label(row.soortActor);
        const QString oudste =
            row.oudsteToegewezenOp ? TaakQueueModel::formatAge(*row.oudsteToegewezenOp, now) : QString();
        const QStringList texts = {row.naam, soort, QLocale().toString(row.open), QLocale().toString(row.teLaat),
                                   oudste};
        for (int column = 0; column < BacklogColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setData(Qt::UserRole, row.actor);
            if (column >= OpenColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == OudsteColumn && row.oudsteToegewezenOp)
                item->setToolTip(QLocale().toString(row.oudsteToegewezenOp->toLocalTime(), QLocale::ShortFormat));
            if (row.teLaat > 0) {
                item->setBackground(Palette::overdueRowBackground());
                item->setForeground(Palette::overdueRowText());
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_backlog->setItem(i, column, item);
        }
    }
}

void SupervisorWidget::selectBacklogRow(int row)
{
    const TaakBacklogRow *selected = row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    m_takenModel->setFilter(openTakenVan(selected));
    if (selected) {
        m_takenTitle->setText(
            tr("Open tasks of %1: %2 (%3 overdue)").arg(selected->naam).arg(selected->open).arg(selected->teLaat));
    } else {
        m_takenTitle->setText(tr("Nothing is waiting."));
    }
    if (m_takenModel->rowCount() > 0) {
        m_takenView->fitColumnsToContents(240);
        m_takenView->setCurrentIndex(m_takenModel->index(0, 0));
    }
    updateButtons();
}

void SupervisorWidget::updateButtons()
{
    m_toewijzen->setEnabled(m_takenView->selectionModel()->hasSelection());
}

bool SupervisorWidget::startToewijzen()
{
    if (!m_takenView->selectionModel()->hasSelection())
        return false;
    m_toewijzenBox->setTitle(
        tr("Assign %n selected task(s)", nullptr, int(m_takenView->selectionModel()->selectedRows().size())));
    m_toewijzenBox->show();
    m_naar->setFocus(Qt::ShortcutFocusReason);
    return true;
}

bool SupervisorWidget::toewijzen()
{
    QList<QUuid> taken;
    for (const QModelIndex &index : m_takenView->selectionModel()->selectedRows())
        taken.append(index.data(UuidRole).toUuid());
    if (taken.isEmpty()) {
        m_banner->showMessage(tr("Select the tasks to assign first."), MessageBanner::Warning);
        return false;
    }
    if (m_naar->currentIndex() < 0) {
        m_banner->showMessage(tr("Choose who gets the tasks."), MessageBanner::Warning);
        return false;
    }
    const Result<> assigned = m_context.supervisie->wijsToe(m_context.user, taken, {m_naar->currentData().toUuid()},
                                                            m_toelichting->text().trimmed());
    if (!assigned) {
        // Inline; the choice and the explanation stay.
        m_banner->showMessage(assigned.error().message, MessageBanner::Error);
        return false;
    }
    m_banner->showMessage(tr("%n task(s) assigned to %1.", nullptr, int(taken.size())).arg(m_naar->currentText()),
                          MessageBanner::Positive);
    m_toelichting->clear();
    m_toewijzenBox->hide();
    refresh();
    m_takenView->setFocus(Qt::OtherFocusReason);
    emit takenChanged();
    return true;
}

} // namespace kcc::ui
