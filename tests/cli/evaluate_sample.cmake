# `eligo evaluate` on the sample households of the example pack: exact rows, written whole
# to --output (no temporary file left), the same on stdout, and as JSON.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

set(data "rules/example/data")
set(population --period 2025-06 --groups ${data}/foyers.csv --persons ${data}/personnes.csv)

# Hand-checked: F3 has no reference taxable income, F5 no earnings, F6 no housing tenure,
# F8 a child without a date of birth.
set(expected [[group_id,benefit,status,amount,amount_period,failed_conditions,missing_inputs
F1,aide_energie,eligible,194.00,year,,
F1,aide_logement_simple,eligible,110.00,month,,
F1,allocation_enfants,not_eligible,0.00,month,enfants_a_charge,
F2,aide_energie,eligible,146.00,year,,
F2,aide_logement_simple,not_eligible,0.00,month,ressources,
F2,allocation_enfants,eligible,285.60,month,,
F3,aide_energie,undetermined,,year,,revenu_fiscal_reference
F3,aide_logement_simple,not_eligible,0.00,month,locataire,
F3,allocation_enfants,not_eligible,0.00,month,enfants_a_charge,
F4,aide_energie,not_eligible,0.00,year,ressources,
F4,aide_logement_simple,not_eligible,0.00,month,locataire;ressources,
F4,allocation_enfants,not_eligible,0.00,month,enfants_a_charge,
F5,aide_energie,eligible,194.00,year,,
F5,aide_logement_simple,undetermined,,month,,revenus_activite_trimestre
F5,allocation_enfants,eligible,428.40,month,,
F6,aide_energie,eligible,146.00,year,,
F6,aide_logement_simple,undetermined,,month,,statut_occupation
F6,allocation_enfants,not_eligible,0.00,month,enfants_a_charge,
F7,aide_energie,not_eligible,0.00,year,ressources,
F7,aide_logement_simple,not_eligible,0.00,month,locataire,
F7,allocation_enfants,not_eligible,0.00,month,enfants_a_charge,
F8,aide_energie,undetermined,,year,,date_naissance
F8,aide_logement_simple,not_eligible,0.00,month,ressources,
F8,allocation_enfants,undetermined,,month,,date_naissance
]])

run_eligo(evaluate example ${population} --threads 2 --output "${WORK_DIR}/results.csv")
expect_exit(0)
file(READ "${WORK_DIR}/results.csv" written)
if(NOT written STREQUAL expected)
  message(FATAL_ERROR "results.csv differs.\n--- expected\n${expected}\n--- got\n${written}")
endif()
file(GLOB leftovers "${WORK_DIR}/.*tmp*")
if(leftovers)
  message(FATAL_ERROR "temporary files left behind: ${leftovers}")
endif()

run_eligo(evaluate example ${population})
expect_exit(0)
if(NOT eligo_out STREQUAL expected)
  message(FATAL_ERROR "stdout differs from the expected rows:\n${eligo_out}")
endif()
if(NOT eligo_err STREQUAL "")
  message(FATAL_ERROR "progress must stay off when stderr is not a terminal:\n${eligo_err}")
endif()

run_eligo(evaluate example ${population} --format json)
expect_exit(0)
string(JSON status GET "${eligo_out}" results 6 status)
string(JSON missing GET "${eligo_out}" results 6 missing_inputs 0)
string(JSON amount GET "${eligo_out}" results 14 amount)
string(JSON yearly GET "${eligo_out}" results 0 amount_period)
string(JSON monthly GET "${eligo_out}" results 14 amount_period)
if(NOT status STREQUAL "undetermined" OR NOT missing STREQUAL "revenu_fiscal_reference" OR NOT amount STREQUAL "428.40"
   OR NOT yearly STREQUAL "year" OR NOT monthly STREQUAL "month")
  message(FATAL_ERROR "unexpected JSON results:\n${eligo_out}")
endif()

