#include "ui/callflow/steps/betrokkeneeditor.h"

#include "model/callflow/contactsession.h"
#include "model/callflow/registrationrules.h"
#include "model/validation/valuevalidators.h"
#include "ui/partij/adresform.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/tabchain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kcc::ui {

using Variant = RegistrationRules::Variant;

BetrokkeneEditor::BetrokkeneEditor(const CallFlowContext &context, QWidget *parent)
    : CallFlowStep(parent)
    , m_context(context)
    , m_variant(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_consent(new QCheckBox(tr("The caller &consents to keeping these details"), this))
    , m_nameGroup(new QGroupBox(this))
    , m_nameMessage(nullptr)
    , m_detailsGroup(new QGroupBox(this))
    , m_phone(new QLineEdit(this))
    , m_phoneMessage(new FieldMessage(m_phone, this))
    , m_email(new QLineEdit(this))
    , m_emailMessage(new FieldMessage(m_email, this))
    , m_detailsMessage(new FieldMessage(m_phone, this))
    , m_adres(new AdresForm(QString(), QStringLiteral("betrokkeneAdres"), this))
    , m_rol(new QComboBox(this))
    , m_initiator(new QCheckBox(tr("The caller took the initiativ&e"), this))
    , m_vertegenwoordigerBox(new QWidget(this))
    , m_organisatienaam(new QLineEdit(m_vertegenwoordigerBox))
    , m_organisatienaamMessage(new FieldMessage(m_organisatienaam, m_vertegenwoordigerBox))
    , m_vertegenwoordigdeZoek(new QLineEdit(m_vertegenwoordigerBox))
    , m_vertegenwoordigde(new QComboBox(m_vertegenwoordigerBox))
    , m_vertegenwoordigdeMessage(new FieldMessage(m_vertegenwoordigdeZoek, m_vertegenwoordigerBox))
{
    setObjectName(QStringLiteral("betrokkeneStep"));
    m_variant->setObjectName(QStringLiteral("variantLabel"));
    m_variant->setStyleSheet(QStringLiteral("font-weight:bold"));
    m_explanation->setObjectName(QStringLiteral("variantExplanation"));
    m_explanation->setWordWrap(true);
    m_consent->setObjectName(QStringLiteral("consentBox"));
    m_phone->setObjectName(QStringLiteral("betrokkenePhone"));
    m_phone->setPlaceholderText(tr("e.g. 06 1234 5678"));
    m_email->setObjectName(QStringLiteral("betrokkeneEmail"));
    m_email->setPlaceholderText(tr("name@example.nl"));
    m_phoneMessage->setObjectName(QStringLiteral("betrokkenePhoneMessage"));
    m_emailMessage->setObjectName(QStringLiteral("betrokkeneEmailMessage"));
    m_detailsMessage->setObjectName(QStringLiteral("betrokkeneDetailsMessage"));
    m_rol->setObjectName(QStringLiteral("rolCombo"));
    m_rol->addItem(tr("Klant"), int(Rol::Klant));
    m_rol->addItem(tr("Vertegenwoordiger"), int(Rol::Vertegenwoordiger));
    m_initiator->setObjectName(QStringLiteral("initiatorBox"));
    m_vertegenwoordigerBox->setObjectName(QStringLiteral("vertegenwoordigerBox"));
    m_organisatienaam->setObjectName(QStringLiteral("betrokkeneOrganisatienaamEdit"));
    m_organisatienaam->setToolTip(tr("The organisation the caller speaks for, when they are its contactpersoon"));
    m_organisatienaamMessage->setObjectName(QStringLiteral("betrokkeneOrganisatienaamMessage"));
    m_vertegenwoordigdeZoek->setObjectName(QStringLiteral("vertegenwoordigdeZoekEdit"));
    m_vertegenwoordigdeZoek->setPlaceholderText(tr("Name, BSN, KvK or partij number, then Enter"));
    m_vertegenwoordigde->setObjectName(QStringLiteral("vertegenwoordigdeCombo"));
    m_vertegenwoordigde->setToolTip(tr("The partij the caller represents: the contact also shows in its klantbeeld"));
    m_vertegenwoordigdeMessage->setObjectName(QStringLiteral("vertegenwoordigdeMessage"));

    auto *nameForm = new QFormLayout(m_nameGroup);
    const QStringList labels{tr("&Initials:"), tr("First &name:"), tr("&Prefix:"), tr("&Surname:")};
    const QStringList names{QStringLiteral("voorlettersEdit"), QStringLiteral("voornaamEdit"),
                            QStringLiteral("voorvoegselEdit"), QStringLiteral("achternaamEdit")};
    for (int i = 0; i < 4; ++i) {
        auto *edit = new QLineEdit(m_nameGroup);
        edit->setObjectName(names.at(i));
        auto *label = new QLabel(labels.at(i), m_nameGroup);
        label->setBuddy(edit);
        nameForm->addRow(label, edit);
        m_name.append(edit);
        connect(edit, &QLineEdit::textEdited, this, &BetrokkeneEditor::write);
    }
    m_nameMessage = new FieldMessage(m_name.last(), m_nameGroup);
    nameForm->addRow(QString(), m_nameMessage);

    auto *detailsForm = new QFormLayout(m_detailsGroup);
    auto *phoneLabel = new QLabel(tr("&Telephone:"), m_detailsGroup);
    phoneLabel->setBuddy(m_phone);
    detailsForm->addRow(phoneLabel, m_phone);
    detailsForm->addRow(QString(), m_phoneMessage);
    auto *emailLabel = new QLabel(tr("E-&mail:"), m_detailsGroup);
    emailLabel->setBuddy(m_email);
    detailsForm->addRow(emailLabel, m_email);
    detailsForm->addRow(QString(), m_emailMessage);
    detailsForm->addRow(QString(), m_detailsMessage);

    auto *rolLabel = new QLabel(tr("&Role:"), this);
    rolLabel->setBuddy(m_rol);
    auto *rolRow = new QHBoxLayout;
    rolRow->addWidget(rolLabel);
    rolRow->addWidget(m_rol);
    rolRow->addWidget(m_initiator);
    rolRow->addStretch();

    auto *vertegenwoordigerForm = new QFormLayout(m_vertegenwoordigerBox);
    vertegenwoordigerForm->setContentsMargins(0, 0, 0, 0);
    auto *organisatieLabel = new QLabel(tr("Or&ganisation name:"), m_vertegenwoordigerBox);
    organisatieLabel->setBuddy(m_organisatienaam);
    vertegenwoordigerForm->addRow(organisatieLabel, m_organisatienaam);
    vertegenwoordigerForm->addRow(QString(), m_organisatienaamMessage);
    auto *namensLabel = new QLabel(tr("On &behalf of:"), m_vertegenwoordigerBox);
    namensLabel->setBuddy(m_vertegenwoordigdeZoek);
    vertegenwoordigerForm->addRow(namensLabel, m_vertegenwoordigdeZoek);
    vertegenwoordigerForm->addRow(QString(), m_vertegenwoordigde);
    vertegenwoordigerForm->addRow(QString(), m_vertegenwoordigdeMessage);
    m_vertegenwoordigerBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_variant);
    layout->addWidget(m_explanation);
    layout->addWidget(m_consent);
    layout->addWidget(m_nameGroup);
    layout->addWidget(m_detailsGroup);
    layout->addWidget(m_adres);
    layout->addLayout(rolRow);
    layout->addWidget(m_vertegenwoordigerBox);
    layout->addStretch();
    setFocusProxy(m_name.at(1));
    // Reading order, whatever order the widgets were made in.
    QList<QWidget *> chain{m_consent};
    for (QLineEdit *edit : std::as_const(m_name))
        chain << edit;
    chain << m_phone << m_email;
    for (int f = 0; f < AdresForm::FieldCount; ++f)
        chain << m_adres->edit(AdresForm::Field(f));
    chain << m_rol << m_initiator << m_organisatienaam << m_vertegenwoordigdeZoek << m_vertegenwoordigde;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    connect(m_consent, &QCheckBox::toggled, this, &BetrokkeneEditor::write);
    connect(m_phone, &QLineEdit::textEdited, this, [this] {
        write();
        checkFields(false);
    });
    connect(m_email, &QLineEdit::textEdited, this, [this] {
        write();
        checkFields(false);
    });
    connect(m_phone, &QLineEdit::editingFinished, this, [this] { checkFields(true); });
    connect(m_email, &QLineEdit::editingFinished, this, [this] { checkFields(true); });
    connect(m_rol, &QComboBox::currentIndexChanged, this, &BetrokkeneEditor::write);
    connect(m_initiator, &QCheckBox::toggled, this, &BetrokkeneEditor::write);
    connect(m_organisatienaam, &QLineEdit::textEdited, this, &BetrokkeneEditor::write);
    connect(m_adres, &AdresForm::edited, this, &BetrokkeneEditor::write);
    connect(m_vertegenwoordigdeZoek, &QLineEdit::returnPressed, this, &BetrokkeneEditor::searchVertegenwoordigde);
    connect(m_vertegenwoordigde, &QComboBox::currentIndexChanged, this, &BetrokkeneEditor::write);
}

