#include "explain/text_wrap.hpp"

#include <vector>

namespace eligo::explain_detail {

std::size_t character_count(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++count;  // not a continuation byte
  return count;
}

std::string text_heading(const Wording& wording, const std::string& key,
                         const std::vector<std::pair<std::string, std::string>>& values) {
  std::string colon = wording.say("colon");
  while (!colon.empty() && colon.back() == ' ') colon.pop_back();
  return wording.say(key, values) + colon;
}

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Spaces a line must not break at: inside "1 033,32 €" and before French high punctuation.
bool glued(std::string_view before, std::string_view after) {
  if (after == "\u20AC" || after == ":" || after == ";" || after == "?" || after == "!") return true;
  return !before.empty() && !after.empty() && is_digit(before.back()) && is_digit(after.front());
}

}  // namespace

std::string wrap(std::string_view text, std::size_t width, std::string_view first_indent, std::string_view indent) {
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = text.find(' ', at);
    const std::size_t stop = end == std::string_view::npos ? text.size() : end;
    if (stop > at) {
      const std::string_view word = text.substr(at, stop - at);
      if (!words.empty() && glued(words.back(), word))
        words.back() = text.substr(words.back().data() - text.data(), stop - (words.back().data() - text.data()));
      else
        words.push_back(word);
    }
    at = stop + 1;
  }
  std::string out(first_indent);
  std::size_t line = character_count(first_indent);
  bool line_empty = true;
  for (const std::string_view word : words) {
    const std::size_t length = character_count(word);
    if (!line_empty && line + 1 + length > width) {
      out += '\n';
      out += indent;
      line = character_count(indent);
      line_empty = true;
    }
    if (!line_empty) {
      out += ' ';
      ++line;
    }
    out += word;
    line += length;
    line_empty = false;
  }
  return out + '\n';
}

}  // namespace eligo::explain_detail
