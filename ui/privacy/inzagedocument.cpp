#include "ui/privacy/inzagedocument.h"

#include "model/klantinteracties/enums.h"

#include <QIODevice>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>

namespace kcc::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString tijd(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QStringLiteral("dd-MM-yyyy HH:mm")) : QString();
}

// A table with a header row; every cell is escaped here.
QString tabel(const QStringList &koppen, const QList<QStringList> &rijen)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString &kop : koppen)
        html += QLatin1String("<th align=\"left\">") % esc(kop) % QLatin1String("</th>");
    html += QLatin1String("</tr>");
    for (const QStringList &rij : rijen) {
        html += QLatin1String("<tr>");
        for (const QString &cel : rij)
            html += QLatin1String("<td>") % esc(cel) % QLatin1String("</td>");
        html += QLatin1String("</tr>");
    }
    return html + QLatin1String("</table>");
}

QString adres(const std::optional<Adres> &adres)
{
    return adres && !adres->isEmpty() ? adres->oneLine() : QString();
}

} // namespace

QString InzageDocument::persoon(const InzageDossier &dossier)
{
    QList<QStringList> rijen;
    if (dossier.partij) {
        const Partij &partij = *dossier.partij;
        rijen << QStringList{tr("Name"), partij.weergaveNaam()}
              << QStringList{tr("Visiting address"), adres(partij.bezoekadres)}
              << QStringList{tr("Correspondence address"), adres(partij.correspondentieadres)}
              << QStringList{tr("Preferred language"), partij.voorkeurstaal}
              << QStringList{tr("Note"), partij.interneNotitie};
    }
    for (const PartijIdentificator &identificator : dossier.partijRelaties.partijIdentificatoren)
        rijen << QStringList{label(identificator.codeSoortObjectId), identificator.objectId};
    if (!dossier.partij && !dossier.bsn.isEmpty())
        rijen << QStringList{label(CodeSoortObjectId::Bsn), dossier.bsn};
    for (const DigitaalAdres &digitaalAdres : dossier.digitaleAdressen)
        rijen << QStringList{label(digitaalAdres.soortDigitaalAdres), digitaalAdres.adres};
    for (const Rekeningnummer &rekeningnummer : dossier.rekeningnummers)
        rijen << QStringList{tr("Bank account"), rekeningnummer.iban};
    for (const InzageDossier::Betrokkenheid &betrokkenheid : dossier.betrokkenen) {
        const Betrokkene &b = betrokkenheid.betrokkene;
        const QString naam = b.contactnaam ? b.contactnaam->volledigeNaam() : QString();
        QStringList gegeven{naam, adres(b.bezoekadres), adres(b.correspondentieadres)};
        gegeven.removeAll(QString());
        if (!gegeven.isEmpty())
            rijen << QStringList{tr("As given in a contact"), gegeven.join(QLatin1String("; "))};
    }
    if (!dossier.vertegenwoordigingen.isEmpty())
        rijen << QStringList{tr("Representations"), QString::number(dossier.vertegenwoordigingen.size())};
    return QLatin1String("<h2>") % esc(tr("Your details")) % QLatin1String("</h2>") %
           tabel({tr("What"), tr("Recorded")}, rijen);
}

QString InzageDocument::contacten(const InzageDossier &dossier)
{
    QList<QStringList> rijen;
    for (const InzageDossier::Contact &contact : dossier.klantcontacten) {
        const Klantcontact &k = contact.klantcontact;
        rijen << QStringList{tijd(k.plaatsgevondenOp), k.kanaal, k.onderwerp, k.inhoud, k.reactie};
    }
    QList<QStringList> taken;
    for (const InterneTaak &taak : dossier.interneTaken)
        taken << QStringList{tijd(taak.toegewezenOp), taak.gevraagdeHandeling, label(taak.status), taak.toelichting};
    return QLatin1String("<h2>") % esc(tr("Your contacts with the municipality")) % QLatin1String("</h2>") %
           (rijen.isEmpty() ? QLatin1String("<p>") % esc(tr("None.")) % QLatin1String("</p>")
                            : tabel({tr("Date"), tr("Channel"), tr("Subject"), tr("Content"), tr("Answer")}, rijen)) %
           QLatin1String("<h2>") % esc(tr("Tasks arising from them")) % QLatin1String("</h2>") %
           (taken.isEmpty() ? QLatin1String("<p>") % esc(tr("None.")) % QLatin1String("</p>")
                            : tabel({tr("Date"), tr("Requested action"), tr("Status"), tr("Explanation")}, taken));
}

QString InzageDocument::verwerkingen(const InzageDossier &dossier)
{
    QList<QStringList> rijen;
    for (const Verwerkingsactie &actie : dossier.verwerkingen) {
        QStringList soorten;
        for (const VerwerktObject &object : actie.verwerkteObjecten)
            soorten << object.verwerkteSoortenGegevens;
        soorten.removeDuplicates();
        rijen << QStringList{tijd(actie.tijdstip), actie.actieNaam,
                             actie.handelingNaam,  soorten.join(QLatin1String(", ")),
                             actie.gebruiker,      actie.bewaartermijn};
    }
    return QLatin1String("<h2>") % esc(tr("Who processed your data")) % QLatin1String("</h2><p>") %
           esc(tr("Every look at your data is recorded. Employees are named by a code; the municipality can tell you "
                  "which department a code belongs to.")) %
           QLatin1String("</p>") %
           (rijen.isEmpty()
                ? QLatin1String("<p>") % esc(tr("None.")) % QLatin1String("</p>")
                : tabel({tr("When"), tr("Action"), tr("Purpose"), tr("Data"), tr("Employee code"), tr("Kept for")},
                        rijen));
}

QString InzageDocument::html(const InzageDossier &dossier)
{
    return QLatin1String("<html><body><h1>") % esc(tr("Access to your personal data")) % QLatin1String("</h1><p>") %
           esc(tr("Drawn up on %1. This overview holds everything the customer contact centre (KCC) of the "
                  "municipality records about you, and who processed your data, when and why (GDPR article 15).")
                   .arg(tijd(dossier.opgesteldOp))) %
           QLatin1String("</p>") % persoon(dossier) % contacten(dossier) % verwerkingen(dossier) %
           QLatin1String("</body></html>");
}

bool InzageDocument::schrijfPdf(const InzageDossier &dossier, QIODevice &device)
{
    QPdfWriter writer(&device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(tr("Access to your personal data"));
    writer.setCreator(QStringLiteral("KCC Werkplek"));
    QTextDocument document;
    document.setHtml(html(dossier));
    document.print(&writer);
    return device.isOpen() && device.pos() > 0; // QPdfWriter reports no errors of its own
}

} // namespace kcc::ui
