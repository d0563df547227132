#pragma once

#include "ui/callflow/callflowcontext.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kcc::ui {

class FieldMessage;

// The "Codelijsten" tab of the beheer dialog: pick a list, see all its entries (inactive ones
// too), add an entry, rename the selected one or deactivate it. Codes are never deleted.
class CodeListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeListEditor)

public:
    enum Column
    {
        CodeColumn,
        LabelColumn,
        ActiefColumn,
        ColumnCount
    };

    explicit CodeListEditor(CodeListService &codeLists, QWidget *parent = nullptr);
    ~CodeListEditor() override;

    CodeList currentList() const;
    void setCurrentList(CodeList list);
    void reload();
    // The actions behind the buttons; true on success.
    bool addEntry();
    bool renameSelected();
    bool deactivateSelected();
    // Selects the row with this code; false when the list has no such code.
    bool selectCode(const QString &code);

private:
    std::optional<CodeListEntry> selectedEntry() const;
    void showError(const QString &message);
    void updateButtons();

    CodeListService &m_codeLists;
    QList<CodeListEntry> m_entries;
    QComboBox *m_listCombo;
    QTableWidget *m_table;
    QLineEdit *m_code;
    QLineEdit *m_label;
    FieldMessage *m_codeMessage;
    FieldMessage *m_labelMessage;
    QLabel *m_generalMessage;
    QPushButton *m_addButton;
    QPushButton *m_renameButton;
    QPushButton *m_deactivateButton;
};

} // namespace kcc::ui
