// A letter as plain text, to print or to read aloud. The large-print variant keeps lines
// short and airs the text, so that it prints well in a large font.
#include <sstream>

#include "eligo/letters.hpp"
#include "explain/text_wrap.hpp"

namespace eligo {

namespace {

using explain_detail::text_heading;

struct Layout {
  std::size_t width;
  std::string_view gap;  // between items: nothing, or an empty line for large print
};

std::string file_reference(const Letter& letter) {
  return letter.person_id.empty() ? letter.group_id : letter.group_id + " / " + letter.person_id;
}

void write_benefits(std::ostream& out, const Letter& letter, const Layout& layout) {
  const Wording& wording = letter.wording;
  if (letter.benefits.empty()) {
    out << explain_detail::wrap(wording.say("letter.nothing"), layout.width) << '\n';
    return;
  }
  out << explain_detail::wrap(wording.say("letter.intro"), layout.width) << '\n';
  out << explain_detail::wrap(text_heading(wording, "letter.entitled_to"), layout.width);
  for (const LetterBenefit& benefit : letter.benefits) {
    out << layout.gap << explain_detail::wrap(benefit.label, layout.width, "  - ", "    ");
    if (benefit.status == Status::eligible)
      out << explain_detail::wrap(letter_amount_sentence(wording, benefit), layout.width, "    ", "    ");
    else
      out << explain_detail::wrap(wording.say("letter.amount_later") + " " + wording.say("letter.missing"), layout.width,
                                  "    ", "    ");
  }
  out << '\n' << explain_detail::wrap(text_heading(wording, "letter.bring"), layout.width);
  for (const std::string& document : letter.documents)
    out << layout.gap << explain_detail::wrap(document, layout.width, "  - ", "    ");
}

void write_place(std::ostream& out, const Letter& letter, const Layout& layout) {
  const Wording& wording = letter.wording;
  out << '\n' << explain_detail::wrap(text_heading(wording, "letter.help"), layout.width)
      << explain_detail::wrap(wording.say("letter.help_text"), layout.width, "  ", "  ") << layout.gap
      << explain_detail::wrap(letter.place.name, layout.width, "  ", "  ");
  const auto line = [&](const std::string& key, const std::string& value) {
    if (!value.empty())
      out << explain_detail::wrap(wording.say(key) + wording.say("colon") + value, layout.width, "  ", "    ");
  };
  line("letter.address", letter.place.address);
  line("letter.hours", letter.place.opening_hours);
  line("letter.phone", letter.place.phone);
}

}  // namespace

std::string render_letter_text(const Letter& letter, PrintSize size) {
  const Wording& wording = letter.wording;
  const Layout layout = size == PrintSize::large ? Layout{40, "\n"} : Layout{72, ""};
  std::ostringstream out;
  out << explain_detail::wrap(wording.say("letter.title"), layout.width);
  if (size == PrintSize::large) out << explain_detail::wrap(wording.say("letter.large_print"), layout.width);
  out << explain_detail::wrap(wording.say("letter.reference", {{"id", file_reference(letter)}}), layout.width) << '\n'
      << explain_detail::wrap(wording.say("letter.greeting"), layout.width) << '\n';
  write_benefits(out, letter, layout);
  write_place(out, letter, layout);
  out << '\n' << explain_detail::wrap(text_heading(wording, "letter.who_decides"), layout.width)
      << explain_detail::wrap(wording.say("letter.human"), layout.width, "  ", "  ") << layout.gap
      << explain_detail::wrap(wording.say("letter.notice"), layout.width, "  ", "  ") << '\n'
      << explain_detail::wrap(wording.say("letter.closing"), layout.width);
  return out.str();
}

}  // namespace eligo
