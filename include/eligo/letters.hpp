// Outreach letters: what a person may be entitled to and how much, what to bring, the
// nearest place to get help in person, and that an agent, not a machine, decides. Written
// from an explanation, so that the letter and the explanation never disagree, in the
// explanation's register, in standard or large print.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "eligo/explain.hpp"

namespace eligo {

// Large print raises the base size and the spacing (HTML) or shortens the lines and airs
// the text (plain text, to print in a large font).
enum class PrintSize { standard, large };

// The nearest physical place where the person can get help, e.g. the France Services
// counter of their commune as found in an accessibility table.
struct HelpPlace {
  std::string name;  // empty: "France Services de votre commune", in the letter's register
  std::string address;
  std::string opening_hours;
  std::string phone;
};

struct LetterOptions {
  std::string person_id;              // the addressee among the group's members; empty: the group
  std::vector<std::string> benefits;  // ids to write about; empty: every eligible or undetermined one
  HelpPlace place;
};

struct LetterBenefit {
  std::string id;
  std::string label;
  Status status = Status::undetermined;
  std::string amount;  // "1 033,32 € par an" when eligible; empty otherwise
  std::string amount_kind = "payment";  // "contribution": the household pays it (0: free)
  std::int64_t amount_cents = 0;
};

struct Letter {
  Wording wording;
  std::string group_id;
  std::string person_id;
  std::string period;
  std::vector<LetterBenefit> benefits;  // the eligible ones first, then the undetermined
  std::vector<std::string> documents;   // to bring: an identity document, then each benefit's, once
  HelpPlace place;                      // its name always set
};

// The letter for `options.person_id` from the explanation of their group. Throws Error
// when a benefit named in `options.benefits` is not in the explanation.
Letter write_letter(const Explanation& explanation, const LetterOptions& options = {});

// What the letter says about the amount of an eligible benefit, in its register.
std::string letter_amount_sentence(const Wording& wording, const LetterBenefit& benefit);

std::string render_letter_text(const Letter& letter, PrintSize size = PrintSize::standard);
std::string render_letter_html(const Letter& letter, PrintSize size = PrintSize::standard);

}  // namespace eligo