void BetrokkeneEditor::searchVertegenwoordigde()
{
    const QString text = m_vertegenwoordigdeZoek->text().trimmed();
    if (text.isEmpty() || !m_context.finder || !m_session)
        return;
    const Result<QList<PartijFinderRow>> found = m_context.finder->search(text, 20);
    if (!found) {
        m_vertegenwoordigdeMessage->setError(found.error().message);
        return;
    }
    m_loading = true;
    m_vertegenwoordigde->clear();
    for (const PartijFinderRow &row : found.value()) {
        // The caller cannot represent themself.
        if (row.uuid == m_session->partij || row.viaBetrokkene)
            continue;
        const QString naam = row.nummer.isEmpty() ? row.naam : tr("%1 (partij %2)").arg(row.naam, row.nummer);
        m_vertegenwoordigde->addItem(naam, row.uuid);
    }
    m_loading = false;
    if (m_vertegenwoordigde->count() == 0) {
        m_vertegenwoordigdeMessage->setError(tr("Nobody found for “%1”.").arg(text));
        write();
        return;
    }
    m_vertegenwoordigdeMessage->clearError();
    m_vertegenwoordigde->setCurrentIndex(0);
    write();
    // One hit is the choice; several: the keyboard goes to the list to choose.
    if (m_vertegenwoordigde->count() > 1)
        m_vertegenwoordigde->setFocus(Qt::OtherFocusReason);
}

