# `eligo letter` and `eligo notice`: one person's letter and CRPA notice in each format.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

set(data "rules/example/data")
set(population example --period 2025-06 --groups ${data}/foyers.csv --persons ${data}/personnes.csv)

run_eligo(letter ${population} --id F1 --person P1 --place-name "France Services d'Aurillac"
          --place-address "2 rue de la Paix, 15000 Aurillac")
expect_exit(0)
expect_contains("${eligo_out}" "Référence du dossier : F1 / P1\n")
expect_contains("${eligo_out}" "  France Services d'Aurillac\n  Adresse : 2 rue de la Paix, 15000 Aurillac\n")
expect_contains("${eligo_out}" "Un agent, et non une machine")

run_eligo(letter ${population} --id F1 --person P1 --language fr-falc --format html --large-print)
expect_exit(0)
expect_contains("${eligo_out}" "<html lang=\"fr\" class=\"large-print\">")
expect_contains("${eligo_out}" "France Services de votre commune")

run_eligo(letter ${population} --id F1 --person P99)
expect_exit(1)
expect_contains("${eligo_err}" "no personne `P99` in foyer `F1`")

file(WRITE "${WORK_DIR}/ranking.json"
     "{\"model\": \"logistic v1\", \"features\": [{\"feature\": \"Montant en jeu\", \"value\": \"194 €\", \"contribution\": 0.7}]}")
run_eligo(notice ${population} --id F1 --person P1 --language en --ranking "${WORK_DIR}/ranking.json")
expect_exit(0)
expect_contains("${eligo_out}" "How an algorithm was used in your file\nPerson concerned: F1 / P1\n")
expect_contains("${eligo_out}" "  - Montant en jeu: 194 € -> +0.70 (brings the contact forward)\n")
expect_contains("${eligo_out}" "4. The operations performed\n")

run_eligo(notice ${population} --id F1 --format json)
expect_exit(0)
string(JSON operations LENGTH "${eligo_out}" operations)
if(NOT operations EQUAL 4)
  message(FATAL_ERROR "expected 4 operations without a ranking model:\n${eligo_out}")
endif()

file(WRITE "${WORK_DIR}/bad_ranking.json" "{\"model\": \"m\"}")
run_eligo(notice ${population} --id F1 --ranking "${WORK_DIR}/bad_ranking.json")
expect_exit(1)
expect_contains("${eligo_err}" "expected {\"model\", \"features\"")
