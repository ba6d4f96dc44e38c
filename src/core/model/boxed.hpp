// An optional value kept out of line: what few values have costs a pointer in the others, of
// which a large year has tens of thousands (a growth target's range, a result's baseline).
#pragma once

#include <memory>
#include <optional>
#include <utility>

namespace qobj::model {

// Copies are deep; otherwise it reads as std::optional does.
template <typename T>
class Boxed {
 public:
  Boxed() = default;
  Boxed(const Boxed& other)
      : m_value(other.m_value ? std::make_unique<T>(*other.m_value) : nullptr) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(const Boxed& other) {
    if (this != &other) m_value = other.m_value ? std::make_unique<T>(*other.m_value) : nullptr;
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;
  ~Boxed() = default;
  Boxed& operator=(T value) {
    m_value = std::make_unique<T>(std::move(value));
    return *this;
  }
  Boxed& operator=(std::optional<T> value) {
    m_value = value ? std::make_unique<T>(std::move(*value)) : nullptr;
    return *this;
  }

  bool has_value() const { return m_value != nullptr; }
  explicit operator bool() const { return has_value(); }
  const T& operator*() const { return *m_value; }
  T& operator*() { return *m_value; }
  const T* operator->() const { return m_value.get(); }
  T* operator->() { return m_value.get(); }
  const T* get() const { return m_value.get(); }

 private:
  std::unique_ptr<T> m_value;
};

}  // namespace qobj::model
