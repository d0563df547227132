#include "ui/beheer/brpinstellingenform.h"

#include "model/brp/brpinstellingen.h"
#include "ui/widgets/palette.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kcc::ui {

BrpInstellingenForm::BrpInstellingenForm(QWidget *parent)
    : QWidget(parent)
    , m_baseUrl(new QLineEdit(this))
    , m_keyHeader(new QLineEdit(this))
    , m_keyFile(new QLineEdit(this))
    , m_keyStatus(new QLabel(this))
    , m_headers(new QPlainTextEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("brpInstellingenForm"));
    m_baseUrl->setObjectName(QStringLiteral("brpBaseUrlEdit"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://brp.gemeente.nl/haalcentraal/api/brp"));
    m_keyHeader->setObjectName(QStringLiteral("brpKeyHeaderEdit"));
    m_keyFile->setObjectName(QStringLiteral("brpKeyFileEdit"));
    m_keyFile->setPlaceholderText(tr("/etc/kcc-werkplek/brp.key (readable by its owner only)"));
    m_keyStatus->setObjectName(QStringLiteral("brpKeyStatus"));
    m_keyStatus->setWordWrap(true);
    m_headers->setObjectName(QStringLiteral("brpHeadersEdit"));
    m_headers->setPlaceholderText(tr("One header per line, e.g.\nx-doelbinding: BRPKCC\nx-verwerking: Klantcontact"));
    m_headers->setTabChangesFocus(true);
    m_timeout->setObjectName(QStringLiteral("brpTimeoutSpin"));
    m_timeout->setRange(1, 120);
    m_timeout->setSuffix(tr(" s"));
    m_save->setObjectName(QStringLiteral("brpSaveButton"));
    m_status->setObjectName(QStringLiteral("brpInstellingenStatus"));
    m_status->setWordWrap(true);

    auto *explanation = new QLabel(tr("The BRP look-up (Haal Centraal BRP Personen bevragen) of this workstation. The "
                                      "API key is read from the file named here; it is never stored in the "
                                      "settings. Every look-up is recorded in the verwerkingenlog."),
                                   this);
    explanation->setWordWrap(true);
    explanation->setStyleSheet(Palette::textStyle(Palette::hintText()));

    auto *form = new QFormLayout;
    const auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("Base &URL:"), m_baseUrl);
    addRow(tr("API key &header:"), m_keyHeader);
    addRow(tr("API &key file:"), m_keyFile);
    form->addRow(QString(), m_keyStatus);
    addRow(tr("&Doelbinding headers:"), m_headers);
    addRow(tr("&Timeout:"), m_timeout);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &BrpInstellingenForm::save);
    connect(m_keyFile, &QLineEdit::editingFinished, this, &BrpInstellingenForm::checkKeyFile);
    load();
}

BrpInstellingenForm::~BrpInstellingenForm() = default;

void BrpInstellingenForm::load()
{
    const BrpInstellingen instellingen = BrpInstellingen::load();
    m_baseUrl->setText(instellingen.baseUrl.toString());
    m_keyHeader->setText(instellingen.apiKeyHeader);
    m_keyFile->setText(instellingen.apiKeyFile);
    m_headers->setPlainText(BrpInstellingen::formatHeaders(instellingen.headers));
    m_timeout->setValue(instellingen.timeoutSeconds);
    checkKeyFile();
}

void BrpInstellingenForm::checkKeyFile()
{
    if (m_keyFile->text().trimmed().isEmpty()) {
        m_keyStatus->clear();
        return;
    }
    BrpInstellingen probe;
    probe.apiKeyFile = m_keyFile->text().trimmed();
    const Result<QByteArray> key = probe.apiKey();
    m_keyStatus->setText(key ? tr("The key file can be read and is protected.") : key.error().message);
    m_keyStatus->setStyleSheet(key ? QString() : Palette::textStyle(Palette::errorText()));
}

bool BrpInstellingenForm::save()
{
    const auto refuse = [this](const QString &message, QWidget *field) {
        m_status->setText(message);
        m_status->setStyleSheet(Palette::textStyle(Palette::errorText()));
        field->setFocus(Qt::OtherFocusReason);
        return false;
    };
    BrpInstellingen instellingen;
    const QString url = m_baseUrl->text().trimmed();
    instellingen.baseUrl = QUrl(url, QUrl::StrictMode);
    if (!url.isEmpty() &&
        (!instellingen.baseUrl.isValid() || instellingen.baseUrl.host().isEmpty() ||
         !QStringList{QStringLiteral("https"), QStringLiteral("http")}.contains(instellingen.baseUrl.scheme())))
        return refuse(tr("The base URL must be an http:// or https:// address."), m_baseUrl);
    const Result<QList<BrpInstellingen::Header>> headers = BrpInstellingen::parseHeaders(m_headers->toPlainText());
    if (!headers)
        return refuse(headers.error().message, m_headers);
    const Result<QList<BrpInstellingen::Header>> keyHeader =
        BrpInstellingen::parseHeaders(m_keyHeader->text().trimmed() + QStringLiteral(": x"));
    if (!keyHeader || m_keyHeader->text().trimmed().isEmpty())
        return refuse(tr("The API key header must be a valid header name."), m_keyHeader);
    instellingen.apiKeyHeader = m_keyHeader->text().trimmed();
    instellingen.apiKeyFile = m_keyFile->text().trimmed();
    instellingen.headers = headers.value();
    instellingen.timeoutSeconds = m_timeout->value();
    QSettings settings;
    instellingen.save(settings);
    settings.sync();
    checkKeyFile();
    m_status->setText(tr("Saved. The next BRP look-up uses these settings."));
    m_status->setStyleSheet(QString());
    return true;
}

} // namespace kcc::ui
