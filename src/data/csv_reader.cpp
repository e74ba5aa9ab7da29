#include "data/csv_reader.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>

#include "core/input_file.hpp"
#include "core/utf8.hpp"
#include "eligo/error.hpp"

namespace eligo::data {

namespace {
constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

std::string field_too_long() { return "a field longer than " + std::to_string(max_csv_field_bytes) + " bytes"; }
}  // namespace

CsvReader::CsvReader(std::string content) : buffer_(std::move(content)) {
  if (std::string_view(buffer_).starts_with(byte_order_mark)) position_ = byte_order_mark.size();
}

CsvReader CsvReader::from_file(const std::filesystem::path& path) {
  return CsvReader(detail::read_input_file(path));
}

std::size_t CsvReader::record_capacity() const {
  const auto rest = std::string_view(buffer_).substr(position_);
  return static_cast<std::size_t>(std::count(rest.begin(), rest.end(), '\n')) + 1;
}

bool CsvReader::at_line_end(std::size_t position) const {
  return buffer_[position] == '\n' ||
         (buffer_[position] == '\r' && position + 1 < buffer_.size() && buffer_[position + 1] == '\n');
}

std::size_t CsvReader::skip_line_end(std::size_t position) {
  ++next_line_;
  return position + (buffer_[position] == '\r' ? 2 : 1);
}

bool CsvReader::next_record() {
  while (position_ < buffer_.size() && at_line_end(position_)) position_ = skip_line_end(position_);
  if (position_ >= buffer_.size()) return false;
  line_ = next_line_;
  fields_.clear();
  problem_.reset();
  record_done_ = false;
  const std::size_t record_start = position_;
  while (!record_done_) {
    if (position_ < buffer_.size() && buffer_[position_] == '"')
      read_quoted_field();
    else
      read_plain_field();
    if (!problem_ && position_ - record_start > max_csv_record_bytes) {
      const std::string message = "a record longer than " + std::to_string(max_csv_record_bytes) + " bytes";
      if (record_done_)
        problem_ = CsvSyntaxProblem{static_cast<int>(fields_.size()), message};
      else
        fail(message);
    }
  }
  return true;
}

void CsvReader::read_plain_field() {
  const std::size_t start = position_;
  std::size_t end = start;
  unsigned char seen_bits = 0;  // any byte >= 0x80 calls for a UTF-8 check
  for (; end < buffer_.size(); ++end) {
    const char c = buffer_[end];
    if (c == ',' || c == '\n') break;
    if (c == '"') {
      position_ = end;
      return fail("a quote inside an unquoted field (quote the whole field and double its quotes)");
    }
    if (end - start >= max_csv_field_bytes) {
      position_ = end;
      return fail(field_too_long());
    }
    seen_bits |= static_cast<unsigned char>(c);
  }
  const std::size_t stop = end;
  if (end > start && buffer_[end - 1] == '\r') --end;  // CRLF, or a final CR before the end of file
  const std::string_view field(buffer_.data() + start, end - start);
  if ((seen_bits & 0x80) != 0 && !is_valid_utf8(field)) {
    position_ = start;
    return fail("bytes that are not UTF-8 (save the file as UTF-8)");
  }
  fields_.push_back(field);
  if (stop >= buffer_.size()) {
    position_ = stop;
    record_done_ = true;
  } else if (buffer_[stop] == ',') {
    position_ = stop + 1;
  } else {
    position_ = skip_line_end(stop);
    record_done_ = true;
  }
}

void CsvReader::read_quoted_field() {
  // Doubled quotes are collapsed in place: the unquoted text is never longer than the
  // quoted one, so it fits where the quoted text was.
  char* const data = buffer_.data();
  const std::size_t size = buffer_.size();
  const std::size_t start = position_ + 1;
  std::size_t read = start;
  std::size_t write = start;
  for (;;) {
    const void* const quote = std::memchr(data + read, '"', size - read);
    if (quote == nullptr) {
      position_ = size;
      return fail("a quoted field is never closed (a quote is missing)");
    }
    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(quote) - data);
    next_line_ += static_cast<int>(std::count(data + read, data + at, '\n'));
    std::memmove(data + write, data + read, at - read);
    write += at - read;
    if (at + 1 < size && data[at + 1] == '"') {
      data[write++] = '"';
      read = at + 2;
      continue;
    }
    read = at + 1;
    break;
  }
  const std::string_view field(data + start, write - start);
  if (field.size() > max_csv_field_bytes) {
    position_ = read;
    return fail(field_too_long());
  }
  if (!is_valid_utf8(field)) {
    position_ = read;
    return fail("bytes that are not UTF-8 (save the file as UTF-8)");
  }
  if (read < size && buffer_[read] != ',' && !at_line_end(read)) {
    position_ = read;
    return fail("text after the closing quote of a quoted field");
  }
  fields_.push_back(field);
  if (read >= size) {
    position_ = read;
    record_done_ = true;
  } else if (buffer_[read] == ',') {
    position_ = read + 1;
  } else {
    position_ = skip_line_end(read);
    record_done_ = true;
  }
}

void CsvReader::fail(std::string message) {
  problem_ = CsvSyntaxProblem{static_cast<int>(fields_.size()) + 1, std::move(message)};
  skip_rest_of_record();
}

void CsvReader::skip_rest_of_record() {
  // The record is lost; resynchronise at the next line so later records are still checked.
  while (position_ < buffer_.size() && buffer_[position_] != '\n') ++position_;
  if (position_ < buffer_.size()) position_ = skip_line_end(position_);
  record_done_ = true;
}

bool is_valid_utf8(std::string_view text) { return detail::valid_utf8_prefix(text) == text.size(); }

}  // namespace eligo::data
