// An RFC 4180 CSV reader that knows where every record starts.
//
// Written by hand rather than taken from a library: Debian's Boost has no CSV parser, and
// error messages about data must name the physical line and the field of each problem,
// which general-purpose readers do not report. It also reads the whole file once and
// hands out views into that buffer, so a million rows cost no allocation per field.
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace eligo::data {

// Why the current record could not be read; `column` is the 1-based field index.
struct CsvSyntaxProblem {
  int column = 0;
  std::string message;
};

// Beyond these sizes a record is reported and skipped: no population file needs them, and
// they keep a file that is not CSV (or has lost its line ends) from being held as one
// huge record of millions of fields.
inline constexpr std::size_t max_csv_field_bytes = 64 * 1024;
inline constexpr std::size_t max_csv_record_bytes = 1024 * 1024;

class CsvReader {
 public:
  // Takes the file's bytes; a leading UTF-8 byte order mark is dropped.
  explicit CsvReader(std::string content);

  // Reads the whole file; throws Error naming the file when it cannot be read.
  static CsvReader from_file(const std::filesystem::path& path);

  // Moves to the next record, skipping blank lines; false at the end of the file.
  bool next_record();

  // Fields of the current record. Quoted fields are unquoted in place in the buffer, so
  // the views stay valid as long as the reader lives.
  std::span<const std::string_view> fields() const noexcept { return fields_; }

  // The physical line (1-based) where the current record starts.
  int line() const noexcept { return line_; }

  // Set when the current record is malformed (unterminated quote, stray quote, bytes that
  // are not UTF-8); its fields are then incomplete and should not be used.
  const std::optional<CsvSyntaxProblem>& problem() const noexcept { return problem_; }

  // At least as many as the records left to read; lets callers size columns once.
  std::size_t record_capacity() const;

 private:
  bool at_line_end(std::size_t position) const;
  std::size_t skip_line_end(std::size_t position);
  void read_quoted_field();
  void read_plain_field();
  void skip_rest_of_record();
  void fail(std::string message);

  std::string buffer_;
  std::size_t position_ = 0;
  int next_line_ = 1;
  int line_ = 0;
  bool record_done_ = false;
  std::vector<std::string_view> fields_;
  std::optional<CsvSyntaxProblem> problem_;
};

// True when `text` is well-formed UTF-8 (no overlong forms, surrogates or stray bytes).
bool is_valid_utf8(std::string_view text);

}  // namespace eligo::data
