#include "ui/widgets/savefiledialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace kcc::ui {

std::optional<QString> SaveFileDialog::s_nextFileName;

QString SaveFileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                        const QString &filter)
{
    if (s_nextFileName) {
        const QString fileName = *s_nextFileName;
        s_nextFileName.reset();
        return fileName;
    }
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption, QDir(directory).filePath(suggestedName), filter);
}

void SaveFileDialog::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
}

} // namespace kcc::ui
