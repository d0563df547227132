#include "ui/partij/adresform.h"

#include "model/validation/valuevalidators.h"
#include "ui/widgets/fieldmessage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

#include <utility>

namespace kcc::ui {

namespace {

// The API's sub-field names, in Field order.
const char *const apiFields[AdresForm::FieldCount] = {
    "postcode", "huisnummer",         "huisnummertoevoeging", "straatnaam",  "stad",
    "land",     "nummeraanduidingId", "adresregel1",          "adresregel2", "adresregel3",
};

const char *const objectSuffixes[AdresForm::FieldCount] = {
    "PostcodeEdit", "HuisnummerEdit", "ToevoegingEdit", "StraatEdit", "StadEdit",
    "LandEdit",     "BagEdit",        "Regel1Edit",     "Regel2Edit", "Regel3Edit",
};

} // namespace

AdresForm::AdresForm(const QString &title, const QString &name, QWidget *parent)
    : QGroupBox(title, parent)
    , m_name(name)
{
    setObjectName(name + QStringLiteral("Form"));
    for (int i = 0; i < FieldCount; ++i) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name + QLatin1String(objectSuffixes[i]));
        m_edits.append(edit);
        auto *message = new FieldMessage(edit, this);
        message->setObjectName(name + QLatin1String(objectSuffixes[i]).chopped(4) + QStringLiteral("Message"));
        m_messages.append(message);
        connect(edit, &QLineEdit::textEdited, this, [this, message] {
            message->clearError();
            emit edited();
        });
    }
    m_edits.at(Postcode)->setPlaceholderText(tr("1234 AB"));
    m_edits.at(Postcode)->setMaximumWidth(90);
    m_edits.at(Huisnummer)->setMaximumWidth(70);
    // Digits only: an Adres holds the huisnummer as a number, so "12b" could not be stored as
    // typed. A refused key is explained at the field at once, nothing is dropped in silence.
    m_edits.at(Huisnummer)
        ->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,5}")), m_edits.at(Huisnummer)));
    connect(m_edits.at(Huisnummer), &QLineEdit::inputRejected, this, [this] {
        m_messages.at(Huisnummer)
            ->setError(
                tr("The house number is a whole number from 1 to 99999; type letters such as \"a\" or \"bis\" in "
                   "Addition."));
    });
    m_edits.at(Toevoeging)->setMaximumWidth(70);
    m_edits.at(Land)->setPlaceholderText(tr("NL"));
    m_edits.at(Land)->setMaximumWidth(50);
    m_edits.at(Land)->setToolTip(tr("Country: two capital letters (ISO 3166), e.g. NL, BE, DE"));
    m_edits.at(NummeraanduidingId)->setPlaceholderText(tr("16 digits"));
    m_edits.at(NummeraanduidingId)->setToolTip(tr("The nummeraanduiding-id of the address in the BAG"));
    for (Field regel : {Adresregel1, Adresregel2, Adresregel3})
        m_edits.at(regel)->setToolTip(tr("For an address the BAG does not hold, such as an address abroad"));

    // No Alt-letters on these labels: the group title has one (see the class comment).
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_edits.at(Postcode));
    numberRow->addWidget(new QLabel(tr("House number:"), this));
    numberRow->addWidget(m_edits.at(Huisnummer));
    numberRow->addWidget(new QLabel(tr("Addition:"), this));
    numberRow->addWidget(m_edits.at(Toevoeging));
    numberRow->addStretch();
    form->addRow(tr("Postcode:"), numberRow);
    for (Field f : {Postcode, Huisnummer, Toevoeging})
        form->addRow(QString(), m_messages.at(f));
    form->addRow(tr("Street:"), m_edits.at(Straat));
    form->addRow(QString(), m_messages.at(Straat));
    auto *placeRow = new QHBoxLayout;
    placeRow->addWidget(m_edits.at(Stad), 1);
    placeRow->addWidget(new QLabel(tr("Country:"), this));
    placeRow->addWidget(m_edits.at(Land));
    form->addRow(tr("City:"), placeRow);
    for (Field f : {Stad, Land})
        form->addRow(QString(), m_messages.at(f));
    form->addRow(tr("BAG id:"), m_edits.at(NummeraanduidingId));
    form->addRow(QString(), m_messages.at(NummeraanduidingId));
    for (int i = 0; i < 3; ++i) {
        const Field regel = Field(Adresregel1 + i);
        //: An address line for what the BAG does not hold; %1 is 1, 2 or 3
        form->addRow(tr("Address line %1:").arg(i + 1), m_edits.at(regel));
        form->addRow(QString(), m_messages.at(regel));
    }

    // The notation, not the content: only when the field is left and the meaning is clear.
    connect(m_edits.at(Postcode), &QLineEdit::editingFinished, this, [this] {
        QLineEdit *edit = m_edits.at(Postcode);
        if (const Result<QString> normalized = normalizePostcode(edit->text());
            normalized && normalized.value() != edit->text())
            edit->setText(normalized.value());
    });
    connect(m_edits.at(Land), &QLineEdit::editingFinished, this, [this] {
        QLineEdit *edit = m_edits.at(Land);
        const QString upper = edit->text().trimmed().toUpper();
        if (upper != edit->text() && upper.size() == 2)
            edit->setText(upper);
    });
    QWidget *previous = nullptr;
    for (QLineEdit *edit : std::as_const(m_edits)) {
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
    }
    setFocusProxy(m_edits.at(Postcode));
}

