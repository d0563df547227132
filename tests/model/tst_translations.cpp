#include "model/klantinteracties/enums.h"
#include "translations/translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace kcc;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void compiledTranslationIsLinkedIn();
    void dutchTranslatesOurStrings();
    void dutchTranslatesQtsOwnStrings();
    void englishIsTheSourceLanguage();
    void unknownLanguageIsRefused();
    void tsFileHasNoUnfinishedDutch();
};

void TestTranslations::cleanup()
{
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")));
}

void TestTranslations::compiledTranslationIsLinkedIn()
{
    // The .qm lives in a static library's resource: it only arrives if the linker kept it.
    QFile qm(QStringLiteral(":/i18n/kcc_nl.qm"));
    QVERIFY(qm.open(QIODevice::ReadOnly));
    QVERIFY(qm.size() > 1000);
}

void TestTranslations::dutchTranslatesOurStrings()
{
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("nl")));
    QCOMPARE(QCoreApplication::translate("kcc::ui::MainWindow", "&File"), QStringLiteral("&Bestand"));
    QCOMPARE(QCoreApplication::translate("kcc::PartijTableModel", "City"), QStringLiteral("Plaats"));
    QCOMPARE(QCoreApplication::translate("kcc::KlantcontactTableModel", "Confidential"),
             QStringLiteral("Vertrouwelijk"));
    QCOMPARE(label(SoortPartij::Persoon), QStringLiteral("Persoon"));
    QCOMPARE(label(SoortActor::Medewerker), QStringLiteral("Medewerker"));
    QCOMPARE(label(SoortActor::OrganisatorischeEenheid), QStringLiteral("Afdeling"));
    QCOMPARE(label(SoortPartij::Contactpersoon), QStringLiteral("Contactpersoon"));
}

void TestTranslations::dutchTranslatesQtsOwnStrings()
{
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("nl")));
    // Standard buttons come from Qt's qtbase_nl.qm, installed alongside ours.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("&Ja"));
}

void TestTranslations::englishIsTheSourceLanguage()
{
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("nl")));
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")));
    // Switching back removes the Dutch translators again.
    QCOMPARE(QCoreApplication::translate("kcc::ui::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(label(SoortPartij::Persoon), QStringLiteral("Person"));
}

void TestTranslations::unknownLanguageIsRefused()
{
    QVERIFY(!installTranslations(*QCoreApplication::instance(), QStringLiteral("fr")));
    QVERIFY(!installTranslations(*QCoreApplication::instance(), QString()));
}

void TestTranslations::tsFileHasNoUnfinishedDutch()
{
    QFile ts(QStringLiteral(KCC_SOURCE_DIR "/translations/kcc_nl.ts"));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QString source;
    QStringList unfinished;
    QStringList informal;
    // Issue 10 item 9: one form of address — the Dutch UI says "u", never "je", "jij" or "jouw".
    static const QRegularExpression informalAddress(QStringLiteral("\\b(je|jij|jou|jouw|jullie)\\b"),
                                                    QRegularExpression::CaseInsensitiveOption);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool isUnfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // A plural translation holds numerusforms; each of them must be filled in.
            QStringList forms;
            QString text;
            while (xml.readNext() != QXmlStreamReader::Invalid) {
                if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            const bool empty = forms.isEmpty() ? text.trimmed().isEmpty()
                                               : std::any_of(forms.cbegin(), forms.cend(), [](const QString &form) {
                                                     return form.trimmed().isEmpty();
                                                 });
            if (isUnfinished || empty)
                unfinished << source;
            const QString dutch = forms.isEmpty() ? text : forms.join(QLatin1Char(' '));
            if (informalAddress.match(dutch).hasMatch())
                informal << dutch;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 100, "kcc_nl.ts holds suspiciously few messages");
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 unfinished Dutch strings, e.g. \"%2\"")
                                                  .arg(unfinished.size())
                                                  .arg(unfinished.value(0))));
    QVERIFY2(informal.isEmpty(), qPrintable(QStringLiteral("%1 Dutch strings say \"je\" instead of \"u\", e.g. \"%2\"")
                                                .arg(informal.size())
                                                .arg(informal.value(0))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