BetrokkeneEditor::~BetrokkeneEditor() = default;

void BetrokkeneEditor::startOver()
{
    // The search for whom the last caller represented must not linger into the next contact. Not
    // written back: the panel already holds the next session.
    m_loading = true;
    m_vertegenwoordigdeZoek->clear();
    m_vertegenwoordigde->clear();
    m_loading = false;
    clearErrors();
}

bool BetrokkeneEditor::registersNewPartij() const
{
    return RegistrationRules::decide(RegistrationRules::inputsFrom(*m_session)).variant ==
           Variant::NewPartijWithDefaults;
}

void BetrokkeneEditor::refresh()
{
    if (!m_session)
        return;
    m_loading = true;
    const RegistrationRules::Decision decision = RegistrationRules::decide(RegistrationRules::inputsFrom(*m_session));
    m_variant->setText(RegistrationRules::label(decision.variant));
    QString explanation = decision.explanation;
    if (!decision.missing.isEmpty())
        explanation += QStringLiteral("\n• ") + decision.missing.join(QStringLiteral("\n• "));
    m_explanation->setText(explanation);
    const bool nothing = decision.variant == Variant::NothingToRegister;
    const bool newPartij = decision.variant == Variant::NewPartijWithDefaults;
    m_consent->setVisible(m_session->geauthenticeerd &&
                          m_session->partijKeuze != ContactSession::PartijKeuze::Gevonden);
    m_consent->setChecked(m_session->toestemmingHergebruik);
    m_nameGroup->setVisible(!nothing);
    m_detailsGroup->setVisible(!nothing);
    m_adres->setVisible(!nothing);
    m_rol->setEnabled(!nothing);
    m_initiator->setEnabled(!nothing);
    switch (decision.variant) {
    case Variant::UnknownPerson:
        m_nameGroup->setTitle(tr("Name the caller gave"));
        m_detailsGroup->setTitle(tr("Contact details for the follow-up (not kept for later)"));
        m_adres->setTitle(tr("&Where to send the answer of this contact (optional)"));
        break;
    case Variant::NewPartijWithDefaults:
        m_nameGroup->setTitle(tr("Name of the new partij"));
        m_detailsGroup->setTitle(tr("Default contact details of the new partij"));
        m_adres->setTitle(tr("Visiting address of the ne&w partij (optional)"));
        break;
    default:
        m_nameGroup->setTitle(tr("Different form of address for this contact only (optional)"));
        m_detailsGroup->setTitle(tr("Different contact details for this contact only (optional)"));
        m_adres->setTitle(tr("&Where to send the answer of this contact (optional)"));
        break;
    }
    const Contactnaam naam = newPartij ? m_session->nieuwePartij.contactnaam : m_session->betrokkene.contactnaam;
    const QStringList parts{naam.voorletters, naam.voornaam, naam.voorvoegselAchternaam, naam.achternaam};
    // Compared trimmed: the session holds trimmed values, and overwriting the field with them
    // while someone types would eat the space in "van den" or "Jan Willem".
    for (int i = 0; i < 4; ++i) {
        if (m_name.at(i)->text().trimmed() != parts.at(i))
            m_name.at(i)->setText(parts.at(i));
    }
    const QList<ContactDetail> &details =
        newPartij ? m_session->nieuwePartij.digitaleAdressen : m_session->betrokkene.digitaleAdressen;
    QString phone, email;
    for (const ContactDetail &d : details) {
        if (d.soort == SoortDigitaalAdres::Telefoonnummer && phone.isEmpty())
            phone = d.adres;
        else if (d.soort == SoortDigitaalAdres::Email && email.isEmpty())
            email = d.adres;
    }
    if (m_phone->text().trimmed() != phone)
        m_phone->setText(phone);
    // Compared as read back, so that the form is not rewritten under the typing hand.
    const std::optional<Adres> adres =
        newPartij ? m_session->nieuwePartij.bezoekadres : m_session->betrokkene.correspondentieadres;
    if (m_adres->adres() != adres)
        m_adres->setAdres(adres);
    if (m_email->text().trimmed() != email)
        m_email->setText(email);
    m_rol->setCurrentIndex(m_session->betrokkene.rol == Rol::Klant ? 0 : 1);
    m_initiator->setChecked(m_session->betrokkene.initiator);
    const bool vertegenwoordiger = !nothing && m_session->betrokkene.rol == Rol::Vertegenwoordiger;
    m_vertegenwoordigerBox->setVisible(vertegenwoordiger);
    if (m_organisatienaam->text().trimmed() != m_session->betrokkene.organisatienaam)
        m_organisatienaam->setText(m_session->betrokkene.organisatienaam);
    const std::optional<QUuid> &wie = m_session->betrokkene.vertegenwoordigde;
    if (!wie) {
        m_vertegenwoordigde->clear();
    } else if (m_vertegenwoordigde->findData(*wie) < 0) {
        // A restored draft: the choice without the search that found it.
        m_vertegenwoordigde->clear();
        m_vertegenwoordigde->addItem(m_session->betrokkene.vertegenwoordigdeNaam, *wie);
    }
    if (wie)
        m_vertegenwoordigde->setCurrentIndex(m_vertegenwoordigde->findData(*wie));
    m_loading = false;
}

