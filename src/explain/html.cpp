#include "explain/html.hpp"

#include "core/html_escape.hpp"

#include <sstream>

namespace eligo::explain_detail {

namespace {

// Dark text on light backgrounds, every pair above the 4.5:1 contrast of WCAG 2.1 AA
// (the status colours are only a second cue: the status is always written). Sizes in rem,
// em and ch only, so that text zooms to 200% without loss; no fixed widths.
constexpr std::string_view style_sheet = R"(
html { font-family: Arial, Helvetica, "Liberation Sans", sans-serif; font-size: 100%; color: #1b1b1b; background: #ffffff; }
html.large-print { font-size: 150%; }
body { margin: 0; line-height: 1.5; }
html.large-print body { line-height: 1.8; letter-spacing: 0.02em; word-spacing: 0.12em; }
main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.75rem; margin: 0.5em 0; }
h2 { font-size: 1.4rem; margin: 1.5em 0 0.5em; border-bottom: 0.1em solid #4a4a4a; }
h3 { font-size: 1.15rem; margin: 1.2em 0 0.4em; }
p, li, dd, dt, td, th, caption { overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
th, td { border: 0.0625rem solid #6b6b6b; padding: 0.4em 0.6em; text-align: left; vertical-align: top; }
thead th { background: #e8e8e8; }
dt { font-weight: bold; margin-top: 0.5em; }
dd { margin-left: 1.5em; }
a { color: #0b4f9c; text-decoration: underline; }
a:focus { outline: 0.2em solid #1b1b1b; outline-offset: 0.1em; }
.status { padding: 0.5em 0.75em; border-left: 0.4em solid #4a4a4a; font-weight: bold; }
.status-eligible { background: #e7f4ea; border-left-color: #1e6b34; }
.status-not_eligible { background: #fbeaea; border-left-color: #a4161a; }
.status-undetermined { background: #fff5d9; border-left-color: #7a5800; }
.icon { display: inline-block; min-width: 1.4em; font-weight: bold; }
.icon-yes, .icon-eligible { color: #1e6b34; }
.icon-no, .icon-not_eligible { color: #a4161a; }
.icon-unknown, .icon-undetermined { color: #7a5800; }
.meta { color: #3d3d3d; }
.place { border: 0.1em solid #4a4a4a; padding: 0.5em 1em; }
.decides { border: 0.15em solid #1b1b1b; padding: 0.5em 1em; }
@media print { main { max-width: none; } a { color: #1b1b1b; } }
)";

std::string icon(std::string_view symbol, std::string_view kind, const std::string& label) {
  return "<span class=\"icon icon-" + std::string(kind) + "\" role=\"img\" aria-label=\"" + escape_html(label) +
         "\">" + std::string(symbol) + "</span>";
}

std::string_view symbol_of(Truth outcome) {
  switch (outcome) {
    case Truth::yes: return "\u2714";  // heavy check mark
    case Truth::no: return "\u2718";   // heavy ballot x
    case Truth::unknown: break;
  }
  return "?";
}

}  // namespace

std::string escape_html(std::string_view text) { return detail::escape_html(text); }

std::string say_html(const Wording& wording, const std::string& key,
                     const std::vector<std::pair<std::string, std::string>>& values) {
  return escape_html(wording.say(key, values));
}

std::string html_language(std::string_view language) {
  if (language == "fr-falc") return "fr";
  return std::string(language);
}

std::string html_document(std::string_view language, std::string_view title, std::string_view body, PrintSize size) {
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"" << escape_html(html_language(language)) << "\""
      << (size == PrintSize::large ? " class=\"large-print\"" : "") << ">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << escape_html(title) << "</title>\n<style>" << style_sheet << "</style>\n</head>\n<body>\n<main>\n"
      << body << "</main>\n</body>\n</html>\n";
  return out.str();
}

std::string status_icon(const Wording& wording, Status status) {
  const std::string kind(to_string(status));
  const Truth as_truth = status == Status::eligible ? Truth::yes
                         : status == Status::not_eligible ? Truth::no
                                                          : Truth::unknown;
  return icon(symbol_of(as_truth), kind, wording.say("status_" + kind));
}

std::string outcome_icon(const Wording& wording, Truth outcome) {
  const std::string kind(to_string(outcome));
  return icon(symbol_of(outcome), kind, wording.say("outcome_" + kind));
}

std::string status_paragraph(const Wording& wording, Status status) {
  const std::string kind(to_string(status));
  return "<p class=\"status status-" + kind + "\">" + status_icon(wording, status) + " " +
         escape_html(wording.say(kind)) + "</p>\n";
}

std::string outcome_cell(const Wording& wording, Truth outcome) {
  // The icon's label and the word say the same: hide the icon from screen readers here so
  // that the cell is not read twice, and keep it for sighted readers.
  const std::string kind(to_string(outcome));
  return "<td><span class=\"icon icon-" + kind + "\" aria-hidden=\"true\">" + std::string(symbol_of(outcome)) +
         "</span> " + escape_html(wording.say("outcome_" + kind)) + "</td>";
}

std::string link_or_text(const std::string& text) {
  if (text.rfind("https://", 0) == 0 || text.rfind("http://", 0) == 0)
    return "<a href=\"" + escape_html(text) + "\">" + escape_html(text) + "</a>";
  return escape_html(text);
}

}  // namespace eligo::explain_detail
