#include "ui/klantbeeld/klantbeeldwidget.h"

#include "model/klantbeeld/klantbeeldcontactmodel.h"
#include "model/klantinteracties/enums.h"
#include "model/lists/partijtablemodel.h"
#include "model/validation/isocodes.h"
#include "ui/widgets/listtableview.h"
#include "ui/widgets/onetabstop.h"
#include "ui/widgets/palette.h"
#include "ui/widgets/rowstatedelegate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace kcc::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString masked(const QString &bsn)
{
    // The same mask as in the lists, so that the medewerker compares the same digits everywhere.
    return PartijTableModel::maskBsn(bsn);
}

// The earliest date of the period edits, shown as "any" (QDateEdit cannot be empty).
const QDate openDate(2000, 1, 1);

const auto partijScheme = QStringLiteral("partij");

} // namespace

KlantbeeldWidget::KlantbeeldWidget(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTextBrowser(this))
    , m_showBsn(new QPushButton(tr("Show BSN"), this))
    , m_historyBox(new QWidget(this))
    , m_historyLabel(new QLabel(m_historyBox))
    , m_historyNote(new QLabel(m_historyBox))
    , m_kanaal(new QComboBox(m_historyBox))
    // One Tab stop each (issue 10): a plain QDateEdit traps Tab in its sections.
    , m_van(new OneTabStop<QDateEdit>(m_historyBox))
    , m_tot(new OneTabStop<QDateEdit>(m_historyBox))
    , m_history(new ListTableView(m_historyBox))
{
    setObjectName(QStringLiteral("klantbeeld"));
    m_view->setObjectName(QStringLiteral("klantbeeldView"));
    m_view->setOpenLinks(false);
    m_showBsn->setObjectName(QStringLiteral("showBsnButton"));
    m_showBsn->setCheckable(true);
    m_showBsn->setToolTip(tr("Shows the full BSN; only when the caller's identity requires it"));

    m_historyLabel->setObjectName(QStringLiteral("historyLabel"));
    m_historyNote->setObjectName(QStringLiteral("historyOpenKlantNote"));
    m_historyNote->setWordWrap(true);
    m_historyNote->setStyleSheet(Palette::textStyle(Palette::hintText()));
    m_historyNote->hide();
    m_kanaal->setObjectName(QStringLiteral("historyKanaalFilter"));
    m_kanaal->setToolTip(tr("Show only the klantcontacten through this channel"));
    for (QDateEdit *edit : {m_van, m_tot}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(openDate);
        //: A period edit with no date chosen: the period is open on this side
        edit->setSpecialValueText(tr("any"));
        edit->setDate(openDate);
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    }
    m_van->setObjectName(QStringLiteral("historyVanEdit"));
    m_tot->setObjectName(QStringLiteral("historyTotEdit"));
    m_van->setToolTip(tr("First day of the period"));
    m_tot->setToolTip(tr("Last day of the period"));
    m_history->setObjectName(QStringLiteral("historyView"));

    // The label on its own line keeps the klantbeeld narrow enough beside the contact panel.
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addStretch(1);
    auto *kanaalLabel = new QLabel(tr("Channel:"), m_historyBox);
    kanaalLabel->setBuddy(m_kanaal);
    filterRow->addWidget(kanaalLabel);
    filterRow->addWidget(m_kanaal);
    auto *vanLabel = new QLabel(tr("From:"), m_historyBox);
    vanLabel->setBuddy(m_van);
    filterRow->addWidget(vanLabel);
    filterRow->addWidget(m_van);
    auto *totLabel = new QLabel(tr("Until:"), m_historyBox);
    totLabel->setBuddy(m_tot);
    filterRow->addWidget(totLabel);
    filterRow->addWidget(m_tot);
    auto *historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_historyLabel);
    historyLayout->addWidget(m_historyNote);
    historyLayout->addLayout(filterRow);
    historyLayout->addWidget(m_history, 1);
    m_historyBox->hide();

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_view, 1);
    // Below the details: Show BSN, then what other features add (addActionWidget).
    m_actionRow = new QHBoxLayout;
    m_actionRow->setContentsMargins(0, 0, 0, 0);
    m_actionRow->addWidget(m_showBsn);
    m_actionRow->addStretch(1);
    detailsLayout->addLayout(m_actionRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(details);
    splitter->addWidget(m_historyBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_showBsn, &QPushButton::toggled, this, [this](bool on) {
        // Log first, then show (issue 15): the full BSN only once the reveal is recorded.
        if (on && m_klantbeeld) {
            const Result<> logged = m_service ? m_service->bsnTonen(m_klantbeeld->partij.uuid, m_viewer)
                                              : Result<>(Error{tr("The BSN cannot be shown here."), {}});
            m_showBsn->setToolTip(logged ? tr("Shows the full BSN; only when the caller's identity requires it")
                                         : logged.error().message);
            if (!logged) {
                const QSignalBlocker blocker(m_showBsn);
                m_showBsn->setChecked(false);
                emit bsnRefused(logged.error().message);
                return;
            }
        }
        m_bsnVisible = on;
        m_showBsn->setText(on ? tr("Hide BSN") : tr("Show BSN"));
        render();
    });
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == partijScheme)
            emit partijActivated(QUuid::fromString(url.path()));
    });
    connect(m_kanaal, &QComboBox::activated, this, &KlantbeeldWidget::applyFilter);
    connect(m_van, &QDateEdit::dateChanged, this, &KlantbeeldWidget::applyFilter);
    connect(m_tot, &QDateEdit::dateChanged, this, &KlantbeeldWidget::applyFilter);
    clear();
}

