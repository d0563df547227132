#include "ui/callflow/steps/onderwerpeditor.h"

#include "model/callflow/contactsession.h"
#include "ui/widgets/countedtextedit.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/onetabstop.h"
#include "ui/widgets/tabchain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabBar>

namespace kcc::ui {

namespace {
constexpr int onderwerpMax = 200;
}

OnderwerpEditor::OnderwerpEditor(const CallFlowContext &context, QWidget *parent)
    : CallFlowStep(parent)
    , m_context(context)
    , m_tabs(new QTabBar(this))
    , m_add(new QPushButton(tr("Add sub&ject"), this))
    , m_remove(new QPushButton(tr("Remove subject"), this))
    , m_onderwerp(new QLineEdit(this))
    , m_onderwerpMessage(new FieldMessage(m_onderwerp, this))
    , m_inhoud(new CountedTextEdit(1000, this))
    , m_inhoudMessage(new FieldMessage(m_inhoud->editor(), this))
    , m_reactie(new CountedTextEdit(4000, this))
    , m_vertrouwelijk(new QCheckBox(tr("&Confidential"), this))
    , m_gelukt(new QCheckBox(tr("Contact &was successful"), this))
    , m_taal(new QLineEdit(this))
    , m_taalMessage(new FieldMessage(m_taal, this))
    , m_plaatsgevonden(new OneTabStop<QDateTimeEdit>(this))
    , m_zaak(new QLineEdit(this))
    , m_earlier(new QComboBox(this))
    , m_bijlageMessage(nullptr)
    , m_afhandeling(new QComboBox(this))
    , m_afhandelingMessage(new FieldMessage(m_afhandeling, this))
{
    setObjectName(QStringLiteral("onderwerpStep"));
    m_tabs->setObjectName(QStringLiteral("onderwerpTabs"));
    m_add->setObjectName(QStringLiteral("addOnderwerpButton"));
    m_add->setToolTip(tr("Another subject in the same conversation becomes its own klantcontact (Alt+J)"));
    m_remove->setObjectName(QStringLiteral("removeOnderwerpButton"));
    m_onderwerp->setObjectName(QStringLiteral("onderwerpEdit"));
    m_onderwerp->setPlaceholderText(tr("What is it about, in a few words"));
    m_inhoud->setObjectName(QStringLiteral("inhoudEdit"));
    m_inhoud->editor()->setObjectName(QStringLiteral("inhoudText"));
    m_reactie->setObjectName(QStringLiteral("reactieEdit"));
    m_reactie->editor()->setObjectName(QStringLiteral("reactieText"));
    m_taal->setObjectName(QStringLiteral("taalEdit"));
    m_taal->setMaximumWidth(80);
    m_plaatsgevonden->setObjectName(QStringLiteral("plaatsgevondenEdit"));
    m_plaatsgevonden->setDisplayFormat(QStringLiteral("dd-MM-yyyy HH:mm"));
    m_plaatsgevonden->setCalendarPopup(true);
    m_zaak->setObjectName(QStringLiteral("zaakEdit"));
    m_zaak->setPlaceholderText(tr("zaaknummer or uuid, optional"));
    m_earlier->setObjectName(QStringLiteral("earlierContactCombo"));
    m_afhandeling->setObjectName(QStringLiteral("afhandelingCombo"));
    m_inhoud->editor()->setPlaceholderText(tr("The question of the caller"));
    m_reactie->editor()->setPlaceholderText(tr("The answer given"));

    m_afhandeling->addItem(tr("— automatic —"), QString());
    if (const auto entries = context.codeLists->entries(CodeList::Afhandeling)) {
        for (const CodeListEntry &e : entries.value())
            m_afhandeling->addItem(e.label, e.code);
    }
    setEarlierContacts({});

    auto *bijlageRow = new QHBoxLayout;
    const QStringList bijlagePlaceholders{tr("object id"), tr("object type"), tr("register"), tr("soort object-id")};
    const QStringList bijlageNames{QStringLiteral("bijlageObjectId"), QStringLiteral("bijlageObjecttype"),
                                   QStringLiteral("bijlageRegister"), QStringLiteral("bijlageSoortObjectId")};
    for (int i = 0; i < 4; ++i) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(bijlageNames.at(i));
        edit->setPlaceholderText(bijlagePlaceholders.at(i));
        bijlageRow->addWidget(edit, i == 0 ? 2 : 1);
        m_bijlage.append(edit);
        connect(edit, &QLineEdit::textEdited, this, &OnderwerpEditor::write);
    }
    m_bijlageMessage = new FieldMessage(m_bijlage.first(), this);