# The JSON is written row by row in the layout of one document dumped whole: the exact bytes
# for a household whose id needs escaping (a quote, a backslash, a tab) or holds an accent,
# and `"results": []` for a population without households.
file(WRITE "${WORK_DIR}/odd_foyers.csv"
     "id,revenu_fiscal_reference,revenus_activite_trimestre,statut_occupation\n\"F\"\"é\\1\tx\",9000,2400,locataire\n")
file(WRITE "${WORK_DIR}/odd_personnes.csv"
     "id,foyer_id,role,date_naissance,salaire_mensuel,sexe,handicap\nP1,\"F\"\"é\\1\tx\",demandeur,1990-03-14,800,femme,false\n")
run_eligo(evaluate example --period 2025-06 --groups "${WORK_DIR}/odd_foyers.csv" --persons "${WORK_DIR}/odd_personnes.csv"
          --format json)
expect_exit(0)
string(CONCAT first_row "{\n  \"period\": \"2025-06\",\n  \"results\": [\n    {\n      \"amount\": \"194.00\",\n"
       "      \"amount_period\": \"year\",\n      \"benefit\": \"aide_energie\",\n      \"failed_conditions\": [],\n"
       "      \"group_id\": \"F\\\"é\\\\1\\tx\",\n      \"missing_inputs\": [],\n      \"status\": \"eligible\"\n    },\n")
expect_contains("${eligo_out}" "${first_row}")
expect_contains("${eligo_out}" "      \"failed_conditions\": [\n        \"")
file(WRITE "${WORK_DIR}/no_foyers.csv" "id,revenu_fiscal_reference,revenus_activite_trimestre,statut_occupation\n")
file(WRITE "${WORK_DIR}/no_personnes.csv" "id,foyer_id,role,date_naissance,salaire_mensuel,sexe,handicap\n")
run_eligo(evaluate example --period 2025-06 --groups "${WORK_DIR}/no_foyers.csv" --persons "${WORK_DIR}/no_personnes.csv"
          --format json)
expect_exit(0)
if(NOT eligo_out STREQUAL "{\n  \"period\": \"2025-06\",\n  \"results\": []\n}\n")
  message(FATAL_ERROR "JSON of a population without households:\n${eligo_out}")
endif()

# A reform: a higher amount per child from June 2025 changes F2 and F5.
run_eligo(evaluate example ${population} --set famille.montant_par_enfant=150.00@2025-06-01)
expect_exit(0)
expect_contains("${eligo_out}" "F2,allocation_enfants,eligible,300.00,month,,")
expect_contains("${eligo_out}" "F5,allocation_enfants,eligible,450.00,month,,")

# Bad data: every problem reported with file:line:column, exit 1, and no output file.
file(WRITE "${WORK_DIR}/foyers.csv" "id,revenu_fiscal_reference,revenus_activite_trimestre,statut_occupation\nF1,beaucoup,0,locataire\n")
run_eligo(evaluate example --period 2025-06 --groups "${WORK_DIR}/foyers.csv" --persons ${data}/personnes.csv
          --output "${WORK_DIR}/bad.csv")
expect_exit(1)
# The message names the place and the input; it never repeats the value itself.
expect_matches("${eligo_err}" "foyers.csv:2:2: error: not an amount in euros with at most 2 decimals for revenu_fiscal_reference")
if("${eligo_err}" MATCHES "beaucoup")
  message(FATAL_ERROR "the bad value is repeated in the message:\n${eligo_err}")
endif()
if(EXISTS "${WORK_DIR}/bad.csv")
  message(FATAL_ERROR "a failed run must not write its output file")
endif()

# After the date the parameters were last checked (2026-11-01), every parameter read is
# named in a warning on stderr, with its place; the results still go to stdout. Before it,
# no warning.
run_eligo(evaluate example --period 2026-12 --groups ${data}/foyers.csv --persons ${data}/personnes.csv)
expect_exit(0)
expect_contains("${eligo_err}" "energie.yaml:1:1: warning: parameter `energie.plafond_par_unite` was last checked on 2026-11-01; the period 2026-12 is later")
expect_contains("${eligo_out}" "F1,aide_energie,eligible,")
run_eligo(evaluate example ${population})
expect_not_contains("${eligo_err}" "warning")
