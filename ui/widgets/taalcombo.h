#pragma once

#include <QComboBox>

namespace kcc::ui {

// A language chosen by its name ("Nederlands (nld)", "Türkçe (tur)"), stored as its ISO 639-2/T
// code. The languages a KCC hears most come first; typing a name's first letters finds the rest.
// A code outside the list (read from an import) is kept as its own entry, so it is never lost.
class TaalCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaalCombo)

public:
    // `allowNone`: an entry "(none)" for an empty code first.
    explicit TaalCombo(bool allowNone, QWidget *parent = nullptr);
    ~TaalCombo() override;

    QString code() const;
    void setCode(const QString &code);
};

} // namespace kcc::ui
