#include "ui/privacy/inzageknop.h"

#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/privacy/inzagebestanden.h"
#include "ui/privacy/mapkeuze.h"
#include "ui/widgets/palette.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace kcc::ui {

InzageKnop *InzageKnop::voegToe(KlantbeeldWidget *klantbeeld, InzageService *service, const SignedInActor &user,
                                const ApiJson &api, const QString &logBaseUrl)
{
    if (!klantbeeld || !service || !user.hasRole(AccountRole::privacy()))
        return nullptr;
    auto *knop = new InzageKnop(klantbeeld, service, user, api, logBaseUrl);
    klantbeeld->addActionWidget(knop);
    return knop;
}

InzageKnop::InzageKnop(KlantbeeldWidget *klantbeeld, InzageService *service, const SignedInActor &user,
                       const ApiJson &api, const QString &logBaseUrl)
    : QWidget(klantbeeld)
    , m_klantbeeld(klantbeeld)
    , m_service(service)
    , m_user(user)
    , m_api(api)
    , m_logBaseUrl(logBaseUrl)
    , m_button(new QPushButton(tr("Make inzage…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("inzageKnop"));
    m_button->setObjectName(QStringLiteral("inzageButton"));
    m_button->setToolTip(tr("Writes everything the KCC holds about this person, and who processed it, as JSON and "
                            "PDF into a folder (GDPR art. 15); the inzage is recorded in the verwerkingenlog"));
    m_status->setObjectName(QStringLiteral("inzageStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_status, 1);
    m_button->setEnabled(klantbeeld->hasKlantbeeld());
    connect(klantbeeld, &KlantbeeldWidget::klantbeeldChanged, this, [this] {
        m_button->setEnabled(m_klantbeeld->hasKlantbeeld());
        m_status->clear();
    });
    connect(m_button, &QPushButton::clicked, this, &InzageKnop::maak);
}

void InzageKnop::maak()
{
    if (!m_klantbeeld->hasKlantbeeld())
        return;
    const QString map = MapKeuze::kies(this, tr("Folder for the inzage"));
    if (map.isEmpty())
        return;
    InzageVraag vraag;
    vraag.partij = m_klantbeeld->klantbeeld()->partij.uuid;
    const Result<InzageDossier> dossier = m_service->inzage(vraag, m_user);
    if (!dossier) {
        meld(dossier.error().message, true);
        return;
    }
    if (Result<> written = InzageBestanden::schrijf(dossier.value(), map, m_api, m_logBaseUrl); !written) {
        meld(written.error().message, true);
        return;
    }
    meld(tr("Inzage written to %1.").arg(QDir::toNativeSeparators(map)), false);
    emit inzageGeschreven(map);
}

void InzageKnop::meld(const QString &text, bool fout)
{
    m_status->setText(text);
    m_status->setStyleSheet(fout ? Palette::textStyle(Palette::errorText()) : QString());
}

} // namespace kcc::ui
