# `eligo evaluate --monthly`: the prime d'activité of a single worker whose salary changes
# month by month over a quarter that straddles the revaluation of 1 April 2025, the RSA's
# quarterly resources from the same history, and a bad
# monthly file refused with every problem named by file, line and column.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/support/single_worker.cmake")

write_single_worker("${WORK_DIR}" 1366.67)  # the quarter's average

file(WRITE "${WORK_DIR}/mois.csv" [[id,month,input,value
P1,2025-02,salaire_net,1200
P1,2025-03,salaire_net,1500
P1,2025-04,salaire_net,1400
]])

# June 2025, quarter February to April: the fourth, third and second months before (CSS
# R843-1 as amended by décret n° 2025-185, from March 2025; tests/unit/fr_ppa_months.cpp
# shows the arithmetic):
#   February (622.63, 61%):    622.63 + 732.00 + 181.19 x 499.08 / 724.68 - 1200 = 279.413774
#   March    (622.63, 61%):    622.63 + 915.00 + 181.19 - 1500                = 218.82
#   April    (633.21, 59.85%): 633.21 + 837.90 + 184.27 x 699.08 / 724.68 - 1400 = 248.870490
#   mean 747.104264 / 3 = 249.034755, paid 249.03.
set(population --period 2025-06 --groups "${WORK_DIR}/familles.csv" --persons "${WORK_DIR}/personnes.csv")
run_eligo(evaluate fr ${population} --monthly "${WORK_DIR}/mois.csv")
expect_exit(0)
expect_contains("${eligo_out}" "\nF1,ppa,eligible,249.03,month,,\n")

# Without the history, the same salary (the average) every month: a different amount.
run_eligo(evaluate fr ${population})
expect_exit(0)
expect_not_contains("${eligo_out}" "F1,ppa,eligible,249.03")

# The RSA's resources are the average of the quarter's months (CASF R262-7 as amended by
# décret n° 2025-185: the fourth, third and second months before, February to April for
# June 2025), read from the history when the single value is left unknown: 646.52 (montant
# forfaitaire from April 2025) - (300 + 0 + 600) / 3 = 346.52, no housing deduction (tenant
# without housing aid). The prime d'activité's conditions read the quarter too (CSS L841-1,
# R842-2, R843-1), so it is decided: February 622.63 + 61% x 300 - 622.63 = 183.00 (no bonus
# under 59 hours of SMIC), March 0 (no earnings), April 633.21 + 59.85% x 600 - 633.21 =
# 359.10; mean 542.10 / 3 = 180.70.
file(MAKE_DIRECTORY "${WORK_DIR}/sans_salaire")
write_single_worker("${WORK_DIR}/sans_salaire" "")  # no single salaire_net
file(WRITE "${WORK_DIR}/rsa.csv" "id,month,input,value\nP1,2025-02,salaire_net,300\nP1,2025-03,salaire_net,0\nP1,2025-04,salaire_net,600\n")
run_eligo(evaluate fr --period 2025-06 --groups "${WORK_DIR}/familles.csv" --persons "${WORK_DIR}/sans_salaire/personnes.csv"
          --monthly "${WORK_DIR}/rsa.csv")
expect_exit(0)
expect_contains("${eligo_out}" "\nF1,rsa,eligible,346.52,month,,\n")
expect_contains("${eligo_out}" "\nF1,ppa,eligible,180.70,month,,\n")

# A month given empty is unknown, never 0: the prime is undetermined and names the input.
file(WRITE "${WORK_DIR}/inconnu.csv" "id,month,input,value\nP1,2025-03,salaire_net,1200\nP1,2025-04,salaire_net,\n")
run_eligo(evaluate fr ${population} --monthly "${WORK_DIR}/inconnu.csv")
expect_exit(0)
expect_contains("${eligo_out}" "\nF1,ppa,undetermined,,month,,salaire_net\n")

# Every problem of a bad file, each with its line and column; nothing is evaluated.
file(WRITE "${WORK_DIR}/mauvais.csv" [[id,month,input,value
P9,2025-03,salaire_net,1200
P1,2025-3,salaire_net,1200
P1,2025-04,salair_net,1200
P1,2025-04,salaire_net,douze
]])
run_eligo(evaluate fr ${population} --monthly "${WORK_DIR}/mauvais.csv")
expect_exit(1)
expect_contains("${eligo_err}" "mauvais.csv:2:1: no personne has the id `P9`")
expect_contains("${eligo_err}" "mauvais.csv:3:2: `2025-3` is not a month written YYYY-MM")
expect_contains("${eligo_err}" "mauvais.csv:4:3: `salair_net` is not an input of the pack")
expect_contains("${eligo_err}" "mauvais.csv:5:4: not an amount in euros")
if(NOT eligo_out STREQUAL "")
  message(FATAL_ERROR "results written despite a bad monthly file:\n${eligo_out}")
endif()
