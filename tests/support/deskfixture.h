#pragma once

// One signed-in medewerker's main window on a fresh test database, in a chosen language, for
// the GUI tests that judge the desk as a whole (keyboard, layout). Header-only.

#include "storage/search/threadedpartijsearch.h"
#include "tests/support/callflowservices.h"
#include "tests/support/testdatabase.h"
#include "translations/translator.h"
#include "ui/shell/mainwindow.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace kcc::test {

class DeskFixture
{
public:
    // Marieke (medewerker) and Afdeling Vergunningen; empty string when all went well.
    QString create()
    {
        m_db = std::make_unique<TestDatabase>();
        if (!m_db->isValid())
            return m_db->error();
        services = std::make_unique<CallFlowServices>(m_db->database());
        const Result<QUuid> medewerker = services->accounts.createMedewerker(
            QStringLiteral("Marieke"), QStringLiteral("KCC"), QString(), QStringLiteral("0201234567"),
            QStringLiteral("geheim123"), {AccountRole::medewerker()});
        if (!medewerker)
            return medewerker.error().message;
        const Result<QUuid> afdeling =
            services->accounts.createAfdeling(QStringLiteral("Afdeling Vergunningen"), QString(), QString());
        if (!afdeling)
            return afdeling.error().message;
        m_search = std::make_unique<storage::ThreadedPartijSearch>(m_db->path());
        return {};
    }

    // Texts are translated when the widgets are made: the language first, then the window.
    QString openWindow(const QString &language, QSize size)
    {
        if (!installTranslations(*QCoreApplication::instance(), language))
            return QStringLiteral("no translation for %1").arg(language);
        const Result<SignedInActor> user =
            services->accounts.signIn(QStringLiteral("Marieke"), QStringLiteral("geheim123"));
        if (!user)
            return user.error().message;
        window = std::make_unique<ui::MainWindow>(
            ui::MainWindow::Sources{&services->partijen, &services->klantcontacten, m_db->path(), false});
        window->setCallFlow(services->context(user.value(), m_search.get()));
        window->resize(size);
        window->show();
        return {};
    }

    void destroy()
    {
        window.reset();
        m_search.reset();
        services.reset();
        m_db.reset();
        (void)installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    storage::Database &database() { return m_db->database(); }

    std::unique_ptr<CallFlowServices> services;
    std::unique_ptr<ui::MainWindow> window;

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<storage::ThreadedPartijSearch> m_search; // outlives the window's search model
};

} // namespace kcc::test
