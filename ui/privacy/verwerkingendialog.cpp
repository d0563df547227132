#include "ui/privacy/verwerkingendialog.h"

#include "model/privacy/persoonsverwerkingen.h"
#include "model/privacy/verwerkingsactiejson.h"
#include "model/validation/valuevalidators.h"
#include "ui/privacy/verwerkingenmodel.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/savefiledialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace kcc::ui {

namespace {

// The same default as `kccctl verwerkingen --base-url`.
const auto defaultBaseUrl = QStringLiteral("http://localhost:8000/api/v1");

// An empty field is no limit; otherwise a date (yyyy-MM-dd), or nullopt.
std::optional<QDate> parseDate(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

VerwerkingenDialog::VerwerkingenDialog(const CallFlowContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_baseUrl(defaultBaseUrl)
    , m_persoon(new QLineEdit(this))
    , m_persoonMessage(new FieldMessage(m_persoon, this))
    , m_van(new QLineEdit(this))
    , m_vanMessage(new FieldMessage(m_van, this))
    , m_tot(new QLineEdit(this))
    , m_totMessage(new FieldMessage(m_tot, this))
    , m_show(new QPushButton(tr("&Show"), this))
    , m_export(new QPushButton(tr("&Export as JSON..."), this))
    , m_banner(new MessageBanner(this))
    , m_count(new QLabel(this))
    , m_model(new VerwerkingenModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("verwerkingenDialog"));
    setWindowTitle(tr("Verwerkingenlog"));
    m_persoon->setObjectName(QStringLiteral("verwerkingenPersoon"));
    m_persoon->setPlaceholderText(tr("BSN or the partij's uuid"));
    m_persoonMessage->setObjectName(QStringLiteral("verwerkingenPersoonMessage"));
    m_van->setObjectName(QStringLiteral("verwerkingenVan"));
    m_van->setPlaceholderText(tr("yyyy-mm-dd, empty: from the start"));
    m_vanMessage->setObjectName(QStringLiteral("verwerkingenVanMessage"));
    m_tot->setObjectName(QStringLiteral("verwerkingenTot"));
    m_tot->setPlaceholderText(tr("yyyy-mm-dd, empty: until now"));
    m_totMessage->setObjectName(QStringLiteral("verwerkingenTotMessage"));
    m_show->setObjectName(QStringLiteral("verwerkingenShowButton"));
    m_show->setDefault(true);
    m_export->setObjectName(QStringLiteral("verwerkingenExportButton"));
    m_export->setEnabled(false);
    m_banner->setObjectName(QStringLiteral("verwerkingenBanner"));
    m_count->setObjectName(QStringLiteral("verwerkingenCount"));
    m_view->setObjectName(QStringLiteral("verwerkingenView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *intro = new QLabel(tr("Who looked at one person's data, when and why. Showing the entries is itself "
                                "recorded in the verwerkingenlog, before they are shown."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Person:"), m_persoon);
    form->addRow(QString(), m_persoonMessage);
    form->addRow(tr("&From:"), m_van);
    form->addRow(QString(), m_vanMessage);
    form->addRow(tr("&Until (inclusive):"), m_tot);
    form->addRow(QString(), m_totMessage);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_show);
    actions->addWidget(m_export);
    actions->addStretch(1);
    actions->addWidget(m_count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    // Enter in a field presses the default button, "Show" (so the fields need no returnPressed:
    // that would read, and log, twice).
    // Reading order: the question, its buttons, then the rows.
    const QList<QWidget *> order{m_persoon, m_van, m_tot, m_show, m_export, m_view};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    connect(m_show, &QPushButton::clicked, this, &VerwerkingenDialog::showEntries);
    connect(m_export, &QPushButton::clicked, this, &VerwerkingenDialog::exportJson);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1100, 600);
    m_persoon->setFocus(Qt::OtherFocusReason);
}

VerwerkingenDialog::~VerwerkingenDialog() = default;

std::optional<InzageVraag> VerwerkingenDialog::vraag()
{
    InzageVraag vraag;
    bool ok = true;
    const QString persoon = m_persoon->text().trimmed();
    vraag.partij = QUuid::fromString(persoon);
    if (vraag.partij.isNull()) {
        static const QRegularExpression nineDigits(QStringLiteral("^\\d{9}$"));
        const std::optional<QString> problem =
            nineDigits.match(persoon).hasMatch()
                ? checkBsn(persoon)
                : std::optional<QString>(tr("Give a BSN (9 digits) or the uuid of a partij."));
        if (problem) {
            m_persoonMessage->setError(*problem);
            ok = false;
        } else {
            m_persoonMessage->clearError();
            vraag.bsn = persoon;
        }
    } else {
        m_persoonMessage->clearError();
    }
    const std::optional<QDate> van = parseDate(m_van->text());
    const std::optional<QDate> tot = parseDate(m_tot->text());
    for (const auto &[date, message] : {std::pair{van, m_vanMessage}, std::pair{tot, m_totMessage}}) {
        if (date)
            message->clearError();
        else
            message->setError(tr("Give a date as yyyy-mm-dd, or leave it empty."));
    }
    if (van && tot && van->isValid() && tot->isValid() && *tot < *van) {
        m_totMessage->setError(tr("The end comes before the start."));
        ok = false;
    }
    if (!ok || !van || !tot)
        return std::nullopt;
    vraag.van = *van;
    vraag.tot = tot->isValid() ? tot->addDays(1) : QDate(); // the service's end is exclusive
    return vraag;
}

void VerwerkingenDialog::showEntries()
{
    // Nothing of an earlier person stays while the next is asked.
    m_model->clear();
    m_export->setEnabled(false);
    m_count->clear();
    m_banner->hideMessage();
    const std::optional<InzageVraag> vraag = this->vraag();
    if (!vraag) {
        for (FieldMessage *message : {m_persoonMessage, m_vanMessage, m_totMessage}) {
            if (message->hasError()) {
                message->field()->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return;
    }
    if (!m_context.verwerkingenInzage) {
        m_banner->showMessage(tr("The verwerkingenlog is not available here."), MessageBanner::Error);
        return;
    }
    const Result<QList<Verwerkingsactie>> acties = m_context.verwerkingenInzage->verwerkingen(*vraag, m_context.user);
    if (!acties) {
        m_banner->showMessage(acties.error().message, MessageBanner::Error);
        return;
    }
    m_shown = *vraag;
    m_model->setVerwerkingen(acties.value(), gebruikers(acties.value()));
    m_view->resizeColumnsToContents();
    m_count->setText(tr("Entries: %1").arg(acties.value().size()));
    m_export->setEnabled(!acties.value().isEmpty());
    if (acties.value().isEmpty())
        m_banner->showMessage(tr("Nothing in the verwerkingenlog about this person in this period."),
                              MessageBanner::Information);
    else
        m_view->setCurrentIndex(m_model->index(0, 0));
}

QHash<QString, QString> VerwerkingenDialog::gebruikers(const QList<Verwerkingsactie> &acties)
{
    // The log keeps a meaningless key; the officer asks "who", so the key is named where it can be.
    QHash<QString, QString> names;
    if (!m_context.actors)
        return names;
    for (const Verwerkingsactie &actie : acties) {
        const QUuid actor = QUuid::fromString(actie.gebruiker);
        if (actor.isNull() || names.contains(actie.gebruiker))
            continue;
        const Result<std::optional<Actor>> found = m_context.actors->find(actor);
        if (found && found.value())
            names.insert(actie.gebruiker, found.value()->naam);
    }
    return names;
}

void VerwerkingenDialog::exportJson()
{
    const QList<Verwerkingsactie> &acties = m_model->verwerkingen();
    if (acties.isEmpty())
        return;
    // No BSN in the file's name: the name shows in folders and mail where the content does not.
    const QString suggested = QStringLiteral("verwerkingenlog-%1.json")
                                  .arg(m_context.now().toLocalTime().toString(QStringLiteral("yyyyMMdd")));
    const QString fileName =
        SaveFileDialog::getSaveFileName(this, tr("Export the verwerkingenlog"), suggested, tr("JSON (*.json)"));
    if (fileName.isEmpty())
        return;
    // The file leaves the log's protection: logged first, and without that entry nothing is written.
    if (!m_context.verwerkingenLog || !m_context.verwerking) {
        m_banner->showMessage(tr("The verwerkingenlog is not available here."), MessageBanner::Error);
        return;
    }
    PersoonsVerwerkingen verwerkingen(*m_context.verwerkingenLog, *m_context.verwerking);
    if (const Result<> logged = verwerkingen.verwerkingenGeexporteerd({m_shown.partij, m_shown.bsn}, m_context.user);
        !logged) {
        m_banner->showMessage(logged.error().message, MessageBanner::Error);
        return;
    }
    QSaveFile file(fileName);
    const QByteArray json =
        QJsonDocument(VerwerkingsactieJson::lijst(acties, m_baseUrl)).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        m_banner->showMessage(tr("The export could not be written: %1").arg(file.errorString()), MessageBanner::Error);
        return;
    }
    m_banner->showMessage(tr("Exported to %1 (entries: %2).").arg(fileName).arg(acties.size()),
                          MessageBanner::Positive);
}

} // namespace kcc::ui
