# `eligo doc` writes the Annex IV outline of the French pack, whole, to a file.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

run_eligo(doc fr --output "${WORK_DIR}/doc.md")
expect_exit(0)
file(READ "${WORK_DIR}/doc.md" doc)
expect_contains("${doc}" "# Technical documentation: French social benefits")
expect_contains("${doc}" "## 3. Monitoring, functioning and control: human oversight (art. 14)")
expect_contains("${doc}" "| `sans_acces_numerique` |")
expect_contains("${doc}" "> **To complete by the deployer:**")
