# `eligo explain` on the French pack's sample household F1 (rules/fr/data): a single mother
# working part time with two children, May 2026. Each register tells which benefits apply,
# how much, why, what is missing to decide the others, and where to claim. The prime
# d'activité is the mean of the primes of January, February and March 2026, the fourth, third
# and second months before (CSS R843-1 as amended by décret n° 2025-185), all three before the
# April 2026 bonus reform: 633.21 x 1.8 = 1,139.778 (three persons, no lone-parent increase
# without a child under 3) + 59.85% x 900 (538.65) + a bonus of 184.27 x (900 - 59 x 12.02) /
# (120 x 12.02 - 59 x 12.02) = 184.27 x 190.82 / 733.22 = 47.956141 - max(900 + 153.01 of
# family benefits + a housing deduction of min(250, 633.21 x 16.5% x 1.8 = 188.06337),
# 1,139.778) = 1,726.384141 - 1,241.07337 = 485.310771 each month, paid 485.31.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

set(data "rules/fr/data")
set(household rules/fr --period 2026-05 --groups ${data}/familles.csv --persons ${data}/personnes.csv --id F1)

# Standard French.
run_eligo(explain ${household} --language fr)
expect_exit(0)
expect_contains("${eligo_out}" "Vos droits en mai 2026")
expect_contains("${eligo_out}" "Prime d'activité\nVous avez droit à cette aide.\nMontant : 485,31 € par mois.")
expect_contains("${eligo_out}" "Allocations familiales\nVous avez droit à cette aide.\nMontant : 153,01 € par mois.")
expect_contains("${eligo_out}" "Allocation de rentrée scolaire\nVous avez droit à cette aide.\nMontant : 881,68 € par an.")
# The free CSS says it is free, never "0,00 €".
expect_contains("${eligo_out}" "Complémentaire santé solidaire\nVous avez droit à cette aide.\nCette aide est gratuite : vous n'avez rien à payer.")
expect_not_contains("${eligo_out}" "0,00 € par mois")
# AAH: only the disability condition fails, not the residence permit, the retirement pension
# nor the resources.
expect_contains("${eligo_out}" "Conditions non remplies :\n  - Un adulte du foyer (20 ans ou plus")
expect_matches("${eligo_out}" "Allocation aux adultes handicapés \\(AAH\\)\nVous n'avez pas droit à cette aide\\.\nConditions remplies :\n  - [^\n]*\n  - [^\n]*\n  - [^\n]*\n  - La retraite ou la pension d'invalidité que perçoit la personne[^\n]*\n  - [^\n]*\nConditions non remplies :\n  - Un adulte du foyer[^\n]*\nRéférence")
# why: a condition met and one not met, with their references
expect_contains("${eligo_out}" "Le demandeur ou son conjoint a eu des revenus d'activité professionnelle pendant au moins un des trois mois")
expect_contains("${eligo_out}" "(CSS L841-1, L842-1, R842-2 (activité du demandeur ou de son conjoint) ; L842-2, 3° (revenus excédant mensuellement le plancher ; dernière phrase : dispense des bénéficiaires de la majoration de l'article L842-7) ; R843-1 (trimestre de référence))")
expect_matches("${eligo_out}" "Revenu de solidarité active \\(RSA\\)\nVous n'avez pas droit à cette aide\\.")
expect_contains("${eligo_out}" "Conditions non remplies :\n  - Les ressources du foyer et le forfait logement laissent un RSA d'au moins 6 euros par mois")
# what is missing to decide the energy voucher
expect_contains("${eligo_out}" "Chèque énergie\nNous ne pouvons pas encore dire si vous avez droit à cette aide.")
expect_contains("${eligo_out}" "Pour décider, il nous faut :\n  - Revenu fiscal de référence du foyer")
# where to claim
expect_contains("${eligo_out}" "En ligne : https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/vie-professionnelle/la-prime-d-activite")
expect_contains("${eligo_out}" "Au guichet : CAF ou MSA, France Services")
expect_contains("${eligo_out}" "Par téléphone : 3646")

# Easy-to-read French.
run_eligo(explain ${household} --language fr-falc)
expect_exit(0)
expect_contains("${eligo_out}" "Vos aides en mai 2026")
expect_contains("${eligo_out}" "La prime d'activité\nVous avez droit à cette aide.\nVous pouvez recevoir 485,31 € par mois.")
expect_contains("${eligo_out}" "Vous pouvez recevoir 153,01 € par mois.")
expect_contains("${eligo_out}" "Vous pouvez recevoir 881,68 € par an.")
expect_contains("${eligo_out}" "  - Vous ou votre conjoint travaillez.")
expect_contains("${eligo_out}" "Nous ne savons pas encore si vous avez droit à cette aide.")
expect_contains("${eligo_out}" "Nous avons besoin de ces informations :\n  - Le revenu écrit sur votre avis d'impôt.")
expect_contains("${eligo_out}" "Dans un bureau : Caisse d'allocations familiales ou France Services")
# Failed conditions are said as not met, under a heading that says why.
expect_contains("${eligo_out}" "Pourquoi vous n'avez pas droit à cette aide :\n  - Vos revenus sont trop élevés. Le RSA ferait moins de 6 euros par mois.")
expect_contains("${eligo_out}" "Pourquoi vous n'avez pas droit à cette aide :\n  - Personne dans votre foyer n'a un handicap assez important pour avoir cette aide.\n\n")
expect_contains("${eligo_out}" "Cette aide est gratuite. Vous ne payez rien.")
expect_contains("${eligo_out}" "Sur internet : https://www.ameli.fr")
# no legal references in the easy-to-read register
string(FIND "${eligo_out}" "CSS L842" legal_reference)
if(NOT legal_reference EQUAL -1)
  message(FATAL_ERROR "legal reference in the fr-falc register:\n${eligo_out}")
