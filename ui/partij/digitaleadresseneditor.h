#pragma once

#include "model/core/fielderror.h"
#include "model/klantinteracties/digitaaladres.h"

#include <QGroupBox>
#include <QList>
#include <QUuid>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kcc::ui {

class FieldMessage;

// A partij's digitale adressen (§4.3): the list, and under it the one chosen — soort, adres,
// omschrijving and whether it is the voorkeur (at most one: ticking it on one address takes it
// off the other). "New address" adds one and puts the keyboard in its adres; "Remove" removes
// the chosen one. Phone numbers are put in the server's notation when the field is left.
class DigitaleAdressenEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DigitaleAdressenEditor)

public:
    explicit DigitaleAdressenEditor(QWidget *parent = nullptr);
    ~DigitaleAdressenEditor() override;

    void setAdressen(const QList<DigitaalAdres> &adressen, const std::optional<QUuid> &voorkeur);
    // As edited, phone numbers normalised where they can be; new ones have a fresh uuid.
    QList<DigitaalAdres> adressen() const;
    std::optional<QUuid> voorkeur() const { return m_voorkeur; }

    // Errors named "digitaleAdressen[i].<adres|omschrijving>" and "voorkeursDigitaalAdres": the
    // address is chosen and the message shown at its field. Returns how many were shown.
    int showErrors(const FieldErrors &errors);
    void clearErrors();

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QComboBox *soortCombo() const { return m_soort; }
    QLineEdit *adresEdit() const { return m_adres; }
    QLineEdit *omschrijvingEdit() const { return m_omschrijving; }
    QCheckBox *voorkeurBox() const { return m_voorkeurBox; }

    // Adds an empty telephone number and puts the keyboard in it.
    void addAdres();
    void removeCurrent();

private:
    void showCurrent();
    void writeCurrent();
    void updateItem(int row);
    void normalizePhone();

    QList<DigitaalAdres> m_adressen;
    std::optional<QUuid> m_voorkeur;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QComboBox *m_soort;
    QLineEdit *m_adres;
    FieldMessage *m_adresMessage;
    QLineEdit *m_omschrijving;
    FieldMessage *m_omschrijvingMessage;
    QCheckBox *m_voorkeurBox;
    FieldMessage *m_voorkeurMessage;
    bool m_loading = false;
};

} // namespace kcc::ui
