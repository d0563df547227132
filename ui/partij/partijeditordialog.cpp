#include "ui/partij/partijeditordialog.h"

#include "model/taken/taaktoegang.h"
#include "ui/partij/adresform.h"
#include "ui/partij/digitaleadresseneditor.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/taalcombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kcc::ui {

namespace {

const QString contactnaamPath = QStringLiteral("partijIdentificatie.contactnaam.");
const char *const contactnaamFields[] = {"voorletters", "voornaam", "voorvoegselAchternaam", "achternaam"};

} // namespace

PartijEditorDialog::PartijEditorDialog(PartijEditService *service, const Klantbeeld &klantbeeld,
                                       const SignedInActor &user, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_user(user)
    , m_banner(new MessageBanner(this))
    , m_organisatieNaam(new QLineEdit(this))
    , m_organisatieNaamMessage(new FieldMessage(m_organisatieNaam, this))
    , m_werktVoor(new QLabel(this))
    , m_taal(new TaalCombo(true, this))
    , m_taalMessage(new FieldMessage(m_taal, this))
    , m_geheimhouding(new QCheckBox(tr("Confidential (&geheimhouding)"), this))
    , m_geheimhoudingMessage(new FieldMessage(m_geheimhouding, this))
    , m_bezoekadres(new AdresForm(tr("V&isiting address"), QStringLiteral("bezoekadres"), this))
    , m_correspondentieadres(new AdresForm(tr("C&orrespondence address"), QStringLiteral("correspondentieadres"), this))
    , m_digitaleAdressen(new DigitaleAdressenEditor(this))
    , m_save(new QPushButton(tr("Sa&ve"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("partijEditorDialog"));
    setWindowTitle(tr("Edit partij"));
    m_banner->setObjectName(QStringLiteral("partijEditorBanner"));
    m_organisatieNaam->setObjectName(QStringLiteral("organisatieNaamEdit"));
    m_organisatieNaamMessage->setObjectName(QStringLiteral("organisatieNaamMessage"));
    m_werktVoor->setObjectName(QStringLiteral("werktVoorLabel"));
    m_werktVoor->setWordWrap(true);
    m_taal->setObjectName(QStringLiteral("voorkeurstaalCombo"));
    m_taalMessage->setObjectName(QStringLiteral("voorkeurstaalMessage"));
    m_geheimhouding->setObjectName(QStringLiteral("geheimhoudingBox"));
    m_geheimhoudingMessage->setObjectName(QStringLiteral("geheimhoudingMessage"));
    m_save->setObjectName(QStringLiteral("partijSaveButton"));
    m_save->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("partijCancelButton"));

    // Page 1: who, in which language, and how to reach them.
    auto *persoonPage = new QWidget(this);
    auto *nameForm = new QFormLayout;
    m_nameForm = nameForm;
    const QStringList labels{tr("&Initials:"), tr("First &name:"), tr("&Prefix:"), tr("&Surname:")};
    const QStringList names{QStringLiteral("partijVoorlettersEdit"), QStringLiteral("partijVoornaamEdit"),
                            QStringLiteral("partijVoorvoegselEdit"), QStringLiteral("partijAchternaamEdit")};
    for (int i = 0; i < 4; ++i) {
        auto *edit = new QLineEdit(persoonPage);
        edit->setObjectName(names.at(i));
        auto *label = new QLabel(labels.at(i), persoonPage);
        label->setBuddy(edit);
        auto *message = new FieldMessage(edit, persoonPage);
        message->setObjectName(names.at(i).chopped(4) + QStringLiteral("Message"));
        nameForm->addRow(label, edit);
        nameForm->addRow(QString(), message);
        m_name.append(edit);
        m_nameMessages.append(message);
        connect(edit, &QLineEdit::textEdited, message, &FieldMessage::clearError);
    }
    auto *organisatieLabel = new QLabel(tr("Organisation &name:"), persoonPage);
    organisatieLabel->setBuddy(m_organisatieNaam);
    nameForm->addRow(organisatieLabel, m_organisatieNaam);
    nameForm->addRow(QString(), m_organisatieNaamMessage);
    nameForm->addRow(QString(), m_werktVoor);
    auto *taalLabel = new QLabel(tr("Preferred &language:"), persoonPage);
    taalLabel->setBuddy(m_taal);
    nameForm->addRow(taalLabel, m_taal);
    nameForm->addRow(QString(), m_taalMessage);
    nameForm->addRow(QString(), m_geheimhouding);
    nameForm->addRow(QString(), m_geheimhoudingMessage);
    auto *persoonLayout = new QVBoxLayout(persoonPage);
    persoonLayout->addLayout(nameForm);
    persoonLayout->addWidget(m_digitaleAdressen);
    persoonLayout->addStretch();
    connect(m_organisatieNaam, &QLineEdit::textEdited, m_organisatieNaamMessage, &FieldMessage::clearError);
    connect(m_taal, &QComboBox::currentIndexChanged, m_taalMessage, &FieldMessage::clearError);

    // Page 2: the two addresses, one under the other (Tab goes through one address, then the next).
    auto *adressenPage = new QWidget(this);
    auto *adressenLayout = new QVBoxLayout(adressenPage);
    m_bezoekadres->setParent(adressenPage);
    m_correspondentieadres->setParent(adressenPage);
    adressenLayout->addWidget(m_bezoekadres);
    adressenLayout->addWidget(m_correspondentieadres);
    adressenLayout->addStretch();

    auto *tabs = m_tabs;
    tabs->setObjectName(QStringLiteral("partijEditorTabs"));
    tabs->addTab(persoonPage, tr("Name and &contact details"));
    tabs->addTab(adressenPage, tr("&Addresses"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(tabs, 1);
    layout->addLayout(buttons);

    // Reading order on each page, whatever order the widgets were made in: one chain through
    // both pages (a hidden page's fields are skipped).
    QList<QWidget *> chain{tabs->tabBar()};
    for (QLineEdit *edit : std::as_const(m_name))
        chain << edit;
    chain << m_organisatieNaam << m_taal << m_geheimhouding << m_digitaleAdressen->list()
          << m_digitaleAdressen->addButton() << m_digitaleAdressen->removeButton() << m_digitaleAdressen->soortCombo()
          << m_digitaleAdressen->adresEdit() << m_digitaleAdressen->omschrijvingEdit()
          << m_digitaleAdressen->voorkeurBox();
    for (AdresForm *form : {m_bezoekadres, m_correspondentieadres}) {
        for (int f = 0; f < AdresForm::FieldCount; ++f)
            chain << form->edit(AdresForm::Field(f));
    }
    chain << m_save << m_cancel;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    connect(m_save, &QPushButton::clicked, this, &PartijEditorDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    load(klantbeeld);
    resize(640, 700);
}

PartijEditorDialog::~PartijEditorDialog() = default;

void PartijEditorDialog::load(const Klantbeeld &klantbeeld)
{
    m_loaded = klantbeeld.partij;
    const bool organisatie = m_loaded.soortPartij == SoortPartij::Organisatie;
    const Contactnaam naam = m_loaded.contactnaam.value_or(Contactnaam());
    const QStringList parts{naam.voorletters, naam.voornaam, naam.voorvoegselAchternaam, naam.achternaam};
    for (int i = 0; i < 4; ++i) {
        m_name.at(i)->setText(parts.at(i));
        m_nameForm->setRowVisible(m_name.at(i), !organisatie);
    }
    m_organisatieNaam->setText(m_loaded.organisatieNaam);
    m_nameForm->setRowVisible(m_organisatieNaam, organisatie);
    if (klantbeeld.werktVoor) {
        m_werktVoor->setText(tr("Contactpersoon of %1").arg(klantbeeld.werktVoor->naam));
    }
    m_werktVoor->setVisible(klantbeeld.werktVoor.has_value());
    m_taal->setCode(m_loaded.voorkeurstaal);
    m_geheimhouding->setChecked(m_loaded.indicatieGeheimhouding.value_or(false));
    const bool beheerder = TaakToegang::isBeheerder(m_user);
    m_geheimhouding->setEnabled(beheerder);
    m_geheimhouding->setToolTip(beheerder ? tr("The partij's data are secret: show them only to whom may see them")
                                          : tr("Only a beheerder may change the geheimhouding"));
    m_bezoekadres->setAdres(m_loaded.bezoekadres);
    m_correspondentieadres->setAdres(m_loaded.correspondentieadres);
    m_digitaleAdressen->setAdressen(klantbeeld.digitaleAdressen, m_loaded.voorkeursDigitaalAdres);
    const QString nummer = m_loaded.nummer.value_or(QString());
    setWindowTitle(nummer.isEmpty() ? tr("Edit partij %1").arg(m_loaded.weergaveNaam())
                                    : tr("Edit partij %1 (%2)").arg(m_loaded.weergaveNaam(), nummer));
}

PartijEdit PartijEditorDialog::edit() const
{
    PartijEdit edit;
    edit.partij = m_loaded;
    Partij &p = edit.partij;
    if (p.soortPartij == SoortPartij::Organisatie) {
        p.organisatieNaam = m_organisatieNaam->text().trimmed();
    } else {
        // Trimmed at the ends only: "van den" and "d'" keep their inner spaces and apostrophes.
        const Contactnaam naam{m_name.at(0)->text().trimmed(), m_name.at(1)->text().trimmed(),
                               m_name.at(2)->text().trimmed(), m_name.at(3)->text().trimmed()};
        if (naam.isEmpty() && !m_loaded.contactnaam)
            p.contactnaam.reset();
        else
            p.contactnaam = naam;
    }
    p.voorkeurstaal = m_taal->code();
    // Unticked stays "not indicated" when it was never indicated.
    if (m_geheimhouding->isChecked())
        p.indicatieGeheimhouding = true;
    else if (m_loaded.indicatieGeheimhouding)
        p.indicatieGeheimhouding = false;
    p.bezoekadres = m_bezoekadres->adres();
    p.correspondentieadres = m_correspondentieadres->adres();
    edit.digitaleAdressen = m_digitaleAdressen->adressen();
    p.voorkeursDigitaalAdres = m_digitaleAdressen->voorkeur();
    return edit;
}

bool PartijEditorDialog::save()
{
    clearErrors();
    const PartijEdit current = edit();
    FieldErrors errors = validatePartijEdit(current);
    if (errors.isEmpty()) {
        const Result<> written = m_service->save(current);
        if (written) {
            emit saved(current.partij.uuid);
            accept();
            return true;
        }
        errors = written.error().fieldErrors;
        if (errors.isEmpty()) {
            m_banner->showMessage(tr("The partij was not saved: %1").arg(written.error().message),
                                  MessageBanner::Error);
            return false;
        }
    }
    const int shown = showErrors(errors);
    // The page of the first problem comes to the front.
    const QString &first = errors.first().field;
    const bool adres =
        first.startsWith(QLatin1String("bezoekadres.")) || first.startsWith(QLatin1String("correspondentieadres."));
    m_tabs->setCurrentIndex(adres ? 1 : 0);
    m_banner->showMessage(
        shown == errors.size()
            ? tr("The partij was not saved: %n field(s) need attention, see the messages.", nullptr, int(errors.size()))
            : tr("The partij was not saved: %1").arg(errors.first().message),
        MessageBanner::Error);
    return false;
}

int PartijEditorDialog::showErrors(const FieldErrors &errors)
{
    int shown = m_bezoekadres->showErrors(errors) + m_correspondentieadres->showErrors(errors) +
                m_digitaleAdressen->showErrors(errors);
    for (const FieldError &error : errors) {
        FieldMessage *target = nullptr;
        if (error.field.startsWith(contactnaamPath)) {
            const QString sub = error.field.mid(contactnaamPath.size());
            for (int i = 0; i < 4; ++i) {
                if (sub == QLatin1String(contactnaamFields[i]))
                    target = m_nameMessages.at(i);
            }
        } else if (error.field == QLatin1String("partijIdentificatie.naam")) {
            target = m_organisatieNaamMessage;
        } else if (error.field == QLatin1String("voorkeurstaal")) {
            target = m_taalMessage;
        } else if (error.field == QLatin1String("indicatieGeheimhouding")) {
            target = m_geheimhoudingMessage;
        }
        if (target) {
            target->setError(error.message);
            ++shown;
        }
    }
    return shown;
}

void PartijEditorDialog::clearErrors()
{
    m_banner->hideMessage();
    for (FieldMessage *message : std::as_const(m_nameMessages))
        message->clearError();
    for (FieldMessage *message : {m_organisatieNaamMessage, m_taalMessage, m_geheimhoudingMessage})
        message->clearError();
    m_bezoekadres->clearErrors();
    m_correspondentieadres->clearErrors();
    m_digitaleAdressen->clearErrors();
}

} // namespace kcc::ui
