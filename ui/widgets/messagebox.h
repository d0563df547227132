#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace kcc::ui {

// The one door to modal questions. The call flow asks only for real decisions (cancel a contact,
// continue a draft); tests answer them with setNextAnswer() instead of clicking a modal box.
class MessageBox final
{
public:
    enum Answer
    {
        Yes,
        No
    };

    static Answer question(QWidget *parent, const QString &title, const QString &text, Answer defaultAnswer = No);
    // The next question() returns this without showing anything (tests).
    static void setNextAnswer(Answer answer);
    // How many questions were asked since the start (tests check "asked once").
    static int questionsAsked();

private:
    static std::optional<Answer> s_nextAnswer;
    static int s_asked;
};

} // namespace kcc::ui
