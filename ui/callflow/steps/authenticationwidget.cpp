#include "ui/callflow/steps/authenticationwidget.h"

#include "model/callflow/contactsession.h"
#include "model/validation/valuevalidators.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kcc::ui {

AuthenticationWidget::AuthenticationWidget(const CallFlowContext &context, QWidget *parent)
    : CallFlowStep(parent)
    , m_context(context)
    , m_authenticated(new QCheckBox(tr("Identity of the caller &established"), this))
    , m_method(new QComboBox(this))
    , m_methodMessage(new FieldMessage(m_method, this))
    , m_bsnLabel(new QLabel(tr("BS&N:"), this))
    , m_bsn(new QLineEdit(this))
    , m_bsnMessage(new FieldMessage(m_bsn, this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("authenticationStep"));
    m_authenticated->setObjectName(QStringLiteral("authenticatedBox"));
    m_method->setObjectName(QStringLiteral("authenticationMethod"));
    m_bsn->setObjectName(QStringLiteral("authenticationBsn"));
    m_bsn->setPlaceholderText(tr("9 digits"));
    m_bsn->setMaxLength(11);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(Palette::textStyle(Palette::hintText()));
    m_methodMessage->setObjectName(QStringLiteral("authenticationMethodMessage"));
    m_bsnMessage->setObjectName(QStringLiteral("authenticationBsnMessage"));

    m_method->addItem(tr("— choose —"), QString());
    if (const auto entries = context.codeLists->entries(CodeList::Authenticatiemethode)) {
        for (const CodeListEntry &e : entries.value())
            m_method->addItem(e.label, e.code);
    }
    auto *methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_method);
    m_bsnLabel->setBuddy(m_bsn);

    auto *form = new QFormLayout(this);
    form->addRow(m_authenticated);
    form->addRow(methodLabel, m_method);
    form->addRow(QString(), m_methodMessage);
    form->addRow(m_bsnLabel, m_bsn);
    form->addRow(QString(), m_bsnMessage);
    form->addRow(m_hint);
    setFocusProxy(m_authenticated);
    setTabOrder(m_authenticated, m_method);
    setTabOrder(m_method, m_bsn);

    connect(m_authenticated, &QCheckBox::toggled, this, &AuthenticationWidget::write);
    connect(m_method, &QComboBox::currentIndexChanged, this, &AuthenticationWidget::write);
    connect(m_bsn, &QLineEdit::textEdited, this, [this] {
        write();
        checkBsnField(false);
    });
    connect(m_bsn, &QLineEdit::editingFinished, this, [this] { checkBsnField(true); });
}

AuthenticationWidget::~AuthenticationWidget() = default;

void AuthenticationWidget::refresh()
{
    if (!m_session)
        return;
    m_loading = true;
    m_authenticated->setChecked(m_session->geauthenticeerd);
    const int index = m_method->findData(m_session->authenticatiemethode);
    m_method->setCurrentIndex(index < 0 ? 0 : index);
    m_method->setEnabled(m_session->geauthenticeerd);
    const bool needsBsn = m_session->geauthenticeerd && m_session->partijKeuze != ContactSession::PartijKeuze::Gevonden;
    m_bsnLabel->setVisible(needsBsn);
    m_bsn->setVisible(needsBsn);
    if (m_bsn->text() != m_session->nieuwePartij.bsn)
        m_bsn->setText(m_session->nieuwePartij.bsn);
    if (!needsBsn)
        m_bsnMessage->clearError();
    m_hint->setText(!m_session->geauthenticeerd
                        ? tr("Not authenticated: a partij plays no role; a klantcontact is only recorded when "
                             "follow-up is needed.")
                    : needsBsn ? tr("No partij was chosen: enter the BSN the caller was identified with.")
                               : tr("The chosen partij is linked to the klantcontact."));
    m_loading = false;
}

void AuthenticationWidget::write()
{
    if (m_loading || !m_session)
        return;
    m_session->geauthenticeerd = m_authenticated->isChecked();
    m_session->authenticatiemethode = m_session->geauthenticeerd ? m_method->currentData().toString() : QString();
    m_session->nieuwePartij.bsn = m_bsn->text().trimmed();
    // Authenticated without a found partij means one is to be registered (variant C or rule 3).
    if (m_session->partijKeuze != ContactSession::PartijKeuze::Gevonden) {
        m_session->partijKeuze =
            m_session->geauthenticeerd ? ContactSession::PartijKeuze::Nieuw : ContactSession::PartijKeuze::Geen;
    }
    if (!m_session->authenticatiemethode.isEmpty())
        m_methodMessage->clearError();
    refresh();
    emit edited();
}

void AuthenticationWidget::checkBsnField(bool final)
{
    const QString bsn = m_bsn->text().trimmed();
    // While typing only a complete number is judged; leaving the field judges what is there.
    if (bsn.isEmpty() || (!final && bsn.size() < 9)) {
        m_bsnMessage->clearError();
        return;
    }
    if (const auto problem = checkBsn(bsn))
        m_bsnMessage->setError(tr("%1 Check the number with the caller; a BSN has 9 digits and passes the "
                                  "elfproef.")
                                   .arg(*problem));
    else
        m_bsnMessage->clearError();
}

int AuthenticationWidget::showErrors(const FieldErrors &errors)
{
    int shown = 0;
    for (const FieldError &e : errors) {
        if (e.field == QLatin1String("nieuwePartij.bsn")) {
            m_bsnMessage->setError(e.message);
            ++shown;
        } else if (e.field == QLatin1String("authenticatiemethode")) {
            m_methodMessage->setError(e.message);
            ++shown;
        }
    }
    return shown;
}

void AuthenticationWidget::clearErrors()
{
    m_bsnMessage->clearError();
    m_methodMessage->clearError();
}

} // namespace kcc::ui
