#include "ui/taken/taakactieforms.h"

#include "ui/taken/taakactiespanel.h"
#include "ui/widgets/countedtextedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>

namespace kcc::ui {

// The strings keep the translation context of the panel (TaakActiesPanel::tr), where they were
// written first.

namespace {

constexpr int textLimit = 1000;

// A row "label: field" whose mnemonic puts the keyboard in `buddy`.
void addRow(QFormLayout *form, const QString &label, QWidget *field, QWidget *buddy)
{
    auto *text = new QLabel(label, form->parentWidget());
    text->setBuddy(buddy);
    form->addRow(text, field);
}

} // namespace

TaakActieForm::TaakActieForm(QWidget *parent)
    : QWidget(parent)
{
}

void TaakActieForm::setTaak(const TaakDetail &) {}

CountedTextEdit *TaakActieForm::newText(const QString &name, const QString &placeholder)
{
    auto *edit = new CountedTextEdit(textLimit, this);
    edit->setObjectName(name);
    edit->editor()->setObjectName(name + QStringLiteral("Text"));
    if (!placeholder.isEmpty())
        edit->editor()->setPlaceholderText(placeholder);
    return edit;
}

QString TaakActieForm::referentie(const TaakDetail &detail)
{
    return detail.taak.referentienummer.value_or(QString());
}

// --- ContactPogingForm ---

TaakActieForm::Knop ContactPogingForm::knop(bool gelukt)
{
    if (gelukt) {
        return {
            TaakActiesPanel::tr("Contact made"),
            TaakActiesPanel::tr("The klant was reached: register the answer as a new klantcontact and close the task"),
            QStringLiteral("contactGelegdButton"), QKeySequence(Qt::CTRL | Qt::Key_G)};
    }
    return {TaakActiesPanel::tr("Not reached"),
            TaakActiesPanel::tr("The klant could not be reached: record the attempt, the task stays open"),
            QStringLiteral("nietBereiktButton"), QKeySequence(Qt::CTRL | Qt::Key_N)};
}

ContactPogingForm::ContactPogingForm(bool gelukt, QWidget *parent)
    : TaakActieForm(parent)
    , m_gelukt(gelukt)
    , m_kanaal(new QComboBox(this))
    , m_text(gelukt
                 ? newText(QStringLiteral("antwoordEdit"), TaakActiesPanel::tr("The answer given to the klant"))
                 : newText(QStringLiteral("pogingNotitieEdit"), TaakActiesPanel::tr("E.g. no answer, voicemail left")))
{
    m_kanaal->setObjectName(gelukt ? QStringLiteral("contactKanaalCombo") : QStringLiteral("pogingKanaalCombo"));
    auto *form = new QFormLayout(this);
    if (gelukt) {
        m_text->editor()->setObjectName(QStringLiteral("antwoordText"));
        m_afhandelen = new QCheckBox(TaakActiesPanel::tr("Close the &task as well"), this);
        m_afhandelen->setObjectName(QStringLiteral("afhandelenBox"));
        m_afhandelen->setChecked(true);
        addRow(form, TaakActiesPanel::tr("&Answer:"), m_text, m_text->editor());
        addRow(form, TaakActiesPanel::tr("C&hannel:"), m_kanaal, m_kanaal);
        form->addRow(QString(), m_afhandelen);
    } else {
        m_text->editor()->setObjectName(QStringLiteral("pogingNotitieText"));
        addRow(form, TaakActiesPanel::tr("&Note:"), m_text, m_text->editor());
        addRow(form, TaakActiesPanel::tr("C&hannel:"), m_kanaal, m_kanaal);
    }
    setFocusProxy(m_text->editor());
}

void ContactPogingForm::addKanaal(const QString &label, const QString &code)
{
    m_kanaal->addItem(label, code);
}

void ContactPogingForm::reset()
{
    m_text->setText(QString());
    if (m_afhandelen)
        m_afhandelen->setChecked(true);
}

void ContactPogingForm::setTaak(const TaakDetail &detail)
{
    // The kanaal of the original klantcontact, until something is typed.
    const int original = m_kanaal->findData(detail.klantcontact.kanaal);
    if (original >= 0 && m_text->text().isEmpty())
        m_kanaal->setCurrentIndex(original);
}

Result<QString> ContactPogingForm::run(TaakActiesService &service, const SignedInActor &viewer,
                                       const TaakDetail &detail)
{
    if (m_text->overLimit()) {
        return Error{(m_gelukt ? TaakActiesPanel::tr("The answer is longer than %1 characters.")
                               : TaakActiesPanel::tr("The note is longer than %1 characters."))
                         .arg(textLimit),
                     {}};
    }
    ContactPoging poging;
    poging.gelukt = m_gelukt;
    poging.kanaal = m_kanaal->currentData().toString();
    poging.inhoud = m_text->text().trimmed();
    poging.taakAfhandelen = m_gelukt && m_afhandelen->isChecked();
    const Result<ContactPogingReceipt> receipt = service.registreerContactPoging(viewer, detail.taak.uuid, poging);
    if (!receipt)
        return receipt.error();
    const QString klantcontact = receipt.value().referentienummer;
    if (!m_gelukt)
        return TaakActiesPanel::tr("Attempt recorded as klantcontact %1; task %2 stays open.")
            .arg(klantcontact, referentie(detail));
    if (receipt.value().taakAfgehandeld)
        return TaakActiesPanel::tr("Klantcontact %1 registered; task %2 is closed.")
            .arg(klantcontact, referentie(detail));
    return TaakActiesPanel::tr("Klantcontact %1 registered; task %2 stays open.").arg(klantcontact, referentie(detail));
}

// --- DoorsturenForm ---

TaakActieForm::Knop DoorsturenForm::knop()
{
    return {TaakActiesPanel::tr("Forward"), TaakActiesPanel::tr("Assign the task to other medewerkers or afdelingen"),
            QStringLiteral("doorsturenButton"), QKeySequence(Qt::CTRL | Qt::Key_D)};
}

DoorsturenForm::DoorsturenForm(QWidget *parent)
    : TaakActieForm(parent)
    , m_naar(new QListWidget(this))
    , m_toelichting(newText(QStringLiteral("doorsturenToelichting"), QString()))
{
    m_naar->setObjectName(QStringLiteral("doorsturenList"));
    m_naar->setToolTip(TaakActiesPanel::tr("Space ticks the medewerker or afdeling the task goes to"));
    m_naar->setMaximumHeight(140);
    auto *form = new QFormLayout(this);
    addRow(form, TaakActiesPanel::tr("&To:"), m_naar, m_naar);
    addRow(form, TaakActiesPanel::tr("E&xplanation:"), m_toelichting, m_toelichting->editor());
    setFocusProxy(m_naar);
}

void DoorsturenForm::addActor(const QString &label, const QUuid &actor)
{
    auto *item = new QListWidgetItem(label, m_naar);
    item->setData(Qt::UserRole, actor);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

void DoorsturenForm::selectFirst()
{
    if (m_naar->count() > 0)
        m_naar->setCurrentRow(0);
}

void DoorsturenForm::reset()
{
    for (int i = 0; i < m_naar->count(); ++i)
        m_naar->item(i)->setCheckState(Qt::Unchecked);
    m_toelichting->setText(QString());
}

Result<QString> DoorsturenForm::run(TaakActiesService &service, const SignedInActor &viewer, const TaakDetail &detail)
{
    QList<QUuid> naar;
    QStringList namen;
    for (int i = 0; i < m_naar->count(); ++i) {
        if (m_naar->item(i)->checkState() == Qt::Checked) {
            naar.append(m_naar->item(i)->data(Qt::UserRole).toUuid());
            namen.append(m_naar->item(i)->text());
        }
    }
    if (naar.isEmpty())
        return Error{TaakActiesPanel::tr("Tick at least one medewerker or afdeling to forward the task to."), {}};
    const Result<> forwarded = service.stuurDoor(viewer, detail.taak.uuid, naar, m_toelichting->text().trimmed());
    if (!forwarded)
        return forwarded.error();
    return TaakActiesPanel::tr("Task %1 forwarded to %2.").arg(referentie(detail), namen.join(QStringLiteral(", ")));
}

// --- OpnieuwRouterenForm ---

TaakActieForm::Knop OpnieuwRouterenForm::knop()
{
    return {
        TaakActiesPanel::tr("Re-route to KCC"),
        TaakActiesPanel::tr("Hand the task back to the KCC with a new task \"Opnieuw routeren\"; this one is closed"),
        QStringLiteral("opnieuwRouterenButton"), QKeySequence(Qt::CTRL | Qt::Key_R)};
}

OpnieuwRouterenForm::OpnieuwRouterenForm(QWidget *parent)
    : TaakActieForm(parent)
    , m_kcc(new QComboBox(this))
    , m_toelichting(
          newText(QStringLiteral("routerenToelichting"), TaakActiesPanel::tr("Why the task does not belong here")))
{
    m_kcc->setObjectName(QStringLiteral("kccCombo"));
    auto *form = new QFormLayout(this);
    addRow(form, TaakActiesPanel::tr("&KCC:"), m_kcc, m_kcc);
    addRow(form, TaakActiesPanel::tr("E&xplanation:"), m_toelichting, m_toelichting->editor());
    setFocusProxy(m_toelichting->editor());
}

void OpnieuwRouterenForm::addAfdeling(const QString &naam, const QUuid &afdeling)
{
    m_kcc->addItem(naam, afdeling);
}

void OpnieuwRouterenForm::selectKcc()
{
    for (int i = 0; i < m_kcc->count(); ++i) {
        const QString naam = m_kcc->itemText(i);
        if (naam.contains(QStringLiteral("KCC"), Qt::CaseInsensitive) ||
            naam.contains(QStringLiteral("klantcontact"), Qt::CaseInsensitive)) {
            m_kcc->setCurrentIndex(i);
            break;
        }
    }
}

void OpnieuwRouterenForm::reset()
{
    m_toelichting->setText(QString());
}

Result<QString> OpnieuwRouterenForm::run(TaakActiesService &service, const SignedInActor &viewer,
                                         const TaakDetail &detail)
{
    if (m_kcc->currentIndex() < 0)
        return Error{TaakActiesPanel::tr("Choose the KCC afdeling."), {}};
    const Result<QUuid> routed = service.routeerOpnieuw(viewer, detail.taak.uuid, m_kcc->currentData().toUuid(),
                                                        m_toelichting->text().trimmed());
    if (!routed)
        return routed.error();
    return TaakActiesPanel::tr("Task %1 handed back to %2 and closed.").arg(referentie(detail), m_kcc->currentText());
}

// --- AfhandelenForm ---

TaakActieForm::Knop AfhandelenForm::knop()
{
    return {TaakActiesPanel::tr("Close task"), TaakActiesPanel::tr("Close the task (status verwerkt)"),
            QStringLiteral("afhandelenButton"), QKeySequence(Qt::CTRL | Qt::Key_E)};
}

AfhandelenForm::AfhandelenForm(QWidget *parent)
    : TaakActieForm(parent)
    , m_toelichting(
          newText(QStringLiteral("afhandelenToelichting"), TaakActiesPanel::tr("Why the task is closed (optional)")))
{
    auto *form = new QFormLayout(this);
    addRow(form, TaakActiesPanel::tr("E&xplanation:"), m_toelichting, m_toelichting->editor());
    setFocusProxy(m_toelichting->editor());
}

void AfhandelenForm::reset()
{
    m_toelichting->setText(QString());
}

Result<QString> AfhandelenForm::run(TaakActiesService &service, const SignedInActor &viewer, const TaakDetail &detail)
{
    const Result<> closed = service.handelAf(viewer, detail.taak.uuid, m_toelichting->text().trimmed());
    if (!closed)
        return closed.error();
    return TaakActiesPanel::tr("Task %1 is closed.").arg(referentie(detail));
}

// --- HeropenenForm ---

TaakActieForm::Knop HeropenenForm::knop()
{
    return {TaakActiesPanel::tr("Reopen"), TaakActiesPanel::tr("Open a closed task again (supervisor)"),
            QStringLiteral("heropenenButton"), QKeySequence(Qt::CTRL | Qt::Key_H)};
}

HeropenenForm::HeropenenForm(QWidget *parent)
    : TaakActieForm(parent)
    , m_toelichting(newText(QStringLiteral("heropenenToelichting"), TaakActiesPanel::tr("Why the task is reopened")))
{
    auto *form = new QFormLayout(this);
    addRow(form, TaakActiesPanel::tr("E&xplanation:"), m_toelichting, m_toelichting->editor());
    setFocusProxy(m_toelichting->editor());
}

void HeropenenForm::reset()
{
    m_toelichting->setText(QString());
}

Result<QString> HeropenenForm::run(TaakActiesService &service, const SignedInActor &viewer, const TaakDetail &detail)
{
    const Result<> reopened = service.heropen(viewer, detail.taak.uuid, m_toelichting->text().trimmed());
    if (!reopened)
        return reopened.error();
    return TaakActiesPanel::tr("Task %1 is open again.").arg(referentie(detail));
}

} // namespace kcc::ui
