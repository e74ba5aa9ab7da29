// A letter as an accessible HTML page; large print raises the base size and the spacing.
#include <sstream>

#include "eligo/letters.hpp"
#include "explain/html.hpp"

namespace eligo {

namespace {

using explain_detail::escape_html;
using explain_detail::say_html;

void write_benefits(std::ostream& out, const Letter& letter) {
  const Wording& wording = letter.wording;
  if (letter.benefits.empty()) {
    out << "<p>" << say_html(wording, "letter.nothing") << "</p>\n";
    return;
  }
  out << "<p>" << say_html(wording, "letter.intro") << "</p>\n<h2>" << say_html(wording, "letter.entitled_to")
      << "</h2>\n<ul>\n";
  for (const LetterBenefit& benefit : letter.benefits) {
    out << "<li><strong>" << escape_html(benefit.label) << "</strong><br>" << explain_detail::status_icon(wording, benefit.status)
        << " ";
    if (benefit.status == Status::eligible)
      out << escape_html(letter_amount_sentence(wording, benefit));
    else
      out << say_html(wording, "letter.amount_later") << " " << say_html(wording, "letter.missing");
    out << "</li>\n";
  }
  out << "</ul>\n<h2>" << say_html(wording, "letter.bring") << "</h2>\n<ul>\n";
  for (const std::string& document : letter.documents) out << "<li>" << escape_html(document) << "</li>\n";
  out << "</ul>\n";
}

void write_place(std::ostream& out, const Letter& letter) {
  const Wording& wording = letter.wording;
  const HelpPlace& place = letter.place;
  out << "<h2>" << say_html(wording, "letter.help") << "</h2>\n<p>" << say_html(wording, "letter.help_text")
      << "</p>\n<div class=\"place\">\n<p><strong>" << escape_html(place.name) << "</strong></p>\n";
  const auto line = [&](const std::string& key, const std::string& value) {
    if (!value.empty())
      out << "<p>" << say_html(wording, key) << escape_html(wording.say("colon")) << escape_html(value) << "</p>\n";
  };
  line("letter.address", place.address);
  line("letter.hours", place.opening_hours);
  line("letter.phone", place.phone);
  out << "</div>\n";
}

}  // namespace

std::string render_letter_html(const Letter& letter, PrintSize size) {
  const Wording& wording = letter.wording;
  const std::string reference = letter.person_id.empty() ? letter.group_id : letter.group_id + " / " + letter.person_id;
  std::ostringstream body;
  body << "<h1>" << say_html(wording, "letter.title") << "</h1>\n";
  if (size == PrintSize::large) body << "<p class=\"meta\">" << say_html(wording, "letter.large_print") << "</p>\n";
  body << "<p class=\"meta\">" << say_html(wording, "letter.reference", {{"id", reference}}) << "</p>\n<p>"
       << say_html(wording, "letter.greeting") << "</p>\n";
  write_benefits(body, letter);
  write_place(body, letter);
  body << "<h2>" << say_html(wording, "letter.who_decides") << "</h2>\n<div class=\"decides\">\n<p>"
       << say_html(wording, "letter.human") << "</p>\n<p>" << say_html(wording, "letter.notice") << "</p>\n</div>\n<p>"
       << say_html(wording, "letter.closing") << "</p>\n";
  return explain_detail::html_document(wording.language, wording.say("letter.title") + " - " + reference, body.str(), size);
}

}  // namespace eligo
