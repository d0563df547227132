#include "ui/beheer/openklantinstellingenform.h"

#include "model/beheer/actordirectory.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/palette.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace kcc::ui {

namespace {

QWidget *withMessage(QWidget *field, FieldMessage *message, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

} // namespace

OpenKlantInstellingenForm::OpenKlantInstellingenForm(OpenKlantBeheer &beheer, ActorDirectory *actors, QWidget *parent)
    : QWidget(parent)
    , m_beheer(beheer)
    , m_actors(actors)
    , m_baseUrl(new QLineEdit(this))
    , m_baseUrlMessage(new FieldMessage(m_baseUrl, this))
    , m_token(new QLineEdit(this))
    , m_tokenMessage(new FieldMessage(m_token, this))
    , m_tokenPlek(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_actor(new QComboBox(this))
    , m_actorBron(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("openKlantInstellingenForm"));
    m_baseUrl->setObjectName(QStringLiteral("openKlantBaseUrlEdit"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://openklant.gemeente.nl/klantinteracties/api/v1"));
    m_token->setObjectName(QStringLiteral("openKlantTokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Leave empty to keep the stored token"));
    m_tokenPlek->setObjectName(QStringLiteral("openKlantTokenPlek"));
    m_tokenPlek->setWordWrap(true);
    m_tokenPlek->setStyleSheet(Palette::textStyle(Palette::hintText()));
    m_test->setObjectName(QStringLiteral("openKlantTestButton"));
    m_testResult->setObjectName(QStringLiteral("openKlantTestResult"));
    m_testResult->setWordWrap(true);
    m_actor->setObjectName(QStringLiteral("openKlantActorCombo"));
    m_actorBron->setObjectName(QStringLiteral("openKlantActorBron"));
    m_actorBron->setWordWrap(true);
    m_actorBron->setStyleSheet(Palette::textStyle(Palette::hintText()));
    m_save->setObjectName(QStringLiteral("openKlantSaveButton"));
    m_status->setObjectName(QStringLiteral("openKlantStatus"));
    m_status->setWordWrap(true);

    auto *explanation = new QLabel(tr("How this workstation reaches the municipality's Open Klant (the "
                                      "Klantinteracties API). The token is kept in the keyring of the operating "
                                      "system, or in a file only you can read where there is none; never in the "
                                      "settings."),
                                   this);
    explanation->setWordWrap(true);
    explanation->setStyleSheet(Palette::textStyle(Palette::hintText()));

    auto *form = new QFormLayout;
    const auto addRow = [&](const QString &text, QWidget *buddy, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    addRow(tr("Base &URL:"), m_baseUrl, withMessage(m_baseUrl, m_baseUrlMessage, this));
    addRow(tr("API t&oken:"), m_token, withMessage(m_token, m_tokenMessage, this));
    form->addRow(QString(), m_tokenPlek);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    form->addRow(QString(), testRow);
    addRow(tr("Send registrations as &actor:"), m_actor, m_actor);
    form->addRow(QString(), m_actorBron);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &OpenKlantInstellingenForm::save);
    connect(m_test, &QPushButton::clicked, this, &OpenKlantInstellingenForm::testConnection);
    connect(m_baseUrl, &QLineEdit::textEdited, m_baseUrlMessage, &FieldMessage::clearError);
    connect(m_token, &QLineEdit::textEdited, m_tokenMessage, &FieldMessage::clearError);
    load();
}

OpenKlantInstellingenForm::~OpenKlantInstellingenForm() = default;

void OpenKlantInstellingenForm::load()
{
    const OpenKlantInstellingen instellingen = m_beheer.instellingen();
    m_baseUrl->setText(instellingen.baseUrl.toString());
    m_baseUrl->setReadOnly(instellingen.baseUrlVastgezet);
    if (instellingen.baseUrlVastgezet)
        m_baseUrl->setToolTip(tr("Fixed by IT for every workstation."));
    m_token->setEnabled(!instellingen.tokenVastgezet);
    m_tokenPlek->setText(instellingen.tokenPlek.isEmpty() ? tr("No token is stored yet.") : instellingen.tokenPlek);
    fillLocalActors();
    if (!instellingen.actor.isNull() && m_actor->findData(instellingen.actor) < 0)
        m_actor->addItem(instellingen.actorNaam.isEmpty() ? instellingen.actor.toString(QUuid::WithoutBraces)
                                                          : instellingen.actorNaam,
                         instellingen.actor);
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(instellingen.actor)));
    m_actor->setEnabled(!instellingen.actorVastgezet);
}

void OpenKlantInstellingenForm::fillLocalActors()
{
    QList<ServerActor> actoren;
    if (m_actors) {
        for (const SoortActor soort :
             {SoortActor::GeautomatiseerdeActor, SoortActor::OrganisatorischeEenheid, SoortActor::Medewerker}) {
            const Result<QList<Actor>> found = m_actors->activeActors(soort);
            for (const Actor &actor : found ? found.value() : QList<Actor>())
                actoren.append({actor.uuid, actor.naam});
        }
    }
    fillActors(actoren, tr("The actoren of this workstation; test the connection to choose from the server's."));
}

void OpenKlantInstellingenForm::fillActors(const QList<ServerActor> &actoren, const QString &bron)
{
    const QVariant current = m_actor->currentData();
    const QString currentText = m_actor->currentText();
    m_actor->clear();
    m_actor->addItem(tr("(none)"), QUuid());
    for (const ServerActor &actor : actoren)
        m_actor->addItem(actor.naam, actor.uuid);
    // The chosen actor stays chosen, also when the new list does not have it.
    if (current.toUuid().isNull() == false && m_actor->findData(current) < 0)
        m_actor->addItem(currentText, current);
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(current)));
    m_actorBron->setText(bron);
}

