#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace kcc {

// "nl" (the default for the KCC) and "en" (the source language).
QStringList supportedLanguages();
QString defaultLanguage();

// Installs the translators for `language` on the application: our kcc_nl.qm (embedded in
// kcc_i18n) plus Qt's own qtbase_nl.qm for standard dialogs and shortcuts. Translators installed
// by an earlier call are removed first, so switching languages works. English needs no file.
// Returns false when the language is unsupported or our translation could not be loaded; Qt's
// own file is a nicety (a warning, not a failure).
bool installTranslations(QCoreApplication &app, const QString &language);

} // namespace kcc
