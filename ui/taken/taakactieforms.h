#pragma once

#include "model/taken/taakactiesservice.h"

#include <QKeySequence>
#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QListWidget;

namespace kcc::ui {

class CountedTextEdit;

// One small form per action of TaakActiesPanel: its button (text, tip, shortcut; static, so that
// the panel makes the buttons before the forms and Tab keeps its order), its widgets, what it
// clears and how it runs the action against the service. The panel shows one at a time.
class TaakActieForm : public QWidget
{
public:
    struct Knop
    {
        QString text;
        QString toolTip;
        QString objectName;
        QKeySequence key;
    };

    explicit TaakActieForm(QWidget *parent);

    // Empties what was typed (another task, or the action succeeded).
    virtual void reset() = 0;
    // The task shown (again): defaults that follow the task, never over typed text.
    virtual void setTaak(const TaakDetail &detail);
    // Runs the action; the message says what happened.
    virtual Result<QString> run(TaakActiesService &service, const SignedInActor &viewer, const TaakDetail &detail) = 0;

protected:
    // A CountedTextEdit of 1000 characters named `name` (its editor `name` + "Text").
    CountedTextEdit *newText(const QString &name, const QString &placeholder);
    static QString referentie(const TaakDetail &detail);
};

// C9708 / C2984: contact made (the answer, optionally closing the task) or not reached (a note;
// the task stays open). Both register a new klantcontact.
class ContactPogingForm final : public TaakActieForm
{
public:
    ContactPogingForm(bool gelukt, QWidget *parent);
    static Knop knop(bool gelukt);

    void addKanaal(const QString &label, const QString &code);
    void reset() override;
    void setTaak(const TaakDetail &detail) override;
    Result<QString> run(TaakActiesService &service, const SignedInActor &viewer, const TaakDetail &detail) override;

private:
    bool m_gelukt;
    QComboBox *m_kanaal;
    CountedTextEdit *m_text;
    QCheckBox *m_afhandelen = nullptr; // gelukt only
};

// C6114 B: tick the medewerkers or afdelingen the task goes to.
class DoorsturenForm final : public TaakActieForm
{
public:
    explicit DoorsturenForm(QWidget *parent);
    static Knop knop();

    void addActor(const QString &label, const QUuid &actor);
    void selectFirst();
    void reset() override;
    Result<QString> run(TaakActiesService &service, const SignedInActor &viewer, const TaakDetail &detail) override;

private:
    QListWidget *m_naar;
    CountedTextEdit *m_toelichting;
};

// C6114 A: back to the KCC with a new task "Opnieuw routeren"; this one is closed.
class OpnieuwRouterenForm final : public TaakActieForm
{
public:
    explicit OpnieuwRouterenForm(QWidget *parent);
    static Knop knop();

    void addAfdeling(const QString &naam, const QUuid &afdeling);
    // The KCC is the afdeling the calls come in at; offered first when recognised by name.
    void selectKcc();
    void reset() override;
    Result<QString> run(TaakActiesService &service, const SignedInActor &viewer, const TaakDetail &detail) override;

private:
    QComboBox *m_kcc;
    CountedTextEdit *m_toelichting;
};

// Closing the task, with an optional explanation.
class AfhandelenForm final : public TaakActieForm
{
public:
    explicit AfhandelenForm(QWidget *parent);
    static Knop knop();

    void reset() override;
    Result<QString> run(TaakActiesService &service, const SignedInActor &viewer, const TaakDetail &detail) override;

private:
    CountedTextEdit *m_toelichting;
};

// A supervisor opens a closed task again.
class HeropenenForm final : public TaakActieForm
{
public:
    explicit HeropenenForm(QWidget *parent);
    static Knop knop();

    void reset() override;
    Result<QString> run(TaakActiesService &service, const SignedInActor &viewer, const TaakDetail &detail) override;

private:
    CountedTextEdit *m_toelichting;
};

} // namespace kcc::ui
