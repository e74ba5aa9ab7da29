// The chain from a population to a contact list, for eligo.synthesize, eligo.detect,
// eligo.train and eligo.rank: the library's pipeline (eligo/pipeline.hpp), the same
// functions `eligo synth | detect | train | rank` call, so Python and the command line give
// the same list. The pure-Python layer turns frames into these arguments and back.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <filesystem>

#include "eligo/pipeline.hpp"
#include "eligo/synth.hpp"
#include "profile_dict.hpp"
#include "registers.hpp"

namespace py = pybind11;

namespace eligo::python {

namespace {

// Receipt per benefit and group: 0 no, 1 yes, 2 unknown (eligo::Receipt).
ReceiptTable receipt_table(const std::vector<std::string>& groups, const std::vector<std::string>& benefits,
                           const std::vector<std::vector<int>>& cells) {
  if (cells.size() != benefits.size()) throw Error("receipts: one column of cells per benefit expected");
  ReceiptTable receipts(groups, benefits);
  for (std::size_t b = 0; b < benefits.size(); ++b) {
    if (cells[b].size() != groups.size()) throw Error("receipts: column '" + benefits[b] + "' has a wrong length");
    for (std::size_t g = 0; g < groups.size(); ++g) {
      const int code = cells[b][g];
      if (code < 0 || code > 2) throw Error("receipts: a cell code must be 0, 1 or 2");
      receipts.set(b, g, static_cast<Receipt>(code));
    }
  }
  return receipts;
}

// The candidates as columns; an undetermined right has no amount (None), never 0.
py::dict candidate_columns(const DetectedRights& detected) {
  py::list group_ids, person_ids, benefits, statuses, monthly_cents, missing;
  for (std::size_t row = 0; row < detected.candidates.size(); ++row) {
    const eligo::Candidate& c = detected.candidates[row];
    group_ids.append(detected.results.group_ids[c.group]);
    person_ids.append(detected.features.addressed_person[row]);
    benefits.append(detected.results.benefits[c.benefit].benefit);
    statuses.append(std::string(to_string(c.status)));
    monthly_cents.append(c.status == Status::undetermined ? py::object(py::none()) : py::object(py::int_(c.monthly_cents)));
    missing.append(py::tuple(py::cast(c.missing)));
  }
  return py::dict(py::arg("group_id") = group_ids, py::arg("person_id") = person_ids, py::arg("benefit") = benefits,
                  py::arg("status") = statuses, py::arg("monthly_cents") = monthly_cents,
                  py::arg("missing_inputs") = missing);
}

py::dict contact_row_dict(const ContactRow& row) {
  py::list reasons;
  for (const Reason& reason : row.reasons) reasons.append(py::make_tuple(reason.feature, reason.contribution));
  return py::dict(py::arg("rank") = row.rank, py::arg("group_id") = row.group_id, py::arg("person_id") = row.person_id,
                  py::arg("benefit") = row.benefit, py::arg("status") = std::string(to_string(row.status)),
                  py::arg("monthly_cents") = row.monthly_cents,
                  py::arg("non_claimant_probability") = row.non_claimant_probability,
                  py::arg("expected_gain") = row.expected_gain, py::arg("within_capacity") = row.within_capacity,
                  py::arg("reasons") = reasons);
}

using CampaignRow = std::tuple<std::string, std::string, std::string, bool, bool>;

}  // namespace

void register_pipeline(py::module_& module) {
  py::class_<DetectedRights>(module, "DetectedRights",
                             "A population crossed with its receipts: results, candidates and the features the "
                             "ranking model reads.")
      .def_property_readonly("candidate_count", [](const DetectedRights& d) { return d.candidates.size(); })
      .def_property_readonly("right_count", [](const DetectedRights& d) { return d.rights.size(); })
      .def("candidates", &candidate_columns);

  module.def(
      "synthesize_to_folder",
      [](const Program& program, std::size_t households, std::uint64_t seed, const std::string& period,
         double unknown_rate, int threads, const std::string& folder) {
        SynthOptions options;
        options.households = households;
        options.seed = seed;
        options.period = period_of(period);
        options.unknown_rate = unknown_rate;
        options.threads = threads;
        py::gil_scoped_release release;
        const SyntheticPopulation synthetic = synthesize(program, options);
        write_synthetic_population(program.pack(), synthetic, std::filesystem::path(folder));
      },
      py::arg("program"), py::arg("households"), py::arg("seed"), py::arg("period"), py::arg("unknown_rate"),
      py::arg("threads"), py::arg("folder"),
      "Draws a synthetic population and writes its tables (population, receipts, accessibility, campaign, truth, "
      "calibration) in `folder`, as `eligo synth` does.");

  module.def(
      "detect_rights",
      [](const Program& program, const Population& population, const std::vector<std::string>& receipt_groups,
         const std::vector<std::string>& receipt_benefits, const std::vector<std::vector<int>>& receipt_cells,
         const std::vector<py::dict>& profile_rows, const std::string& period, int threads) {
        const ReceiptTable receipts = receipt_table(receipt_groups, receipt_benefits, receipt_cells);
        std::vector<outreach::AccessibilityProfile> profiles;
        for (const py::dict& row : profile_rows) profiles.push_back(profile_from(row));
        const Period month = period_of(period);
        py::gil_scoped_release release;
        return detect_rights(program, population, receipts, profiles, month, threads);
      },
      py::arg("program"), py::arg("population"), py::arg("receipt_groups"), py::arg("receipt_benefits"),
      py::arg("receipt_cells"), py::arg("profiles"), py::arg("period"), py::arg("threads"));

  module.def(
      "train_ranking_model",
      [](const Program& program, const DetectedRights& detected, const std::vector<CampaignRow>& rows,
         std::uint64_t seed) {
        std::vector<CampaignContact> campaign;
        for (const auto& [group, person, benefit, contacted, claimed] : rows)
          campaign.push_back({group, person, benefit, contacted, std::nullopt, claimed});
        py::gil_scoped_release release;
        const Dataset rights = rights_dataset(program.pack(), detected);
        const Dataset campaign_data = campaign_rows(campaign, detected);
        SavedModel model = train_ranking_model(rights, campaign_data, seed);
        model.card.title = "Non-claimant probability and expected gain from contact, pack " + program.pack().id;
        model.card.data_description = std::to_string(rights.rows()) + " rights at stake and " +
                                      std::to_string(campaign_data.rows()) + " campaign rows (eligo.train, seed " +
                                      std::to_string(seed) + ")";
        model.card.trained_on = outreach::utc_now().substr(0, 10);
        return model;
      },
      py::arg("program"), py::arg("detected"), py::arg("campaign"), py::arg("seed"),
      "The two-output model of `eligo train`, learnt from every right of `detected` and the campaign rows "
      "(group_id, person_id, benefit, contacted, claimed_within_3_months).");

  module.def(
      "contact_rows",
      [](const SavedModel& model, const DetectedRights& detected, std::size_t capacity) {
        std::vector<ContactRow> rows;
        {
          py::gil_scoped_release release;
          rows = contact_rows(detected, rank_detected(model, detected), capacity);
        }
        py::list out;
        for (const ContactRow& row : rows) out.append(contact_row_dict(row));
        return out;
      },
      py::arg("model"), py::arg("detected"), py::arg("capacity"),
      "The contact list of `eligo rank`: every candidate in the model's order, as dicts.");
}

}  // namespace eligo::python
