#include "ui/partij/digitaleadresseneditor.h"

#include "model/klantinteracties/enums.h"
#include "model/validation/valuevalidators.h"
#include "ui/widgets/fieldmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <utility>

namespace kcc::ui {

DigitaleAdressenEditor::DigitaleAdressenEditor(QWidget *parent)
    : QGroupBox(tr("&Digital addresses"), parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Ne&w address"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_soort(new QComboBox(this))
    , m_adres(new QLineEdit(this))
    , m_adresMessage(new FieldMessage(m_adres, this))
    , m_omschrijving(new QLineEdit(this))
    , m_omschrijvingMessage(new FieldMessage(m_omschrijving, this))
    , m_voorkeurBox(new QCheckBox(tr("Pr&eferred address of this partij"), this))
    , m_voorkeurMessage(new FieldMessage(m_voorkeurBox, this))
{
    setObjectName(QStringLiteral("digitaleAdressenEditor"));
    m_list->setObjectName(QStringLiteral("digitaleAdressenList"));
    m_list->setMaximumHeight(110);
    m_add->setObjectName(QStringLiteral("digitaalAdresAddButton"));
    m_remove->setObjectName(QStringLiteral("digitaalAdresRemoveButton"));
    m_soort->setObjectName(QStringLiteral("digitaalAdresSoortCombo"));
    m_soort->addItem(tr("Telephone number"), int(SoortDigitaalAdres::Telefoonnummer));
    m_soort->addItem(tr("E-mail"), int(SoortDigitaalAdres::Email));
    m_soort->addItem(tr("Other"), int(SoortDigitaalAdres::Overig));
    m_adres->setObjectName(QStringLiteral("digitaalAdresEdit"));
    m_adresMessage->setObjectName(QStringLiteral("digitaalAdresMessage"));
    m_omschrijving->setObjectName(QStringLiteral("digitaalAdresOmschrijvingEdit"));
    m_omschrijving->setPlaceholderText(tr("e.g. mobile, work"));
    m_omschrijvingMessage->setObjectName(QStringLiteral("digitaalAdresOmschrijvingMessage"));
    m_voorkeurBox->setObjectName(QStringLiteral("digitaalAdresVoorkeurBox"));
    m_voorkeurBox->setToolTip(tr("The address to use first; at most one address is the preferred one"));
    m_voorkeurMessage->setObjectName(QStringLiteral("digitaalAdresVoorkeurMessage"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *form = new QFormLayout;
    auto *soortLabel = new QLabel(tr("&Kind:"), this);
    soortLabel->setBuddy(m_soort);
    form->addRow(soortLabel, m_soort);
    auto *adresLabel = new QLabel(tr("Add&ress:"), this);
    adresLabel->setBuddy(m_adres);
    form->addRow(adresLabel, m_adres);
    form->addRow(QString(), m_adresMessage);
    auto *omschrijvingLabel = new QLabel(tr("Descrip&tion:"), this);
    omschrijvingLabel->setBuddy(m_omschrijving);
    form->addRow(omschrijvingLabel, m_omschrijving);
    form->addRow(QString(), m_omschrijvingMessage);
    form->addRow(QString(), m_voorkeurBox);
    form->addRow(QString(), m_voorkeurMessage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addLayout(form);
    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_soort);
    setTabOrder(m_soort, m_adres);
    setTabOrder(m_adres, m_omschrijving);
    setTabOrder(m_omschrijving, m_voorkeurBox);
    setFocusProxy(m_list);

    connect(m_list, &QListWidget::currentRowChanged, this, &DigitaleAdressenEditor::showCurrent);
    connect(m_add, &QPushButton::clicked, this, &DigitaleAdressenEditor::addAdres);
    connect(m_remove, &QPushButton::clicked, this, &DigitaleAdressenEditor::removeCurrent);
    connect(m_soort, &QComboBox::currentIndexChanged, this, [this] {
        writeCurrent();
        m_adresMessage->clearError();
    });
    connect(m_adres, &QLineEdit::textEdited, this, [this] {
        m_adresMessage->clearError();
        writeCurrent();
    });
    connect(m_adres, &QLineEdit::editingFinished, this, &DigitaleAdressenEditor::normalizePhone);
    connect(m_omschrijving, &QLineEdit::textEdited, this, [this] {
        m_omschrijvingMessage->clearError();
        writeCurrent();
    });
    connect(m_voorkeurBox, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        const QUuid uuid = m_adressen.at(row).uuid;
        if (on)
            m_voorkeur = uuid;
        else if (m_voorkeur == uuid)
            m_voorkeur.reset();
        m_voorkeurMessage->clearError();
        for (int i = 0; i < m_adressen.size(); ++i)
            updateItem(i);
    });
    showCurrent();
}

DigitaleAdressenEditor::~DigitaleAdressenEditor() = default;

void DigitaleAdressenEditor::setAdressen(const QList<DigitaalAdres> &adressen, const std::optional<QUuid> &voorkeur)
{
    m_adressen = adressen;
    m_voorkeur = voorkeur;
    m_list->clear();
    for (int i = 0; i < m_adressen.size(); ++i) {
        m_list->addItem(QString());
        updateItem(i);
    }
    m_list->setCurrentRow(m_adressen.isEmpty() ? -1 : 0);
    clearErrors();
    showCurrent();
}

QList<DigitaalAdres> DigitaleAdressenEditor::adressen() const
{
    QList<DigitaalAdres> result = m_adressen;
    for (DigitaalAdres &adres : result) {
        adres.adres = adres.adres.trimmed();
        adres.omschrijving = adres.omschrijving.trimmed();
        if (adres.soortDigitaalAdres == SoortDigitaalAdres::Telefoonnummer) {
            if (const Result<QString> normalized = normalizeTelefoonnummer(adres.adres); normalized)
                adres.adres = normalized.value();
        }
    }
    return result;
}

void DigitaleAdressenEditor::addAdres()
{
    DigitaalAdres adres;
    adres.uuid = QUuid::createUuid();
    adres.soortDigitaalAdres = SoortDigitaalAdres::Telefoonnummer;
    // The first address of a partij is its voorkeur unless the medewerker says otherwise.
    if (m_adressen.isEmpty() && !m_voorkeur)
        m_voorkeur = adres.uuid;
    m_adressen.append(adres);
    m_list->addItem(QString());
    updateItem(int(m_adressen.size()) - 1);
    m_list->setCurrentRow(int(m_adressen.size()) - 1);
    m_soort->setFocus(Qt::OtherFocusReason);
}

void DigitaleAdressenEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    if (m_voorkeur == m_adressen.at(row).uuid)
        m_voorkeur.reset();
    m_adressen.removeAt(row);
    clearErrors(); // the indexes of the messages no longer fit
    delete m_list->takeItem(row);
    showCurrent();
    (m_adressen.isEmpty() ? static_cast<QWidget *>(m_add) : static_cast<QWidget *>(m_list))
        ->setFocus(Qt::OtherFocusReason);
}

void DigitaleAdressenEditor::showCurrent()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_adressen.size();
    m_loading = true;
    for (QWidget *w :
         {static_cast<QWidget *>(m_soort), static_cast<QWidget *>(m_adres), static_cast<QWidget *>(m_omschrijving),
          static_cast<QWidget *>(m_voorkeurBox), static_cast<QWidget *>(m_remove)})
        w->setEnabled(any);
    const DigitaalAdres adres = any ? m_adressen.at(row) : DigitaalAdres();
    m_soort->setCurrentIndex(m_soort->findData(int(adres.soortDigitaalAdres)));
    m_adres->setText(adres.adres);
    m_omschrijving->setText(adres.omschrijving);
    m_voorkeurBox->setChecked(any && m_voorkeur == adres.uuid);
    m_adresMessage->clearError();
    m_omschrijvingMessage->clearError();
    m_loading = false;
}

void DigitaleAdressenEditor::writeCurrent()
{
    const int row = m_list->currentRow();
    if (m_loading || row < 0 || row >= m_adressen.size())
        return;
    DigitaalAdres &adres = m_adressen[row];
    adres.soortDigitaalAdres = SoortDigitaalAdres(m_soort->currentData().toInt());
    adres.adres = m_adres->text();
    adres.omschrijving = m_omschrijving->text();
    updateItem(row);
}

void DigitaleAdressenEditor::normalizePhone()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_adressen.size() ||
        m_soort->currentData().toInt() != int(SoortDigitaalAdres::Telefoonnummer))
        return;
    const QString typed = m_adres->text().trimmed();
    if (typed.isEmpty())
        return;
    const Result<QString> normalized = normalizeTelefoonnummer(typed);
    if (!normalized) {
        m_adresMessage->setError(normalized.error().message);
        return;
    }
    if (normalized.value() != m_adres->text()) {
        m_adres->setText(normalized.value());
        writeCurrent();
    }
}

