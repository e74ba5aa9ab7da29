// Detection of non-take-up and its statistics, against results computed by hand.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "eligo/program.hpp"
#include "eligo/takeup.hpp"
#include "takeup_support.hpp"

using namespace eligo;

namespace {

const Period october_2025{2025, 10};

ReceiptTable hand_receipts() {
  ReceiptTable receipts({"F1", "F2", "F3"}, {"rsa", "css", "aspa"});
  receipts.set(0, 0, Receipt::no);   // F1 rsa
  receipts.set(1, 0, Receipt::yes);  // F1 css
  receipts.set(1, 1, Receipt::no);   // F2 css
  receipts.set(2, 1, Receipt::no);   // F2 aspa
  receipts.set(0, 2, Receipt::no);   // F3 rsa; F3 css stays unknown
  return receipts;
}

std::size_t benefit_index(const Results& results, const std::string& name) {
  const BenefitResults* found = results.find(name);
  REQUIRE(found != nullptr);
  return static_cast<std::size_t>(found - results.benefits.data());
}

struct Evaluated {
  Population population;
  Results results;
};

Evaluated evaluate_three(bool weighted) {
  Population population = test::three_households(weighted);
  Results results = Program::compile(test::minima_pack()).evaluate(population, october_2025);
  return {std::move(population), std::move(results)};
}

std::filesystem::path temporary_file(const std::string& name) {
  const auto folder = std::filesystem::temp_directory_path() / "eligo_takeup_tests";
  std::filesystem::create_directories(folder);
  return folder / name;
}

}  // namespace

TEST_CASE("the hand-made households evaluate as computed by hand", "[takeup]") {
  const auto [population, results] = evaluate_three(false);
  const auto rsa = benefit_index(results, "rsa");
  const auto aspa = benefit_index(results, "aspa");
  CHECK(results.benefits[rsa].status[0] == Status::eligible);
  CHECK(results.benefits[rsa].amount_cents[0] == 34652);
  CHECK(results.benefits[aspa].status[1] == Status::eligible);
  CHECK(results.benefits[aspa].amount_cents[1] == 33429);
  CHECK(results.benefits[rsa].status[2] == Status::undetermined);
}

TEST_CASE("candidates are the eligible or undetermined groups known not to receive", "[takeup]") {
  const auto [population, results] = evaluate_three(false);
  const auto candidates = detect_candidates(test::minima_pack(), results, hand_receipts());
  std::vector<std::string> seen;
  for (const auto& c : candidates)
    seen.push_back(results.group_ids[c.group] + ":" + results.benefits[c.benefit].benefit + ":" +
                   std::string(to_string(c.status)) + ":" + std::to_string(c.monthly_cents));
  std::sort(seen.begin(), seen.end());
  CHECK(seen == std::vector<std::string>{"F1:rsa:eligible:34652", "F2:aspa:eligible:33429", "F2:css:eligible:0",
                                         "F3:rsa:undetermined:0"});
  for (const auto& c : candidates)
    if (c.status == Status::undetermined) CHECK(c.missing == std::vector<std::string>{"salaire_net"});

  SECTION("unknown receipt is included on request") {
    const auto more = detect_candidates(test::minima_pack(), results, hand_receipts(), {true, true});
    CHECK(more.size() == candidates.size() + 1);  // F3 css, undetermined, receipt unknown
  }
  SECTION("undetermined groups can be left out") {
    const auto fewer = detect_candidates(test::minima_pack(), results, hand_receipts(), {false, false});
    CHECK(fewer.size() == 3);
  }
  SECTION("rights that are received are included on request, with their receipt") {
    DetectionOptions every_right;
    every_right.include_undetermined = false;
    every_right.include_receiving = true;
    const auto rights = detect_candidates(test::minima_pack(), results, hand_receipts(), every_right);
    std::vector<std::string> received;
    for (const auto& c : rights)
      if (c.receipt == Receipt::yes)
        received.push_back(results.group_ids[c.group] + ":" + results.benefits[c.benefit].benefit + ":" +
                           std::to_string(c.monthly_cents));
    CHECK(received == std::vector<std::string>{"F1:css:0"});
    CHECK(rights.size() == 4);  // the three eligible non-claimants and F1's css
  }
  SECTION("groups missing from the receipt table have unknown receipt") {
    const ReceiptTable empty({"F9"}, {"rsa"});
    CHECK(detect_candidates(test::minima_pack(), results, empty).empty());
  }
}

TEST_CASE("yearly amounts are stakes per month", "[takeup]") {
  Benefit yearly;
  yearly.amount_period = "year";
  CHECK(monthly_amount_cents(yearly, 120000) == 10000);
  CHECK(monthly_amount_cents(yearly, 18) == 2);   // 1.5 cents: half away from zero
  CHECK(monthly_amount_cents(yearly, 17) == 1);
  CHECK(monthly_amount_cents(yearly, -18) == -2);
  Benefit monthly;
  CHECK(monthly_amount_cents(monthly, 12345) == 12345);
}

