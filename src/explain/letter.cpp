// Gathers a letter from an explanation: the benefits worth writing about, the documents
// to bring and the place to get help.
#include <algorithm>

#include "eligo/letters.hpp"

namespace eligo {

namespace {

bool chosen(const LetterOptions& options, const BenefitExplanation& benefit) {
  if (options.benefits.empty()) return benefit.status != Status::not_eligible;
  return std::find(options.benefits.begin(), options.benefits.end(), benefit.id) != options.benefits.end();
}

void add_once(std::vector<std::string>& list, const std::string& item) {
  if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

}  // namespace

Letter write_letter(const Explanation& explanation, const LetterOptions& options) {
  for (const std::string& id : options.benefits)
    if (std::none_of(explanation.benefits.begin(), explanation.benefits.end(),
                     [&](const BenefitExplanation& benefit) { return benefit.id == id; }))
      throw Error("no benefit `" + id + "` in the explanation of " + explanation.group_id);

  Letter letter;
  letter.wording = explanation.wording;
  letter.group_id = explanation.group_id;
  letter.person_id = options.person_id;
  letter.period = explanation.period;
  letter.place = options.place;
  if (letter.place.name.empty()) letter.place.name = letter.wording.say("letter.default_place");
  letter.documents.push_back(letter.wording.say("letter.identity"));
  // Certain rights first: they are what the person can claim today.
  for (const Status wanted : {Status::eligible, Status::undetermined, Status::not_eligible})
    for (const BenefitExplanation& benefit : explanation.benefits) {
      if (benefit.status != wanted || !chosen(options, benefit)) continue;
      letter.benefits.push_back({benefit.id, benefit.label, benefit.status,
                                 amount_in_words(explanation.wording, benefit), benefit.amount_kind,
                                 benefit.amount_cents.value_or(0)});
      for (const std::string& document : benefit.claim.documents) add_once(letter.documents, document);
    }
  letter.documents.push_back(letter.wording.say("letter.this_letter"));
  return letter;
}

std::string letter_amount_sentence(const Wording& wording, const LetterBenefit& benefit) {
  if (benefit.amount_kind != "contribution") return wording.say("letter.amount", {{"amount", benefit.amount}});
  if (benefit.amount_cents == 0) return wording.say("letter.free");
  return wording.say("letter.contribution", {{"amount", benefit.amount}});
}

}  // namespace eligo
