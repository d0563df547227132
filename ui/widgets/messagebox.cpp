#include "ui/widgets/messagebox.h"

#include <QMessageBox>
#include <QPushButton>

namespace kcc::ui {

std::optional<MessageBox::Answer> MessageBox::s_nextAnswer;
int MessageBox::s_asked = 0;

MessageBox::Answer MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Answer defaultAnswer)
{
    ++s_asked;
    if (s_nextAnswer) {
        const Answer answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(QMessageBox::tr("&Yes"), QMessageBox::YesRole);
    QPushButton *no = box.addButton(QMessageBox::tr("&No"), QMessageBox::NoRole);
    box.setDefaultButton(defaultAnswer == Yes ? yes : no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes ? Yes : No;
}

void MessageBox::setNextAnswer(Answer answer)
{
    s_nextAnswer = answer;
}

int MessageBox::questionsAsked()
{
    return s_asked;
}

} // namespace kcc::ui
