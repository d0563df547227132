#include "ui/klantbeeldwidget.h"

#include "model/enums.h"

#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kcc::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString masked(const QString &bsn)
{
    // The last three digits are enough to compare with what the caller reads out.
    return bsn.size() > 3 ? QString(bsn.size() - 3, QChar(0x2022)) + bsn.right(3) : bsn;
}

} // namespace

KlantbeeldWidget::KlantbeeldWidget(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTextBrowser(this))
    , m_showBsn(new QPushButton(tr("Show &BSN"), this))
{
    setObjectName(QStringLiteral("klantbeeld"));
    m_view->setObjectName(QStringLiteral("klantbeeldView"));
    m_view->setOpenLinks(false);
    m_showBsn->setObjectName(QStringLiteral("showBsnButton"));
    m_showBsn->setCheckable(true);
    m_showBsn->setToolTip(tr("Shows the full BSN (Alt+B); only when the caller's identity requires it"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_showBsn, 0, Qt::AlignLeft);
    connect(m_showBsn, &QPushButton::toggled, this, [this](bool on) {
        m_bsnVisible = on;
        m_showBsn->setText(on ? tr("Hide &BSN") : tr("Show &BSN"));
        render();
    });
    clear();
}

KlantbeeldWidget::~KlantbeeldWidget() = default;

void KlantbeeldWidget::setKlantbeeld(const Klantbeeld &klantbeeld)
{
    m_klantbeeld = klantbeeld;
    m_showBsn->setChecked(false);
    m_showBsn->setEnabled(!klantbeeld.identificatoren.isEmpty());
    render();
}

void KlantbeeldWidget::clear()
{
    m_klantbeeld.reset();
    m_showBsn->setChecked(false);
    m_showBsn->setEnabled(false);
    m_view->setHtml(QStringLiteral("<p style='color:#666'>%1</p>")
                        .arg(esc(tr("No partij chosen. Search above and press Enter to open the klantbeeld."))));
}

QString KlantbeeldWidget::text() const
{
    return m_view->toPlainText();
}

void KlantbeeldWidget::render()
{
    if (!m_klantbeeld)
        return;
    const Klantbeeld &k = *m_klantbeeld;
    const Partij &p = k.partij;
    const QLocale locale;
    QString html = QStringLiteral("<h3 style='margin:0'>%1</h3><p style='margin-top:2px'>%2 · %3</p>")
                       .arg(esc(p.weergaveNaam()), esc(label(p.soortPartij)),
                            esc(tr("nummer %1").arg(p.nummer.value_or(tr("none")))));
    if (!p.indicatieActief)
        html += QStringLiteral("<p style='color:#b3261e'><b>%1</b></p>").arg(esc(tr("This partij is inactive.")));
    if (p.indicatieGeheimhouding.value_or(false))
        html += QStringLiteral("<p style='color:#b3261e'><b>%1</b></p>")
                    .arg(esc(tr("Geheimhouding: do not give out personal details.")));

    auto section = [&html](const QString &title) {
        html += QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4>").arg(esc(title));
    };
    section(tr("Addresses"));
    if (p.bezoekadres)
        html += QStringLiteral("%1: %2<br>").arg(esc(tr("Bezoekadres")), esc(p.bezoekadres->oneLine()));
    if (p.correspondentieadres)
        html +=
            QStringLiteral("%1: %2<br>").arg(esc(tr("Correspondentieadres")), esc(p.correspondentieadres->oneLine()));
    if (!p.bezoekadres && !p.correspondentieadres)
        html += esc(tr("none")) + QStringLiteral("<br>");

    section(tr("Contact details"));
    for (const DigitaalAdres &a : k.digitaleAdressen) {
        html += QStringLiteral("%1: %2%3<br>")
                    .arg(esc(label(a.soortDigitaalAdres)), esc(a.adres),
                         k.isVoorkeur(a) ? QStringLiteral(" <b>★ %1</b>").arg(esc(tr("voorkeur"))) : QString());
    }
    if (k.digitaleAdressen.isEmpty())
        html += esc(tr("none — no consent for reuse given")) + QStringLiteral("<br>");

    section(tr("Identificatoren"));
    for (const PartijIdentificator &i : k.identificatoren) {
        const bool bsn = i.codeSoortObjectId == CodeSoortObjectId::Bsn;
        html += QStringLiteral("%1: %2<br>")
                    .arg(esc(label(i.codeSoortObjectId)), esc(bsn && !m_bsnVisible ? masked(i.objectId) : i.objectId));
    }
    if (k.identificatoren.isEmpty())
        html += esc(tr("none")) + QStringLiteral("<br>");

    section(tr("Recent klantcontacten"));
    for (const KlantbeeldContact &c : k.klantcontacten) {
        const Klantcontact &kc = c.klantcontact;
        const QString when = locale.toString(kc.plaatsgevondenOp.toLocalTime(), QLocale::ShortFormat);
        html += QStringLiteral("%1 · %2 · %3<br>")
                    .arg(esc(when), esc(kc.kanaal),
                         c.verborgen ? QStringLiteral("<i>%1</i>").arg(esc(tr("vertrouwelijk"))) : esc(kc.onderwerp));
    }
    if (k.klantcontacten.isEmpty())
        html += esc(tr("none")) + QStringLiteral("<br>");

    section(tr("Open interne taken"));
    for (const InterneTaak &t : k.openTaken) {
        html +=
            QStringLiteral("%1 · %2<br>").arg(esc(t.referentienummer.value_or(QString())), esc(t.gevraagdeHandeling));
    }
    if (k.openTaken.isEmpty())
        html += esc(tr("none")) + QStringLiteral("<br>");
    m_view->setHtml(html);
}

} // namespace kcc::ui
