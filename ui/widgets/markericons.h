#pragma once

#include <QIcon>

namespace kcc::ui {

// The small markers that flag rows needing care. Loaded from the embedded SVGs when Qt can read
// SVG (the Qt SVG plugin is optional on our platform); otherwise painted here, so a geheimhouding
// row is never left without its marker. Built on each call: callers keep the icon they need
// (a static QIcon would outlive the QGuiApplication).
QIcon geheimhoudingIcon();
QIcon vertrouwelijkIcon();
QIcon applicationIcon();

} // namespace kcc::ui