KlantbeeldWidget::~KlantbeeldWidget() = default;

void KlantbeeldWidget::setService(KlantbeeldService *service, const SignedInActor &viewer)
{
    m_service = service;
    m_viewer = viewer;
    if (!m_service)
        return;
    if (!m_historyModel) {
        m_historyModel = new KlantbeeldContactModel(m_service, this);
        m_history->setModel(m_historyModel);
        m_history->setItemDelegate(new RowStateDelegate(KlantbeeldContactModel::OnderwerpColumn, m_history));
        m_history->horizontalHeader()->resizeSection(KlantbeeldContactModel::DatumColumn, 130);
        m_history->horizontalHeader()->resizeSection(KlantbeeldContactModel::KanaalColumn, 90);
        m_history->horizontalHeader()->resizeSection(KlantbeeldContactModel::OnderwerpColumn, 300);
        m_history->horizontalHeader()->resizeSection(KlantbeeldContactModel::MedewerkerColumn, 160);
        connect(m_historyModel, &QAbstractItemModel::modelReset, this, &KlantbeeldWidget::updateHistoryLabel);
        connect(m_historyModel, &QAbstractItemModel::rowsInserted, this, &KlantbeeldWidget::updateHistoryLabel);
    }
}

void KlantbeeldWidget::setHerkomst(OpenKlantHerkomst *herkomst)
{
    if (m_historyModel)
        m_historyModel->setHerkomst(herkomst);
}

void KlantbeeldWidget::reloadHistory()
{
    if (!m_historyModel || !m_klantbeeld || !m_service)
        return;
    if (const Result<QStringList> kanalen = m_service->kanalen(m_klantbeeld->partij.uuid)) {
        const QString chosen = m_kanaal->currentData().toString();
        const QSignalBlocker block(m_kanaal);
        m_kanaal->clear();
        m_kanaal->addItem(tr("All channels"), QString());
        for (const QString &kanaal : kanalen.value())
            m_kanaal->addItem(kanaal, kanaal);
        m_kanaal->setCurrentIndex(std::max(0, m_kanaal->findData(chosen)));
        m_klantbeeld->kanalen = kanalen.value();
    }
    m_historyModel->reload();
}

void KlantbeeldWidget::setHistoryNote(const QString &note)
{
    m_historyNote->setText(note);
    m_historyNote->setVisible(!note.isEmpty());
}

void KlantbeeldWidget::setKlantbeeld(const Klantbeeld &klantbeeld)
{
    m_klantbeeld = klantbeeld;
    m_showBsn->setChecked(false);
    m_showBsn->setEnabled(!klantbeeld.identificatoren.isEmpty());
    if (m_historyModel) {
        m_historyBox->setVisible(!m_restricted);
        const QSignalBlocker blockVan(m_van);
        const QSignalBlocker blockTot(m_tot);
        m_van->setDate(openDate);
        m_tot->setDate(openDate);
        m_kanaal->clear();
        m_kanaal->addItem(tr("All channels"), QString());
        for (const QString &kanaal : klantbeeld.kanalen)
            m_kanaal->addItem(kanaal, kanaal);
        m_historyModel->setPartij(klantbeeld.partij.uuid, m_viewer, klantbeeld.aantalKlantcontacten);
    }
    render();
    emit klantbeeldChanged();
}

void KlantbeeldWidget::clear()
{
    m_klantbeeld.reset();
    setHistoryNote(QString());
    m_showBsn->setChecked(false);
    m_showBsn->setEnabled(false);
    m_historyBox->hide();
    if (m_historyModel)
        m_historyModel->clear();
    m_view->setHtml(QStringLiteral("<p style='%1'>%2</p>")
                        .arg(Palette::textStyle(Palette::emptyText()),
                             esc(tr("No partij chosen. Search above and press Enter to open the klantbeeld."))));
    emit klantbeeldChanged();
}

