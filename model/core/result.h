#pragma once

#include "model/core/fielderror.h"

#include <QString>

#include <optional>
#include <utility>

namespace kcc {

// What storage, import and sync return instead of showing UI: either success (with a value) or
// a translated message, optionally with the field errors behind it.
struct Error
{
    // What the caller can do about it. Conflict: another seat changed the same records at the same
    // moment (PostgreSQL's serialization failure or deadlock); running the whole unit of work
    // again helps, and storage does so itself (storage/db/retry.h). Unreachable: the database
    // server went away; what was being saved must wait on the desk until it is back.
    enum class Cause
    {
        Other,
        Conflict,
        Unreachable
    };

    QString message;
    FieldErrors fieldErrors;
    Cause cause = Cause::Other;
};

template<typename T = void>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_ok(false)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

} // namespace kcc