void BetrokkeneEditor::write()
{
    if (m_loading || !m_session)
        return;
    // isHidden, not isVisible: the step may be written while its page is not on screen.
    m_session->toestemmingHergebruik = !m_consent->isHidden() && m_consent->isChecked();
    const Contactnaam naam{m_name.at(0)->text().trimmed(), m_name.at(1)->text().trimmed(),
                           m_name.at(2)->text().trimmed(), m_name.at(3)->text().trimmed()};
    QList<ContactDetail> details;
    if (!m_phone->text().trimmed().isEmpty())
        details.append({SoortDigitaalAdres::Telefoonnummer, m_phone->text().trimmed(), QString()});
    if (!m_email->text().trimmed().isEmpty())
        details.append({SoortDigitaalAdres::Email, m_email->text().trimmed(), QString()});
    // The same fields mean the new partij's own data with consent (variant C), otherwise what is
    // recorded on the betrokkene for this contact only.
    if (registersNewPartij()) {
        m_session->nieuwePartij.contactnaam = naam;
        m_session->nieuwePartij.digitaleAdressen = details;
        m_session->nieuwePartij.voorkeursAdres = details.isEmpty() ? -1 : 0;
        m_session->nieuwePartij.bezoekadres = m_adres->adres();
        m_session->betrokkene.contactnaam = Contactnaam();
        m_session->betrokkene.digitaleAdressen.clear();
        m_session->betrokkene.correspondentieadres.reset();
    } else {
        m_session->betrokkene.contactnaam = naam;
        m_session->betrokkene.digitaleAdressen = details;
        m_session->betrokkene.correspondentieadres = m_adres->adres();
        m_session->nieuwePartij.contactnaam = Contactnaam();
        m_session->nieuwePartij.digitaleAdressen.clear();
        m_session->nieuwePartij.bezoekadres.reset();
    }
    m_session->betrokkene.rol = m_rol->currentIndex() == 0 ? Rol::Klant : Rol::Vertegenwoordiger;
    m_session->betrokkene.initiator = m_initiator->isChecked();
    // Whom a vertegenwoordiger represents means nothing for a klant: not kept out of sight.
    if (m_session->betrokkene.rol == Rol::Vertegenwoordiger) {
        m_session->betrokkene.organisatienaam = m_organisatienaam->text().trimmed();
        if (m_vertegenwoordigde->currentIndex() >= 0) {
            m_session->betrokkene.vertegenwoordigde = m_vertegenwoordigde->currentData().toUuid();
            m_session->betrokkene.vertegenwoordigdeNaam = m_vertegenwoordigde->currentText();
            m_vertegenwoordigdeMessage->clearError();
        } else {
            m_session->betrokkene.vertegenwoordigde.reset();
            m_session->betrokkene.vertegenwoordigdeNaam.clear();
        }
    } else {
        m_session->betrokkene.organisatienaam.clear();
        m_session->betrokkene.vertegenwoordigde.reset();
        m_session->betrokkene.vertegenwoordigdeNaam.clear();
    }
    if (!naam.isEmpty())
        m_nameMessage->clearError();
    if (!details.isEmpty())
        m_detailsMessage->clearError();
    refresh();
    emit edited();
}

