// Exports a dataset to CSV so that peers (scikit-learn, LightGBM) learn from the very same
// rows as eligo's models.
#include <charconv>
#include <cmath>
#include <string>

#include "eligo/rank.hpp"
#include "rank/whole_file.hpp"

namespace eligo {

namespace {

void append_double(std::string& out, double value) {
  if (std::isnan(value)) return;  // an empty field: missing
  char buffer[32];
  // 17 significant digits: the text reads back to the same double.
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 17);
  out.append(buffer, result.ptr);
}

void append_name(std::string& out, const std::string& name) {
  if (name.find_first_of(",\"\n\r") == std::string::npos) {
    out += name;
    return;
  }
  out += '"';
  for (const char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

void write_dataset_csv(const Dataset& data, const std::filesystem::path& path) {
  data.validate();
  std::string out;
  const auto& columns = data.features.columns();
  for (std::size_t col = 0; col < columns.size(); ++col) {
    if (col > 0) out += ',';
    append_name(out, columns[col].name);
  }
  out += ",label";
  if (!data.query_ids.empty()) out += ",query";
  if (!data.weights.empty()) out += ",weight";
  if (!data.contacted.empty()) out += ",contacted";
  out += '\n';
  for (std::size_t row = 0; row < data.rows(); ++row) {
    for (std::size_t col = 0; col < columns.size(); ++col) {
      if (col > 0) out += ',';
      append_double(out, data.features.at(row, col));
    }
    out += ',';
    append_double(out, data.labels[row]);
    if (!data.query_ids.empty()) out += ',' + std::to_string(data.query_ids[row]);
    if (!data.weights.empty()) {
      out += ',';
      append_double(out, data.weights[row]);
    }
    if (!data.contacted.empty()) out += data.contacted[row] ? ",1" : ",0";
    out += '\n';
  }
  detail::write_whole_file(path, out);
}

}  // namespace eligo
