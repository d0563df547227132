#pragma once

// The contact panel as the GUI tests see it (issue 12): its widgets found by objectName, the way
// a user finds them by their label, instead of accessors the production code does not need.
// Each page is a small value; `->` reaches its parts, so that a test reads
// `ContactPanelPage(panel).afronding()->registerButton()`. Header-only.

#include "ui/callflow/contactpanel.h"
#include "ui/callflow/steps/klantkeuzewidget.h"
#include "ui/callflow/steps/onderwerpeditor.h"
#include "ui/callflow/waitingcallnotice.h"
#include "ui/partij/adresform.h"
#include "ui/widgets/countedtextedit.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringList>
#include <QTabBar>
#include <QtGlobal>
#include <QWidget>

namespace kcc::test {

// The one descendant of `root` of type T named `name`; null (and a warning naming it) when there
// is none, so that a renamed widget fails the test where it is used.
template<typename T>
T *named(const QObject *root, const QString &name)
{
    T *found = root ? root->findChild<T *>(name) : nullptr;
    if (!found)
        qWarning("No %s named '%s'", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

// The descendants named `names`, in that order.
template<typename T>
QList<T *> allNamed(const QObject *root, const QStringList &names)
{
    QList<T *> found;
    for (const QString &name : names)
        found.append(named<T>(root, name));
    return found;
}

// What every page shares: the widget it is about (null when absent) and `->` to itself.
template<typename Page>
class PageOf
{
public:
    explicit PageOf(QWidget *root)
        : m_root(root)
    {
    }
    QWidget *widget() const { return m_root; }
    const Page *operator->() const { return static_cast<const Page *>(this); }
    template<typename T>
    T findChild(const QString &name) const
    {
        return m_root ? m_root->findChild<T>(name) : nullptr;
    }

protected:
    template<typename T>
    T *child(const char *name) const
    {
        return named<T>(m_root, QLatin1String(name));
    }

private:
    QWidget *m_root;
};

// Step 2, authentication.
class AuthenticationPage final : public PageOf<AuthenticationPage>
{
public:
    using PageOf::PageOf;
    QCheckBox *authenticatedBox() const { return child<QCheckBox>("authenticatedBox"); }
    QComboBox *methodCombo() const { return child<QComboBox>("authenticationMethod"); }
    QLineEdit *bsnEdit() const { return child<QLineEdit>("authenticationBsn"); }
    ui::FieldMessage *bsnMessage() const { return child<ui::FieldMessage>("authenticationBsnMessage"); }
};

// Step 3, the subjects (one tab per onderwerp).
class OnderwerpPage final : public PageOf<OnderwerpPage>
{
public:
    using PageOf::PageOf;
    ui::OnderwerpEditor *editor() const { return qobject_cast<ui::OnderwerpEditor *>(widget()); }
    int currentIndex() const { return editor()->currentIndex(); }
    void setCurrentIndex(int index) const { editor()->setCurrentIndex(index); }
    void addOnderwerp() const { editor()->addOnderwerp(); }
    void removeOnderwerp() const { editor()->removeOnderwerp(); }

    QTabBar *tabs() const { return child<QTabBar>("onderwerpTabs"); }
    QLineEdit *onderwerpEdit() const { return child<QLineEdit>("onderwerpEdit"); }
    ui::CountedTextEdit *inhoudEdit() const { return child<ui::CountedTextEdit>("inhoudEdit"); }
    ui::CountedTextEdit *reactieEdit() const { return child<ui::CountedTextEdit>("reactieEdit"); }
    QList<QLineEdit *> bijlageEdits() const
    {
        return allNamed<QLineEdit>(widget(),
                                   {QStringLiteral("bijlageObjectId"), QStringLiteral("bijlageObjecttype"),
                                    QStringLiteral("bijlageRegister"), QStringLiteral("bijlageSoortObjectId")});
    }
};

// Step 4, follow-up.
class OpvolgingPage final : public PageOf<OpvolgingPage>
{
public:
    using PageOf::PageOf;
    QCheckBox *taakBox() const { return child<QCheckBox>("taakBox"); }
    QComboBox *handelingCombo() const { return child<QComboBox>("handelingCombo"); }
    QListWidget *actorList() const { return child<QListWidget>("toegewezenAanList"); }
};

// Step 5, the betrokkene (the person on the line).
class BetrokkenePage final : public PageOf<BetrokkenePage>
{
public:
    using PageOf::PageOf;
    QLabel *variantLabel() const { return child<QLabel>("variantLabel"); }
    QCheckBox *consentBox() const { return child<QCheckBox>("consentBox"); }
    // Voorletters, voornaam, voorvoegsel, achternaam.
    QList<QLineEdit *> nameEdits() const
    {
        return allNamed<QLineEdit>(widget(), {QStringLiteral("voorlettersEdit"), QStringLiteral("voornaamEdit"),
                                              QStringLiteral("voorvoegselEdit"), QStringLiteral("achternaamEdit")});
    }
    QLineEdit *phoneEdit() const { return child<QLineEdit>("betrokkenePhone"); }
    QLineEdit *emailEdit() const { return child<QLineEdit>("betrokkeneEmail"); }
    ui::FieldMessage *phoneMessage() const { return child<ui::FieldMessage>("betrokkenePhoneMessage"); }
    ui::FieldMessage *emailMessage() const { return child<ui::FieldMessage>("betrokkeneEmailMessage"); }
    QComboBox *rolCombo() const { return child<QComboBox>("rolCombo"); }
    ui::AdresForm *adresForm() const { return child<ui::AdresForm>("betrokkeneAdresForm"); }
    QLineEdit *organisatienaamEdit() const { return child<QLineEdit>("betrokkeneOrganisatienaamEdit"); }
    QLineEdit *vertegenwoordigdeZoekEdit() const { return child<QLineEdit>("vertegenwoordigdeZoekEdit"); }
    QComboBox *vertegenwoordigdeCombo() const { return child<QComboBox>("vertegenwoordigdeCombo"); }
    ui::FieldMessage *vertegenwoordigdeMessage() const { return child<ui::FieldMessage>("vertegenwoordigdeMessage"); }
};

// Step 6, transfer to a colleague.
class TransferPage final : public PageOf<TransferPage>
{
public:
    using PageOf::PageOf;
    QCheckBox *transferBox() const { return child<QCheckBox>("transferBox"); }
    QComboBox *colleagueCombo() const { return child<QComboBox>("colleagueCombo"); }
    ui::CountedTextEdit *textEdit() const { return child<ui::CountedTextEdit>("transferText"); }
};

// Step 7, finishing.
class AfrondingPage final : public PageOf<AfrondingPage>
{
public:
    using PageOf::PageOf;
    QPlainTextEdit *summaryView() const { return child<QPlainTextEdit>("summaryView"); }
    QLabel *missingLabel() const { return child<QLabel>("missingLabel"); }
    QPushButton *registerButton() const { return child<QPushButton>("registerButton"); }
};

// The whole panel: header, notes, switcher, waiting call, banner and the steps.
class ContactPanelPage final : public PageOf<ContactPanelPage>
{
public:
    explicit ContactPanelPage(ui::ContactPanel *panel)
        : PageOf(panel)
    {
    }

    ui::KlantKeuzeWidget *klantKeuze() const { return child<ui::KlantKeuzeWidget>("klantStep"); }
    AuthenticationPage authentication() const { return AuthenticationPage(child<QWidget>("authenticationStep")); }
    OnderwerpPage onderwerpen() const { return OnderwerpPage(child<QWidget>("onderwerpStep")); }
    OpvolgingPage opvolging() const { return OpvolgingPage(child<QWidget>("opvolgingStep")); }
    BetrokkenePage betrokkene() const { return BetrokkenePage(child<QWidget>("betrokkeneStep")); }
    TransferPage transfer() const { return TransferPage(child<QWidget>("transferStep")); }
    AfrondingPage afronding() const { return AfrondingPage(child<QWidget>("afrondingStep")); }
    // The page of `step` as the stack holds it.
    QWidget *step(ui::ContactPanel::Step step) const
    {
        static const char *const names[] = {"klantStep",      "authenticationStep", "onderwerpStep", "opvolgingStep",
                                            "betrokkeneStep", "transferStep",       "afrondingStep"};
        return child<QWidget>(names[step]);
    }

    QListWidget *stepList() const { return child<QListWidget>("stepList"); }
    QComboBox *kanaalCombo() const { return child<QComboBox>("kanaalCombo"); }
    QLabel *timerLabel() const { return child<QLabel>("timerLabel"); }
    QPlainTextEdit *notepad() const { return child<QPlainTextEdit>("notepad"); }
    QComboBox *switcher() const { return child<QComboBox>("openContactsCombo"); }
    ui::WaitingCallNotice *waitingCallNotice() const { return child<ui::WaitingCallNotice>("waitingCallNotice"); }
    QPushButton *notesToInhoudButton() const { return child<QPushButton>("notesToInhoudButton"); }
    QPushButton *notesToToelichtingButton() const { return child<QPushButton>("notesToToelichtingButton"); }
    ui::MessageBanner *banner() const { return child<ui::MessageBanner>("messageBanner"); }
};

} // namespace kcc::test
