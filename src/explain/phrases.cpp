#include "explain/phrases.hpp"

#include "eligo/error.hpp"
#include "eligo/value.hpp"

namespace eligo::explain_detail {

namespace {

// Standard French: the administration's usual words, full sentences.
constexpr Phrases french{
    .language = "fr",
    .colon = " : ",
    .months = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
               "septembre", "octobre", "novembre", "décembre"},
    .title = "Vos droits en {}",
    .case_id = "Dossier",
    .eligible = "Vous avez droit à cette aide.",
    .not_eligible = "Vous n'avez pas droit à cette aide.",
    .undetermined = "Nous ne pouvons pas encore dire si vous avez droit à cette aide.",
    .amount = "Montant : {}.",
    .per_month = "par mois",
    .per_year = "par an",
    .conditions_met = "Conditions remplies",
    .conditions_failed = "Conditions non remplies",
    .conditions_unknown = "Conditions à vérifier",
    .missing_inputs = "Pour décider, il nous faut",
    .how_to_claim = "Comment la demander",
    .institution = "Organisme",
    .online = "En ligne",
    .counter = "Au guichet",
    .phone = "Par téléphone",
    .form = "Formulaire",
    .documents = "Documents à fournir",
    .reference = "Référence",
    .data_used = "Informations utilisées",
    .member = "personne",
    .unknown_value = "inconnu",
    .yes = "oui",
    .no = "non",
    .show_references = true,
};

// Easy-to-read French (FALC): short sentences, one idea each, everyday words, "vous".
constexpr Phrases easy_french{
    .language = "fr-falc",
    .colon = " : ",
    .months = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
               "septembre", "octobre", "novembre", "décembre"},
    .title = "Vos aides en {}",
    .case_id = "Votre dossier",
    .eligible = "Vous avez droit à cette aide.",
    .not_eligible = "Vous n'avez pas droit à cette aide.",
    .undetermined = "Nous ne savons pas encore si vous avez droit à cette aide.",
    .amount = "Vous pouvez recevoir {}.",
    .per_month = "par mois",
    .per_year = "par an",
    .conditions_met = "Vous remplissez ces conditions",
    .conditions_failed = "Vous ne remplissez pas ces conditions",
    .conditions_unknown = "Nous ne savons pas encore si vous remplissez ces conditions",
    .missing_inputs = "Nous avons besoin de ces informations",
    .how_to_claim = "Comment avoir cette aide",
    .institution = "Qui donne cette aide",
    .online = "Sur internet",
    .counter = "Dans un bureau",
    .phone = "Par téléphone",
    .form = "Le papier à remplir",
    .documents = "Les papiers à apporter",
    .reference = "La loi",
    .data_used = "Les informations que nous avons utilisées",
    .member = "personne",
    .unknown_value = "nous ne savons pas",
    .yes = "oui",
    .no = "non",
    .show_references = false,
};

constexpr Phrases english{
    .language = "en",
    .colon = ": ",
    .months = {"January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"},
    .title = "Your entitlements in {}",
    .case_id = "Case",
    .eligible = "You are entitled to this benefit.",
    .not_eligible = "You are not entitled to this benefit.",
    .undetermined = "We cannot tell yet whether you are entitled to this benefit.",
    .amount = "Amount: {}.",
    .per_month = "per month",
    .per_year = "per year",
    .conditions_met = "Conditions met",
    .conditions_failed = "Conditions not met",
    .conditions_unknown = "Conditions still to check",
    .missing_inputs = "To decide, we need",
    .how_to_claim = "How to claim",
    .institution = "Institution",
    .online = "Online",
    .counter = "In person",
    .phone = "By phone",
    .form = "Form",
    .documents = "Documents to bring",
    .reference = "Legal reference",
    .data_used = "Information used",
    .member = "person",
    .unknown_value = "unknown",
    .yes = "yes",
    .no = "no",
    .show_references = true,
};

}  // namespace

const Phrases& phrases_for(std::string_view language) {
  for (const Phrases* phrases : {&french, &easy_french, &english})
    if (phrases->language == language) return *phrases;
  throw Error("unknown explanation language `" + std::string(language) +
              "`; expected fr, fr-falc or en");
}

std::string fill(std::string_view pattern, const std::string& value) {
  std::string text(pattern);
  if (const auto at = text.find("{}"); at != std::string::npos) text.replace(at, 2, value);
  return text;
}

std::string month_name(const Phrases& phrases, const std::string& period) {
  const std::optional<Period> parsed = Period::parse(period);
  if (!parsed || parsed->month < 1 || parsed->month > 12) return period;
  return std::string(phrases.months[static_cast<std::size_t>(parsed->month - 1)]) + " " +
         std::to_string(parsed->year);
}

}  // namespace eligo::explain_detail

namespace eligo::explain_detail {

std::string date_in_words(const Phrases& phrases, const std::string& iso_date) {
  const std::optional<Date> date = Date::parse(iso_date);
  if (!date) return iso_date;
  int year = 0;
  int month = 0;
  int day = 0;
  date->to_ymd(year, month, day);
  // French writes the first day of a month as an ordinal: "1er mai".
  const std::string day_text = std::to_string(day) + (day == 1 && phrases.language != "en" ? "er" : "");
  return day_text + " " + std::string(phrases.months[static_cast<std::size_t>(month - 1)]) + " " +
         std::to_string(year);
}

}  // namespace eligo::explain_detail