void KlantbeeldWidget::addActionWidget(QWidget *widget)
{
    m_actionRow->insertWidget(m_actionRow->count() - 1, widget);
}

void KlantbeeldWidget::setRestricted(bool restricted)
{
    if (m_restricted == restricted)
        return;
    m_restricted = restricted;
    if (restricted)
        m_showBsn->setChecked(false);
    m_showBsn->setVisible(!restricted);
    m_historyBox->setVisible(!restricted && m_historyModel && m_klantbeeld);
    render();
    emit restrictedChanged(restricted);
}

QString KlantbeeldWidget::text() const
{
    return m_view->toPlainText();
}

void KlantbeeldWidget::applyFilter()
{
    if (!m_historyModel || !m_klantbeeld)
        return;
    KlantbeeldContactFilter filter;
    filter.kanaal = m_kanaal->currentData().toString();
    if (m_van->date() > openDate)
        filter.van = QDateTime(m_van->date(), QTime(0, 0)).toUTC();
    if (m_tot->date() > openDate)
        filter.tot = QDateTime(m_tot->date().addDays(1), QTime(0, 0)).toUTC();
    m_historyModel->setFilter(filter);
}

void KlantbeeldWidget::updateHistoryLabel()
{
    if (!m_historyModel)
        return;
    const int shown = m_historyModel->rowCount();
    const qint64 total = m_historyModel->totalCount();
    if (!m_historyModel->lastError().isEmpty()) {
        m_historyLabel->setText(m_historyModel->lastError());
    } else if (total == 0) {
        m_historyLabel->setText(tr("<b>Contact history</b>: none"));
    } else if (shown < total) {
        //: %1 klantcontacten shown of %2; more are read when scrolling down
        m_historyLabel->setText(tr("<b>Contact history</b>: %1 of %2 (scroll for more)")
                                    .arg(QLocale().toString(shown), QLocale().toString(total)));
    } else {
        m_historyLabel->setText(tr("<b>Contact history</b>: %1").arg(QLocale().toString(total)));
    }
}

