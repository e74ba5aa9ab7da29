// The words of a notice that its text, HTML and JSON renderers share, so that every format
// states the same contribution and the same operations.
#pragma once

#include <string>
#include <vector>

#include "eligo/notice.hpp"

namespace eligo::explain_detail {

// The paragraphs of part 1: what the law, the model (when one was used) and the agent did.
std::vector<std::string> contribution_paragraphs(const Notice& notice);

// Part 4: the operations, in the order they were performed.
std::vector<std::string> operations(const Notice& notice);

// "brings the contact forward" / "puts the contact back" / "no effect".
std::string direction_of(const Wording& wording, double contribution);

std::string person_reference(const Notice& notice);

}  // namespace eligo::explain_detail
