#pragma once

#include "model/core/fielderror.h"
#include "model/klantinteracties/adres.h"

#include <QGroupBox>
#include <QList>

#include <optional>

class QLineEdit;

namespace kcc::ui {

class FieldMessage;

// One address (bezoekadres or correspondentieadres, klantinteracties-model.md §2.1) as a titled
// group: postcode, huisnummer and toevoeging, straat, plaats and land, the BAG nummeraanduiding-id
// and the three adresregels for what the BAG does not hold (a foreign address). The same form
// serves the partij editor, variant C and the betrokkene's one-off address.
//
// Only the group title carries an Alt-letter: two forms side by side would otherwise clash. Each
// rule's message appears under its field. Nothing typed is changed except the notation of the
// postcode ("1234ab" -> "1234 AB") and the land (uppercase) when the field is left.
class AdresForm final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdresForm)

public:
    enum Field
    {
        Postcode,
        Huisnummer,
        Toevoeging,
        Straat,
        Stad,
        Land,
        NummeraanduidingId,
        Adresregel1,
        Adresregel2,
        Adresregel3,
        FieldCount
    };

    // `name` prefixes the object names ("bezoekadres" -> "bezoekadresPostcodeEdit") and is the
    // path of the errors this form shows ("bezoekadres.postcode").
    AdresForm(const QString &title, const QString &name, QWidget *parent = nullptr);
    ~AdresForm() override;

    void setAdres(const std::optional<Adres> &adres);
    // The address as typed (trimmed), nullopt when every field is empty.
    std::optional<Adres> adres() const;
    // Shows the errors whose field starts with "<prefix>." (prefix defaults to the form's name);
    // returns how many were shown.
    int showErrors(const FieldErrors &errors, const QString &prefix = QString());
    void clearErrors();

    QLineEdit *edit(Field field) const { return m_edits.at(field); }

signals:
    void edited();

private:
    QString m_name;
    QList<QLineEdit *> m_edits;
    QList<FieldMessage *> m_messages;
};

} // namespace kcc::ui