void KlantbeeldWidget::render()
{
    if (!m_klantbeeld)
        return;
    const Klantbeeld &k = *m_klantbeeld;
    const Partij &p = k.partij;
    const QLocale locale;
    QString html = QStringLiteral("<h2 style='margin:0'>%1</h2><p style='margin-top:2px'>%2 · %3")
                       .arg(esc(p.weergaveNaam()), esc(label(p.soortPartij)),
                            esc(tr("nummer %1").arg(p.nummer.value_or(tr("none")))));
    if (!p.voorkeurstaal.isEmpty())
        html += QStringLiteral(" · %1").arg(esc(tr("voorkeurstaal %1").arg(isoLanguageDisplayName(p.voorkeurstaal))));
    html += QStringLiteral("</p>");
    if (p.indicatieGeheimhouding.value_or(false)) {
        html += QStringLiteral("<p style='background:%1;color:%2;margin-bottom:6px'><b>⚠ %3</b></p>")
                    .arg(Palette::css(Palette::geheimhoudingBackground()), Palette::css(Palette::geheimhoudingText()),
                         esc(tr("Geheimhouding: do not give out personal details.")));
    }
    if (!p.indicatieActief)
        html += QStringLiteral("<p style='%1'><b>%2</b></p>")
                    .arg(Palette::textStyle(Palette::errorText()), esc(tr("This partij is inactive.")));

    QString left;
    QString right;
    if (m_restricted) {
        html += QStringLiteral("<h4 style='margin-bottom:2px;margin-top:8px'>%1</h4>").arg(esc(tr("Identificatoren")));
        for (const PartijIdentificator &i : k.identificatoren) {
            const bool bsn = i.codeSoortObjectId == CodeSoortObjectId::Bsn;
            html += QStringLiteral("%1: %2<br>")
                        .arg(esc(label(i.codeSoortObjectId)), esc(bsn ? masked(i.objectId) : i.objectId));
        }
        html += QStringLiteral("<p style='%1'>%2</p>")
                    .arg(Palette::textStyle(Palette::hintText()),
                         esc(tr("Addresses, contact details and the contact history are shown once the caller is "
                                "authenticated (step 2, Alt+2).")));
        m_view->setHtml(html);
        return;
    }
    auto section = [](QString &column, const QString &title) {
        column += QStringLiteral("<h4 style='margin-bottom:2px;margin-top:8px'>%1</h4>").arg(esc(title));
    };
    auto none = [](QString &column) {
        column += QStringLiteral("<span style='%1'>%2</span><br>")
                      .arg(Palette::textStyle(Palette::emptyText()), esc(tr("none")));
    };
    auto link = [](const KlantbeeldRelatie &r) {
        QString text = QStringLiteral("<a href='%1:%2'>%3</a>")
                           .arg(partijScheme, r.partij.toString(QUuid::WithoutBraces), esc(r.naam));
        if (!r.actief)
            text += QStringLiteral(" <i>(%1)</i>").arg(esc(tr("inactive")));
        return text;
    };

    section(left, tr("Addresses"));
    if (p.bezoekadres)
        left += QStringLiteral("%1: %2<br>").arg(esc(tr("Bezoekadres")), esc(p.bezoekadres->oneLine()));
    if (p.correspondentieadres)
        left +=
            QStringLiteral("%1: %2<br>").arg(esc(tr("Correspondentieadres")), esc(p.correspondentieadres->oneLine()));
    if (!p.bezoekadres && !p.correspondentieadres)
        none(left);

    section(left, tr("Contact details"));
    for (const DigitaalAdres &a : k.digitaleAdressen) {
        left += QStringLiteral("%1: %2%3<br>")
                    .arg(esc(label(a.soortDigitaalAdres)), esc(a.adres),
                         k.isVoorkeur(a) ? QStringLiteral(" <b>★ %1</b>").arg(esc(tr("voorkeur"))) : QString());
    }
    if (k.digitaleAdressen.isEmpty())
        left += esc(tr("none — no consent for reuse given")) + QStringLiteral("<br>");

    section(left, tr("Identificatoren"));
    for (const PartijIdentificator &i : k.identificatoren) {
        const bool bsn = i.codeSoortObjectId == CodeSoortObjectId::Bsn;
        left += QStringLiteral("%1: %2<br>")
                    .arg(esc(label(i.codeSoortObjectId)), esc(bsn && !m_bsnVisible ? masked(i.objectId) : i.objectId));
    }
    if (k.identificatoren.isEmpty())
        none(left);

    if (k.werktVoor) {
        section(right, tr("Works for"));
        right += link(*k.werktVoor) + QStringLiteral("<br>");
    }
    section(right, tr("Represents"));
    for (const KlantbeeldRelatie &r : k.vertegenwoordigt)
        right += link(r) + QStringLiteral("<br>");
    if (k.vertegenwoordigt.isEmpty())
        none(right);
    section(right, tr("Represented by"));
    for (const KlantbeeldRelatie &r : k.vertegenwoordigdDoor)
        right += link(r) + QStringLiteral("<br>");
    if (k.vertegenwoordigdDoor.isEmpty())
        none(right);
    if (p.soortPartij == SoortPartij::Organisatie) {
        section(right, tr("Contactpersonen"));
        for (const KlantbeeldRelatie &r : k.contactpersonen)
            right += link(r) + QStringLiteral("<br>");
        if (k.aantalContactpersonen > k.contactpersonen.size()) {
            right +=
                QStringLiteral("<i>%1</i><br>")
                    .arg(esc(tr("… and %n more", nullptr, int(k.aantalContactpersonen - k.contactpersonen.size()))));
        }
        if (k.contactpersonen.isEmpty())
            none(right);
    }

    section(right, tr("Open interne taken"));
    for (const InterneTaak &t : k.openTaken) {
        right +=
            QStringLiteral("%1 · %2<br>").arg(esc(t.referentienummer.value_or(QString())), esc(t.gevraagdeHandeling));
    }
    if (k.openTaken.isEmpty())
        none(right);

    if (!m_historyModel) {
        section(right, tr("Recent klantcontacten"));
        for (const KlantbeeldContact &c : k.klantcontacten) {
            const Klantcontact &kc = c.klantcontact;
            const QString when = locale.toString(kc.plaatsgevondenOp.toLocalTime(), QLocale::ShortFormat);
            right +=
                QStringLiteral("%1 · %2 · %3<br>")
                    .arg(esc(when), esc(kc.kanaal),
                         c.verborgen ? QStringLiteral("<i>%1</i>").arg(esc(tr("vertrouwelijk"))) : esc(kc.onderwerp));
        }
        if (k.klantcontacten.isEmpty())
            none(right);
    }

    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                           "<td width='55%' valign='top'>%1</td><td width='45%' valign='top'>%2</td></tr></table>")
                .arg(left, right);
    m_view->setHtml(html);
}

} // namespace kcc::ui