endif()

# English.
run_eligo(explain ${household} --language en)
expect_exit(0)
expect_contains("${eligo_out}" "Your entitlements in May 2026")
expect_contains("${eligo_out}" "Activity bonus (prime d'activité)\nYou are entitled to this benefit.\nAmount: EUR 485.31 per month.")
expect_contains("${eligo_out}" "Amount: EUR 153.01 per month.")
expect_contains("${eligo_out}" "Amount: EUR 881.68 per year.")
expect_contains("${eligo_out}" "The claimant or partner had earned income in at least one of the three months")
expect_contains("${eligo_out}" "Energy voucher\nWe cannot tell yet whether you are entitled to this benefit.")
expect_contains("${eligo_out}" "To decide, we need:\n  - Household reference taxable income (tax notice)")
expect_contains("${eligo_out}" "Online: https://chequeenergie.gouv.fr")
expect_contains("${eligo_out}" "In person: France Services")
expect_contains("${eligo_out}" "This cover is free: you pay nothing.")
expect_contains("${eligo_out}" "Conditions not met:\n  - Household resources and the housing deduction leave an RSA of at least 6 euros a month")

# The three registers at once, and the same household in JSON.
run_eligo(explain ${household} --language all)
expect_exit(0)
expect_contains("${eligo_out}" "Vos droits en mai 2026")
expect_contains("${eligo_out}" "Vos aides en mai 2026")
expect_contains("${eligo_out}" "Your entitlements in May 2026")

# Data used: words for enumeration codes, nothing unknown. (Every input of the French pack is
# read by some rule; tests/unit/explain.cpp checks that an input no rule reads is left out.)
run_eligo(explain ${household} --language fr)
expect_contains("${eligo_out}" "Statut d'occupation du logement : locataire d'un logement social (HLM)")
expect_contains("${eligo_out}" "(personne F1_0) : française")
expect_not_contains("${eligo_out}" ": locataire_hlm")
expect_not_contains("${eligo_out}" ": francaise")
expect_not_contains("${eligo_out}" ": inconnu\n")
run_eligo(explain ${household} --language en)
expect_contains("${eligo_out}" "Housing tenure: tenant of social housing")

# HTML and JSON in each register say the same: the amount, a failed condition, what is missing.
foreach(language fr fr-falc en)
  run_eligo(explain ${household} --language ${language} --format json)
  expect_exit(0)
  string(JSON benefits LENGTH "${eligo_out}" benefits)
  math(EXPR last "${benefits} - 1")
  foreach(i RANGE ${last})
    string(JSON id GET "${eligo_out}" benefits ${i} id)
    string(JSON cents GET "${eligo_out}" benefits ${i} amount_cents)
    string(JSON text GET "${eligo_out}" benefits ${i} amount_text)
    set(json_${id}_cents "${cents}")
    set(json_${id}_text "${text}")
    if(id STREQUAL "rsa")
      string(JSON failed GET "${eligo_out}" benefits ${i} conditions 6 id)
      string(JSON outcome GET "${eligo_out}" benefits ${i} conditions 6 outcome)
    endif()
    if(id STREQUAL "cheque_energie")
      string(JSON missing GET "${eligo_out}" benefits ${i} missing_inputs 0 input)
    endif()
  endforeach()
  if(NOT json_ppa_cents EQUAL 48531 OR NOT json_css_cents EQUAL 0 OR NOT failed STREQUAL "ressources"
     OR NOT outcome STREQUAL "no" OR NOT missing STREQUAL "revenu_fiscal_reference")
    message(FATAL_ERROR "${language} JSON: ppa ${json_ppa_cents}, css ${json_css_cents}, rsa ${failed} ${outcome}, missing ${missing}")
  endif()
  run_eligo(explain ${household} --language ${language} --format html)
  expect_exit(0)
  expect_matches("${eligo_out}" "<html lang=\"(fr|en)\"")
  expect_matches("${eligo_out}" "<p>(Cette aide est gratuite|This cover is free)[^<]*</p>")
  expect_matches("${eligo_out}" "485[,.]31")
endforeach()
expect_contains("${eligo_out}" "EUR 485.31 per month")
