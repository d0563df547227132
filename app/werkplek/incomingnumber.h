#pragma once

#include <QString>

#include <optional>

namespace kcc::app {

// What a softphone hands over: a phone number or a tel: URI (RFC 3966). It comes from outside
// (the command line, another process over the hand-over socket), so only something that is a
// phone number goes on to the search and the screen.
class IncomingNumber
{
public:
    // One hand-over line, newline included, is at most this many bytes: a number with separators
    // or a tel: URI with a phone-context fits many times over.
    static constexpr int maxLineBytes = 256;

    // The number as given ("+31" written as "0"; a tel: URI's percent-encoding and parameters
    // removed), or nullopt when it is not a phone number.
    static std::optional<QString> parse(const QString &text);
};

} // namespace kcc::app
