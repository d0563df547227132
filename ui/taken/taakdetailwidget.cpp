#include "ui/taken/taakdetailwidget.h"

#include "model/taken/taakqueuemodel.h"
#include "ui/taken/taakcontactgegevensview.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/palette.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kcc::ui {

namespace {

QTreeWidget *makeTree(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setColumnCount(int(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAllColumnsShowFocus(true);
    tree->setWordWrap(false);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

// How often a shown "open by" is checked again: a seat whose program or connection died sends no
// notification, its mark just stops counting.
constexpr int geopendCheckMs = 3000;

QLabel *makeValue(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

TaakDetailWidget::TaakDetailWidget(const CallFlowContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_banner(new MessageBanner(this))
    , m_title(new QLabel(this))
    , m_geopend(makeValue(QStringLiteral("taakGeopendLabel"), this))
    , m_status(makeValue(QStringLiteral("taakStatusLabel"), this))
    , m_toegewezen(makeValue(QStringLiteral("taakToegewezenLabel"), this))
    , m_toelichting(makeValue(QStringLiteral("taakToelichtingLabel"), this))
    , m_klantcontact(makeValue(QStringLiteral("taakKlantcontactLabel"), this))
    , m_klant(makeValue(QStringLiteral("taakKlantLabel"), this))
    , m_contactgegevens(new TaakContactgegevensView(this))
    , m_acties(new TaakActiesPanel(context, this))
    , m_historyTabs(new QTabWidget(this))
    , m_log(makeTree(QStringLiteral("taakLogView"),
                     {tr("When"), tr("Who"), tr("What"), tr("Assigned to"), tr("Explanation")}, this))
    , m_keten(makeTree(QStringLiteral("taakKetenView"),
                       {tr("Reference"), tr("Action"), tr("Status"), tr("Assigned to"), tr("Assigned on")}, this))
    , m_pogingen(makeTree(QStringLiteral("taakPogingenView"),
                          {tr("Reference"), tr("When"), tr("Channel"), tr("Reached"), tr("Content")}, this))
    , m_placeholder(new QLabel(tr("Choose a task in the list and press Enter to handle it."), this))
    , m_content(new QWidget(this))
    , m_geopendTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("taakDetail"));
    m_banner->setObjectName(QStringLiteral("taakDetailBanner"));
    m_title->setObjectName(QStringLiteral("taakTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_geopend->setStyleSheet(QStringLiteral("QLabel{%1;background:%2;border:1px solid %3;padding:2px 6px}")
                                 .arg(Palette::textStyle(Palette::noticeText()),
                                      Palette::css(Palette::informationBackground()),
                                      Palette::css(Palette::informationBorder())));
    m_geopend->hide();
    m_geopendTimer->setObjectName(QStringLiteral("taakGeopendTimer"));
    m_geopendTimer->setInterval(geopendCheckMs);
    connect(m_geopendTimer, &QTimer::timeout, this, &TaakDetailWidget::refreshGeopend);
    m_placeholder->setObjectName(QStringLiteral("taakPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Assigned to:"), m_toegewezen);
    form->addRow(tr("Explanation:"), m_toelichting);
    form->addRow(tr("Klantcontact:"), m_klantcontact);
    form->addRow(tr("Klant:"), m_klant);
    auto *contactLabel = new QLabel(tr("Con&tact details:"), m_content);
    contactLabel->setBuddy(m_contactgegevens->list());
    form->addRow(contactLabel, m_contactgegevens);

    m_historyTabs->setObjectName(QStringLiteral("taakHistoryTabs"));
    m_historyTabs->addTab(m_log, tr("Log"));
    m_historyTabs->addTab(m_keten, tr("Chain"));
    m_historyTabs->addTab(m_pogingen, tr("Attempts"));
    m_historyTabs->setMinimumHeight(140);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_geopend);
    contentLayout->addLayout(form);
    contentLayout->addWidget(m_acties);
    contentLayout->addWidget(m_historyTabs, 1);
    m_content->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_content, 1);
    setFocusPolicy(Qt::StrongFocus);

    if (context.codeLists) {
        if (const auto kanalen = context.codeLists->entries(CodeList::Kanaal, true)) {
            for (const CodeListEntry &entry : kanalen.value())
                m_kanaalLabels.insert(entry.code, entry.label);
        }
    }

    connect(m_acties, &TaakActiesPanel::failed, this,
            [this](const QString &message) { m_banner->showMessage(message, MessageBanner::Error); });
    connect(m_acties, &TaakActiesPanel::done, this, [this](TaakActiesPanel::Actie, const QString &message) {
        const QUuid changed = taak();
        reload();
        m_banner->showMessage(message, MessageBanner::Positive);
        focusTaak();
        emit taakChanged(changed);
    });
    connect(m_contactgegevens, &TaakContactgegevensView::copied, this, [this](const QString &adres) {
        m_banner->showMessage(tr("%1 copied to the clipboard.").arg(adres), MessageBanner::Information);
    });
    connect(m_keten, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QUuid other = item->data(0, Qt::UserRole).toUuid();
        if (!other.isNull() && other != taak())
            showTaak(other);
    });
}

TaakDetailWidget::~TaakDetailWidget()
{
    // Signing out on one desk closes the window: the task is no longer open here.
    if (m_context.taakGeopend)
        (void)m_context.taakGeopend->markeerGesloten();
}

bool TaakDetailWidget::showTaak(const QUuid &taak)
{
    if (!m_context.werkvoorraad)
        return false;
    Result<TaakDetail> loaded = m_context.werkvoorraad->detail(m_context.user, taak);
    if (!loaded) {
        m_banner->showMessage(loaded.error().message, MessageBanner::Error);
        return false;
    }
    if (!m_detail || m_detail->taak.uuid != taak)
        m_banner->hideMessage();
    m_detail = std::move(loaded).value();
    // Not being able to say "I have it open" must not keep the medewerker from the task.
    if (m_context.taakGeopend) {
        if (Result<> marked = m_context.taakGeopend->markeerOpen(m_context.user, taak); !marked)
            qWarning("Could not record that this seat has the task open: %s", qPrintable(marked.error().message));
    }
    showDetail();
    refreshGeopend();
    return true;
}

void TaakDetailWidget::refreshGeopend()
{
    QStringList wie;
    if (m_detail && m_context.taakGeopend) {
        const Result<QList<TaakGeopend>> anderen = m_context.taakGeopend->openBijAnderen(m_context.user, taak());
        if (!anderen) {
            qWarning("Could not read who else has the task open: %s", qPrintable(anderen.error().message));
        } else {
            for (const TaakGeopend &ander : anderen.value()) {
                //: Who else has the task open: %1 = medewerker, %2 = time (hh:mm)
                wie << tr("%1 since %2").arg(ander.naam, ander.sinds.toLocalTime().toString(QStringLiteral("HH:mm")));
            }
        }
    }
    //: Shown above a task that other seats have open: %1 = "Piet since 10:02, Bas since 10:05"
    m_geopend->setText(wie.isEmpty() ? QString() : tr("Open by %1").arg(wie.join(QStringLiteral(", "))));
    m_geopend->setVisible(!wie.isEmpty());
    if (wie.isEmpty())
        m_geopendTimer->stop();
    else if (!m_geopendTimer->isActive())
        m_geopendTimer->start();
}

void TaakDetailWidget::reload()
{
    if (m_detail)
        showTaak(m_detail->taak.uuid);
}

void TaakDetailWidget::clear()
{
    if (m_context.taakGeopend) {
        if (Result<> closed = m_context.taakGeopend->markeerGesloten(); !closed)
            qWarning("Could not record that this seat closed the task: %s", qPrintable(closed.error().message));
    }
    m_detail.reset();
    refreshGeopend();
    m_acties->clear();
    m_content->hide();
    m_placeholder->show();
    m_banner->hideMessage();
}

void TaakDetailWidget::focusTaak()
{
    if (m_detail && m_contactgegevens->list()->isVisibleTo(this) && m_contactgegevens->list()->topLevelItemCount() > 0)
        m_contactgegevens->list()->setFocus(Qt::OtherFocusReason);
    else
        setFocus(Qt::OtherFocusReason);
}

QString TaakDetailWidget::kanaalLabel(const QString &code) const
{
    return m_kanaalLabels.value(code, code);
}

void TaakDetailWidget::showDetail()
{
    const TaakDetail &d = *m_detail;
    const QString referentie = d.taak.referentienummer.value_or(QString());
    //: Title of the task pane: "Task 1234 — Terugbellen"
    m_title->setText(tr("Task %1 — %2").arg(referentie, d.taak.gevraagdeHandeling));

    const QDateTime end = d.taak.afgehandeldOp.value_or(m_context.now());
    QString status = tr("%1 · %2 since %3")
                         .arg(label(d.taak.status), TaakQueueModel::formatAge(d.taak.toegewezenOp, end),
                              localTime(d.taak.toegewezenOp));
    if (d.taak.afgehandeldOp)
        status = tr("%1 · closed %2 after %3")
                     .arg(label(d.taak.status), localTime(*d.taak.afgehandeldOp),
                          TaakQueueModel::formatAge(d.taak.toegewezenOp, *d.taak.afgehandeldOp));
    if (d.teLaat)
        status += tr(" · OVERDUE");
    m_status->setText(status);
    m_status->setStyleSheet(
        d.teLaat ? QStringLiteral("QLabel{%1;font-weight:bold}").arg(Palette::textStyle(Palette::overdueText()))
                 : QString());
    const QString namen = d.toegewezenAanNamen.join(QStringLiteral(", "));
    if (d.laatstToegewezenOp.isValid() && d.laatstToegewezenOp != d.taak.toegewezenOp) {
        //: %1 = when the task was created, %2 = the current assignees, %3 = when it was last assigned
        m_toegewezen->setText(tr("Created %1 · assigned to %2 on %3")
                                  .arg(localTime(d.taak.toegewezenOp), namen, localTime(d.laatstToegewezenOp)));
    } else {
        m_toegewezen->setText(namen);
    }
    m_toelichting->setText(d.taak.toelichting.isEmpty() ? tr("(none)") : d.taak.toelichting);

    const Klantcontact &k = d.klantcontact;
    QString contact =
        tr("%1 of %2 via %3")
            .arg(k.referentienummer.value_or(QString()), localTime(k.plaatsgevondenOp), kanaalLabel(k.kanaal));
    if (d.vertrouwelijkVerborgen) {
        contact += QLatin1Char('\n') + tr("Confidential: you may not see the subject and content.");
    } else {
        contact += QLatin1Char('\n') + k.onderwerp;
        if (!k.inhoud.isEmpty())
            contact += QLatin1Char('\n') + k.inhoud;
    }
    m_klantcontact->setText(contact);

    QString klant = d.klantNaam.isEmpty() ? tr("Unknown") : d.klantNaam;
    if (d.partij && d.partij->nummer)
        klant = tr("%1 (partij %2)").arg(klant, *d.partij->nummer);
    if (d.betrokkene && d.betrokkene->contactnaam && d.partij) {
        const QString betrokkeneNaam = d.betrokkene->contactnaam->volledigeNaam();
        if (!betrokkeneNaam.isEmpty() && betrokkeneNaam != d.partij->weergaveNaam())
            klant += QLatin1Char('\n') + tr("Contact person for this contact: %1").arg(betrokkeneNaam);
    }
    if (d.partij && d.partij->indicatieGeheimhouding.value_or(false))
        klant += QLatin1Char('\n') + tr("Geheimhouding: handle this klant's details with care.");
    m_klant->setText(klant);

    m_contactgegevens->setContactgegevens(d.contactgegevens);
    m_acties->setTaak(d);
    fillLog();
    fillKeten();
    fillPogingen();
    m_placeholder->hide();
    m_content->show();
}

void TaakDetailWidget::fillLog()
{
    m_log->clear();
    for (const TaakLogEntry &entry : m_detail->log) {
        QString wat = label(entry.actie);
        if (entry.gelukt)
            wat = *entry.gelukt ? tr("%1: reached").arg(wat) : tr("%1: not reached").arg(wat);
        auto *item = new QTreeWidgetItem(m_log, {localTime(entry.tijdstip), entry.actorNaam, wat,
                                                 entry.toegewezenAan.join(QStringLiteral(", ")), entry.toelichting});
        item->setToolTip(4, entry.toelichting);
    }
    for (int column = 0; column < m_log->columnCount() - 1; ++column)
        m_log->resizeColumnToContents(column);
}

void TaakDetailWidget::fillKeten()
{
    m_keten->clear();
    for (const TaakQueueRow &row : m_detail->keten) {
        auto *item =
            new QTreeWidgetItem(m_keten, {row.referentienummer, row.gevraagdeHandeling, label(row.status),
                                          row.toegewezenAan.join(QStringLiteral(", ")), localTime(row.toegewezenOp)});
        item->setData(0, Qt::UserRole, row.uuid);
        item->setToolTip(0, tr("Enter opens this task"));
    }
    for (int column = 0; column < m_keten->columnCount() - 1; ++column)
        m_keten->resizeColumnToContents(column);
    m_historyTabs->setTabText(1,
                              m_detail->keten.isEmpty() ? tr("Chain") : tr("Chain (%1)").arg(m_detail->keten.size()));
}

void TaakDetailWidget::fillPogingen()
{
    m_pogingen->clear();
    for (const Klantcontact &poging : m_detail->pogingen) {
        QString gelukt;
        if (poging.indicatieContactGelukt)
            gelukt = *poging.indicatieContactGelukt ? tr("Yes") : tr("No");
        auto *item = new QTreeWidgetItem(m_pogingen, {poging.referentienummer.value_or(QString()),
                                                      localTime(poging.plaatsgevondenOp), kanaalLabel(poging.kanaal),
                                                      gelukt, poging.inhoud});
        item->setToolTip(4, poging.inhoud);
    }
    for (int column = 0; column < m_pogingen->columnCount() - 1; ++column)
        m_pogingen->resizeColumnToContents(column);
    m_historyTabs->setTabText(2, m_detail->pogingen.isEmpty() ? tr("Attempts")
                                                              : tr("Attempts (%1)").arg(m_detail->pogingen.size()));
}

void TaakDetailWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_acties->openActie() == TaakActiesPanel::ActieCount) {
        emit closeRequested();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace kcc::ui
