// An `expected`-style return: either a value or a typed error, never both.
// std::expected is C++23; this is the small subset Paydesk needs on GCC 12.
#pragma once

#include <optional>
#include <utility>
#include <variant>

namespace paydesk {

template<typename E> struct Unexpected
{
    E error;
};

template<typename E> Unexpected<std::decay_t<E>> unexpected(E &&error)
{
    return {std::forward<E>(error)};
}

template<typename T, typename E> class [[nodiscard]] Expected
{
public:
    Expected(const T &value)
        : m_data(std::in_place_index<0>, value)
    { }
    Expected(T &&value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    template<typename G>
    Expected(Unexpected<G> error)
        : m_data(std::in_place_index<1>, std::move(error.error))
    { }

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    T *operator->() { return &value(); }

    /// The value, or `fallback` when there is none.
    template<typename U> T value_or(U &&fallback) const &
    {
        return hasValue() ? value() : static_cast<T>(std::forward<U>(fallback));
    }
    const E &error() const & { return std::get<1>(m_data); }
    E &&error() && { return std::get<1>(std::move(m_data)); }

private:
    std::variant<T, E> m_data;
};

/// Success with nothing to say, or a typed error: for work whose only answer is whether it was
/// done (a write, a report). Success is `Expected<void, E>{}` (`return {};`).
template<typename E> class [[nodiscard]] Expected<void, E>
{
public:
    Expected() = default;
    template<typename G>
    Expected(Unexpected<G> error)
        : m_error(std::in_place, std::move(error.error))
    { }

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }

    const E &error() const & { return m_error.value(); }
    E &&error() && { return std::move(m_error).value(); }

private:
    std::optional<E> m_error;
};

} // namespace paydesk