    auto *tabRow = new QHBoxLayout;
    tabRow->addWidget(m_tabs, 1);
    tabRow->addWidget(m_add);
    tabRow->addWidget(m_remove);

    auto *form = new QFormLayout;
    auto addRow = [this, form](const QString &text, QWidget *field, FieldMessage *message = nullptr) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field->focusProxy() ? field->focusProxy() : field);
        form->addRow(label, field);
        if (message)
            form->addRow(QString(), message);
    };
    addRow(tr("&Subject:"), m_onderwerp, m_onderwerpMessage);
    addRow(tr("&Question (inhoud):"), m_inhoud, m_inhoudMessage);
    addRow(tr("Answe&r (reactie):"), m_reactie);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_vertrouwelijk);
    flags->addWidget(m_gelukt);
    flags->addStretch();
    form->addRow(QString(), flags);
    addRow(tr("Lan&guage:"), m_taal, m_taalMessage);
    addRow(tr("&Took place:"), m_plaatsgevonden);
    addRow(tr("&Zaak:"), m_zaak);
    addRow(tr("&Earlier contact:"), m_earlier);
    auto *bijlageLabel = new QLabel(tr("Attach&ment:"), this);
    bijlageLabel->setBuddy(m_bijlage.first());
    form->addRow(bijlageLabel, bijlageRow);
    form->addRow(QString(), m_bijlageMessage);
    addRow(tr("Handl&ing:"), m_afhandeling, m_afhandelingMessage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tabRow);
    layout->addLayout(form);
    layout->addStretch();
    setFocusProxy(m_onderwerp);
    setTabChain({m_tabs, m_add, m_remove, m_onderwerp, m_inhoud->editor(), m_reactie->editor(), m_vertrouwelijk,
                 m_gelukt, m_taal, m_plaatsgevonden, m_zaak, m_earlier, m_bijlage.at(0), m_bijlage.at(1),
                 m_bijlage.at(2), m_bijlage.at(3), m_afhandeling});

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_loading && index >= 0)
            setCurrentIndex(index);
    });
    connect(m_add, &QPushButton::clicked, this, &OnderwerpEditor::addOnderwerp);
    connect(m_remove, &QPushButton::clicked, this, &OnderwerpEditor::removeOnderwerp);
    for (QLineEdit *edit : {m_onderwerp, m_taal, m_zaak})
        connect(edit, &QLineEdit::textEdited, this, &OnderwerpEditor::write);
    connect(m_inhoud, &CountedTextEdit::textChanged, this, &OnderwerpEditor::write);
    connect(m_reactie, &CountedTextEdit::textChanged, this, &OnderwerpEditor::write);
    for (QCheckBox *box : {m_vertrouwelijk, m_gelukt})
        connect(box, &QCheckBox::toggled, this, &OnderwerpEditor::write);
    connect(m_plaatsgevonden, &QDateTimeEdit::dateTimeChanged, this, &OnderwerpEditor::write);
    connect(m_earlier, &QComboBox::currentIndexChanged, this, &OnderwerpEditor::write);
    connect(m_afhandeling, &QComboBox::currentIndexChanged, this, &OnderwerpEditor::write);
}

OnderwerpEditor::~OnderwerpEditor() = default;

void OnderwerpEditor::setEarlierContacts(const QList<QPair<QUuid, QString>> &contacts)
{
    const bool loading = m_loading;
    m_loading = true;
    m_earlier->clear();
    m_earlier->addItem(tr("— none —"), QUuid());
    for (const auto &[uuid, text] : contacts)
        m_earlier->addItem(text, uuid);
    m_earlier->setEnabled(!contacts.isEmpty());
    m_loading = loading;
    refresh();
}

