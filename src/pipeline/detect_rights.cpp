// Evaluation, detection and the features of every candidate and right: the first step of
// the chain, whatever reads the data (the command line's files, Python's frames).
#include "eligo/pipeline.hpp"

namespace eligo {

DetectedRights detect_rights(const Program& program, const Population& population, const ReceiptTable& receipts,
                             const std::vector<outreach::AccessibilityProfile>& accessibility, const Period& period,
                             int threads) {
  DetectedRights detected;
  EvaluationOptions evaluation;
  evaluation.threads = threads;
  detected.results = program.evaluate(population, period, evaluation);
  const RulePack& pack = program.pack();
  detected.candidates = detect_candidates(pack, detected.results, receipts);
  detected.features =
      candidate_features(pack, population, detected.results, detected.candidates, accessibility, period);
  DetectionOptions every_right;
  every_right.include_undetermined = false;
  every_right.include_receiving = true;
  detected.rights = detect_candidates(pack, detected.results, receipts, every_right);
  detected.rights_features = candidate_features(pack, population, detected.results, detected.rights, accessibility, period);
  return detected;
}

}  // namespace eligo
