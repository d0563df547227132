#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace kcc::ui {

// Beheer, tab BRP (issue 15): where this workstation reaches the municipality's BRP gateway - the
// base URL, the header and the 0600 file that hold the API key (never the key itself), the
// doelbinding headers the gateway expects, and the timeout. Saved in the application's settings;
// the next look-up uses them.
class BrpInstellingenForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrpInstellingenForm)

public:
    explicit BrpInstellingenForm(QWidget *parent = nullptr);
    ~BrpInstellingenForm() override;

    // Checks and saves; false (with the reason shown) when something is not valid.
    bool save();

private:
    void load();
    void checkKeyFile();

    QLineEdit *m_baseUrl;
    QLineEdit *m_keyHeader;
    QLineEdit *m_keyFile;
    QLabel *m_keyStatus;
    QPlainTextEdit *m_headers;
    QSpinBox *m_timeout;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace kcc::ui
