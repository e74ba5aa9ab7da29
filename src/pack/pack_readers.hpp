// The readers of each kind of pack file. Each one reads the root node of one file into
// the pack's plain structures and reports every problem it finds through its Reader.
#pragma once

#include <string>
#include <vector>

#include "pack/yaml_reading.hpp"

namespace eligo::pack_detail {

// An entry of pack.yaml's `files`: a file or a folder, relative to the pack.
struct FileEntry {
  std::string path;
  SourceLocation where;
};

struct FileSections {
  std::vector<FileEntry> inputs;
  std::vector<FileEntry> parameters;
  std::vector<FileEntry> variables;
  std::vector<FileEntry> benefits;
  std::vector<FileEntry> tests;
  std::vector<FileEntry> templates;
  std::vector<FileEntry> outreach;  // the channel policy (one file)
};

// pack.yaml: fills the pack's identity, languages and entities; returns its file list.
FileSections read_manifest(Reader& reader, const YAML::Node& root, RulePack& pack);

void read_inputs(Reader& reader, const YAML::Node& root, const PackContext& context, std::vector<InputSpec>& inputs);
void read_parameters(Reader& reader, const YAML::Node& root, const PackContext& context,
                     std::vector<Parameter>& parameters);
void read_variables(Reader& reader, const YAML::Node& root, const PackContext& context,
                    std::vector<Variable>& variables);
void read_benefits(Reader& reader, const YAML::Node& root, const PackContext& context, std::vector<Benefit>& benefits);
void read_tests(Reader& reader, const YAML::Node& root, const PackContext& context, std::vector<TestCase>& tests);
void read_templates(Reader& reader, const YAML::Node& root, const PackContext& context,
                    std::vector<Templates>& templates);
void read_channel_policy(Reader& reader, const YAML::Node& root, const PackContext& context,
                         outreach::ChannelPolicySpec& policy);

// Checks that an item's entity is the pack's person or group entity.
bool check_entity(Reader& reader, const std::string& entity, const PackContext& context, const SourceLocation& where,
                  const std::string& owner);

// Names must be unique across the files: inputs, variables and benefits share one
// namespace (formulas name them alike), parameters have theirs, and conditions are unique
// within their benefit.
void check_unique_names(const RulePack& pack, std::vector<Diagnostic>& problems);

}  // namespace eligo::pack_detail
