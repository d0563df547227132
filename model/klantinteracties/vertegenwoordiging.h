#pragma once

#include <QUuid>

namespace kcc {

// Vertegenwoordiging (§4.5, API resource /vertegenwoordigingen, schema "Vertegenwoordigden"):
// vertegenwoordigendePartij represents vertegenwoordigdePartij. The pair is unique; no self-representation.
struct Vertegenwoordiging
{
    QUuid uuid;
    QUuid vertegenwoordigendePartij;
    QUuid vertegenwoordigdePartij;

    friend bool operator==(const Vertegenwoordiging &, const Vertegenwoordiging &) = default;
};

} // namespace kcc
