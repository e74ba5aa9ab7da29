# `eligo demo` with no option runs the whole chain on a synthetic French population:
# non-take-up per benefit, a model trained on the past campaign, the first people to
# contact with their reasons, the fairness audit, and letters and notices on disk.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

run_eligo(demo --output "${WORK_DIR}/letters")
expect_exit(0)
expect_contains("${eligo_out}" "The rules decide who is entitled; the model only orders whom to contact; an agent decides.")
# The simulated non-take-up is calibrated on FACTS: RSA about 34%, CSS 44%, ASPA 50%.
expect_matches("${eligo_out}" "rsa +[0-9.]+ +[0-9.]+ +(2[89]|3[0-9])\\.[0-9]% \\(3[1-7]\\.[0-9]%\\)")
expect_matches("${eligo_out}" "aspa +[0-9.]+ +[0-9.]+ +[0-9.]+% \\((4[6-9]|5[0-4])\\.[0-9]%\\)")
expect_matches("${eligo_out}" "Euros at stake per month, all benefits: [1-9][0-9]+\\.[0-9][0-9]")
expect_matches("${eligo_out}" "Ranking \\(trained on the past campaign, measured on today's candidates at k = 500\\): NDCG@k [01]\\.[0-9]+")
expect_matches("${eligo_out}" " 20\\. [^ ]+ \\([^)]+\\) [a-z_]+ ")
expect_matches("${eligo_out}" "Fairness audit at k = 500: (passed|FAILED)")
foreach(kind lettre.txt lettre.html lettre-gros-caracteres.html notice.txt notice.html)
  file(GLOB written "${WORK_DIR}/letters/1-*-${kind}")
  if(NOT written)
    message(FATAL_ERROR "no ${kind} written for the first person to contact")
  endif()
endforeach()
file(GLOB notices "${WORK_DIR}/letters/*-notice.txt")
list(LENGTH notices count)
if(NOT count EQUAL 5)
  message(FATAL_ERROR "expected 5 notices, found ${count}")
endif()
