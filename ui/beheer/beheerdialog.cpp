#include "ui/beheer/beheerdialog.h"

#include "ui/beheer/afdelingform.h"
#include "ui/beheer/brpinstellingenform.h"
#include "ui/beheer/codelisteditor.h"
#include "ui/beheer/medewerkerform.h"
#include "ui/beheer/openklantinstellingenform.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kcc::ui {

BeheerDialog::BeheerDialog(const CallFlowContext &context, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_medewerkers(new MedewerkerForm(*context.accounts, *context.actors, context.lidmaatschap, context.user, this))
    , m_afdelingen(new AfdelingForm(*context.accounts, *context.actors, this))
    , m_codeLists(new CodeListEditor(*context.codeLists, this))
{
    setObjectName(QStringLiteral("beheerDialog"));
    setWindowTitle(tr("Beheer"));
    m_tabs->setObjectName(QStringLiteral("beheerTabs"));
    m_tabs->addTab(m_medewerkers, tr("&Medewerkers"));
    m_tabs->addTab(m_afdelingen, tr("A&fdelingen"));
    m_tabs->addTab(m_codeLists, tr("&Codelijsten"));
    m_tabs->addTab(new BrpInstellingenForm(this), tr("&BRP"));
    if (context.openKlant)
        m_tabs->addTab(new OpenKlantInstellingenForm(*context.openKlant, context.actors, this), tr("Open &Klant"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter in a form field must not close the dialog: the forms have their own buttons.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(900, 600);
}

BeheerDialog::~BeheerDialog() = default;

} // namespace kcc::ui
