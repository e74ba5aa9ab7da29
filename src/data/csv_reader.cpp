#include "data/csv_reader.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>

#include "eligo/error.hpp"

namespace eligo::data {

namespace {
constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";
}

CsvReader::CsvReader(std::string content) : buffer_(std::move(content)) {
  if (std::string_view(buffer_).starts_with(byte_order_mark)) position_ = byte_order_mark.size();
}

CsvReader CsvReader::from_file(const std::filesystem::path& path) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  std::ifstream in(path, std::ios::binary);
  if (error || !in) throw Error(SourceLocation{path.string(), 0, 0}, "cannot read the file");
  std::string content(size, '\0');
  if (!in.read(content.data(), static_cast<std::streamsize>(size)))
    throw Error(SourceLocation{path.string(), 0, 0}, "cannot read the file");
  return CsvReader(std::move(content));
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
  while (!record_done_) {
    if (position_ < buffer_.size() && buffer_[position_] == '"')
      read_quoted_field();
    else
      read_plain_field();
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

bool is_valid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    const unsigned char lead = bytes[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) low = 0xA0;   // overlong
      if (lead == 0xED) high = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) low = 0x90;   // overlong
      if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
    } else {
      return false;
    }
    if (i + length > size) return false;
    if (bytes[i + 1] < low || bytes[i + 1] > high) return false;
    for (std::size_t k = 2; k < length; ++k)
      if ((bytes[i + k] & 0xC0) != 0x80) return false;
    i += length;
  }
  return true;
}

}  // namespace eligo::data
