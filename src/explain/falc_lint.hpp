// A lint for easy-to-read French (FALC, "facile à lire et à comprendre"), after the rules of
// Inclusion Europe, as far as a program can check them:
//
//  - sentences of at most 15 words. A sentence ends at ".", "!" or "?" followed by a space
//    or the end, or at a line break. Words are the space-separated tokens that hold a letter
//    or a digit; a number written in groups ("1 033,32") is one word; a placeholder such as
//    "{amount}" is one word.
//  - one idea per sentence. Heuristic: a sentence holds two main clauses when it has a ";",
//    the word "mais", or "et" followed by a subject pronoun or a negation ("et vous",
//    "et il", "et c'est", "et ne"): "et" between two nouns ("le loyer et les charges")
//    is fine.
//  - no unexplained acronym. A word of two or more capital letters and no small letter is
//    an acronym; its first use in a text must be next to its expansion in parentheses,
//    "caisse d'allocations familiales (CAF)" or "CAF (caisse d'allocations familiales)",
//    unless the pack's easy-to-read templates list it with its expansion under `acronyms`.
//  - amounts in euros: a number with two decimals ("646,52") is an amount and must be
//    followed by "€" or "euros". Other numbers (ages, counts, years) are not amounts.
//
// What it cannot check (everyday words, the same word for the same thing, examples) stays
// with a human reader; the lint only keeps the measurable rules from regressing.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "eligo/error.hpp"
#include "eligo/pack.hpp"

namespace eligo::explain_detail {

inline constexpr std::size_t falc_max_words = 15;

// The problems of one text, one message each; none when the text follows the rules.
std::vector<std::string> falc_problems(std::string_view text, const std::map<std::string, std::string>& acronyms);

// Every easy-to-read text of a pack: its fr-falc templates (or the built-in fr-falc wording
// when it has none), and the fr-falc title, labels, descriptions, condition reasons and
// claim texts. Each problem is an error located at the text's item.
std::vector<Diagnostic> lint_falc(const RulePack& pack);

}  // namespace eligo::explain_detail
