// The fairness audit written for people (text, HTML) and for programs (JSON).
#include <nlohmann/json.hpp>

#include "eligo/fairness.hpp"
#include "core/html_escape.hpp"
#include "fairness/format.hpp"

namespace eligo {

namespace {

using detail::fixed;
using detail::with_interval;

std::string verdict(const FairnessReport& report) {
  return report.passed() ? "PASSED" : "FAILED (" + std::to_string(report.failures.size()) + " rule(s) broken)";
}

std::string confidence_text(const FairnessReport& report) {
  return std::to_string(static_cast<int>(report.options.confidence * 100 + 0.5)) + "% bootstrap intervals over " +
         std::to_string(report.options.bootstrap_samples) + " samples (seed " + std::to_string(report.options.seed) +
         ")";
}

std::string rules_text(const FairnessReport& report) {
  const auto& t = report.options.thresholds;
  return "Rules: each group's recall@k at least " + fixed(t.minimum_recall_ratio) +
         " times the best group's (four-fifths rule); calibration gap at most " + fixed(t.maximum_calibration_gap) +
         " either way; groups under " + std::to_string(t.small_group) +
         " rows or true non-claimants are shown but not judged.";
}

}  // namespace

std::string FairnessReport::summary() const {
  std::string text = "Fairness audit at k = " + std::to_string(options.k) + ": " + verdict(*this) + ". Overall recall@k " +
                     fixed(recall_at_k) + ", precision@k " + fixed(precision_at_k) + " over " + std::to_string(rows) +
                     " rows.";
  for (const auto& failure : failures) text += "\n- " + failure;
  return text;
}

std::string FairnessReport::to_text() const {
  std::string out = "Fairness audit\n==============\n";
  out += "Contact capacity k = " + std::to_string(options.k) + "; " + std::to_string(rows) + " rows, " +
         std::to_string(non_claimants) + " true non-claimants, " + std::to_string(contacted) + " contacted.\n";
  out += "Overall recall@k " + fixed(recall_at_k) + ", precision@k " + fixed(precision_at_k) + ".\n";
  out += rules_text(*this) + "\nFigures: value [" + confidence_text(*this) + "].\n";
  out += "Verdict: " + verdict(*this) + "\n";
  for (const auto& failure : failures) out += "  FAIL: " + failure + "\n";
  for (const auto& warning : warnings) out += "  warning: " + warning + "\n";
  for (const auto& attribute : attributes) {
    out += "\n" + attribute.attribute + "\n" + std::string(attribute.attribute.size(), '-') + "\n";
    for (const auto& g : attribute.groups) {
      out += "  " + g.group + (g.small ? " (small)" : "") + ": " + std::to_string(g.rows) + " rows, " +
             std::to_string(g.non_claimants) + " non-claimants, " + std::to_string(g.contacted) + " contacted\n";
      out += "    recall@k " + with_interval(g.recall_at_k, g.recall_interval) + ", ratio to best " +
             fixed(g.recall_ratio_to_best) + "\n";
      out += "    precision@k " + with_interval(g.precision_at_k, g.precision_interval) + "\n";
      out += "    selection against need " + with_interval(g.selection_vs_need, g.selection_interval) + "\n";
      if (has_probabilities)
        out += "    calibration gap " + with_interval(g.calibration_gap, g.calibration_interval, 3) + "\n";
    }
  }
  return out;
}

std::string FairnessReport::to_html() const {
  using detail::escape_html;
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>Fairness audit</title>\n"
      "<style>body{font-family:sans-serif;font-size:1.1rem;line-height:1.5;max-width:70rem;margin:auto;padding:1rem}"
      "table{border-collapse:collapse;margin-bottom:2rem}th,td{border:1px solid #444;padding:.3rem .6rem;"
      "text-align:right}th[scope=row],thead th{text-align:left}.fail{color:#a00000;font-weight:bold}"
      ".pass{color:#005a00;font-weight:bold}</style>\n</head>\n<body>\n<main>\n<h1>Fairness audit</h1>\n";
  out += "<p>Contact capacity k = " + std::to_string(options.k) + "; " + std::to_string(rows) + " rows, " +
         std::to_string(non_claimants) + " true non-claimants, " + std::to_string(contacted) +
         " contacted. Overall recall@k " + fixed(recall_at_k) + ", precision@k " + fixed(precision_at_k) + ".</p>\n";
  out += "<p>" + escape_html(rules_text(*this)) + " Figures in brackets: " + escape_html(confidence_text(*this)) +
         ".</p>\n";
  out += "<h2>Verdict</h2>\n<p class=\"" + std::string(passed() ? "pass" : "fail") + "\">" + escape_html(verdict(*this)) +
         "</p>\n";
  if (!failures.empty()) {
    out += "<h3>Rules broken</h3>\n<ul>\n";
    for (const auto& failure : failures) out += "<li>" + escape_html(failure) + "</li>\n";
    out += "</ul>\n";
  }
  if (!warnings.empty()) {
    out += "<h3>Warnings</h3>\n<ul>\n";
    for (const auto& warning : warnings) out += "<li>" + escape_html(warning) + "</li>\n";
    out += "</ul>\n";
  }
  for (const auto& attribute : attributes) {
    out += "<h2>" + escape_html(attribute.attribute) + "</h2>\n<table>\n<caption>Outcomes of the contact list by " +
           escape_html(attribute.attribute) + "</caption>\n<thead>\n<tr><th scope=\"col\">Group</th>"
           "<th scope=\"col\">Rows</th><th scope=\"col\">True non-claimants</th><th scope=\"col\">Contacted</th>"
           "<th scope=\"col\">Recall@k</th><th scope=\"col\">Ratio to best</th><th scope=\"col\">Precision@k</th>"
           "<th scope=\"col\">Selection against need</th>";
    if (has_probabilities) out += "<th scope=\"col\">Calibration gap</th>";
    out += "</tr>\n</thead>\n<tbody>\n";
    for (const auto& g : attribute.groups) {
      out += "<tr><th scope=\"row\">" + escape_html(g.group) + (g.small ? " (small group, not judged)" : "") +
             "</th><td>" + std::to_string(g.rows) + "</td><td>" + std::to_string(g.non_claimants) + "</td><td>" +
             std::to_string(g.contacted) + "</td><td>" + with_interval(g.recall_at_k, g.recall_interval) +
             "</td><td>" + fixed(g.recall_ratio_to_best) + "</td><td>" +
             with_interval(g.precision_at_k, g.precision_interval) + "</td><td>" +
             with_interval(g.selection_vs_need, g.selection_interval) + "</td>";
      if (has_probabilities) out += "<td>" + with_interval(g.calibration_gap, g.calibration_interval, 3) + "</td>";
      out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
  }
  out += "</main>\n</body>\n</html>\n";
  return out;
}

std::string FairnessReport::to_json() const {
  using report_json = nlohmann::ordered_json;
  const auto number = [](double x) { return std::isfinite(x) ? report_json(x) : report_json(); };
  const auto interval = [&number](const Interval& i) { return report_json::array({number(i.low), number(i.high)}); };
  report_json out = {{"k", options.k},
              {"passed", passed()},
              {"rows", rows},
              {"non_claimants", non_claimants},
              {"contacted", contacted},
              {"recall_at_k", recall_at_k},
              {"precision_at_k", precision_at_k},
              {"thresholds",
               {{"minimum_recall_ratio", options.thresholds.minimum_recall_ratio},
                {"maximum_calibration_gap", options.thresholds.maximum_calibration_gap},
                {"small_group", options.thresholds.small_group}}},
              {"bootstrap", {{"samples", options.bootstrap_samples}, {"confidence", options.confidence}, {"seed", options.seed}}},
              {"failures", failures},
              {"warnings", warnings}};
  report_json list = report_json::array();
  for (const auto& attribute : attributes) {
    report_json groups = report_json::array();
    for (const auto& g : attribute.groups)
      groups.push_back({{"group", g.group},
                        {"small", g.small},
                        {"rows", g.rows},
                        {"non_claimants", g.non_claimants},
                        {"contacted", g.contacted},
                        {"contacted_non_claimants", g.contacted_non_claimants},
                        {"recall_at_k", number(g.recall_at_k)},
                        {"recall_interval", interval(g.recall_interval)},
                        {"recall_ratio_to_best", number(g.recall_ratio_to_best)},
                        {"precision_at_k", number(g.precision_at_k)},
                        {"precision_interval", interval(g.precision_interval)},
                        {"selection_vs_need", number(g.selection_vs_need)},
                        {"selection_interval", interval(g.selection_interval)},
                        {"calibration_gap", number(g.calibration_gap)},
                        {"calibration_interval", interval(g.calibration_interval)}});
    list.push_back({{"attribute", attribute.attribute}, {"groups", groups}});
  }
  out["attributes"] = list;
  // Group labels come from data: invalid UTF-8 is replaced (U+FFFD), never fatal.
  return out.dump(2, ' ', false, report_json::error_handler_t::replace) + "\n";
}

}  // namespace eligo
