#include "pack/formula_reading.hpp"

#include <algorithm>

namespace eligo {

SourceLocation Formula::location_of(int line, int column) const {
  if (line_starts.empty()) return {};
  // Past the last line (an error at the end of the text) points after the last line start.
  const std::size_t index = static_cast<std::size_t>(std::clamp(line, 1, static_cast<int>(line_starts.size())) - 1);
  SourceLocation where = line_starts[index];
  where.column += std::max(column, 1) - 1;
  return where;
}

namespace pack_detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Runs of whitespace become one space, ends trimmed: two texts that agree on this are the
// same expression, since the expression language ignores whitespace between tokens.
std::string collapse_whitespace(std::string_view text) {
  std::string result;
  bool pending_space = false;
  for (const char c : text) {
    if (is_space(c)) {
      pending_space = !result.empty();
      continue;
    }
    if (pending_space) result += ' ';
    pending_space = false;
    result += c;
  }
  return result;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

void append_line(Formula& formula, std::string_view content, SourceLocation start) {
  if (!formula.line_starts.empty()) formula.text += '\n';
  formula.text += content;
  formula.line_starts.push_back(std::move(start));
}

// A `|` or `>` block: the lines after the header, their indentation removed. Folded
// blocks keep their line breaks here instead of turning them into spaces: the expression
// means the same and every line keeps its exact position.
Formula block_lines(const YamlFile& file, int header_index) {
  Formula formula;
  std::size_t indent = std::string_view::npos;
  int blank_lines = 0;
  for (int index = header_index + 1; index < file.line_count(); ++index) {
    const std::string_view raw = file.line(index);
    const std::size_t first = raw.find_first_not_of(' ');
    if (first == std::string_view::npos) {
      ++blank_lines;
      continue;
    }
    if (indent == std::string_view::npos) indent = first;
    if (first < indent) break;  // the block ends where the indentation goes back
    if (!formula.line_starts.empty())
      for (int blank = 0; blank < blank_lines; ++blank)
        append_line(formula, "", SourceLocation{file.name(), index - blank_lines + blank + 1, 1});
    blank_lines = 0;
    append_line(formula, raw.substr(indent),
                SourceLocation{file.name(), index + 1, static_cast<int>(indent) + 1});
  }
  return formula;
}

// A plain scalar over several lines: each line trimmed, until the lines read make up the
// scalar yaml-cpp folded.
std::optional<Formula> plain_lines(const YamlFile& file, const SourceLocation& start, const std::string& scalar) {
  const std::string wanted = collapse_whitespace(scalar);
  Formula formula;
  const std::string_view first_line = file.line(start.line - 1);
  append_line(formula, trim(first_line.substr(std::min(first_line.size(), static_cast<std::size_t>(start.column - 1)))),
              start);
  for (int index = start.line; index < file.line_count(); ++index) {
    const std::string collapsed = collapse_whitespace(formula.text);
    if (collapsed == wanted) return formula;
    if (collapsed.size() > wanted.size()) break;
    const std::string_view raw = file.line(index);
    const std::size_t first = raw.find_first_not_of(" \t");
    const int column = first == std::string_view::npos ? 1 : static_cast<int>(first) + 1;
    append_line(formula, trim(raw), SourceLocation{file.name(), index + 1, column});
  }
  if (collapse_whitespace(formula.text) == wanted) return formula;
  return std::nullopt;
}

// Best effort when the layout is not understood: the first line is placed exactly, the
// others at the start of the following file lines.
Formula approximate(const std::string& scalar, SourceLocation start) {
  Formula formula;
  formula.text = scalar;
  formula.line_starts.push_back(start);
  for (const char c : scalar)
    if (c == '\n') formula.line_starts.push_back(SourceLocation{start.file, start.line + static_cast<int>(formula.line_starts.size()), 1});
  return formula;
}

}  // namespace

std::optional<Formula> read_formula(Reader& reader, const YAML::Node& node, std::string_view what,
                                    const SourceLocation& fallback) {
  const auto scalar = reader.scalar(node, "a formula for " + std::string(what), fallback);
  if (!scalar) return std::nullopt;
  if (trim(*scalar).empty()) {
    reader.error(reader.where(node, fallback), "expected a formula for " + std::string(what) + ", got an empty text");
    return std::nullopt;
  }
  const YamlFile& file = reader.file();
  const SourceLocation start = reader.where(node, fallback);
  const auto pos = static_cast<std::size_t>(node.Mark().pos);
  const char style = pos < file.text().size() ? file.text()[pos] : ' ';
  const std::string_view rest_of_line = file.line(start.line - 1).substr(static_cast<std::size_t>(start.column - 1));

  if (style == '|' || style == '>') {
    Formula formula = block_lines(file, start.line - 1);
    if (collapse_whitespace(formula.text) == collapse_whitespace(*scalar)) return formula;
    return approximate(*scalar, start);
  }
  if (style == '"' || style == '\'') {
    // The text starts after the opening quote; exact as long as it holds no escape.
    SourceLocation after_quote = start;
    ++after_quote.column;
    return approximate(*scalar, after_quote);
  }
  if (scalar->find('\n') == std::string::npos && rest_of_line.substr(0, scalar->size()) == *scalar) {
    Formula formula;
    append_line(formula, *scalar, start);
    return formula;
  }
  if (auto formula = plain_lines(file, start, *scalar)) return formula;
  return approximate(*scalar, start);
}

}  // namespace pack_detail
}  // namespace eligo
