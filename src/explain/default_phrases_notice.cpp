// Built-in wording of the individual notice required by the French code of relations
// between the public and the administration (CRPA, articles L311-3-1 and R311-3-1-2): the
// degree and mode of the algorithm's contribution, the data used and their sources, the
// parameters and their weighting as applied to the person, the operations performed.
#include <iterator>

#include "explain/default_phrases.hpp"

namespace eligo::explain_detail {

namespace {

constexpr DefaultPhrase notice_phrase_table[] = {
    {"notice.title", "Information sur le traitement algorithmique de votre dossier",
     "Comment un ordinateur a servi pour votre dossier", "How an algorithm was used in your file"},
    {"notice.legal_basis",
     "Cette information vous est due en application des articles L311-3-1 et R311-3-1-2 du code des relations "
     "entre le public et l'administration.",
     "La loi dit que vous avez le droit de savoir cela.",
     "This information is owed to you under articles L311-3-1 and R311-3-1-2 of the French code of relations "
     "between the public and the administration."},
    {"notice.person", "Personne concernée : {id}", "Votre numéro : {id}", "Person concerned: {id}"},
    {"notice.contribution", "1. Le rôle de l'algorithme", "1. Ce que fait l'ordinateur", "1. What the algorithm did"},
    {"notice.contribution_law",
     "Les règles de droit disent si vous avez droit à une aide. Le programme applique ces règles publiées à vos "
     "informations.",
     "La loi dit qui a droit à une aide. L'ordinateur applique la loi à vos informations.",
     "The law says whether you are entitled to a benefit. The program applies these published rules to your "
     "information."},
    {"notice.contribution_ranking",
     "Un modèle statistique classe les personnes à contacter en premier. Il ne décide pas de vos droits.",
     "L'ordinateur aide à choisir qui contacter en premier. Il ne décide pas de vos droits.",
     "A statistical model orders whom to contact first. It does not decide your rights."},
    {"notice.contribution_agent",
     "Un agent décide de vous contacter. Un agent instruit votre demande et décide de vos droits.",
     "Une personne décide de vous contacter. Une personne décide de vos droits.",
     "An agent decides whether to contact you. An agent handles your claim and decides your rights."},
    {"notice.rules", "Règles appliquées : {pack}, version {version}, empreinte {hash}.",
     "Les règles utilisées : {pack}, version {version}.", "Rules applied: {pack}, version {version}, hash {hash}."},
    {"notice.data", "2. Les données utilisées et leur source", "2. Les informations utilisées",
     "2. The data used and their sources"},
    {"notice.data_caption", "Données utilisées pour votre dossier", "Les informations sur vous",
     "Data used for your file"},
    {"notice.column_data", "Donnée", "Information", "Data"},
    {"notice.column_value", "Valeur", "Pour vous", "Value"},
    {"notice.column_source", "Source", "D'où vient l'information", "Source"},
    {"notice.source_unknown", "non précisée", "nous ne savons pas", "not stated"},
    {"notice.parameters", "3. Les paramètres appliqués à votre situation", "3. Les chiffres de la loi utilisés pour vous",
     "3. The parameters applied to your situation"},
    {"notice.parameters_caption", "Paramètres en vigueur pour la période", "Les chiffres de la loi",
     "Parameters in force for the period"},
    {"notice.column_parameter", "Paramètre", "Chiffre", "Parameter"},
    {"notice.column_since", "En vigueur depuis le", "Depuis le", "In force since"},
    {"notice.bracket", "à partir de {threshold} : {value}", "à partir de {threshold} : {value}",
     "from {threshold}: {value}"},
    {"notice.column_reference", "Référence", "La loi", "Legal reference"},
    {"notice.conditions_caption", "Conditions examinées pour : {benefit}", "Ce que nous avons vérifié pour : {benefit}",
     "Conditions examined for: {benefit}"},
    {"notice.weights", "Le poids de chaque critère dans l'ordre de contact", "Ce qui a compté pour vous contacter",
     "The weight of each criterion in the order of contact"},
    {"notice.weights_caption", "Contribution de chaque critère au classement", "Ce qui a compté",
     "Contribution of each criterion to the ranking"},
    {"notice.column_feature", "Critère", "Ce qui compte", "Criterion"},
    {"notice.column_contribution", "Contribution", "Effet", "Contribution"},
    {"notice.raises", "avance le contact", "vous passez plus tôt", "brings the contact forward"},
    {"notice.lowers", "retarde le contact", "vous passez plus tard", "puts the contact back"},
    {"notice.neutral", "sans effet", "pas d'effet", "no effect"},
    {"notice.no_ranking", "Aucun modèle de classement n'a été appliqué à votre dossier.",
     "L'ordinateur n'a pas classé votre dossier.", "No ranking model was applied to your file."},
    {"notice.operations", "4. Les opérations effectuées", "4. Ce que l'ordinateur a fait", "4. The operations performed"},
    {"notice.step_read", "Lecture de {count} données de votre dossier.", "L'ordinateur a lu vos informations.",
     "Reading {count} data items from your file."},
    {"notice.step_rules", "Application des règles de {benefits} aides pour la période de {month}.",
     "Il a appliqué la loi pour le mois de {month}.",
     "Applying the rules of {benefits} benefits for the period of {month}."},
    {"notice.step_conditions", "Examen de {count} conditions et calcul des montants.",
     "Il a vérifié les conditions. Il a calculé les sommes.",
     "Examining {count} conditions and computing the amounts."},
    {"notice.step_ranking", "Calcul d'un score qui ordonne les contacts, sans effet sur vos droits.",
     "Il a classé les dossiers pour choisir qui contacter.",
     "Computing a score that orders contacts, with no effect on your rights."},
    {"notice.step_agent", "Décision de vous contacter prise par un agent.", "Une personne a décidé de vous contacter.",
     "Decision to contact you taken by an agent."},
    {"notice.results", "Résultat pour chaque aide", "Le résultat pour chaque aide", "Result for each benefit"},
    {"notice.contest",
     "Vous pouvez présenter vos observations ou contester ce résultat auprès de l'organisme qui gère l'aide.",
     "Vous pouvez dire que vous n'êtes pas d'accord. Dites-le à l'organisme de l'aide.",
     "You may make observations on or contest this result with the institution that handles the benefit."},
};

}  // namespace

std::span<const DefaultPhrase> notice_phrases() { return {std::begin(notice_phrase_table), std::end(notice_phrase_table)}; }

}  // namespace eligo::explain_detail
