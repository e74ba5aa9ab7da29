// What every HTML page of eligo shares: escaping, the document around the content, the
// style sheet, and statuses written in words beside an icon that has a text alternative.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "eligo/explain.hpp"
#include "eligo/letters.hpp"

namespace eligo::explain_detail {

std::string escape_html(std::string_view text);

// A phrase of the wording with its placeholders filled, escaped for HTML.
std::string say_html(const Wording& wording, const std::string& key,
                     const std::vector<std::pair<std::string, std::string>>& values = {});

// The value of the lang attribute: easy-to-read French is French ("fr-falc" is not a
// language tag), every other register is its own tag.
std::string html_language(std::string_view language);

// A whole page: doctype, <html lang>, head with title and style sheet, and `body` (the
// caller's content, already HTML) inside <main>. Large print raises the base size and the
// spacing; every size in the style sheet is relative, so the page also zooms to 200%.
std::string html_document(std::string_view language, std::string_view title, std::string_view body,
                          PrintSize size = PrintSize::standard);

// "<span class="icon" role="img" aria-label="Droit ouvert">✔</span>": the icon of a status,
// whose meaning is also written in words next to it.
std::string status_icon(const Wording& wording, Status status);
std::string outcome_icon(const Wording& wording, Truth outcome);

// The status as a paragraph: icon, then the sentence ("Vous avez droit à cette aide.").
std::string status_paragraph(const Wording& wording, Status status);

// A table cell holding an outcome: icon, then the word ("Remplie").
std::string outcome_cell(const Wording& wording, Truth outcome);

// A link when the text is a web address, the escaped text otherwise.
std::string link_or_text(const std::string& text);

}  // namespace eligo::explain_detail
