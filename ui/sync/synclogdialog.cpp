#include "ui/sync/synclogdialog.h"

#include "model/apijson/apijson.h"
#include "ui/sync/synclogmodel.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kcc::ui {

namespace {

// Empty: no bound; nullopt: not a date.
std::optional<QDate> parseDate(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

// The start of a local day, as the log's UTC times compare.
QDateTime startOf(const QDate &date)
{
    return date.isValid() ? date.startOfDay().toUTC() : QDateTime();
}

} // namespace

SyncLogDialog::SyncLogDialog(SyncLog &log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_uitkomst(new QComboBox(this))
    , m_resource(new QComboBox(this))
    , m_tekst(new QLineEdit(this))
    , m_van(new QLineEdit(this))
    , m_vanMessage(new FieldMessage(m_van, this))
    , m_tot(new QLineEdit(this))
    , m_totMessage(new FieldMessage(m_tot, this))
    , m_show(new QPushButton(tr("&Show"), this))
    , m_banner(new MessageBanner(this))
    , m_count(new QLabel(this))
    , m_previous(new QPushButton(tr("&Previous"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_model(new SyncLogModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("syncLogDialog"));
    setWindowTitle(tr("Sync log"));
    m_uitkomst->setObjectName(QStringLiteral("syncLogUitkomstCombo"));
    m_uitkomst->addItem(tr("All outcomes"), QString());
    for (const SyncUitkomst uitkomst : SyncLogRegel::alleUitkomsten())
        m_uitkomst->addItem(SyncLogRegel::naam(uitkomst), SyncLogRegel::code(uitkomst));
    m_resource->setObjectName(QStringLiteral("syncLogResourceCombo"));
    m_resource->addItem(tr("All resources"), QString());
    for (int i = 0; i <= int(ApiResource::InterneTaken); ++i)
        m_resource->addItem(resourcePath(ApiResource(i)), resourcePath(ApiResource(i)));
    m_tekst->setObjectName(QStringLiteral("syncLogTekstEdit"));
    m_tekst->setPlaceholderText(tr("Part of the message or of a uuid"));
    m_van->setObjectName(QStringLiteral("syncLogVanEdit"));
    m_van->setPlaceholderText(tr("yyyy-mm-dd, empty: from the start"));
    m_vanMessage->setObjectName(QStringLiteral("syncLogVanMessage"));
    m_tot->setObjectName(QStringLiteral("syncLogTotEdit"));
    m_tot->setPlaceholderText(tr("yyyy-mm-dd, empty: until now"));
    m_totMessage->setObjectName(QStringLiteral("syncLogTotMessage"));
    m_show->setObjectName(QStringLiteral("syncLogShowButton"));
    m_show->setDefault(true);
    m_banner->setObjectName(QStringLiteral("syncLogBanner"));
    m_count->setObjectName(QStringLiteral("syncLogCount"));
    m_previous->setObjectName(QStringLiteral("syncLogPreviousButton"));
    m_next->setObjectName(QStringLiteral("syncLogNextButton"));
    m_view->setObjectName(QStringLiteral("syncLogView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(SyncLogModel::BerichtColumn, QHeaderView::Stretch);

    auto *form = new QFormLayout;
    const auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Outcome:"), m_uitkomst);
    addRow(tr("&Resource:"), m_resource);
    addRow(tr("&Text:"), m_tekst);
    addRow(tr("&From:"), m_van);
    form->addRow(QString(), m_vanMessage);
    addRow(tr("&Until (inclusive):"), m_tot);
    form->addRow(QString(), m_totMessage);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_show);
    actions->addStretch(1);
    actions->addWidget(m_count);
    actions->addWidget(m_previous);
    actions->addWidget(m_next);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(m_show, &QPushButton::clicked, this, &SyncLogDialog::showLines);
    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(std::max(0, m_shown.offset - pageSize)); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_shown.offset + pageSize); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1100, 600);
    showLines(); // the newest lines at once: what the beheerder opens the log for
    m_uitkomst->setFocus(Qt::OtherFocusReason);
}

SyncLogDialog::~SyncLogDialog() = default;

QAction *SyncLogDialog::action(QWidget *window, SyncLog *log, bool beheerder, std::function<void()> refused)
{
    auto *action = new QAction(tr("S&ync log..."), window);
    action->setObjectName(QStringLiteral("syncLogAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    action->setEnabled(log != nullptr);
    connect(action, &QAction::triggered, window, [window, log, beheerder, refused = std::move(refused)] {
        if (!beheerder) {
            refused();
            return;
        }
        if (auto *open = window->findChild<SyncLogDialog *>(); open) {
            open->showLines();
            open->raise();
            open->activateWindow();
            return;
        }
        auto *dialog = new SyncLogDialog(*log, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    return action;
}

std::optional<SyncLogFilter> SyncLogDialog::filter()
{
    const std::optional<QDate> van = parseDate(m_van->text());
    const std::optional<QDate> tot = parseDate(m_tot->text());
    m_vanMessage->clearError();
    m_totMessage->clearError();
    for (const auto &[date, message] : {std::pair{van, m_vanMessage}, std::pair{tot, m_totMessage}}) {
        if (!date)
            message->setError(tr("Give a date as yyyy-mm-dd, or leave it empty."));
    }
    if (!van || !tot)
        return std::nullopt;
    if (van->isValid() && tot->isValid() && *tot < *van) {
        m_totMessage->setError(tr("The end comes before the start."));
        return std::nullopt;
    }
    SyncLogFilter filter;
    filter.uitkomst = SyncLogRegel::uitkomstVanCode(m_uitkomst->currentData().toString());
    filter.resource = m_resource->currentData().toString();
    filter.tekst = m_tekst->text().trimmed();
    filter.van = startOf(*van);
    filter.tot = startOf(tot->isValid() ? tot->addDays(1) : QDate()); // the log's end is exclusive
    filter.limit = pageSize;
    return filter;
}

void SyncLogDialog::showLines()
{
    const std::optional<SyncLogFilter> wanted = filter();
    if (!wanted)
        return;
    m_shown = *wanted;
    showPage(0);
}

void SyncLogDialog::showPage(int offset)
{
    m_shown.offset = offset;
    const Result<SyncLogPagina> pagina = m_log.read(m_shown);
    if (!pagina) {
        m_model->setRegels({});
        m_totaal = 0;
        m_count->clear();
        m_banner->showMessage(tr("The sync log cannot be read: %1").arg(pagina.error().message), MessageBanner::Error);
    } else {
        m_banner->hideMessage();
        m_model->setRegels(pagina.value().regels);
        m_totaal = pagina.value().totaal;
        m_count->setText(m_totaal == 0 ? tr("No lines")
                                       : tr("%1-%2 of %n line(s)", nullptr, m_totaal)
                                             .arg(offset + 1)
                                             .arg(offset + int(pagina.value().regels.size())));
    }
    m_previous->setEnabled(offset > 0);
    m_next->setEnabled(offset + pageSize < m_totaal);
    m_view->resizeColumnToContents(SyncLogModel::TijdColumn);
}

} // namespace kcc::ui
