// Reading a JSON document whose shape is checked at every step, so that a corrupt or
// hand-edited file gives an Error naming the file and the JSON path of the problem.
#pragma once

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

#include "eligo/error.hpp"

namespace eligo::detail {

class JsonReader {
 public:
  JsonReader(const nlohmann::json& value, std::string source, std::string path)
      : value_(value), source_(std::move(source)), path_(std::move(path)) {}

  [[noreturn]] void fail(const std::string& what) const {
    throw Error(SourceLocation{source_}, "at " + path_ + ": " + what);
  }

  const nlohmann::json& json() const noexcept { return value_; }
  bool has(const char* key) const { return value_.is_object() && value_.contains(key); }

  JsonReader operator[](const char* key) const {
    if (!value_.is_object()) fail("expected an object");
    const auto found = value_.find(key);
    if (found == value_.end()) fail(std::string("missing field `") + key + "`");
    return {*found, source_, path_ + "." + key};
  }

  std::size_t size() const {
    if (!value_.is_array()) fail("expected an array");
    return value_.size();
  }
  JsonReader operator[](std::size_t index) const {
    if (!value_.is_array() || index >= value_.size()) fail("expected an array");
    return {value_[index], source_, path_ + "[" + std::to_string(index) + "]"};
  }

  // null stands for a value JSON cannot write (NaN).
  double number() const {
    if (value_.is_null()) return std::numeric_limits<double>::quiet_NaN();
    if (!value_.is_number()) fail("expected a number");
    return value_.get<double>();
  }
  double finite_number() const {
    const double x = number();
    if (!std::isfinite(x)) fail("expected a finite number");
    return x;
  }
  std::int64_t integer() const {
    if (!value_.is_number_integer()) fail("expected an integer");
    return value_.get<std::int64_t>();
  }
  std::string text() const {
    if (!value_.is_string()) fail("expected a string");
    return value_.get<std::string>();
  }
  bool boolean() const {
    if (!value_.is_boolean()) fail("expected true or false");
    return value_.get<bool>();
  }

 private:
  const nlohmann::json& value_;
  std::string source_;
  std::string path_;
};

}  // namespace eligo::detail