void BetrokkeneEditor::checkFields(bool final)
{
    const QString phone = m_phone->text().trimmed();
    // While typing a number is judged once it could be complete; leaving the field judges it.
    const int digits = int(std::count_if(phone.cbegin(), phone.cend(), [](QChar c) { return c.isDigit(); }));
    if (phone.isEmpty() || (!final && digits < 10)) {
        m_phoneMessage->clearError();
    } else if (const Result<QString> normalized = normalizeTelefoonnummer(phone); !normalized) {
        m_phoneMessage->setError(normalized.error().message);
    } else {
        m_phoneMessage->clearError();
    }
    const QString email = m_email->text().trimmed();
    if (email.isEmpty() || !final) {
        if (email.isEmpty())
            m_emailMessage->clearError();
        // While typing an e-mail address, only an error already shown is re-judged.
        if (!email.isEmpty() && m_emailMessage->hasError() && !checkEmail(email))
            m_emailMessage->clearError();
    } else if (const auto problem = checkEmail(email)) {
        m_emailMessage->setError(*problem);
    } else {
        m_emailMessage->clearError();
    }
}

int BetrokkeneEditor::showErrors(const FieldErrors &errors)
{
    int shown = m_adres->showErrors(errors, QStringLiteral("nieuwePartij.bezoekadres")) +
                m_adres->showErrors(errors, QStringLiteral("betrokkene.correspondentieadres"));
    for (const FieldError &e : errors) {
        const QString &f = e.field;
        FieldMessage *target = nullptr;
        if (f == QLatin1String("betrokkene.organisatienaam"))
            target = m_organisatienaamMessage;
        else if (f == QLatin1String("betrokkene.vertegenwoordigde"))
            target = m_vertegenwoordigdeMessage;
        else if (f.contains(QLatin1String("contactnaam")))
            target = m_nameMessage;
        else if ((f.startsWith(QLatin1String("betrokkene.digitaleAdressen[")) ||
                  f.startsWith(QLatin1String("nieuwePartij.digitaleAdressen["))) &&
                 f.endsWith(QLatin1String("adres"))) {
            // Index j follows the order write() builds: phone first, then e-mail.
            const bool first = f.contains(QLatin1String("[0]")) && !m_phone->text().trimmed().isEmpty();
            target = first ? m_phoneMessage : m_emailMessage;
        } else if (f == QLatin1String("betrokkene.digitaleAdressen") ||
                   f == QLatin1String("nieuwePartij.digitaleAdressen"))
            target = m_detailsMessage;
        else if (f == QLatin1String("toestemming")) {
            m_explanation->setText(m_explanation->text() + QStringLiteral("\n") + e.message);
            ++shown;
        }
        if (target) {
            target->setError(e.message);
            ++shown;
        }
    }
    return shown;
}

void BetrokkeneEditor::clearErrors()
{
    for (FieldMessage *m : {m_nameMessage, m_phoneMessage, m_emailMessage, m_detailsMessage, m_organisatienaamMessage,
                            m_vertegenwoordigdeMessage})
        m->clearError();
    m_adres->clearErrors();
}

} // namespace kcc::ui