std::optional<QUrl> OpenKlantInstellingenForm::checkedBaseUrl()
{
    const QString text = m_baseUrl->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty()) {
        m_baseUrlMessage->setError(tr("Fill in the address of Open Klant's Klantinteracties API."));
    } else if (!url.isValid() || url.host().isEmpty() ||
               !QStringList{QStringLiteral("https"), QStringLiteral("http")}.contains(url.scheme())) {
        m_baseUrlMessage->setError(tr(
            "This is not an http:// or https:// address, e.g. https://openklant.gemeente.nl/klantinteracties/api/v1."));
    } else {
        m_baseUrlMessage->clearError();
        return url;
    }
    m_baseUrl->setFocus(Qt::OtherFocusReason);
    return std::nullopt;
}

bool OpenKlantInstellingenForm::checkToken()
{
    static const QRegularExpression printable(QStringLiteral("^[!-~]{8,200}$"));
    const QString token = m_token->text().trimmed();
    if (!token.isEmpty() && !printable.match(token).hasMatch()) {
        m_tokenMessage->setError(
            tr("A token is 8 to 200 characters without spaces, as Open Klant's beheerder gave it."));
        m_token->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_tokenMessage->clearError();
    return true;
}

void OpenKlantInstellingenForm::showStatus(QLabel *label, const QString &text, bool ok)
{
    label->setText(text);
    label->setStyleSheet(Palette::textStyle(ok ? Palette::successText() : Palette::errorText()));
}

void OpenKlantInstellingenForm::testConnection()
{
    const std::optional<QUrl> url = checkedBaseUrl();
    if (!url || !checkToken())
        return;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Asking %1 ...").arg(url->toString()));
    m_testResult->setStyleSheet(QString());
    QPointer<OpenKlantInstellingenForm> self(this);
    m_beheer.testVerbinding(*url, m_token->text().trimmed(), [self](const VerbindingsTest &test) {
        if (!self)
            return; // the dialog was closed meanwhile
        self->m_test->setEnabled(true);
        self->showStatus(self->m_testResult, test.bericht, test.ok);
        if (test.ok)
            self->fillActors(test.actoren, tr("The actoren on the server (%n in all).", nullptr, test.aantalActoren));
    });
}

bool OpenKlantInstellingenForm::save()
{
    const std::optional<QUrl> url = checkedBaseUrl();
    if (!url || !checkToken())
        return false;
    const QUuid actor = m_actor->currentData().toUuid();
    const Result<QString> saved =
        m_beheer.bewaar(*url, m_token->text().trimmed(), actor, actor.isNull() ? QString() : m_actor->currentText());
    if (!saved) {
        showStatus(m_status, saved.error().message, false);
        return false;
    }
    m_token->clear(); // the token is stored; it is not shown again
    m_tokenPlek->setText(saved.value());
    showStatus(m_status, tr("Saved. The next sync uses these settings."), true);
    return true;
}

} // namespace kcc::ui