void OnderwerpEditor::setCurrentIndex(int index)
{
    m_current = index;
    refresh();
}

void OnderwerpEditor::addOnderwerp()
{
    if (!m_session)
        return;
    m_current = m_session->addOnderwerp();
    refresh();
    m_onderwerp->setFocus();
    emit edited();
}

void OnderwerpEditor::removeOnderwerp()
{
    if (!m_session || m_session->onderwerpen.size() <= 1)
        return;
    m_session->onderwerpen.removeAt(m_current);
    m_current = qMin(m_current, int(m_session->onderwerpen.size()) - 1);
    refresh();
    emit edited();
}

void OnderwerpEditor::refresh()
{
    if (!m_session)
        return;
    if (m_session->onderwerpen.isEmpty())
        m_session->addOnderwerp();
    m_current = qBound(0, m_current, int(m_session->onderwerpen.size()) - 1);
    m_loading = true;
    while (m_tabs->count() > m_session->onderwerpen.size())
        m_tabs->removeTab(m_tabs->count() - 1);
    while (m_tabs->count() < m_session->onderwerpen.size())
        m_tabs->addTab(QString());
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QString title = m_session->onderwerpen.at(i).onderwerp.left(24);
        //: Tab of one subject; %1 its number, %2 the start of its text
        m_tabs->setTabText(i, title.isEmpty() ? tr("Subject %1").arg(i + 1) : tr("%1. %2").arg(i + 1).arg(title));
    }
    m_tabs->setCurrentIndex(m_current);
    m_remove->setEnabled(m_session->onderwerpen.size() > 1);

    const SessionOnderwerp &o = m_session->onderwerpen.at(m_current);
    if (m_onderwerp->text() != o.onderwerp)
        m_onderwerp->setText(o.onderwerp);
    m_inhoud->setText(o.inhoud);
    m_reactie->setText(o.reactie);
    m_vertrouwelijk->setChecked(o.vertrouwelijk);
    m_gelukt->setChecked(o.indicatieContactGelukt.value_or(false));
    if (m_taal->text() != o.taal)
        m_taal->setText(o.taal);
    m_plaatsgevonden->setDateTime(o.plaatsgevondenOp.toLocalTime());
    QString zaak;
    QUuid earlier;
    for (const SessionOnderwerpobject &object : o.onderwerpobjecten) {
        if (object.wasKlantcontact)
            earlier = *object.wasKlantcontact;
        else if (object.identificator.codeObjecttype == QLatin1String("zaak"))
            zaak = object.identificator.objectId;
    }
    if (m_zaak->text() != zaak)
        m_zaak->setText(zaak);
    m_earlier->setCurrentIndex(qMax(0, m_earlier->findData(earlier)));
    const ObjectIdentificator bijlage = o.bijlagen.isEmpty() ? ObjectIdentificator() : o.bijlagen.first();
    const QStringList parts{bijlage.objectId, bijlage.codeObjecttype, bijlage.codeRegister, bijlage.codeSoortObjectId};
    for (int i = 0; i < 4; ++i) {
        if (m_bijlage.at(i)->text() != parts.at(i))
            m_bijlage.at(i)->setText(parts.at(i));
    }
    const int afhandeling = o.afhandelingGekozen ? m_afhandeling->findData(o.afhandeling) : 0;
    m_afhandeling->setCurrentIndex(qMax(0, afhandeling));
    //: Shown in the automatic entry: what will be used
    m_afhandeling->setItemText(
        0, tr("— automatic: %1 —")
               .arg(m_afhandeling->itemText(qMax(0, m_afhandeling->findData(o.effectiveAfhandeling())))));
    m_loading = false;
    liveChecks();
}

