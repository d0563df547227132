// The desk fits 1366×768 (issue 10): with the contact panel open, every step shows without a
// horizontal scroll bar and without a clipped field, label or message, in Dutch and English; the
// window's minimum size stays within the screen; the summary and Registreren stay in view.

#include "model/klantinteracties/partij.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "tests/support/contactpanelpage.h"
#include "tests/support/deskfixture.h"
#include "tests/support/mainwindowpage.h"
#include "tests/support/partijeditorpage.h"
#include "ui/callflow/callflowstep.h"
#include "ui/callflow/contactpanel.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/partij/partijeditordialog.h"
#include "ui/search/partijzoekenwidget.h"
#include "ui/shell/mainstatusbar.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/elidedlabel.h"

#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>

using namespace kcc;

class TestLayoutGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyStepFits_data();
    void everyStepFits();
    void panelCanBeNarrowed();
    void partijEditorFits_data();
    void partijEditorFits();
    void emptySearchTableFits_data();
    void emptySearchTableFits();
    void longStatusMessageElides();

private:
    void openWindow(const QString &language, QSize size);
    ui::ContactPanel *panel() { return test::MainWindowPage(m_window.get()).contactPanel(); }
    test::ContactPanelPage panelPage() { return test::ContactPanelPage(panel()); }

    test::DeskFixture m_desk;
    std::unique_ptr<ui::MainWindow> &m_window = m_desk.window;
};

void TestLayoutGui::init()
{
    const QString error = m_desk.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestLayoutGui::cleanup()
{
    m_desk.destroy();
}

void TestLayoutGui::openWindow(const QString &language, QSize size)
{
    const QString error = m_desk.openWindow(language, size);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->startContact();
    QTRY_VERIFY(panel()->isActive());
    // Variant A with a task: the steps show the most fields.
    QTest::mouseClick(panel()->findChild<QPushButton *>(QStringLiteral("notFoundButton")), Qt::LeftButton);
    panel()->goToStep(ui::ContactPanel::OpvolgingStep);
    QTest::keyClick(panel()->findChild<QCheckBox *>(QStringLiteral("taakBox")), Qt::Key_Space);
}

void TestLayoutGui::everyStepFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<int>("step");
    for (const char *language : {"nl", "en"}) {
        for (const QSize screen : {QSize(1366, 768), QSize(1920, 1080)}) {
            for (int step = 0; step < ui::ContactPanel::StepCount; ++step) {
                QTest::addRow("%s %dx%d step %d", language, screen.width(), screen.height(), step + 1)
                    << QString::fromLatin1(language) << screen << step;
            }
        }
    }
}