AdresForm::~AdresForm() = default;

void AdresForm::setAdres(const std::optional<Adres> &adres)
{
    const Adres a = adres.value_or(Adres());
    const QStringList values{a.postcode,
                             a.huisnummer ? QString::number(*a.huisnummer) : QString(),
                             a.huisnummertoevoeging,
                             a.straatnaam,
                             a.stad,
                             a.land,
                             a.nummeraanduidingId,
                             a.adresregel1,
                             a.adresregel2,
                             a.adresregel3};
    for (int i = 0; i < FieldCount; ++i)
        m_edits.at(i)->setText(values.at(i));
    clearErrors();
}

std::optional<Adres> AdresForm::adres() const
{
    auto text = [this](Field f) { return m_edits.at(f)->text().trimmed(); };
    Adres a;
    a.postcode = text(Postcode);
    if (const Result<QString> normalized = normalizePostcode(a.postcode); normalized)
        a.postcode = normalized.value();
    bool isNumber = false;
    const int huisnummer = text(Huisnummer).toInt(&isNumber);
    if (isNumber)
        a.huisnummer = huisnummer;
    a.huisnummertoevoeging = text(Toevoeging);
    a.straatnaam = text(Straat);
    a.stad = text(Stad);
    a.land = text(Land);
    if (a.land.size() == 2)
        a.land = a.land.toUpper();
    a.nummeraanduidingId = text(NummeraanduidingId);
    a.adresregel1 = text(Adresregel1);
    a.adresregel2 = text(Adresregel2);
    a.adresregel3 = text(Adresregel3);
    if (a.isEmpty())
        return std::nullopt;
    return a;
}

int AdresForm::showErrors(const FieldErrors &errors, const QString &prefix)
{
    const QString path = (prefix.isEmpty() ? m_name : prefix) + QLatin1Char('.');
    int shown = 0;
    for (const FieldError &error : errors) {
        if (!error.field.startsWith(path))
            continue;
        const QString sub = error.field.mid(path.size());
        for (int i = 0; i < FieldCount; ++i) {
            if (sub == QLatin1String(apiFields[i])) {
                m_messages.at(i)->setError(error.message);
                ++shown;
                break;
            }
        }
    }
    return shown;
}

void AdresForm::clearErrors()
{
    for (FieldMessage *message : std::as_const(m_messages))
        message->clearError();
}

} // namespace kcc::ui
