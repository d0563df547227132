#include "ui/klantbeeld/klantcontactdetaildialog.h"

#include "model/klantinteracties/enums.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kcc::ui {

namespace {

// Database text never becomes markup: a "<b>" typed into an onderwerp is shown as typed.
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString when(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString taalNaam(const QString &code)
{
    const QLocale::Language language = QLocale::codeToLanguage(code, QLocale::ISO639Part2);
    if (language == QLocale::AnyLanguage || code.isEmpty())
        return code;
    //: A language by name with its ISO 639-2 code, e.g. "Nederlands (nld)"
    return KlantcontactDetailDialog::tr("%1 (%2)").arg(QLocale(language).nativeLanguageName(), code);
}

QString naamVan(const KlantcontactDetailBetrokkene &row)
{
    QStringList parts;
    if (!row.partijNaam.isEmpty())
        parts << row.partijNaam;
    else if (row.betrokkene.contactnaam && !row.betrokkene.contactnaam->isEmpty())
        parts << row.betrokkene.contactnaam->volledigeNaam();
    if (!row.betrokkene.organisatienaam.isEmpty())
        parts << row.betrokkene.organisatienaam;
    return parts.join(QStringLiteral(", "));
}

QString contactgegevensVan(const KlantcontactDetailBetrokkene &row)
{
    QStringList parts;
    for (const DigitaalAdres &adres : row.digitaleAdressen)
        parts << QStringLiteral("%1: %2").arg(label(adres.soortDigitaalAdres), adres.adres);
    if (row.betrokkene.bezoekadres && !row.betrokkene.bezoekadres->isEmpty())
        parts << KlantcontactDetailDialog::tr("Bezoekadres: %1").arg(row.betrokkene.bezoekadres->oneLine());
    if (row.betrokkene.correspondentieadres && !row.betrokkene.correspondentieadres->isEmpty()) {
        parts << KlantcontactDetailDialog::tr("Correspondentieadres: %1")
                     .arg(row.betrokkene.correspondentieadres->oneLine());
    }
    return parts.join(QStringLiteral("; "));
}

QString identificatorText(const std::optional<ObjectIdentificator> &id)
{
    if (!id || id->isEmpty())
        return {};
    QStringList parts;
    for (const QString &part : {id->codeObjecttype, id->codeSoortObjectId, id->objectId})
        if (!part.isEmpty())
            parts << part;
    QString text = parts.join(QStringLiteral(" · "));
    if (!id->codeRegister.isEmpty())
        text += QStringLiteral(" (%1)").arg(id->codeRegister);
    return text;
}

} // namespace

KlantcontactDetailDialog::KlantcontactDetailDialog(const KlantcontactDetail &detail, QWidget *parent)
    : QDialog(parent)
    , m_klantcontact(detail.klantcontact.uuid)
{
    setObjectName(QStringLiteral("klantcontactDetailDialog"));
    const Klantcontact &k = detail.klantcontact;
    if (detail.verborgen || !k.referentienummer)
        setWindowTitle(tr("Klantcontact"));
    else
        //: Title of the read-only view of a klantcontact; %1 is its referentienummer
        setWindowTitle(tr("Klantcontact %1").arg(*k.referentienummer));

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    if (detail.verborgen) {
        QLabel *message = plainLabel(tr("This klantcontact is vertrouwelijk. Only the medewerkers linked to it, "
                                        "those its tasks are assigned to and supervisors can read it."),
                                     content);
        message->setObjectName(QStringLiteral("detailVertrouwelijk"));
        contentLayout->addWidget(message);
    } else {
        addFields(contentLayout, k);
        addBetrokkenen(contentLayout, detail.betrokkenen);
        addOnderwerpobjecten(contentLayout, detail);
        addActoren(contentLayout, detail.actoren);
        addTaken(contentLayout, detail.taken);
    }
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("detailCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    // Fits beside the klantbeeld at 1366×768.
    resize(detail.verborgen ? QSize(460, 180) : QSize(720, 620));
}

KlantcontactDetailDialog::~KlantcontactDetailDialog() = default;

void KlantcontactDetailDialog::addFields(QVBoxLayout *layout, const Klantcontact &k)
{
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto add = [this, form](const QString &title, const QString &value, const char *objectName) {
        QLabel *label = plainLabel(value, this);
        label->setObjectName(QLatin1String(objectName));
        form->addRow(title, label);
    };
    add(tr("Reference number:"), k.referentienummer.value_or(QString()), "detailReferentienummer");
    add(tr("Took place:"), when(k.plaatsgevondenOp), "detailPlaatsgevondenOp");
    add(tr("Channel:"), k.kanaal, "detailKanaal");
    add(tr("Subject:"), k.onderwerp, "detailOnderwerp");
    add(tr("Contact succeeded:"),
        k.indicatieContactGelukt ? (*k.indicatieContactGelukt ? tr("yes") : tr("no")) : tr("unknown"), "detailGelukt");
    add(tr("Language:"), taalNaam(k.taal), "detailTaal");
    if (k.vertrouwelijk)
        add(tr("Confidential:"), tr("yes"), "detailVertrouwelijkVlag");
    layout->addLayout(form);

    auto text = [this, layout](const QString &title, const QString &value, const char *objectName) {
        auto *edit = new QPlainTextEdit(this);
        edit->setObjectName(QLatin1String(objectName));
        edit->setReadOnly(true);
        edit->setTabChangesFocus(true);
        edit->setPlainText(value);
        edit->setMaximumHeight(fontMetrics().lineSpacing() * 7);
        auto *label = new QLabel(title, this);
        label->setBuddy(edit);
        layout->addWidget(label);
        layout->addWidget(edit);
    };
    text(tr("Content:"), k.inhoud, "detailInhoud");
    if (!k.reactie.isEmpty())
        text(tr("Reaction:"), k.reactie, "detailReactie");
}

QTreeWidget *KlantcontactDetailDialog::addList(QVBoxLayout *layout, const QString &title, const QString &objectName,
                                               const QStringList &headers, bool empty)
{
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    heading->setText(title);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    if (empty) {
        QLabel *none = plainLabel(tr("none"), this);
        none->setObjectName(objectName + QLatin1String("Geen"));
        layout->addWidget(none);
        return nullptr;
    }
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(objectName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setWordWrap(true);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->header()->setStretchLastSection(true);
    heading->setBuddy(tree);
    layout->addWidget(tree);
    return tree;
}

void KlantcontactDetailDialog::addBetrokkenen(QVBoxLayout *layout,
                                              const QList<KlantcontactDetailBetrokkene> &betrokkenen)
{
    QTreeWidget *tree =
        addList(layout, tr("Betrokkenen"), QStringLiteral("detailBetrokkenen"),
                {tr("Role"), tr("Name"), tr("Initiator"), tr("Contact details")}, betrokkenen.isEmpty());
    if (!tree)
        return;
    for (const KlantcontactDetailBetrokkene &row : betrokkenen) {
        new QTreeWidgetItem(tree, {label(row.betrokkene.rol), naamVan(row),
                                   row.betrokkene.initiator ? tr("yes") : tr("no"), contactgegevensVan(row)});
    }
    tree->resizeColumnToContents(0);
    tree->resizeColumnToContents(1);
    tree->setMaximumHeight(tree->sizeHintForRow(0) * (int(betrokkenen.size()) + 2));
}

void KlantcontactDetailDialog::addOnderwerpobjecten(QVBoxLayout *layout, const KlantcontactDetail &detail)
{
    QTreeWidget *objecten = addList(layout, tr("Onderwerpobjecten"), QStringLiteral("detailOnderwerpobjecten"),
                                    {tr("Object")}, detail.onderwerpobjecten.isEmpty());
    if (objecten) {
        for (const KlantcontactDetailOnderwerpobject &row : detail.onderwerpobjecten) {
            QString text = identificatorText(row.onderwerpobject.onderwerpobjectidentificator);
            if (row.onderwerpobject.wasKlantcontact) {
                //: An onderwerpobject that is an earlier klantcontact; %1 is its referentienummer
                const QString earlier = tr("Earlier klantcontact %1").arg(row.wasKlantcontactReferentienummer);
                text = text.isEmpty() ? earlier : text + QStringLiteral("; ") + earlier;
            }
            new QTreeWidgetItem(objecten, {text});
        }
        objecten->setMaximumHeight(objecten->sizeHintForRow(0) * (int(detail.onderwerpobjecten.size()) + 2));
    }
    QTreeWidget *bijlagen =
        addList(layout, tr("Bijlagen"), QStringLiteral("detailBijlagen"), {tr("Document")}, detail.bijlagen.isEmpty());
    if (bijlagen) {
        for (const Bijlage &bijlage : detail.bijlagen)
            new QTreeWidgetItem(bijlagen, {identificatorText(bijlage.bijlageidentificator)});
        bijlagen->setMaximumHeight(bijlagen->sizeHintForRow(0) * (int(detail.bijlagen.size()) + 2));
    }
}

void KlantcontactDetailDialog::addActoren(QVBoxLayout *layout, const QList<Actor> &actoren)
{
    QTreeWidget *tree =
        addList(layout, tr("Actoren"), QStringLiteral("detailActoren"), {tr("Name"), tr("Kind")}, actoren.isEmpty());
    if (!tree)
        return;
    for (const Actor &actor : actoren)
        new QTreeWidgetItem(tree, {actor.naam, label(actor.soortActor)});
    tree->resizeColumnToContents(0);
    tree->setMaximumHeight(tree->sizeHintForRow(0) * (int(actoren.size()) + 2));
}

void KlantcontactDetailDialog::addTaken(QVBoxLayout *layout, const QList<KlantcontactDetailTaak> &taken)
{
    QTreeWidget *tree =
        addList(layout, tr("Interne taken"), QStringLiteral("detailTaken"),
                {tr("Task / log"), tr("Status / who"), tr("Assigned to / explanation"), tr("When")}, taken.isEmpty());
    if (!tree)
        return;
    // The log lines are children of their task, expanded: the whole course at a glance.
    tree->setRootIsDecorated(true);
    for (const KlantcontactDetailTaak &row : taken) {
        const InterneTaak &t = row.taak;
        const QString titel = t.referentienummer
                                  ? QStringLiteral("%1 · %2").arg(*t.referentienummer, t.gevraagdeHandeling)
                                  : t.gevraagdeHandeling;
        QString moment = when(t.toegewezenOp);
        if (t.afgehandeldOp)
            //: When a task was assigned and when it was closed
            moment = tr("%1 – closed %2").arg(moment, when(*t.afgehandeldOp));
        auto *item =
            new QTreeWidgetItem(tree, {titel, label(t.status), row.toegewezenAan.join(QStringLiteral(", ")), moment});
        if (!t.toelichting.isEmpty())
            new QTreeWidgetItem(item, {tr("Explanation"), QString(), t.toelichting, QString()});
        for (const TaakLogEntry &entry : row.log) {
            QStringList details;
            if (!entry.toegewezenAan.isEmpty())
                details << tr("to %1").arg(entry.toegewezenAan.join(QStringLiteral(", ")));
            if (entry.gelukt)
                details << (*entry.gelukt ? tr("reached") : tr("not reached"));
            if (!entry.toelichting.isEmpty())
                details << entry.toelichting;
            new QTreeWidgetItem(
                item, {label(entry.actie), entry.actorNaam, details.join(QStringLiteral("; ")), when(entry.tijdstip)});
        }
    }
    tree->expandAll();
    tree->resizeColumnToContents(0);
    tree->resizeColumnToContents(1);
}

} // namespace kcc::ui