void TestLayoutGui::everyStepFits()
{
    QFETCH(QString, language);
    QFETCH(QSize, screen);
    QFETCH(int, step);
    openWindow(language, screen);
    panel()->goToStep(step);
    QWidget *page = panelPage().step(ui::ContactPanel::Step(step));
    QTRY_VERIFY(page->isVisible());
    QCoreApplication::processEvents();

    if (qEnvironmentVariableIsSet("KCC_LAYOUT_DEBUG")) {
        std::function<void(QWidget *, int)> dump = [&dump](QWidget *w, int depth) {
            if (depth > 9)
                return;
            const QSize hint = w->minimumSizeHint().expandedTo(w->minimumSize());
            if (hint.width() > 300)
                qInfo("%*s%s %s min %d", depth * 2, "", w->metaObject()->className(), qPrintable(w->objectName()),
                      hint.width());
            for (QObject *child : w->children()) {
                if (auto *cw = qobject_cast<QWidget *>(child); cw && !cw->isWindow())
                    dump(cw, depth + 1);
            }
        };
        dump(m_window.get(), 0);
    }
    const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QVERIFY2(minimum.width() <= 1366 && minimum.height() <= 768,
             qPrintable(
                 QStringLiteral("minimum size with the panel open: %1×%2").arg(minimum.width()).arg(minimum.height())));
    QCOMPARE(m_window->size(), screen);

    // No scroll area of the panel scrolls sideways.
    const QList<QAbstractScrollArea *> areas = panel()->findChildren<QAbstractScrollArea *>();
    for (QAbstractScrollArea *area : areas) {
        if (area->isVisible() && qobject_cast<QScrollArea *>(area)) {
            QVERIFY2(!area->horizontalScrollBar()->isVisible(),
                     qPrintable(QStringLiteral("horizontal scroll bar in %1").arg(area->objectName())));
        }
    }
    // Nothing on the step is narrower than it needs or sticks out on the right.
    const int right = panel()->mapTo(m_window.get(), QPoint(panel()->width(), 0)).x();
    const QList<QWidget *> widgets = page->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->isWindow())
            continue;
        const auto *label = qobject_cast<QLabel *>(w);
        if (label && (label->wordWrap() || label->text().isEmpty()))
            continue;
        if (qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w)) {
            QVERIFY2(w->width() >= w->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("%1 \"%2\" clipped: %3 of %4 px")
                                    .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                                    .arg(w->width())
                                    .arg(w->minimumSizeHint().width())));
        }
        const int wRight = w->mapTo(m_window.get(), QPoint(w->width(), 0)).x();
        QVERIFY2(wRight <= right + 1, qPrintable(QStringLiteral("%1 sticks out on the right").arg(w->objectName())));
    }
    if (step == ui::ContactPanel::AfrondingStep) {
        auto *registerButton = page->findChild<QPushButton *>(QStringLiteral("registerButton"));
        QVERIFY(registerButton->isVisible());
        const QRect inWindow(registerButton->mapTo(m_window.get(), QPoint(0, 0)), registerButton->size());
        QVERIFY2(m_window->rect().contains(inWindow), "Registreren is in view");
    }
}

void TestLayoutGui::panelCanBeNarrowed()
{
    openWindow(QStringLiteral("nl"), QSize(1366, 768));
    auto *dock = m_window->findChild<QWidget *>(QStringLiteral("contactDock"));
    QVERIFY(dock);
    // The klantbeeld beside the panel keeps at least half of a 1366 px screen.
    QVERIFY2(dock->minimumSizeHint().width() <= 660,
             qPrintable(QStringLiteral("panel needs %1 px").arg(dock->minimumSizeHint().width())));
}

void TestLayoutGui::partijEditorFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nl") << QStringLiteral("nl");
    QTest::newRow("en") << QStringLiteral("en");
}

// Issue 10, item 6: the partij editor fits a 1366×768 screen, on both pages nothing is clipped.
void TestLayoutGui::partijEditorFits()
{
    QFETCH(QString, language);
    Partij partij;
    partij.uuid = QUuid::createUuid();
    partij.contactnaam = Contactnaam{QStringLiteral("A.M."), QStringLiteral("Anne Marie"), QStringLiteral("van der"),
                                     QStringLiteral("Zwartewaal-Hoogeveen")};
    {
        storage::WriteTransaction transaction(m_desk.database());
        QVERIFY(storage::Repository<Partij>(m_desk.database()).insert(partij).ok());
        QVERIFY(transaction.commit().ok());
    }
    const QString error = m_desk.openWindow(language, QSize(1366, 768));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClicks(test::zoekenTab(m_window.get())->searchEdit(), QStringLiteral("Zwartewaal"));
    QTRY_VERIFY(test::zoekenTab(m_window.get())->klantbeeld()->hasKlantbeeld());
    test::zoekenTab(m_window.get())->editPartij();
    ui::PartijEditorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ui::PartijEditorDialog *>()) && dialog->isVisible());
    const QSize minimum = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
    QVERIFY2(minimum.width() <= 1366 && minimum.height() <= 740,
             qPrintable(QStringLiteral("minimum %1×%2").arg(minimum.width()).arg(minimum.height())));
    QVERIFY2(dialog->width() <= 1366 && dialog->height() <= 740,
             qPrintable(QStringLiteral("size %1×%2").arg(dialog->width()).arg(dialog->height())));
    QTabWidget *tabs = test::PartijEditorPage(dialog).tabs();
    QVERIFY(tabs);
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        QCoreApplication::processEvents();
        const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible())
                continue;
            const auto *label = qobject_cast<QLabel *>(w);
            if (label && (label->wordWrap() || label->text().isEmpty()))
                continue;
            if (label || qobject_cast<QAbstractButton *>(w)) {
                QVERIFY2(w->width() >= w->minimumSizeHint().width(),
                         qPrintable(QStringLiteral("%1 \"%2\" clipped")
                                        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())));
            }
            const QRect inDialog(w->mapTo(dialog, QPoint(0, 0)), w->size());
            QVERIFY2(dialog->rect().contains(inDialog),
                     qPrintable(QStringLiteral("%1 sticks out").arg(w->objectName())));
        }
    }
}

