// Built-in wording of explanations: standard French (the administration's usual words, full
// sentences), easy-to-read French (short sentences, one idea each, everyday words, "vous")
// and English.
#include <iterator>

#include "explain/default_phrases.hpp"

namespace eligo::explain_detail {

namespace {

constexpr DefaultPhrase table[] = {
    {"colon", " : ", " : ", ": "},
    {"title", "Vos droits en {month}", "Vos aides en {month}", "Your entitlements in {month}"},
    {"case_id", "Dossier", "Votre dossier", "Case"},
    {"eligible", "Vous avez droit à cette aide.", "Vous avez droit à cette aide.", "You are entitled to this benefit."},
    {"not_eligible", "Vous n'avez pas droit à cette aide.", "Vous n'avez pas droit à cette aide.",
     "You are not entitled to this benefit."},
    {"undetermined", "Nous ne pouvons pas encore dire si vous avez droit à cette aide.",
     "Nous ne savons pas encore si vous avez droit à cette aide.",
     "We cannot tell yet whether you are entitled to this benefit."},
    {"amount", "Montant : {amount}.", "Vous pouvez recevoir {amount}.", "Amount: {amount}."},
    {"amount_free", "Cette aide est gratuite : vous n'avez rien à payer.", "Cette aide est gratuite. Vous ne payez rien.",
     "This cover is free: you pay nothing."},
    {"amount_contribution", "Participation à payer : {amount}.", "Vous payez {amount}.", "Your contribution: {amount}."},
    {"free", "gratuite", "gratuite", "free"},
    {"per_month", "par mois", "par mois", "per month"},
    {"per_year", "par an", "par an", "per year"},
    {"conditions_met", "Conditions remplies", "Vous remplissez ces conditions", "Conditions met"},
    {"conditions_failed", "Conditions non remplies", "Pourquoi vous n'avez pas droit à cette aide", "Conditions not met"},
    {"conditions_unknown", "Conditions à vérifier", "Nous ne savons pas encore si vous remplissez ces conditions",
     "Conditions still to check"},
    {"missing_inputs", "Pour décider, il nous faut", "Nous avons besoin de ces informations", "To decide, we need"},
    {"how_to_claim", "Comment la demander", "Comment avoir cette aide", "How to claim"},
    {"institution", "Organisme", "Qui donne cette aide", "Institution"},
    {"online", "En ligne", "Sur internet", "Online"},
    {"counter", "Au guichet", "Dans un bureau", "In person"},
    {"phone", "Par téléphone", "Par téléphone", "By phone"},
    {"form", "Formulaire", "Le papier à remplir", "Form"},
    {"documents", "Documents à fournir", "Les papiers à apporter", "Documents to bring"},
    {"reference", "Référence", "La loi", "Legal reference"},
    {"data_used", "Informations utilisées", "Les informations que nous avons utilisées", "Information used"},
    {"member", "personne", "personne", "person"},
    {"unknown_value", "inconnu", "nous ne savons pas", "unknown"},
    {"yes", "oui", "oui", "yes"},
    {"no", "non", "non", "no"},
    // Words of the HTML page: a status is always written, never shown by a colour alone,
    // and its icon carries a text alternative.
    {"status", "Votre situation", "Votre situation", "Your situation"},
    {"status_eligible", "Droit ouvert", "Vous avez droit", "Entitled"},
    {"status_not_eligible", "Pas de droit", "Vous n'avez pas droit", "Not entitled"},
    {"status_undetermined", "À vérifier", "Nous ne savons pas encore", "To be checked"},
    {"outcome_yes", "Remplie", "Oui", "Met"},
    {"outcome_no", "Non remplie", "Non", "Not met"},
    {"outcome_unknown", "À vérifier", "Nous ne savons pas", "To be checked"},
    {"conditions_caption", "Conditions de l'aide : {benefit}", "Les conditions pour avoir l'aide : {benefit}",
     "Conditions of the benefit: {benefit}"},
    {"column_condition", "Condition", "Condition", "Condition"},
    {"column_outcome", "Résultat", "Réponse", "Result"},
    {"column_reference", "Référence", "La loi", "Legal reference"},
    {"column_information", "Information", "Information", "Information"},
    {"column_value", "Valeur", "Valeur", "Value"},
    {"column_person", "Personne", "Personne", "Person"},
    {"household", "le foyer", "votre foyer", "the household"},
    {"summary", "Résumé", "En bref", "Summary"},
    {"summary_caption", "Vos droits, aide par aide", "Vos aides une par une", "Your entitlements, benefit by benefit"},
    {"column_benefit", "Aide", "Aide", "Benefit"},
    {"column_amount", "Montant", "Somme", "Amount"},
};

}  // namespace

std::span<const DefaultPhrase> explanation_phrases() { return {std::begin(table), std::end(table)}; }

}  // namespace eligo::explain_detail
