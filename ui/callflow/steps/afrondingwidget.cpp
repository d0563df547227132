#include "ui/callflow/steps/afrondingwidget.h"

#include "model/callflow/contactsession.h"
#include "model/callflow/registrationplan.h"
#include "ui/widgets/palette.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kcc::ui {

AfrondingWidget::AfrondingWidget(const CallFlowContext &context, QWidget *parent)
    : CallFlowStep(parent)
    , m_context(context)
    , m_summary(new QPlainTextEdit(this))
    , m_missing(new QLabel(this))
    , m_register(new QPushButton(this))
{
    setObjectName(QStringLiteral("afrondingStep"));
    m_summary->setObjectName(QStringLiteral("summaryView"));
    m_summary->setReadOnly(true);
    m_summary->setTabChangesFocus(true);
    m_missing->setObjectName(QStringLiteral("missingLabel"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(Palette::textStyle(Palette::missingText()));
    m_register->setObjectName(QStringLiteral("registerButton"));
    m_register->setDefault(true);
    auto *title = new QLabel(tr("What will be recorded:"), this);
    title->setBuddy(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_missing);
    layout->addWidget(m_register, 0, Qt::AlignRight);
    setFocusProxy(m_register);
    setTabOrder(m_summary, m_register);
    connect(m_register, &QPushButton::clicked, this, &AfrondingWidget::registerRequested);
}

AfrondingWidget::~AfrondingWidget() = default;

void AfrondingWidget::refresh()
{
    if (!m_session)
        return;
    const RegistrationRules::Decision decision = RegistrationRules::decide(RegistrationRules::inputsFrom(*m_session));
    const bool nothing = decision.variant == RegistrationRules::Variant::NothingToRegister;
    const QStringList missing = nothing ? QStringList() : RegistrationPlan::missingForAfronding(*m_session);
    QStringList lines;
    const Result<PlanContext> context = m_context.registration->planContext(*m_session);
    if (context) {
        const Result<RegistrationPlan> plan = RegistrationPlan::build(*m_session, context.value());
        if (plan)
            lines = plan.value().summary();
        else if (missing.isEmpty())
            lines = {plan.error().message};
    } else {
        lines = {context.error().message};
    }
    if (lines.isEmpty())
        lines = {decision.explanation};
    m_summary->setPlainText(lines.join(QLatin1Char('\n')));
    m_missing->setText(missing.isEmpty()
                           ? QString()
                           : tr("Still missing:") + QStringLiteral("\n• ") + missing.join(QStringLiteral("\n• ")));
    m_missing->setVisible(!missing.isEmpty());
    m_register->setText(nothing ? tr("Close &without registration (Ctrl+Enter)") : tr("&Register (Ctrl+Enter)"));
    m_register->setEnabled(missing.isEmpty());
    m_register->setToolTip(missing.isEmpty() ? QString() : missing.join(QLatin1Char('\n')));
}

int AfrondingWidget::showErrors(const FieldErrors &)
{
    return 0;
}

void AfrondingWidget::clearErrors() {}

} // namespace kcc::ui
