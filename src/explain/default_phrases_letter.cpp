// Built-in wording of outreach letters. A letter tells a person what they may be entitled
// to and how much, what to bring, where to get help in person, and that an agent, not a
// machine, decides.
#include <iterator>

#include "explain/default_phrases.hpp"

namespace eligo::explain_detail {

namespace {

constexpr DefaultPhrase letter_phrase_table[] = {
    {"letter.title", "Vous avez peut-être droit à des aides", "Vous avez peut-être droit à une aide",
     "You may be entitled to benefits"},
    {"letter.reference", "Référence du dossier : {id}", "Votre numéro de dossier : {id}", "File reference: {id}"},
    {"letter.greeting", "Madame, Monsieur,", "Bonjour,", "Dear Sir or Madam,"},
    {"letter.intro",
     "En étudiant votre dossier, nous avons vu que vous pourriez avoir droit aux aides ci-dessous. "
     "Vous ne les recevez pas aujourd'hui.",
     "Nous avons regardé votre dossier. Vous pouvez peut-être avoir une aide. "
     "Aujourd'hui, vous ne recevez pas cette aide.",
     "Looking at your file, we saw that you may be entitled to the benefits below. You do not receive them today."},
    {"letter.nothing", "Nous n'avons pas trouvé d'aide à laquelle vous auriez droit sans la recevoir.",
     "Nous n'avons pas trouvé de nouvelle aide pour vous.",
     "We found no benefit you would be entitled to without receiving it."},
    {"letter.entitled_to", "Les aides auxquelles vous pourriez avoir droit", "Les aides pour vous",
     "What you may be entitled to"},
    {"letter.amount", "Montant estimé : {amount}.", "Vous pouvez recevoir environ {amount}.",
     "Estimated amount: {amount}."},
    {"letter.free", "Cette aide serait gratuite pour vous.", "Cette aide est gratuite pour vous.",
     "This cover would be free for you."},
    {"letter.contribution", "Participation estimée à payer : {amount}.", "Vous payez environ {amount}.",
     "Estimated contribution to pay: {amount}."},
    {"letter.amount_later", "Le montant sera calculé quand votre dossier sera complet.",
     "Nous allons calculer la somme plus tard.", "The amount will be worked out once your file is complete."},
    {"letter.missing", "Il nous manque des informations pour le savoir.", "Il nous manque des informations.",
     "We need more information to tell."},
    {"letter.bring", "Documents à apporter", "Les papiers à apporter", "Documents to bring"},
    {"letter.identity", "une pièce d'identité", "votre carte d'identité ou votre passeport", "an identity document"},
    {"letter.this_letter", "ce courrier", "cette lettre", "this letter"},
    {"letter.help", "Où trouver de l'aide près de chez vous", "Où avoir de l'aide près de chez vous",
     "Where to get help near you"},
    {"letter.help_text", "Un conseiller peut vous recevoir et faire la demande avec vous.",
     "Une personne peut vous aider à faire la demande.",
     "An adviser can see you and make the claim with you."},
    {"letter.default_place", "France Services de votre commune", "France Services de votre commune",
     "the France Services counter of your town"},
    {"letter.address", "Adresse", "Adresse", "Address"},
    {"letter.hours", "Horaires", "Heures d'ouverture", "Opening hours"},
    {"letter.phone", "Téléphone", "Téléphone", "Phone"},
    {"letter.who_decides", "Qui décide", "Qui décide", "Who decides"},
    {"letter.human",
     "Ce courrier a été préparé à l'aide d'un traitement informatique. Ce n'est pas une décision. "
     "Un agent, et non une machine, étudiera votre demande et décidera selon la loi.",
     "Un ordinateur nous a aidés à écrire cette lettre. Ce n'est pas une décision. "
     "Une personne va regarder votre demande. Cette personne décide. Elle suit la loi.",
     "This letter was prepared with the help of a computer program. It is not a decision. "
     "An agent, not a machine, will study your claim and decide according to the law."},
    {"letter.notice",
     "Vous pouvez demander comment ce traitement a utilisé vos informations.",
     "Vous pouvez demander comment l'ordinateur a utilisé vos informations.",
     "You may ask how this processing used your information."},
    {"letter.closing", "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.",
     "À bientôt.", "Yours faithfully,"},
    {"letter.large_print", "Version en gros caractères", "Version en gros caractères", "Large print version"},
};

}  // namespace

std::span<const DefaultPhrase> letter_phrases() { return {std::begin(letter_phrase_table), std::end(letter_phrase_table)}; }

}  // namespace eligo::explain_detail
