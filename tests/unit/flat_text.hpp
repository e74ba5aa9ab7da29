// Looking for a sentence in wrapped text wherever its lines were cut.
#pragma once

#include <string>

// The text with each line break and the indent after it turned into one space.
inline std::string flat(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      while (i + 1 < text.size() && text[i + 1] == ' ') ++i;
      out += ' ';
    } else {
      out += text[i];
    }
  }
  return out;
}
