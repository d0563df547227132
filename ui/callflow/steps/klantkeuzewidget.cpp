#include "ui/callflow/steps/klantkeuzewidget.h"

#include "model/callflow/contactsession.h"
#include "model/klantinteracties/enums.h"
#include "model/lists/partijtablemodel.h"
#include "ui/widgets/palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kcc::ui {

KlantKeuzeWidget::KlantKeuzeWidget(const CallFlowContext &context, QWidget *parent)
    : CallFlowStep(parent)
    , m_context(context)
    , m_choice(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_status(new QLabel(this))
    , m_search(new QPushButton(tr("Search (Ctrl+F)"), this))
    , m_notFound(new QPushButton(tr("&Not found — continue without partij"), this))
{
    setObjectName(QStringLiteral("klantStep"));
    m_choice->setObjectName(QStringLiteral("klantChoice"));
    m_choice->setTextFormat(Qt::PlainText);
    m_choice->setWordWrap(true);
    QFont big = m_choice->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_choice->setFont(big);
    m_hint->setObjectName(QStringLiteral("klantHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("partijSearchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_search->setObjectName(QStringLiteral("searchCallerButton"));
    m_search->setToolTip(tr("Puts the keyboard in the search box beside this panel"));
    m_notFound->setObjectName(QStringLiteral("notFoundButton"));
    m_notFound->setToolTip(tr("The caller is not (yet) known: continue without a partij (Alt+N)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_search);
    buttons->addWidget(m_notFound);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();
    setFocusProxy(m_search);
    setTabOrder(m_search, m_notFound);

    connect(m_search, &QPushButton::clicked, this, &KlantKeuzeWidget::searchRequested);
    connect(m_notFound, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        clearPartij();
        emit notFound();
    });
    showChoice();
}

KlantKeuzeWidget::~KlantKeuzeWidget() = default;

void KlantKeuzeWidget::refresh()
{
    if (!m_session)
        return;
    // A resumed draft names its partij; read it so that the klantbeeld shows it again.
    if (m_session->partijKeuze == ContactSession::PartijKeuze::Gevonden && m_session->partij &&
        (!m_klantbeeld || m_klantbeeld->partij.uuid != *m_session->partij)) {
        choosePartij(*m_session->partij);
        return;
    }
    if (m_session->partijKeuze != ContactSession::PartijKeuze::Gevonden && m_klantbeeld) {
        m_klantbeeld.reset();
        emit partijChanged();
    }
    showChoice();
}

void KlantKeuzeWidget::startOver()
{
    m_klantbeeld.reset();
    m_status->clear();
    showChoice();
}

bool KlantKeuzeWidget::choosePartij(const QUuid &partij)
{
    if (!m_session)
        return false;
    // The ten most recent klantcontacten: the "earlier contact" choice of the onderwerp step.
    const Result<Klantbeeld> loaded = m_context.klantbeeld->load(partij, m_context.user, 10);
    if (!loaded) {
        m_status->setText(loaded.error().message);
        m_status->setStyleSheet(Palette::textStyle(Palette::errorText()));
        return false;
    }
    m_klantbeeld = loaded.value();
    // Another person than the one authenticated: the authentication was not theirs.
    if (m_session->partijKeuze == ContactSession::PartijKeuze::Gevonden && m_session->partij != partij)
        withdrawAuthentication();
    m_session->partijKeuze = ContactSession::PartijKeuze::Gevonden;
    m_session->partij = partij;
    // Default contact details on the partij mean consent for reuse was given before (V6898).
    m_session->toestemmingEerderGegeven = !loaded.value().digitaleAdressen.isEmpty();
    m_status->clear();
    showChoice();
    emit partijChanged();
    emit edited();
    return true;
}

void KlantKeuzeWidget::clearPartij()
{
    if (!m_session)
        return;
    const bool changed = m_session->partijKeuze == ContactSession::PartijKeuze::Gevonden || m_klantbeeld;
    if (m_session->partijKeuze == ContactSession::PartijKeuze::Gevonden)
        withdrawAuthentication();
    m_session->partijKeuze = ContactSession::PartijKeuze::Geen;
    m_session->partij.reset();
    m_session->toestemmingEerderGegeven = false;
    m_klantbeeld.reset();
    showChoice();
    if (changed) {
        emit partijChanged();
        emit edited();
    }
}

void KlantKeuzeWidget::chooseNieuwePartij(const NieuwePartij &partij)
{
    if (!m_session)
        return;
    if (m_session->partijKeuze == ContactSession::PartijKeuze::Gevonden)
        withdrawAuthentication();
    m_session->partijKeuze = ContactSession::PartijKeuze::Nieuw;
    m_session->partij.reset();
    m_session->toestemmingEerderGegeven = false;
    m_session->nieuwePartij = partij;
    // Until consent makes it the partij's own, the name is the one this contact is recorded with.
    m_session->betrokkene.contactnaam = partij.contactnaam;
    m_klantbeeld.reset();
    m_status->clear();
    showChoice();
    emit partijChanged();
    emit edited();
}

void KlantKeuzeWidget::withdrawAuthentication()
{
    m_session->geauthenticeerd = false;
    m_session->authenticatiemethode.clear();
}

void KlantKeuzeWidget::showChoice()
{
    if (m_klantbeeld) {
        const Partij &p = m_klantbeeld->partij;
        QStringList ids;
        for (const PartijIdentificator &i : m_klantbeeld->identificatoren) {
            const bool bsn = i.codeSoortObjectId == CodeSoortObjectId::Bsn;
            ids << tr("%1 %2").arg(label(i.codeSoortObjectId),
                                   bsn ? PartijTableModel::maskBsn(i.objectId) : i.objectId);
        }
        //: The partij chosen for the contact: name, then its identificatoren (BSN masked)
        m_choice->setText(ids.isEmpty() ? p.weergaveNaam()
                                        : tr("%1 — %2").arg(p.weergaveNaam(), ids.join(QStringLiteral(", "))));
        m_hint->setText(tr("The klantbeeld beside this panel is this caller's. Another search there chooses "
                           "someone else. Next: authenticate the caller (Alt+2)."));
    } else if (m_session && m_session->partijKeuze == ContactSession::PartijKeuze::Nieuw &&
               !m_session->nieuwePartij.bsn.isEmpty()) {
        //: A person found in the BRP becomes a new partij: name, masked BSN
        m_choice->setText(tr("New partij from the BRP: %1 — BSN %2")
                              .arg(m_session->nieuwePartij.contactnaam.volledigeNaam(),
                                   PartijTableModel::maskBsn(m_session->nieuwePartij.bsn)));
        m_hint->setText(tr("Next: establish the identity of the caller (Alt+2). The BRP values are for verifying "
                           "what the caller says; never read them out."));
    } else {
        m_choice->setText(tr("No partij chosen yet"));
        m_hint->setText(tr("Search the caller beside this panel (Ctrl+F): by name, BSN, phone number, e-mail, "
                           "postcode + house number or number. Enter on a hit chooses the partij for this "
                           "contact. Nobody found? Continue without partij (Alt+N)."));
    }
}

int KlantKeuzeWidget::showErrors(const FieldErrors &errors)
{
    int shown = 0;
    for (const FieldError &error : errors) {
        if (error.field == QLatin1String("partij")) {
            m_status->setText(error.message);
            m_status->setStyleSheet(Palette::textStyle(Palette::errorText()));
            ++shown;
        }
    }
    return shown;
}

void KlantKeuzeWidget::clearErrors()
{
    m_status->setStyleSheet(QString());
}

} // namespace kcc::ui
