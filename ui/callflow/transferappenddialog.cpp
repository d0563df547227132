#include "ui/callflow/transferappenddialog.h"

#include "ui/widgets/countedtextedit.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/palette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace kcc::ui {

namespace {

constexpr int inhoudLimit = 1000;  // Klantcontact.inhoud
constexpr int separatorLength = 2; // the blank line between the old and the new text

} // namespace

TransferAppendDialog::TransferAppendDialog(const CallFlowContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_referentienummer(new QLineEdit(this))
    , m_referentienummerMessage(new FieldMessage(m_referentienummer, this))
    , m_findButton(new QPushButton(tr("&Find"), this))
    , m_summary(new QTextBrowser(this))
    , m_text(new CountedTextEdit(inhoudLimit, this))
    , m_textMessage(new FieldMessage(m_text, this))
    , m_appendButton(new QPushButton(tr("&Add to klantcontact"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("transferAppendDialog"));
    setWindowTitle(tr("Add to a transferred call"));
    m_referentienummer->setObjectName(QStringLiteral("transferReferentienummerEdit"));
    m_referentienummer->setPlaceholderText(tr("Reference number the KCC gave, e.g. 1000123"));
    m_referentienummer->setMaxLength(10);
    m_summary->setObjectName(QStringLiteral("transferSummary"));
    m_referentienummerMessage->setObjectName(QStringLiteral("transferReferentienummerMessage"));
    m_textMessage->setObjectName(QStringLiteral("transferTextMessage"));
    m_summary->setMinimumHeight(140);
    m_text->setObjectName(QStringLiteral("transferTextEdit"));
    m_appendButton->setObjectName(QStringLiteral("transferAppendButton"));
    m_appendButton->setToolTip(tr("Adds your answer to the content and links you to the klantcontact (Ctrl+Enter)"));
    m_appendButton->setEnabled(false);
    m_text->setEnabled(false);
    m_status->setObjectName(QStringLiteral("transferStatusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_referentienummer, 1);
    findRow->addWidget(m_findButton);
    auto *findBox = new QWidget(this);
    auto *findLayout = new QVBoxLayout(findBox);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->setSpacing(2);
    findLayout->addLayout(findRow);
    findLayout->addWidget(m_referentienummerMessage);
    auto *textBox = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textBox);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(2);
    textLayout->addWidget(m_text);
    textLayout->addWidget(m_textMessage);

    auto *form = new QFormLayout;
    auto *referentieLabel = new QLabel(tr("&Reference number:"), this);
    referentieLabel->setBuddy(m_referentienummer);
    form->addRow(referentieLabel, findBox);
    form->addRow(tr("Klantcontact:"), m_summary);
    auto *textLabel = new QLabel(tr("&Your answer:"), this);
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, textBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_appendButton, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 520);

    connect(m_findButton, &QPushButton::clicked, this, [this] { find(); });
    connect(m_referentienummer, &QLineEdit::returnPressed, this, [this] { find(); });
    connect(m_appendButton, &QPushButton::clicked, this, [this] { append(); });
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_appendButton->isEnabled())
                append();
        });
    }
    showTarget();
}

TransferAppendDialog::~TransferAppendDialog() = default;

void TransferAppendDialog::setStatus(const QString &message, bool error)
{
    m_status->setText(message);
    m_status->setStyleSheet(Palette::textStyle(error ? Palette::errorText() : Palette::successText()));
    m_status->setVisible(!message.isEmpty());
}

bool TransferAppendDialog::find()
{
    m_referentienummerMessage->clearError();
    setStatus(QString(), false);
    const QString wanted = m_referentienummer->text().trimmed();
    if (wanted.isEmpty()) {
        m_referentienummerMessage->setError(tr("Type the reference number the KCC medewerker gave you."));
        m_target.reset();
        showTarget();
        return false;
    }
    const Result<std::optional<TransferTarget>> found = m_context.registration->findForTransfer(wanted, m_context.user);
    if (!found) {
        m_referentienummerMessage->setError(found.error().message);
        return false;
    }
    m_target = found.value();
    if (!m_target)
        m_referentienummerMessage->setError(
            tr("There is no klantcontact with reference number %1. Check the number with the KCC.").arg(wanted));
    showTarget();
    if (m_target)
        m_text->setFocus(Qt::OtherFocusReason);
    return m_target.has_value();
}

void TransferAppendDialog::showTarget()
{
    m_text->setEnabled(m_target.has_value());
    m_appendButton->setEnabled(m_target.has_value());
    if (!m_target) {
        m_summary->setHtml(QStringLiteral("<p style='%1'>%2</p>")
                               .arg(Palette::textStyle(Palette::hintText()),
                                    tr("Find the klantcontact by its reference number first.").toHtmlEscaped()));
        return;
    }
    const TransferTarget &t = *m_target;
    QString html = QStringLiteral("<p><b>%1</b> · %2 · %3</p>")
                       .arg(t.referentienummer.toHtmlEscaped(), t.kanaal.toHtmlEscaped(),
                            QLocale().toString(t.plaatsgevondenOp.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped());
    if (!t.klantNaam.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Klant:").toHtmlEscaped(), t.klantNaam.toHtmlEscaped());
    if (t.verborgen) {
        html += QStringLiteral("<p style='%1'>%2</p>")
                    .arg(Palette::textStyle(Palette::confidentialText()),
                         tr("Confidential klantcontact: the subject and content are not shown to you. You can "
                            "still add your answer.")
                             .toHtmlEscaped());
    } else {
        html += QStringLiteral("<p><b>%1</b></p><p style='white-space:pre-wrap'>%2</p>")
                    .arg(t.onderwerp.toHtmlEscaped(), t.inhoud.toHtmlEscaped());
    }
    if (!t.actoren.isEmpty())
        html += QStringLiteral("<p style='%1'>%2 %3</p>")
                    .arg(Palette::textStyle(Palette::hintText()), tr("Handled by:").toHtmlEscaped(),
                         t.actoren.join(QStringLiteral(", ")).toHtmlEscaped());
    m_summary->setHtml(html);
    // What is left of inhoud's 1000 characters, so that the counter tells the truth. A hidden
    // inhoud still counts: the service checks the whole text.
    const int used = int(t.inhoud.size());
    m_text->setLimit(t.verborgen ? inhoudLimit : std::max(0, inhoudLimit - used - (used > 0 ? separatorLength : 0)));
}

bool TransferAppendDialog::append()
{
    if (!m_target)
        return false;
    m_textMessage->clearError();
    setStatus(QString(), false);
    const Result<> saved =
        m_context.registration->appendTransfer(m_target->klantcontact, m_context.user.actor, m_text->text());
    if (!saved) {
        const Error &error = saved.error();
        m_textMessage->setError(error.fieldErrors.isEmpty() ? error.message : error.fieldErrors.first().message);
        m_text->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const QUuid klantcontact = m_target->klantcontact;
    const QString referentienummer = m_target->referentienummer;
    m_text->setText(QString());
    find(); // shows the new content and the new actor
    setStatus(tr("Added to klantcontact %1; you are linked to it.").arg(referentienummer), false);
    emit this->appended(klantcontact);
    return true;
}

} // namespace kcc::ui
