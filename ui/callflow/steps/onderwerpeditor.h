#pragma once

#include "ui/callflow/callflowcontext.h"
#include "ui/callflow/callflowstep.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;
class QTabBar;

namespace kcc::ui {

class CountedTextEdit;
class FieldMessage;

// Step 3: the onderwerpen of the conversation, each becoming one klantcontact: what it was about,
// question and answer, what it refers to (a zaak or an earlier klantcontact), bijlage, afhandeling.
class OnderwerpEditor final : public CallFlowStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnderwerpEditor)

public:
    OnderwerpEditor(const CallFlowContext &context, QWidget *parent = nullptr);
    ~OnderwerpEditor() override;

    void refresh() override;
    int showErrors(const FieldErrors &errors) override;
    void clearErrors() override;

    // Earlier klantcontacten of the chosen partij, offered as onderwerpobject.
    void setEarlierContacts(const QList<QPair<QUuid, QString>> &contacts);
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    void addOnderwerp();
    void removeOnderwerp();

private:
    void write();
    void liveChecks();

    CallFlowContext m_context;
    int m_current = 0;
    QTabBar *m_tabs;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLineEdit *m_onderwerp;
    FieldMessage *m_onderwerpMessage;
    CountedTextEdit *m_inhoud;
    FieldMessage *m_inhoudMessage;
    CountedTextEdit *m_reactie;
    QCheckBox *m_vertrouwelijk;
    QCheckBox *m_gelukt;
    QLineEdit *m_taal;
    FieldMessage *m_taalMessage;
    QDateTimeEdit *m_plaatsgevonden;
    QLineEdit *m_zaak;
    QComboBox *m_earlier;
    QList<QLineEdit *> m_bijlage; // objectId, objecttype, register, soort object-id
    FieldMessage *m_bijlageMessage;
    QComboBox *m_afhandeling;
    FieldMessage *m_afhandelingMessage;
};

} // namespace kcc::ui
