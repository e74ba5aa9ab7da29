# `eligo explain` writes the three registers, names missing information in words, and
# prints the trace on request.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

set(data "rules/example/data")
set(population example --period 2025-06 --groups ${data}/foyers.csv --persons ${data}/personnes.csv)

run_eligo(explain ${population} --id F1 --language all)
expect_exit(0)
expect_contains("${eligo_out}" "Vos droits en juin 2025")
expect_contains("${eligo_out}" "Montant : 194,00 € par an.")
expect_contains("${eligo_out}" "Vos aides en juin 2025")
expect_contains("${eligo_out}" "Vous pouvez recevoir 110,00 € par mois.")
expect_contains("${eligo_out}" "Your entitlements in June 2025")
expect_contains("${eligo_out}" "Amount: EUR 194.00 per year.")

run_eligo(explain ${population} --id F3)
expect_exit(0)
expect_contains("${eligo_out}" "Nous ne pouvons pas encore dire si vous avez droit à cette aide.")
expect_contains("${eligo_out}" "Pour décider, il nous faut :\n  - Revenu fiscal de référence du foyer\n")

run_eligo(explain ${population} --id F1 --language en --format json)
expect_exit(0)
string(JSON amount GET "${eligo_out}" benefits 0 amount)
if(NOT amount STREQUAL "EUR 194.00")
  message(FATAL_ERROR "unexpected JSON explanation:\n${eligo_out}")
endif()

run_eligo(explain ${population} --id F5 --trace)
expect_exit(0)
expect_contains("${eligo_out}" "trace of F5 for 2025-06")
expect_matches("${eligo_out}" "energie.plafond_par_unite = 11250.00 since 2025-01-01")

run_eligo(explain ${population} --id F99)
expect_exit(1)
expect_contains("${eligo_err}" "`F99`")
