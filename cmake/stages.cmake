# The stages of the library, in order: each folder of src/ is one OBJECT library that may use
# the stages listed before it and none after (tests/stage_order checks the includes against
# this order). Sources are listed by hand: a new file is added here, in its stage.
set(ELIGO_STAGES core pack lang compile eval data explain testing takeup synth rank fairness outreach pipeline audit)

set(ELIGO_core_SOURCES
  ${PROJECT_SOURCE_DIR}/src/core/column.cpp
  ${PROJECT_SOURCE_DIR}/src/core/error.cpp
  ${PROJECT_SOURCE_DIR}/src/core/file_output.cpp
  ${PROJECT_SOURCE_DIR}/src/core/file_set.cpp
  ${PROJECT_SOURCE_DIR}/src/core/html_escape.cpp
  ${PROJECT_SOURCE_DIR}/src/core/suggest.cpp
  ${PROJECT_SOURCE_DIR}/src/core/utf8.cpp
  ${PROJECT_SOURCE_DIR}/src/core/value.cpp
  ${PROJECT_SOURCE_DIR}/src/core/worker_threads.cpp
)

set(ELIGO_pack_SOURCES
  ${PROJECT_SOURCE_DIR}/src/pack/channel_names.cpp
  ${PROJECT_SOURCE_DIR}/src/pack/check_names.cpp
  ${PROJECT_SOURCE_DIR}/src/pack/closest_name.cpp
  ${PROJECT_SOURCE_DIR}/src/pack/content_hash.cpp
  ${PROJECT_SOURCE_DIR}/src/pack/formula_reading.cpp
  ${PROJECT_SOURCE_DIR}/src/pack/load_pack.cpp
  ${PROJECT_SOURCE_DIR}/src/pack/pack_lookups.cpp
  ${PROJECT_SOURCE_DIR}/src/pack/pack_path.cpp
  ${PROJECT_SOURCE_DIR}/src/pack/read_benefits.cpp
  ${PROJECT_SOURCE_DIR}/src/pack/read_channel_policy.cpp
  ${PROJECT_SOURCE_DIR}/src/pack/read_inputs.cpp
  ${PROJECT_SOURCE_DIR}/src/pack/read_manifest.cpp
  ${PROJECT_SOURCE_DIR}/src/pack/read_parameters.cpp
  ${PROJECT_SOURCE_DIR}/src/pack/read_templates.cpp
  ${PROJECT_SOURCE_DIR}/src/pack/read_tests.cpp
  ${PROJECT_SOURCE_DIR}/src/pack/read_variables.cpp
  ${PROJECT_SOURCE_DIR}/src/pack/yaml_limits.cpp
  ${PROJECT_SOURCE_DIR}/src/pack/yaml_reading.cpp
)

set(ELIGO_lang_SOURCES
  ${PROJECT_SOURCE_DIR}/src/lang/builtins.cpp
  ${PROJECT_SOURCE_DIR}/src/lang/checker.cpp
  ${PROJECT_SOURCE_DIR}/src/lang/dependency_order.cpp
  ${PROJECT_SOURCE_DIR}/src/lang/lexer.cpp
  ${PROJECT_SOURCE_DIR}/src/lang/parser.cpp
  ${PROJECT_SOURCE_DIR}/src/lang/typing.cpp
)

set(ELIGO_compile_SOURCES
  ${PROJECT_SOURCE_DIR}/src/compile/lower.cpp
  ${PROJECT_SOURCE_DIR}/src/compile/program.cpp
  ${PROJECT_SOURCE_DIR}/src/compile/repeated_steps.cpp
)

set(ELIGO_eval_SOURCES
  ${PROJECT_SOURCE_DIR}/src/eval/batch.cpp
  ${PROJECT_SOURCE_DIR}/src/eval/batch_results.cpp
  ${PROJECT_SOURCE_DIR}/src/eval/bound_parameters.cpp
  ${PROJECT_SOURCE_DIR}/src/eval/evaluate.cpp
  ${PROJECT_SOURCE_DIR}/src/eval/evaluation_steps.cpp
  ${PROJECT_SOURCE_DIR}/src/eval/missing_inputs.cpp
  ${PROJECT_SOURCE_DIR}/src/eval/month_sharing.cpp
  ${PROJECT_SOURCE_DIR}/src/eval/results.cpp
  ${PROJECT_SOURCE_DIR}/src/eval/step_kernels.cpp
  ${PROJECT_SOURCE_DIR}/src/eval/rows_to_trace.cpp
  ${PROJECT_SOURCE_DIR}/src/eval/trace.cpp
)

set(ELIGO_data_SOURCES
  ${PROJECT_SOURCE_DIR}/src/data/csv_layout.cpp
  ${PROJECT_SOURCE_DIR}/src/data/csv_reader.cpp
  ${PROJECT_SOURCE_DIR}/src/data/digital_access.cpp
  ${PROJECT_SOURCE_DIR}/src/data/population.cpp
  ${PROJECT_SOURCE_DIR}/src/data/population_builder.cpp
  ${PROJECT_SOURCE_DIR}/src/data/population_csv.cpp
  ${PROJECT_SOURCE_DIR}/src/data/population_generator.cpp
  ${PROJECT_SOURCE_DIR}/src/data/problem_list.cpp
  ${PROJECT_SOURCE_DIR}/src/data/suggestion.cpp
  ${PROJECT_SOURCE_DIR}/src/data/value_text.cpp
)

