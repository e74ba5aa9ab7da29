# `eligo explain` on the French pack's sample household F1 (rules/fr/data): a single mother
# working part time with two children, May 2026. Each register tells which benefits apply,
# how much, why, what is missing to decide the others, and where to claim.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

set(data "rules/fr/data")
set(household rules/fr --period 2026-05 --groups ${data}/familles.csv --persons ${data}/personnes.csv --id F1)

# Standard French.
run_eligo(explain ${household} --language fr)
expect_exit(0)
expect_contains("${eligo_out}" "Vos droits en mai 2026")
expect_contains("${eligo_out}" "Prime d'activité\nVous avez droit à cette aide.\nMontant : 493,33 € par mois.")
expect_contains("${eligo_out}" "Allocations familiales\nVous avez droit à cette aide.\nMontant : 153,01 € par mois.")
expect_contains("${eligo_out}" "Allocation de rentrée scolaire\nVous avez droit à cette aide.\nMontant : 881,68 € par an.")
expect_contains("${eligo_out}" "Complémentaire santé solidaire\nVous avez droit à cette aide.\nMontant : 0,00 € par mois.")
# why: a condition met and one not met, with their references
expect_contains("${eligo_out}" "Le demandeur ou son conjoint a des revenus d'activité professionnelle")
expect_contains("${eligo_out}" "(CSS L841-1, L842-2, 4°)")
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
expect_contains("${eligo_out}" "La prime d'activité\nVous avez droit à cette aide.\nVous pouvez recevoir 493,33 € par mois.")
expect_contains("${eligo_out}" "Vous pouvez recevoir 153,01 € par mois.")
expect_contains("${eligo_out}" "Vous pouvez recevoir 881,68 € par an.")
expect_contains("${eligo_out}" "  - Vous ou votre conjoint travaillez.")
expect_contains("${eligo_out}" "Nous ne savons pas encore si vous avez droit à cette aide.")
expect_contains("${eligo_out}" "Nous avons besoin de ces informations :\n  - Le revenu écrit sur votre avis d'impôt.")
expect_contains("${eligo_out}" "Dans un bureau : Caisse d'allocations familiales ou France Services")
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
expect_contains("${eligo_out}" "Activity bonus (prime d'activité)\nYou are entitled to this benefit.\nAmount: EUR 493.33 per month.")
expect_contains("${eligo_out}" "Amount: EUR 153.01 per month.")
expect_contains("${eligo_out}" "Amount: EUR 881.68 per year.")
expect_contains("${eligo_out}" "The claimant or partner has earned income")
expect_contains("${eligo_out}" "Energy voucher\nWe cannot tell yet whether you are entitled to this benefit.")
expect_contains("${eligo_out}" "To decide, we need:\n  - Household reference taxable income (tax notice)")
expect_contains("${eligo_out}" "Online: https://chequeenergie.gouv.fr")
expect_contains("${eligo_out}" "In person: France Services")

# The three registers at once, and the same household in JSON.
run_eligo(explain ${household} --language all)
expect_exit(0)
expect_contains("${eligo_out}" "Vos droits en mai 2026")
expect_contains("${eligo_out}" "Vos aides en mai 2026")
expect_contains("${eligo_out}" "Your entitlements in May 2026")