void OnderwerpEditor::write()
{
    if (m_loading || !m_session || m_current >= m_session->onderwerpen.size())
        return;
    SessionOnderwerp &o = m_session->onderwerpen[m_current];
    o.onderwerp = m_onderwerp->text();
    o.inhoud = m_inhoud->text();
    o.reactie = m_reactie->text();
    o.vertrouwelijk = m_vertrouwelijk->isChecked();
    o.indicatieContactGelukt = m_gelukt->isChecked();
    o.taal = m_taal->text().trimmed();
    o.plaatsgevondenOp = m_plaatsgevonden->dateTime().toUTC();
    o.onderwerpobjecten.clear();
    if (!m_zaak->text().trimmed().isEmpty())
        o.onderwerpobjecten.append(SessionOnderwerpobject::zaak(m_zaak->text()));
    if (const QUuid earlier = m_earlier->currentData().toUuid(); !earlier.isNull())
        o.onderwerpobjecten.append(SessionOnderwerpobject::eerderKlantcontact(earlier));
    o.bijlagen.clear();
    const ObjectIdentificator bijlage{m_bijlage.at(0)->text().trimmed(), m_bijlage.at(1)->text().trimmed(),
                                      m_bijlage.at(2)->text().trimmed(), m_bijlage.at(3)->text().trimmed()};
    if (!bijlage.isEmpty())
        o.bijlagen.append(bijlage);
    o.afhandelingGekozen = m_afhandeling->currentIndex() > 0;
    o.afhandeling = m_afhandeling->currentData().toString();
    m_tabs->setTabText(m_current, o.onderwerp.isEmpty() ? tr("Subject %1").arg(m_current + 1)
                                                        : tr("%1. %2").arg(m_current + 1).arg(o.onderwerp.left(24)));
    liveChecks();
    emit edited();
}

void OnderwerpEditor::liveChecks()
{
    // Too long is said at once, at the field; nothing is cut off.
    const qsizetype length = m_onderwerp->text().size();
    if (length > onderwerpMax)
        m_onderwerpMessage->setError(
            tr("The subject has %1 characters; at most %2 fit. Shorten it and put details in the question.")
                .arg(length)
                .arg(onderwerpMax));
    else if (m_onderwerpMessage->hasError() && length > 0)
        m_onderwerpMessage->clearError();
    if (m_inhoud->overLimit())
        m_inhoudMessage->setError(tr("The question has more than 1000 characters: shorten it."));
    else
        m_inhoudMessage->clearError();
}

int OnderwerpEditor::showErrors(const FieldErrors &errors)
{
    int shown = 0;
    const QString prefix = QStringLiteral("onderwerpen[%1].").arg(m_current);
    for (const FieldError &e : errors) {
        FieldMessage *target = nullptr;
        if (e.field == prefix + QLatin1String("onderwerp") || e.field == QLatin1String("onderwerpen"))
            target = m_onderwerpMessage;
        else if (e.field == prefix + QLatin1String("inhoud"))
            target = m_inhoudMessage;
        else if (e.field == prefix + QLatin1String("taal"))
            target = m_taalMessage;
        else if (e.field == prefix + QLatin1String("afhandeling"))
            target = m_afhandelingMessage;
        else if (e.field.startsWith(prefix + QLatin1String("bijlagen")))
            target = m_bijlageMessage;
        else if (e.field.startsWith(prefix + QLatin1String("onderwerpobjecten")))
            target = m_bijlageMessage;
        if (target) {
            target->setError(e.message);
            ++shown;
        } else if (e.field.startsWith(QLatin1String("onderwerpen[")) &&
                   !e.field.contains(QLatin1String("interneTaak")) &&
                   !e.field.contains(QLatin1String("doorverbinding"))) {
            // An error in another onderwerp: show that one, so the medewerker sees it at its field.
            static const QRegularExpression index(QStringLiteral("^onderwerpen\\[(\\d+)\\]"));
            const auto match = index.match(e.field);
            if (match.hasMatch() && match.captured(1).toInt() != m_current) {
                setCurrentIndex(match.captured(1).toInt());
                return showErrors(errors);
            }
        }
    }
    return shown;
}

void OnderwerpEditor::clearErrors()
{
    for (FieldMessage *m : {m_onderwerpMessage, m_inhoudMessage, m_taalMessage, m_bijlageMessage, m_afhandelingMessage})
        m->clearError();
}

} // namespace kcc::ui
