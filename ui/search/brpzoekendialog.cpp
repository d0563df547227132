#include "ui/search/brpzoekendialog.h"

#include "model/lists/partijtablemodel.h"
#include "ui/widgets/palette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kcc::ui {

BrpZoekenDialog::BrpZoekenDialog(BrpPersonen *brp, QWidget *parent)
    : QDialog(parent)
    , m_brp(brp)
    , m_bsn(new QLineEdit(this))
    , m_geslachtsnaam(new QLineEdit(this))
    , m_voorvoegsel(new QLineEdit(this))
    , m_geboortedatum(new QLineEdit(this))
    , m_search(new QPushButton(tr("&Search"), this))
    , m_status(new QLabel(this))
    , m_results(new QListWidget(this))
    , m_view(new QTextBrowser(this))
    , m_overnemen(new QPushButton(tr("&Take over as new partij"), this))
{
    setObjectName(QStringLiteral("brpZoekenDialog"));
    setWindowTitle(tr("Search in the BRP"));
    m_bsn->setObjectName(QStringLiteral("brpBsnEdit"));
    m_bsn->setPlaceholderText(tr("9 digits"));
    m_bsn->setMaxLength(11);
    m_geslachtsnaam->setObjectName(QStringLiteral("brpGeslachtsnaamEdit"));
    m_geslachtsnaam->setPlaceholderText(tr("without voorvoegsel; Jans* after three letters"));
    m_voorvoegsel->setObjectName(QStringLiteral("brpVoorvoegselEdit"));
    m_voorvoegsel->setPlaceholderText(tr("optional, e.g. van der"));
    m_geboortedatum->setObjectName(QStringLiteral("brpGeboortedatumEdit"));
    m_geboortedatum->setPlaceholderText(tr("dd-mm-yyyy"));
    m_search->setObjectName(QStringLiteral("brpSearchButton"));
    m_search->setDefault(true);
    m_status->setObjectName(QStringLiteral("brpStatus"));
    m_status->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("brpResults"));
    m_view->setObjectName(QStringLiteral("brpPersoonView"));
    m_view->setOpenLinks(false);
    m_overnemen->setObjectName(QStringLiteral("brpOvernemenButton"));
    m_overnemen->setToolTip(tr("Starts a contact with this person as a new partij: the name, the BSN and "
                               "geheimhouding are taken over; contact details and consent come from the caller."));
    m_overnemen->setEnabled(false);

    auto *note = new QLabel(tr("The BRP values are for verifying what the caller tells you. Never read them out "
                               "to the caller."),
                            this);
    note->setObjectName(QStringLiteral("brpNote"));
    note->setWordWrap(true);
    note->setStyleSheet(Palette::textStyle(Palette::hintText()));

    auto *form = new QFormLayout;
    auto *bsnLabel = new QLabel(tr("&BSN:"), this);
    bsnLabel->setBuddy(m_bsn);
    auto *naamLabel = new QLabel(tr("or sur&name:"), this);
    naamLabel->setBuddy(m_geslachtsnaam);
    auto *voorvoegselLabel = new QLabel(tr("&Prefix:"), this);
    voorvoegselLabel->setBuddy(m_voorvoegsel);
    auto *datumLabel = new QLabel(tr("and &date of birth:"), this);
    datumLabel->setBuddy(m_geboortedatum);
    form->addRow(bsnLabel, m_bsn);
    form->addRow(naamLabel, m_geslachtsnaam);
    form->addRow(voorvoegselLabel, m_voorvoegsel);
    form->addRow(datumLabel, m_geboortedatum);
    auto *searchRow = new QHBoxLayout;
    searchRow->addStretch(1);
    searchRow->addWidget(m_search);
    form->addRow(searchRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_overnemen, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_view, 2);
    layout->addWidget(buttons);
    setTabOrder(m_bsn, m_geslachtsnaam);
    setTabOrder(m_geslachtsnaam, m_voorvoegsel);
    setTabOrder(m_voorvoegsel, m_geboortedatum);
    setTabOrder(m_geboortedatum, m_search);
    setTabOrder(m_search, m_results);
    setTabOrder(m_results, m_view);
    setTabOrder(m_view, m_overnemen);
    resize(620, 640);

    connect(m_search, &QPushButton::clicked, this, &BrpZoekenDialog::search);
    for (QLineEdit *edit : {m_bsn, m_geslachtsnaam, m_voorvoegsel, m_geboortedatum})
        connect(edit, &QLineEdit::returnPressed, this, &BrpZoekenDialog::search);
    connect(m_results, &QListWidget::currentRowChanged, this, &BrpZoekenDialog::showCurrent);
    connect(m_results, &QListWidget::itemActivated, m_overnemen, &QPushButton::click);
    connect(m_overnemen, &QPushButton::clicked, this, [this] {
        const int row = m_results->currentRow();
        if (row < 0 || row >= m_personen.size() || m_personen.at(row).overleden)
            return;
        emit overnemen(m_personen.at(row));
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setStatus(tr("Search by BSN, or by surname and full date of birth."), false);
}

BrpZoekenDialog::~BrpZoekenDialog() = default;

void BrpZoekenDialog::prefill(const QString &searchText)
{
    const QString text = searchText.simplified();
    static const QRegularExpression bsn(QStringLiteral("^[0-9 .]{9,11}$"));
    if (bsn.match(text).hasMatch()) {
        m_bsn->setText(QString(text).remove(QLatin1Char(' ')).remove(QLatin1Char('.')));
        m_bsn->setFocus(Qt::OtherFocusReason);
    } else {
        static const QRegularExpression letters(QStringLiteral("^[^0-9@]+$"));
        if (letters.match(text).hasMatch())
            m_geslachtsnaam->setText(text);
        (text.isEmpty() ? m_bsn : m_geboortedatum)->setFocus(Qt::OtherFocusReason);
    }
}

QDate BrpZoekenDialog::parseDate(const QString &text)
{
    QString value = text.trimmed();
    value.replace(QLatin1Char('.'), QLatin1Char('-')).replace(QLatin1Char('/'), QLatin1Char('-'));
    for (const QString &format : {QStringLiteral("d-M-yyyy"), QStringLiteral("ddMMyyyy"), QStringLiteral("yyyy-M-d")}) {
        const QDate date = QDate::fromString(value, format);
        if (date.isValid())
            return date;
    }
    return {};
}

void BrpZoekenDialog::search()
{
    const bool byBsn = !m_bsn->text().trimmed().isEmpty();
    const BrpZoekvraag vraag = byBsn ? BrpZoekvraag::metBsn(m_bsn->text())
                                     : BrpZoekvraag::metNaam(m_geslachtsnaam->text(),
                                                             parseDate(m_geboortedatum->text()), m_voorvoegsel->text());
    // Nothing of an earlier answer stays on screen while the next question is on its way.
    m_personen.clear();
    m_results->clear();
    m_view->clear();
    m_overnemen->setEnabled(false);
    if (const auto probleem = vraag.probleem()) {
        setStatus(*probleem, true);
        return;
    }
    setStatus(tr("Searching the BRP…"), false);
    m_search->setEnabled(false);
    const int nummer = ++m_vraag;
    QPointer<BrpZoekenDialog> self(this);
    m_brp->zoek(vraag, [self, nummer](const Result<QList<BrpPersoon>> &result) {
        if (!self || nummer != self->m_vraag)
            return;
        self->m_search->setEnabled(true);
        self->showResult(result);
    });
}

void BrpZoekenDialog::showResult(const Result<QList<BrpPersoon>> &result)
{
    if (!result) {
        setStatus(result.error().message, true);
        return;
    }
    m_personen = result.value();
    if (m_personen.isEmpty()) {
        setStatus(tr("Nobody found in the BRP."), false);
        return;
    }
    setStatus(tr("%n person(s) found in the BRP. Check what the caller says against these values.", nullptr,
                 int(m_personen.size())),
              false);
    for (const BrpPersoon &persoon : std::as_const(m_personen))
        m_results->addItem(summary(persoon));
    m_results->setCurrentRow(0);
    m_results->setFocus(Qt::OtherFocusReason);
}

void BrpZoekenDialog::showCurrent()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_personen.size()) {
        m_view->clear();
        m_overnemen->setEnabled(false);
        return;
    }
    const BrpPersoon &persoon = m_personen.at(row);
    m_view->setHtml(describe(persoon));
    // A deceased person does not call: taking them over would only make a wrong partij.
    m_overnemen->setEnabled(!persoon.overleden);
}

void BrpZoekenDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? Palette::textStyle(Palette::errorText()) : QString());
}

QString BrpZoekenDialog::summary(const BrpPersoon &persoon)
{
    QStringList parts{persoon.volledigeNaam(), persoon.geboortedatumTekst};
    if (persoon.overleden)
        parts.append(tr("DECEASED"));
    if (!persoon.inOnderzoek.isEmpty())
        parts.append(tr("IN ONDERZOEK"));
    if (persoon.woontInBuitenland)
        parts.append(tr("LIVES ABROAD"));
    if (persoon.geheimhouding)
        parts.append(tr("GEHEIMHOUDING"));
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" — "));
}

QString BrpZoekenDialog::describe(const BrpPersoon &p)
{
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const auto warning = [](const QString &text) {
        return QStringLiteral("<p style=\"color:%1\"><b>%2</b></p>")
            .arg(Palette::errorText().name(), text.toHtmlEscaped());
    };
    QString html;
    if (p.overleden)
        html += warning(p.overlijdensdatumTekst.isEmpty()
                            ? tr("Deceased according to the BRP.")
                            : tr("Deceased according to the BRP on %1.").arg(p.overlijdensdatumTekst));
    if (!p.inOnderzoek.isEmpty())
        html += warning(tr("In onderzoek: the BRP doubts these data (%1). Verify with extra care.")
                            .arg(p.inOnderzoek.join(QStringLiteral(", "))));
    if (p.woontInBuitenland)
        html += warning(tr("Lives abroad according to the BRP."));
    html += QStringLiteral("<table cellspacing=\"4\">");
    html += row(tr("Name"), p.volledigeNaam());
    html += row(tr("Initials"), p.voorletters);
    html += row(tr("Date of birth"), p.geboortedatumTekst);
    html += row(tr("Sex"), p.geslacht);
    html += row(tr("BSN"), PartijTableModel::maskBsn(p.burgerservicenummer));
    if (p.geheimhouding) {
        html += row(tr("Address"), tr("Not shown: geheimhouding persoonsgegevens"));
    } else {
        html += row(tr("Address"), p.adresregels.join(QStringLiteral(", ")));
        html += row(tr("Country"), p.land);
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace kcc::ui