set(ELIGO_explain_SOURCES
  ${PROJECT_SOURCE_DIR}/src/explain/default_phrases.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/default_phrases_explanation.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/default_phrases_letter.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/default_phrases_notice.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/explain.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/falc_lint.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/html.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/inputs_read.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/letter.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/money.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/notice.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/notice_sections.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/render_html.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/render_json.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/render_letter_html.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/render_letter_text.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/render_notice_html.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/render_notice_json.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/render_notice_text.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/render_text.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/render_trace.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/text_wrap.cpp
  ${PROJECT_SOURCE_DIR}/src/explain/wording.cpp
)

set(ELIGO_testing_SOURCES
  ${PROJECT_SOURCE_DIR}/src/testing/case_population.cpp
  ${PROJECT_SOURCE_DIR}/src/testing/runner.cpp
)

set(ELIGO_takeup_SOURCES
  ${PROJECT_SOURCE_DIR}/src/takeup/alignment.cpp
  ${PROJECT_SOURCE_DIR}/src/takeup/detect.cpp
  ${PROJECT_SOURCE_DIR}/src/takeup/receipt_table.cpp
  ${PROJECT_SOURCE_DIR}/src/takeup/statistics.cpp
  ${PROJECT_SOURCE_DIR}/src/takeup/takeup_csv.cpp
)

set(ELIGO_synth_SOURCES
  ${PROJECT_SOURCE_DIR}/src/synth/accessibility.cpp
  ${PROJECT_SOURCE_DIR}/src/synth/behaviour.cpp
  ${PROJECT_SOURCE_DIR}/src/synth/campaign.cpp
  ${PROJECT_SOURCE_DIR}/src/synth/composition.cpp
  ${PROJECT_SOURCE_DIR}/src/synth/generic_values.cpp
  ${PROJECT_SOURCE_DIR}/src/synth/housing.cpp
  ${PROJECT_SOURCE_DIR}/src/synth/incomes.cpp
  ${PROJECT_SOURCE_DIR}/src/synth/outreach_profile.cpp
  ${PROJECT_SOURCE_DIR}/src/synth/parallel.cpp
  ${PROJECT_SOURCE_DIR}/src/synth/population_writer.cpp
  ${PROJECT_SOURCE_DIR}/src/synth/receipts.cpp
  ${PROJECT_SOURCE_DIR}/src/synth/schema_fill.cpp
  ${PROJECT_SOURCE_DIR}/src/synth/synth_csv.cpp
  ${PROJECT_SOURCE_DIR}/src/synth/synthesize.cpp
)

set(ELIGO_rank_SOURCES
  ${PROJECT_SOURCE_DIR}/src/rank/benchmark.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/binning.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/boosting.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/calibration.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/candidate_features.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/contact_list.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/dataset_csv.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/feature_matrix.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/group_column.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/household_split.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/logistic_regression.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/metrics.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/model_json.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/objectives.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/ranking_model.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/training_sets.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/tree_growth.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/tree_shap.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/two_outputs.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/uplift.cpp
  ${PROJECT_SOURCE_DIR}/src/rank/whole_file.cpp
)

set(ELIGO_fairness_SOURCES
  ${PROJECT_SOURCE_DIR}/src/fairness/audit.cpp
  ${PROJECT_SOURCE_DIR}/src/fairness/audit_report.cpp
  ${PROJECT_SOURCE_DIR}/src/fairness/group_quotas.cpp
  ${PROJECT_SOURCE_DIR}/src/fairness/proxy_scan.cpp
)

set(ELIGO_outreach_SOURCES
  ${PROJECT_SOURCE_DIR}/src/outreach/assign_greedy.cpp
  ${PROJECT_SOURCE_DIR}/src/outreach/assign_optimal.cpp
  ${PROJECT_SOURCE_DIR}/src/outreach/build_plan.cpp
  ${PROJECT_SOURCE_DIR}/src/outreach/channel_policy.cpp
  ${PROJECT_SOURCE_DIR}/src/outreach/csv_table.cpp
  ${PROJECT_SOURCE_DIR}/src/outreach/plan.cpp
  ${PROJECT_SOURCE_DIR}/src/outreach/plan_json.cpp
  ${PROJECT_SOURCE_DIR}/src/outreach/tables.cpp
)

set(ELIGO_pipeline_SOURCES
  ${PROJECT_SOURCE_DIR}/src/pipeline/contact_rows.cpp
  ${PROJECT_SOURCE_DIR}/src/pipeline/detect_rights.cpp
  ${PROJECT_SOURCE_DIR}/src/pipeline/training.cpp
)

set(ELIGO_audit_SOURCES
  ${PROJECT_SOURCE_DIR}/src/audit/audit_log.cpp
  ${PROJECT_SOURCE_DIR}/src/audit/hashing.cpp
  ${PROJECT_SOURCE_DIR}/src/audit/log_format.cpp
  ${PROJECT_SOURCE_DIR}/src/audit/technical_doc.cpp
  ${PROJECT_SOURCE_DIR}/src/audit/verify_log.cpp
)
