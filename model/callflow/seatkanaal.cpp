#include "model/callflow/seatkanaal.h"

#include <QSettings>

#include <memory>
#include <optional>

namespace kcc {

namespace {

const auto kanaalKey = QLatin1String("contact/kanaal");

// None: not remembered per seat; an empty string: the application's QSettings.
std::optional<QString> &settingsFile()
{
    static std::optional<QString> file;
    return file;
}

// A fresh QSettings per use: QSettings is cheap, and a long-lived one would not see a choice made
// by another instance of the application on the same seat.
std::unique_ptr<QSettings> open()
{
    if (settingsFile()->isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(*settingsFile(), QSettings::IniFormat);
}

} // namespace

void SeatKanaal::useSettings(const QString &iniFile)
{
    settingsFile() = iniFile;
}

void SeatKanaal::forget()
{
    settingsFile().reset();
}

bool SeatKanaal::isEnabled()
{
    return settingsFile().has_value();
}

QString SeatKanaal::kanaal()
{
    return isEnabled() ? open()->value(kanaalKey).toString() : QString();
}

void SeatKanaal::setKanaal(const QString &code)
{
    if (!isEnabled())
        return;
    const std::unique_ptr<QSettings> settings = open();
    if (code.isEmpty())
        settings->remove(kanaalKey);
    else
        settings->setValue(kanaalKey, code);
    settings->sync(); // a crash right after the choice keeps it
}

} // namespace kcc