void DigitaleAdressenEditor::updateItem(int row)
{
    const DigitaalAdres &adres = m_adressen.at(row);
    QString soort;
    switch (adres.soortDigitaalAdres) {
    case SoortDigitaalAdres::Telefoonnummer:
        soort = tr("telephone");
        break;
    case SoortDigitaalAdres::Email:
        soort = tr("e-mail");
        break;
    case SoortDigitaalAdres::Overig:
        soort = tr("other");
        break;
    }
    const QString adresText = adres.adres.trimmed().isEmpty() ? tr("(empty)") : adres.adres.trimmed();
    QString text = QStringLiteral("%1: %2").arg(soort, adresText);
    if (!adres.omschrijving.trimmed().isEmpty())
        text += QStringLiteral(" (%1)").arg(adres.omschrijving.trimmed());
    if (m_voorkeur == adres.uuid)
        //: Marks the preferred digital address in the list
        text += tr(" — preferred");
    m_list->item(row)->setText(text);
}

int DigitaleAdressenEditor::showErrors(const FieldErrors &errors)
{
    static const QRegularExpression indexed(QStringLiteral("^digitaleAdressen\\[(\\d+)\\]\\.(\\w+)$"));
    int shown = 0;
    int firstRow = -1;
    QList<std::pair<int, FieldError>> perRow;
    for (const FieldError &error : errors) {
        if (error.field == QLatin1String("voorkeursDigitaalAdres")) {
            m_voorkeurMessage->setError(error.message);
            ++shown;
            continue;
        }
        const QRegularExpressionMatch match = indexed.match(error.field);
        if (!match.hasMatch())
            continue;
        const int row = match.captured(1).toInt();
        if (row < 0 || row >= m_adressen.size())
            continue;
        if (firstRow < 0)
            firstRow = row;
        perRow.append({row, FieldError{match.captured(2), error.message}});
        ++shown;
    }
    if (firstRow >= 0) {
        // The fields show one address at a time: the first one with a problem.
        m_list->setCurrentRow(firstRow);
        for (const auto &[row, error] : std::as_const(perRow)) {
            if (row != firstRow)
                continue;
            if (error.field == QLatin1String("omschrijving"))
                m_omschrijvingMessage->setError(error.message);
            else
                m_adresMessage->setError(error.message);
        }
    }
    return shown;
}

void DigitaleAdressenEditor::clearErrors()
{
    for (FieldMessage *message : {m_adresMessage, m_omschrijvingMessage, m_voorkeurMessage})
        message->clearError();
}

} // namespace kcc::ui