void TestLayoutGui::emptySearchTableFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("contact");
    for (const char *language : {"nl", "en"}) {
        QTest::addRow("%s, no contact", language) << QString::fromLatin1(language) << false;
        QTest::addRow("%s, contact panel open", language) << QString::fromLatin1(language) << true;
    }
}

// The Zoeken tab at 1366×768, before anything is searched: the columns fit the table, with or
// without the contact panel beside it, so no horizontal scroll bar.
void TestLayoutGui::emptySearchTableFits()
{
    QFETCH(QString, language);
    QFETCH(bool, contact);
    const QString error = m_desk.openWindow(language, QSize(1366, 768));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    if (contact) {
        m_window->startContact();
        QTRY_VERIFY(panel()->isActive());
    }
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("zoekenResults"));
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(table->model()->rowCount(), 0);
    QHeaderView *header = table->horizontalHeader();
    const int used = header->length();
    QVERIFY2(!table->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("columns %1 px in a table of %2 px").arg(used).arg(table->viewport()->width())));
    QVERIFY2(used <= table->viewport()->width(),
             qPrintable(QStringLiteral("columns %1 px in a table of %2 px").arg(used).arg(table->viewport()->width())));
    for (int column = 0; column < header->count(); ++column)
        QVERIFY2(header->sectionSize(column) > 0, qPrintable(QStringLiteral("column %1 hidden").arg(column)));
}

// A long status-bar message at 1366 px is shortened with "…", whole in its tooltip, and leaves the
// counts on the right their full width.
void TestLayoutGui::longStatusMessageElides()
{
    const QString error = m_desk.openWindow(QStringLiteral("nl"), QSize(1366, 768));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    ui::MainStatusBar *bar = test::MainWindowPage(m_window.get()).statusBar();
    QVERIFY(bar);
    bar->setCounts(1234567, 7654321);
    QString message = QStringLiteral("Geregistreerd: klantcontact 4711, interne taak 4712 voor Afdeling "
                                     "Vergunningen en Handhaving; de terugbelverzoeken staan in de werkvoorraad.");
    message += QLatin1Char(' ') + message;
    bar->showMessage(message);
    auto *shown = bar->findChild<ui::ElidedLabel *>(QStringLiteral("statusMessageLabel"));
    QVERIFY(shown);
    QTRY_VERIFY(shown->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(shown->fullText(), message);
    QVERIFY(shown->isElided());
    QVERIFY(shown->text().endsWith(QStringLiteral("…")));
    QCOMPARE(shown->toolTip(), message);
    QVERIFY2(shown->width() > 300, qPrintable(QStringLiteral("message gets %1 px").arg(shown->width())));
    QCOMPARE(bar->currentMessage(), message);
    // The permanent labels keep what they need; the message ends before them.
    const QList<QLabel *> labels = bar->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label == shown || !label->isVisible())
            continue;
        QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(QStringLiteral("%1 squeezed to %2 of %3 px")
                                                                             .arg(label->objectName())
                                                                             .arg(label->width())
                                                                             .arg(label->sizeHint().width())));
        QVERIFY2(shown->geometry().right() < label->geometry().left(), qPrintable(label->objectName()));
    }
    // A short one is shown whole, without a tooltip; clearing empties it.
    bar->showMessage(QStringLiteral("Partij opgeslagen."));
    QTRY_COMPARE(shown->text(), QStringLiteral("Partij opgeslagen."));
    QVERIFY(shown->toolTip().isEmpty());
    bar->clearMessage();
    QTRY_VERIFY(shown->text().isEmpty());
}

QTEST_MAIN(TestLayoutGui)
#include "tst_layout_gui.moc"
