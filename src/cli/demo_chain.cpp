// The whole chain, with no argument: a synthetic population whose past outreach campaign
// trains the ranking model, and a second one ("today") whose candidates are detected by the
// rules, ordered by the model, audited for fairness, and written letters and notices. The
// law decides who is entitled; the model only orders contacts; an agent decides.
#include "cli/demo_chain.hpp"

#include <cmath>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/atomic_file.hpp"
#include "eligo/eligo.hpp"
#include "eligo/features.hpp"

namespace eligo::cli {

namespace {

constexpr Period demo_period{2026, 5};

struct World {
  SyntheticPopulation synthetic;
  Results results;
  std::vector<Candidate> candidates;
  CandidateFeatures features;
  std::vector<double> truly_not_claiming;  // 1 when the candidate is truly entitled
  // Every right eligible by the rules with known receipt, claimed or not: what the
  // non-claimant model learns from (past) and is checked on (today).
  std::vector<Candidate> rights;
  CandidateFeatures rights_features;
};

World build_world(const Program& program, std::size_t households, std::uint64_t seed, int threads) {
  SynthOptions options;
  options.households = households;
  options.seed = seed;
  options.period = demo_period;
  options.threads = threads;
  World world{synthesize(program, options), {}, {}, {}, {}, {}, {}};
  EvaluationOptions evaluation;
  evaluation.threads = threads;
  world.results = program.evaluate(world.synthetic.population, demo_period, evaluation);
  world.candidates = detect_candidates(program.pack(), world.results, world.synthetic.receipts);
  world.features = candidate_features(program.pack(), world.synthetic.population, world.results, world.candidates,
                                      world.synthetic.accessibility, demo_period);
  for (const Candidate& c : world.candidates)
    world.truly_not_claiming.push_back(world.synthetic.truth.eligible[c.benefit][c.group]);
  DetectionOptions every_right;
  every_right.include_undetermined = false;
  every_right.include_receiving = true;
  world.rights = detect_candidates(program.pack(), world.results, world.synthetic.receipts, every_right);
  world.rights_features = candidate_features(program.pack(), world.synthetic.population, world.results, world.rights,
                                             world.synthetic.accessibility, demo_period);
  return world;
}

Dataset rights_dataset(const RulePack& pack, const World& world) {
  return non_claimant_dataset(world.rights, world.rights_features.model, inputs_recording_receipt(pack));
}

// What the agency expects each candidate to need, before contact: 1 when the rules found
// the right, and for a right they left undetermined, the share of such candidates of the
// same benefit that turned out to be entitled in the past population.
std::vector<double> expected_need(const World& past, const World& today) {
  std::vector<double> entitled(past.results.benefits.size(), 0), undetermined(past.results.benefits.size(), 0);
  for (std::size_t i = 0; i < past.candidates.size(); ++i) {
    if (past.candidates[i].status != Status::undetermined) continue;
    undetermined[past.candidates[i].benefit] += 1;
    entitled[past.candidates[i].benefit] += past.truly_not_claiming[i];
  }
  std::vector<double> need;
  for (const Candidate& c : today.candidates)
    need.push_back(c.status != Status::undetermined ? 1.0
                   : undetermined[c.benefit] > 0 ? entitled[c.benefit] / undetermined[c.benefit]
                                                 : 0.5);
  return need;
}

Dataset campaign_rows(const World& world) {
  return campaign_dataset(world.synthetic.campaign, world.results, world.candidates, world.features.model);
}

void print_take_up(const RulePack& pack, const World& world) {
  const TakeUpStatistics statistics = take_up_statistics(pack, world.results, world.synthetic.receipts,
                                                         world.synthetic.population, &world.synthetic.truth);
  std::cout << "\nNon-take-up found by the rules (today's population; simulated truth in brackets)\n";
  std::cout << std::left << std::setw(16) << "benefit" << std::right << std::setw(10) << "eligible"
            << std::setw(14) << "not claiming" << std::setw(18) << "non-take-up" << std::setw(22)
            << "at stake EUR/month\n";
  double total = 0;
  for (const BenefitTakeUp& b : statistics.by_benefit) {
    std::ostringstream rate;
    rate << std::fixed << std::setprecision(1) << 100 * b.non_take_up_rate << "% ("
         << 100 * b.true_non_take_up_rate.value_or(0) << "%)";
    std::cout << std::left << std::setw(16) << b.benefit << std::right << std::fixed << std::setprecision(0)
              << std::setw(10) << b.eligible << std::setw(14) << b.not_receiving << std::setw(18) << rate.str()
              << std::setw(21) << std::setprecision(2) << b.monthly_at_stake_euros << '\n';
    total += b.monthly_at_stake_euros;
  }
  std::cout << "Euros at stake per month, all benefits: " << std::fixed << std::setprecision(2) << total << '\n';
}

SavedModel train_models(const RulePack& pack, const World& past, std::size_t capacity) {
  TreeOptions trees;
  trees.trees = 60;
  SavedModel model = train_two_outputs(rights_dataset(pack, past), campaign_rows(past), trees);
  model.card.title = "eligo demo: non-claimant probability and expected gain from contact";
  model.card.data_description = "Synthetic French population (seed 1) and its past outreach campaign, period " +
                                demo_period.to_string();
  model.card.limits = "Trained on simulated behaviour; retrain on the agency's own campaigns before use. Capacity " +
                      std::to_string(capacity) + " contacts.";
  return model;
}

// Both outputs against what happened in today's population: the non-claimant
// probability against who claims among the rights at stake, and the expected gain against
// the gain measured on today's randomised campaign (claim rate of the contacted minus that
// of the control group), overall and for the half the model expects to gain most.
void print_calibration(const RulePack& pack, const World& today, const SavedModel& model) {
  const Dataset rights = rights_dataset(pack, today);
  const std::vector<double> probability = model.non_claimant_probability(rights.features);
  double predicted = 0, observed = 0;
  for (std::size_t row = 0; row < rights.rows(); ++row) {
    predicted += probability[row];
    observed += rights.labels[row];
  }
  const double rows = static_cast<double>(rights.rows());
  std::cout << "\nCalibration on today's " << rights.rows() << " rights at stake (claimed or not): mean P(non-claimant) "
            << std::fixed << std::setprecision(3) << predicted / rows << ", observed non-claimant share "
            << observed / rows << ", Brier " << brier_score(probability, rights.labels) << ", AUC "
            << roc_auc(probability, rights.labels) << '\n';

  const Dataset campaign = campaign_rows(today);
  const std::vector<double> gain = model.uplift.expected_gain(campaign.features);
  const std::vector<std::size_t> order = contact_order(gain);
  const auto measured = [&](std::size_t begin, std::size_t end, double& mean_predicted) {
    double claimed[2] = {0, 0}, count[2] = {0, 0}, sum = 0;
    for (std::size_t i = begin; i < end; ++i) {
      const std::size_t row = order[i];
      claimed[campaign.contacted[row]] += campaign.labels[row];
      count[campaign.contacted[row]] += 1;
      sum += gain[row];
    }
    mean_predicted = sum / static_cast<double>(end - begin);
    return claimed[1] / count[1] - claimed[0] / count[0];
  };
  double all = 0, top = 0, bottom = 0;
  const double gain_all = measured(0, order.size(), all);
  const double gain_top = measured(0, order.size() / 2, top);
  const double gain_bottom = measured(order.size() / 2, order.size(), bottom);
  std::cout << "Expected gain from contact on today's campaign (" << campaign.rows()
            << " rows, randomised control group): predicted " << all << ", measured " << gain_all
            << "; the half expected to gain most: predicted " << top << ", measured " << gain_top
            << "; the other half: predicted " << bottom << ", measured " << gain_bottom << '\n';
}

std::string feature_value(const FeatureMatrix& features, std::size_t row, const std::string& name) {
  const auto column = features.find(name);
  if (!column) return "";
  const double value = features.at(row, *column);
  if (std::isnan(value)) return "inconnu";
  std::ostringstream text;
  text << value;
  return text.str();
}

void write_text(const std::filesystem::path& path, const std::string& text) {
  write_file_atomically(path, [&](std::ostream& out) { out << text; });
}

void write_letters(const Program& program, const World& today, const SavedModel& model,
                   const std::vector<RankedCandidate>& ranked, const DemoChainOptions& options) {
  std::filesystem::create_directories(options.output);
  const RulePack& pack = program.pack();
  std::size_t written = 0;
  for (const RankedCandidate& entry : ranked) {
    if (written == options.letters) break;
    const Candidate& candidate = today.candidates[entry.row];
    const Trace trace = program.trace(today.synthetic.population, candidate.group, demo_period);
    const Explanation explanation = explain(pack, today.results, candidate.group, "fr", &trace);
    LetterOptions letter_options;
    letter_options.person_id = today.features.addressed_person[entry.row];
    letter_options.benefits = {today.results.benefits[candidate.benefit].benefit};
    const Letter letter = write_letter(explanation, letter_options);
    RankingUse ranking;
    ranking.model = model.card.title;
    const ScoreExplanation why = model.non_claimant.explain(today.features.model, entry.row);
    const auto& names = model.non_claimant.feature_names();
    for (std::size_t f = 0; f < names.size(); ++f)
      ranking.features.push_back({names[f], feature_value(today.features.model, entry.row, names[f]), why.contributions[f]});
    NoticeOptions notice_options;
    notice_options.person_id = letter_options.person_id;
    notice_options.ranking = ranking;
    const Notice notice = make_notice(pack, today.results, candidate.group, trace, "fr", notice_options);
    const std::string stem = std::to_string(++written) + "-" + letter_options.person_id;
    write_text(options.output / (stem + "-lettre.txt"), render_letter_text(letter));
    write_text(options.output / (stem + "-lettre.html"), render_letter_html(letter));
    write_text(options.output / (stem + "-lettre-gros-caracteres.html"), render_letter_html(letter, PrintSize::large));
    write_text(options.output / (stem + "-notice.txt"), render_notice_text(notice));
    write_text(options.output / (stem + "-notice.html"), render_notice_html(notice));
  }
  std::cout << "\nLetters (standard and large print) and CRPA notices for the first " << written
            << " people written to " << options.output.string() << "/ in HTML and text\n";
}

}  // namespace

int run_demo_chain(const DemoChainOptions& options) {
  const RulePack pack = load_pack(resolve_pack_path("fr"));
  const Program program = Program::compile(pack);
  std::cout << "eligo demo: pack `" << pack.id << "` version " << pack.version << ", period "
            << demo_period.to_string() << ", " << options.households << " synthetic households per population\n"
            << "The rules decide who is entitled; the model only orders whom to contact; an agent decides.\n";

  const World past = build_world(program, options.households, 1, options.threads);
  const World today = build_world(program, options.households, 2, options.threads);
  std::cout << "Today's population: " << today.synthetic.population.group_count() << " households, "
            << today.synthetic.population.person_count() << " persons, " << today.candidates.size()
            << " candidates (entitled or undetermined, not claiming)\n";
  print_take_up(pack, today);

  const SavedModel model = train_models(pack, past, options.capacity);
  const std::vector<double> probability = model.non_claimant_probability(today.features.model);
  const std::vector<double> gain = model.uplift.expected_gain(today.features.model);
  const std::size_t k = std::min(options.capacity, today.candidates.size());
  const RankingMetrics metrics = evaluate_ranking(gain, today.truly_not_claiming, k, {}, gain);
  std::cout << "\nRanking (trained on the past campaign, measured on today's candidates at k = " << k << "): NDCG@k "
            << std::fixed << std::setprecision(3) << metrics.ndcg_at_k << ", precision@k " << metrics.precision_at_k
            << ", recall@k " << metrics.recall_at_k << ", AUC " << metrics.auc
            << ", expected rights opened per 100 contacts " << std::setprecision(1)
            << metrics.rights_opened_per_100_contacts << '\n';

  const std::vector<RankedCandidate> ranked =
      contact_list(model, today.features.model, ContactOrder::expected_gain, k, 3);
  std::cout << "\nFirst twenty people to contact (ordered by expected gain from contact)\n";
  for (std::size_t i = 0; i < std::min<std::size_t>(20, ranked.size()); ++i) {
    const RankedCandidate& entry = ranked[i];
    const Candidate& c = today.candidates[entry.row];
    std::cout << std::setw(3) << i + 1 << ". " << today.features.addressed_person[entry.row] << " ("
              << today.results.group_ids[c.group] << ") " << today.results.benefits[c.benefit].benefit << ' '
              << (c.status == Status::undetermined ? std::string("undetermined")
                                                   : format_scaled(c.monthly_cents, 2) + " EUR/month")
              << ", P(non-claimant) " << std::setprecision(2) << entry.non_claimant_probability
              << ", gain from contact " << entry.expected_gain << "; reasons:";
    for (const Reason& reason : entry.reasons) std::cout << ' ' << reason.feature;
    std::cout << '\n';
  }

  print_calibration(pack, today, model);

  // The audit of the list as ranked, then, when it fails, of the list with the group
  // quotas the agency decides (fairness.hpp): both are printed, the failure is not hidden.
  FairnessOptions fairness;
  fairness.k = k;
  const FairnessReport audit = audit_fairness(gain, today.truly_not_claiming, {}, today.features.audit_groups, fairness);
  std::cout << "\nFairness audit of the list ordered by expected gain, at k = " << k << ": "
            << (audit.passed() ? "passed" : "FAILED") << '\n'
            << audit.summary() << '\n';
  if (!audit.passed()) {
    GroupQuotaOptions quotas;
    quotas.k = k;
    const GroupQuotaResult fair = rerank_with_group_quotas(gain, expected_need(past, today), today.features.audit_groups, quotas);
    const FairnessReport after =
        audit_fairness(fair.rank_scores, today.truly_not_claiming, {}, today.features.audit_groups, fairness);
    std::cout << "\nMitigation decided by the agency: group quotas on the contact list (each group contacted at a rate within "
              << std::setprecision(0) << 100 * quotas.rate_tolerance
              << "% of the overall rate, against its expected need, in every audited attribute); " << fair.exchanges
              << " of the " << k << " contacts exchanged"
              << (fair.satisfied ? "" : "; some quotas could not be met") << '\n';
    for (const std::string& adjustment : fair.adjustments) std::cout << "  " << adjustment << '\n';
    const RankingMetrics fair_metrics = evaluate_ranking(fair.rank_scores, today.truly_not_claiming, k, {}, gain);
    std::cout << "With the quotas: recall@k " << std::setprecision(3) << fair_metrics.recall_at_k
              << ", precision@k " << fair_metrics.precision_at_k << ", expected rights opened per 100 contacts "
              << std::setprecision(1) << fair_metrics.rights_opened_per_100_contacts << " (against "
              << metrics.rights_opened_per_100_contacts << " without)\n";
    std::cout << "Fairness audit with the quotas, at k = " << k << ": " << (after.passed() ? "passed" : "FAILED")
              << '\n'
              << after.summary() << '\n';
  }
  write_letters(program, today, model, ranked, options);
  return 0;
}

}  // namespace eligo::cli
