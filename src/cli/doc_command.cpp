// eligo doc PACK [--model-card FILE] [--output FILE]: the technical documentation (AI Act
// Annex IV outline) in Markdown.
#include <iostream>
#include <memory>

#include "core/file_output.hpp"
#include "cli/commands.hpp"
#include "eligo/technical_doc.hpp"

namespace eligo::cli {
namespace {

struct DocOptions {
  std::string pack;
  std::filesystem::path model_card;
  std::filesystem::path output;
  std::string language = "en";
};

int run_doc(const DocOptions& options) {
  if (!options.output.empty()) detail::refuse_output_onto_inputs(options.output, {options.model_card}, "--output");
  const RulePack pack = load_pack_or_throw(options.pack);
  TechnicalDocOptions doc;
  if (!options.model_card.empty()) doc.model_card = options.model_card;
  doc.language = options.language;
  const std::string text = technical_documentation(pack, doc);
  if (options.output.empty())
    std::cout << text;
  else
    detail::write_file_whole(options.output, [&](std::ostream& out) { out << text; });
  return exit_ok;
}

}  // namespace

void add_doc_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<DocOptions>();
  CLI::App* command = app.add_subcommand("doc", "Write the technical documentation of a pack (AI Act Annex IV outline)");
  add_pack_argument(*command, options->pack);
  command->add_option("--model-card", options->model_card, "Model card of the ranking model, quoted with its hash");
  command->add_option("--output", options->output, "Markdown file to write (default, or `-`: standard output)")
      ->transform(dash_is_standard_output());
  command->add_option("--language", options->language, "Language of the pack's texts: fr, fr-falc or en");
  command->callback([options, &action] { action = [options] { return run_doc(*options); }; });
}

}  // namespace eligo::cli
