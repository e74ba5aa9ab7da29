// The whole chain, with no argument: a synthetic population whose past outreach campaign
// trains the ranking model, and a second one ("today") whose candidates are detected by the
// rules, ordered by the model, audited for fairness, and written letters and notices. The
// law decides who is entitled; the model only orders contacts; an agent decides.
#include "cli/demo_chain.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "core/file_output.hpp"
#include "cli/ranking_chain.hpp"
#include "eligo/eligo.hpp"
#include "eligo/features.hpp"

namespace eligo::cli {

namespace {

constexpr Period demo_period{2026, 5};

// A synthetic population with its rights detected, and who truly does not claim.
struct World : DetectedRights {
  SyntheticPopulation synthetic;
  std::vector<double> truly_not_claiming;  // 1 when the candidate is truly entitled
};

World build_world(const Program& program, std::size_t households, std::uint64_t seed, int threads) {
  SynthOptions options;
  options.households = households;
  options.seed = seed;
  options.period = demo_period;
  options.threads = threads;
  SyntheticPopulation synthetic = synthesize(program, options);
  DetectedRights detected =
      detect_rights(program, synthetic.population, synthetic.receipts,
                    outreach_profiles(program.pack(), synthetic, demo_period), demo_period, threads);
  World world{std::move(detected), std::move(synthetic), {}};
  world.truly_not_claiming = non_claimant_labels(world.candidates, &world.synthetic.truth);
  return world;
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
  SavedModel model =
      train_ranking_model(rights_dataset(pack, past), campaign_rows(past.synthetic.campaign, past), 1);
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

  const Dataset campaign = campaign_rows(today.synthetic.campaign, today);
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
  detail::write_file_whole(path, [&](std::ostream& out) { out << text; });
}

// The agency's contact capacity split over the channels: mostly letters, fewer calls and
// counter appointments, a few home visits (the scarcest contact).
outreach::Capacity demo_capacity(std::size_t contacts) {
  outreach::Capacity capacity;
  const auto share = [&](double part) { return static_cast<std::size_t>(std::llround(part * contacts)); };
  capacity.set(outreach::Channel::letter, share(0.40));
  capacity.set(outreach::Channel::phone, share(0.20));
  capacity.set(outreach::Channel::counter, share(0.15));
  capacity.set(outreach::Channel::home_visit, share(0.05));
  capacity.set(outreach::Channel::email_online, share(0.10));
  capacity.set(outreach::Channel::sms, share(0.10));
  return capacity;
}

// The ranked list as the planner's candidates, through the same rows `eligo rank` writes
// and `eligo plan` reads (plan_candidates): a contact is worth its expected gain, the
// output the list is ordered by, times the channel's effectiveness, so the plan's total is
// the expected number of rights opened by contact.
outreach::Plan plan_outreach(const RulePack& pack, const World& today, const std::vector<RankedCandidate>& ranked,
                             const std::vector<outreach::AccessibilityProfile>& profiles, std::size_t contacts) {
  const std::vector<outreach::Candidate> candidates = plan_candidates(contact_rows(today, ranked, ranked.size()));
  return outreach::build_plan(outreach::ChannelPolicy::of(pack), candidates, profiles, demo_capacity(contacts));
}

void print_plan_summary(const outreach::Plan& plan) {
  std::cout << "\nOutreach plan by channel (proposed; an agent accepts, changes or defers each line)\n"
            << std::left << std::setw(14) << "channel" << std::right << std::setw(8) << "people" << std::setw(11)
            << "capacity" << std::setw(26) << "expected rights opened\n";
  for (const outreach::Channel channel : outreach::all_channels) {
    std::size_t people = 0;
    double rights = 0;
    for (const outreach::PlanLine& line : plan.lines()) {
      if (line.channel != channel) continue;
      ++people;
      for (const outreach::ChannelValue& option : line.options)
        if (option.channel == channel) rights += option.value;
    }
    std::cout << std::left << std::setw(14) << outreach::to_string(channel) << std::right << std::setw(8) << people
              << std::setw(11) << plan.capacity.of(channel) << std::setw(25) << std::fixed << std::setprecision(2)
              << rights << '\n';
  }
  std::cout << "Plan: " << plan.lines().size() << " people, " << plan.not_contacted.size()
            << " not contacted for lack of capacity, expected rights opened " << std::fixed << std::setprecision(2)
            << plan.expected_value << " (best-person-first: " << plan.greedy_value << ")\n";
}

void write_letters(const Program& program, const World& today, const SavedModel& model,
                   const std::vector<RankedCandidate>& ranked, const std::vector<outreach::AccessibilityProfile>& profiles,
                   const DemoChainOptions& options) {
  std::filesystem::create_directories(options.output);
  const RulePack& pack = program.pack();
  const outreach::ChannelPolicy policy = outreach::ChannelPolicy::of(pack);
  std::map<std::string, const outreach::AccessibilityProfile*> profile_of;
  for (const outreach::AccessibilityProfile& profile : profiles) profile_of[profile.person_id] = &profile;
  std::size_t written = 0;
  std::map<std::string, std::size_t> by_language;
  for (const RankedCandidate& entry : ranked) {
    if (written == options.letters) break;
    const Candidate& candidate = today.candidates[entry.row];
    const std::string person = today.features.addressed_person[entry.row];
    // The register and print size the channel policy chooses for this person; without a
    // profile, the cautious default (no assumption about the person).
    const auto found = profile_of.find(person);
    outreach::AccessibilityProfile unknown;
    unknown.person_id = person;
    const outreach::ChannelProposal proposal = policy.propose(found == profile_of.end() ? unknown : *found->second);
    const std::string language = proposal.letter_language.empty() ? "fr" : proposal.letter_language;
    ++by_language[language];

    const Trace trace = program.trace(today.synthetic.population, candidate.group, demo_period);
    const Explanation explanation = explain(pack, today.results, candidate.group, language, &trace);
    LetterOptions letter_options;
    letter_options.person_id = person;
    letter_options.benefits = {today.results.benefits[candidate.benefit].benefit};
    const Letter letter = write_letter(explanation, letter_options);
    RankingUse ranking;
    ranking.model = model.card.title;
    const ScoreExplanation why = model.non_claimant.explain(today.features.model, entry.row);
    const auto& names = model.non_claimant.feature_names();
    for (std::size_t f = 0; f < names.size(); ++f)
      ranking.features.push_back({names[f], feature_value(today.features.model, entry.row, names[f]), why.contributions[f]});
    NoticeOptions notice_options;
    notice_options.person_id = person;
    notice_options.ranking = ranking;
    const Notice notice = make_notice(pack, today.results, candidate.group, trace, language, notice_options);
    const std::string stem = std::to_string(++written) + "-" + detail::safe_file_stem(person, "person id");
    write_text(options.output / (stem + "-lettre.txt"), render_letter_text(letter, proposal.print_size()));
    write_text(options.output / (stem + "-lettre.html"), render_letter_html(letter, proposal.print_size()));
    write_text(options.output / (stem + "-lettre-gros-caracteres.html"), render_letter_html(letter, PrintSize::large));
    write_text(options.output / (stem + "-notice.txt"), render_notice_text(notice));
    write_text(options.output / (stem + "-notice.html"), render_notice_html(notice));
    write_text(options.output / (stem + "-explication.html"), render_html(explanation));
    write_text(options.output / (stem + "-explication.txt"), render_text(explanation));
  }
  std::cout << "\nLetters (standard and large print), explanations and CRPA notices for the first " << written
            << " people written to " << options.output.string() << "/ in HTML and text; registers chosen by the "
            << "channel policy:";
  for (const auto& [language, count] : by_language) std::cout << ' ' << language << ' ' << count;
  std::cout << '\n';
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
  std::cout << "\nRanking (trained on the past campaign, measured on today's candidates at k = " << k
            << "): " << metrics_text(metrics) << '\n';

  const std::vector<RankedCandidate> ranked =
      contact_list(model, today.features.model, ContactOrder::expected_gain, k, 3);
  std::cout << "\nFirst twenty people to contact (ordered by expected gain from contact)\n";
  for (std::size_t i = 0; i < std::min<std::size_t>(20, ranked.size()); ++i)
    print_contact_line(std::cout, i + 1, today, ranked[i]);

  print_calibration(pack, today, model);

  // The audit of the list as ranked, then, when it fails, of the list with the group
  // quotas the agency decides (fairness.hpp): both are printed, the failure is not hidden.
  const FairnessReport audit = audit_contact_list(gain, today.truly_not_claiming, today, k);
  std::cout << "\nFairness audit of the list ordered by expected gain, at k = " << k << ": "
            << (audit.passed() ? "passed" : "FAILED") << '\n'
            << audit.summary() << '\n';
  if (!audit.passed()) {
    GroupQuotaOptions quotas;
    quotas.k = k;
    const GroupQuotaResult fair = rerank_with_group_quotas(gain, expected_need(past, today), today.features.audit_groups, quotas);
    const FairnessReport after = audit_contact_list(fair.rank_scores, today.truly_not_claiming, today, k);
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
  const std::vector<outreach::AccessibilityProfile> profiles = outreach_profiles(pack, today.synthetic, demo_period);
  write_letters(program, today, model, ranked, profiles, options);
  print_plan_summary(plan_outreach(pack, today, ranked, profiles, k));
  return 0;
}

}  // namespace eligo::cli