TEST_CASE("statistics count groups, weighted by survey weights", "[takeup]") {
  const auto [population, results] = evaluate_three(true);
  const auto statistics = take_up_statistics(test::minima_pack(), results, hand_receipts(), population);
  CHECK(statistics.weighted);
  const auto& rsa = statistics.by_benefit[benefit_index(results, "rsa")];
  CHECK(rsa.eligible == Approx(2.0));
  CHECK(rsa.not_receiving == Approx(2.0));
  CHECK(rsa.non_take_up_rate == Approx(1.0));
  CHECK(rsa.monthly_at_stake_euros == Approx(693.04));
  CHECK(rsa.undetermined == Approx(1.0));
  CHECK(rsa.undetermined_not_receiving == Approx(1.0));
  const auto& css = statistics.by_benefit[benefit_index(results, "css")];
  CHECK(css.eligible == Approx(3.5));
  CHECK(css.receiving == Approx(2.0));
  CHECK(css.non_take_up_rate == Approx(1.5 / 3.5));
  CHECK(css.undetermined == Approx(1.0));
  CHECK(css.undetermined_not_receiving == Approx(0.0));  // F3's css receipt is unknown
  const auto& aspa = statistics.by_benefit[benefit_index(results, "aspa")];
  CHECK(aspa.monthly_at_stake_euros == Approx(1.5 * 334.29));
  CHECK_FALSE(aspa.true_eligible.has_value());

  REQUIRE(statistics.by_group.size() == 3);
  CHECK(statistics.by_group[0].benefits_not_claimed == 1);
  CHECK(statistics.by_group[0].monthly_at_stake_cents == 34652);
  CHECK(statistics.by_group[1].benefits_not_claimed == 2);
  CHECK(statistics.by_group[1].monthly_at_stake_cents == 33429);
  CHECK(statistics.by_group[2].benefits_undetermined == 1);
}

TEST_CASE("statistics put the truth alongside when it is known", "[takeup]") {
  const auto [population, results] = evaluate_three(false);
  // Suppose complete data showed F3 eligible to the RSA for 100.00 a month.
  TakeUpTruth truth = truth_from_results(test::minima_pack(), results);
  const auto rsa = benefit_index(results, "rsa");
  truth.eligible[rsa][2] = 1;
  truth.monthly_cents[rsa][2] = 10000;
  const auto statistics = take_up_statistics(test::minima_pack(), results, hand_receipts(), population, &truth);
  const auto& row = statistics.by_benefit[rsa];
  CHECK(*row.true_eligible == Approx(2.0));
  CHECK(*row.true_not_receiving == Approx(2.0));
  CHECK(*row.true_monthly_at_stake_euros == Approx(446.52));
  CHECK(row.eligible == Approx(1.0));

  SECTION("and read back from its CSV form") {
    const auto path = temporary_file("truth.csv");
    std::ofstream(path) << "famille_id,benefit,monthly_amount,claim_probability\nF1,rsa,346.52,0.5\nF3,rsa,100.00,0.2\n";
    const TakeUpTruth read = read_truth_csv(path, results);
    CHECK(read.eligible[rsa] == std::vector<std::uint8_t>{1, 0, 1});
    CHECK(read.monthly_cents[rsa][2] == 10000);
  }
}

TEST_CASE("receipt tables read and write CSV", "[takeup]") {
  const auto path = temporary_file("receipts.csv");
  write_receipts_csv(hand_receipts(), "famille", path);
  const ReceiptTable read = read_receipts_csv(path);
  REQUIRE(read.group_ids() == hand_receipts().group_ids());
  REQUIRE(read.benefits() == hand_receipts().benefits());
  for (std::size_t b = 0; b < 3; ++b)
    for (std::size_t g = 0; g < 3; ++g) CHECK(read.get(b, g) == hand_receipts().get(b, g));

  SECTION("agency spellings are accepted") {
    std::ofstream(path) << "famille_id,rsa\nA,oui\nB,non\nC,1\nD,\n";
    const ReceiptTable spelled = read_receipts_csv(path);
    CHECK(spelled.get(0, 0) == Receipt::yes);
    CHECK(spelled.get(0, 1) == Receipt::no);
    CHECK(spelled.get(0, 2) == Receipt::yes);
    CHECK(spelled.get(0, 3) == Receipt::unknown);
  }
  SECTION("every bad field is reported with its line and column") {
    std::ofstream(path) << "famille_id,rsa,css\nA,peut-etre,true\nB,true,maybe\nA,true,true\n";
    try {
      read_receipts_csv(path);
      FAIL("accepted");
    } catch (const Error& error) {
      REQUIRE(error.diagnostics().size() == 2);
      CHECK(error.diagnostics()[0].where.line == 2);
      CHECK(error.diagnostics()[0].where.column == 2);
      CHECK(error.diagnostics()[1].where.line == 3);
      CHECK(error.diagnostics()[1].where.column == 3);
    }
  }
  SECTION("duplicate groups are refused") {
    std::ofstream(path) << "famille_id,rsa\nA,true\nA,false\n";
    CHECK_THROWS_AS(read_receipts_csv(path), Error);
  }
  SECTION("the first column is the group id") {
    std::ofstream(path) << "rsa,css\ntrue,false\n";
    CHECK_THROWS_AS(read_receipts_csv(path), Error);
  }
}

TEST_CASE("candidates and statistics are written as CSV", "[takeup]") {
  const auto [population, results] = evaluate_three(false);
  const auto candidates = detect_candidates(test::minima_pack(), results, hand_receipts());
  const auto path = temporary_file("candidates.csv");
  write_candidates_csv(test::minima_pack(), results, candidates, path);
  std::ifstream in(path);
  std::string header, line;
  std::getline(in, header);
  CHECK(header == "famille_id,benefit,status,receipt,monthly_amount,missing_inputs");
  std::vector<std::string> lines;
  while (std::getline(in, line)) lines.push_back(line);
  CHECK(std::find(lines.begin(), lines.end(), "F1,rsa,eligible,false,346.52,") != lines.end());
  CHECK(std::find(lines.begin(), lines.end(), "F3,rsa,undetermined,false,,salaire_net") != lines.end());

  const auto statistics = take_up_statistics(test::minima_pack(), results, hand_receipts(), population);
  write_statistics_csv(statistics, temporary_file("statistics.csv"));
  CHECK(std::filesystem::file_size(temporary_file("statistics.csv")) > 100);
}
