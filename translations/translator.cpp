#include "translations/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kcc {

namespace {

// Marks the translators we installed, so that a second call can find and replace them.
const auto translatorName = QStringLiteral("kcc-translator");

void removeInstalledTranslators(QCoreApplication &app)
{
    const QList<QTranslator *> installed = app.findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTranslator *newTranslator(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(translatorName);
    return translator;
}

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("nl"), QStringLiteral("en")};
}

QString defaultLanguage()
{
    return QStringLiteral("nl");
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    if (!supportedLanguages().contains(language))
        return false;
    removeInstalledTranslators(app);
    if (language == QLatin1String("en"))
        return true;

    QTranslator *ours = newTranslator(app);
    if (!ours->load(QStringLiteral(":/i18n/kcc_%1.qm").arg(language))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);

    QTranslator *qt = newTranslator(app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        qWarning("Qt's own translation for '%s' was not found; standard dialogs stay in English.",
                 qPrintable(language));
        delete qt;
    }
    return true;
}

} // namespace kcc
