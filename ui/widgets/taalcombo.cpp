#include "ui/widgets/taalcombo.h"

#include "model/validation/isocodes.h"

#include <QCollator>

#include <algorithm>

namespace kcc::ui {

namespace {

// What the KCC hears most, in this order, before all others by name.
const QStringList common{QStringLiteral("nld"), QStringLiteral("eng"), QStringLiteral("deu"), QStringLiteral("fra"),
                         QStringLiteral("tur"), QStringLiteral("ara"), QStringLiteral("pol"), QStringLiteral("ukr")};

} // namespace

TaalCombo::TaalCombo(bool allowNone, QWidget *parent)
    : QComboBox(parent)
{
    if (allowNone)
        addItem(tr("(none)"), QString());
    for (const QString &code : common)
        addItem(isoLanguageDisplayName(code), code);
    insertSeparator(count());
    struct Entry
    {
        QString name;
        QString code;
    };
    QList<Entry> others;
    for (const QString &code : isoLanguageCodes()) {
        if (!common.contains(code))
            others.append({isoLanguageDisplayName(code), code});
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(others.begin(), others.end(),
              [&collator](const Entry &a, const Entry &b) { return collator.compare(a.name, b.name) < 0; });
    for (const Entry &entry : std::as_const(others))
        addItem(entry.name, entry.code);
    setToolTip(tr("Type the first letters of the language's name to find it"));
}

TaalCombo::~TaalCombo() = default;

QString TaalCombo::code() const
{
    return currentData().toString();
}

void TaalCombo::setCode(const QString &code)
{
    int index = findData(code);
    if (index < 0 && code.isEmpty()) {
        insertItem(0, tr("(none)"), QString());
        index = 0;
    } else if (index < 0) {
        addItem(isoLanguageDisplayName(code), code);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

} // namespace kcc::ui
