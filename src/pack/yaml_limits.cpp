#include "pack/yaml_limits.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <string>
#include <vector>

namespace eligo::pack_detail {

namespace {

struct LimitExceeded {
  YAML::Mark mark;
  std::string message;
};

// Follows the events of one document, keeping the expanded size of each open collection
// and of each anchored node, so that an alias costs the size of what it stands for.
class LimitChecker : public YAML::EventHandler {
 public:
  // YAML::Load reads the first document only: the rest of the file would be silently
  // dropped, so a second document (after `---`) is refused where it starts.
  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1)
      throw LimitExceeded{mark, "a second YAML document (after `---`) in one file: a pack file holds one "
                                "document; remove the `---` line or move what follows into its own file"};
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { leaf(mark, anchor, 1); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string& value) override {
    leaf(mark, anchor, 1 + value.size());
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (anchor >= anchor_sizes_.size() || anchor_sizes_[anchor] == 0)
      throw LimitExceeded{mark, "an alias refers to the map or list that contains it"};
    add(mark, anchor_sizes_[anchor]);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct OpenCollection {
    YAML::Mark mark;
    YAML::anchor_t anchor;
    std::uint64_t size;
  };

  void add(const YAML::Mark& mark, std::uint64_t size) {
    total_ += size;
    if (total_ > max_yaml_expanded_size)
      throw LimitExceeded{mark, "YAML aliases expand this file beyond " + std::to_string(max_yaml_expanded_size) +
                                    " nodes and bytes; write the values out instead of repeating aliases"};
    if (!open_.empty()) open_.back().size += size;
  }

  void remember(YAML::anchor_t anchor, std::uint64_t size) {
    if (anchor == YAML::NullAnchor) return;
    if (anchor >= anchor_sizes_.size()) anchor_sizes_.resize(anchor + 1, 0);
    anchor_sizes_[anchor] = size;
  }

  void leaf(const YAML::Mark& mark, YAML::anchor_t anchor, std::uint64_t size) {
    add(mark, size);
    remember(anchor, size);
  }

  void open(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (open_.size() >= static_cast<std::size_t>(max_yaml_depth))
      throw LimitExceeded{mark, "maps and lists nested more than " + std::to_string(max_yaml_depth) + " levels deep"};
    // Size 0 until it closes, so that an alias inside it is caught as a cycle.
    remember(anchor, 0);
    open_.push_back(OpenCollection{mark, anchor, 0});
    add(mark, 1);
  }

  void close() {
    const OpenCollection done = open_.back();
    open_.pop_back();
    remember(done.anchor, done.size);
    if (!open_.empty()) open_.back().size += done.size;
  }

  std::vector<OpenCollection> open_;
  std::vector<std::uint64_t> anchor_sizes_;  // by anchor id; 0 while the anchored node is open
  std::uint64_t total_ = 0;
  int documents_ = 0;
};

}  // namespace

std::optional<Diagnostic> check_yaml_limits(const YamlFile& file) {
  std::istringstream stream(file.text());
  LimitChecker checker;
  try {
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(checker)) {
    }
  } catch (const LimitExceeded& exceeded) {
    return Diagnostic{Severity::error, file.location(exceeded.mark), exceeded.message};
  } catch (const YAML::Exception&) {
    // Not valid YAML: YAML::Load reports it with its position.
  }
  return std::nullopt;
}

}  // namespace eligo::pack_detail
