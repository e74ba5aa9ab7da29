// eligo letter PACK ... --id GROUP [--person ID]: the outreach letter of one person, in one
// register, as text or HTML, in standard or large print.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/group_evaluation.hpp"

namespace eligo::cli {

namespace {

struct LetterCommandOptions {
  PopulationOptions population;
  std::string group_id;
  std::string language = "fr";
  std::string format = "text";
  bool large_print = false;
  LetterOptions letter;
};

int run_letter(const LetterCommandOptions& options) {
  const GroupEvaluation evaluation = evaluate_group(options.population, options.group_id, options.letter.person_id);
  const Explanation explanation =
      explain(evaluation.pack, evaluation.results, evaluation.group, options.language, &evaluation.trace);
  const Letter letter = write_letter(explanation, options.letter);
  const PrintSize size = options.large_print ? PrintSize::large : PrintSize::standard;
  std::cout << (options.format == "html" ? render_letter_html(letter, size) : render_letter_text(letter, size));
  return exit_ok;
}

}  // namespace

void add_letter_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<LetterCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "letter", "Write the outreach letter of one person: what they may be entitled to, what to bring, where to get help");
  add_population_options(*command, options->population);
  command->add_option("--id", options->group_id, "Id of the person's group")->required();
  command->add_option("--person", options->letter.person_id, "Id of the person the letter is for");
  command->add_option("--language", options->language, "Register: fr, fr-falc (easy-to-read French) or en")
      ->check(CLI::IsMember({"fr", "fr-falc", "en"}))
      ->capture_default_str();
  command->add_option("--format", options->format, "Output format: text or html")
      ->check(CLI::IsMember({"text", "html"}))
      ->capture_default_str();
  command->add_flag("--large-print", options->large_print, "Large print: larger letters and more space");
  command->add_option("--benefit", options->letter.benefits,
                      "A benefit to write about (repeatable); by default every eligible or undetermined one");
  command->add_option("--place-name", options->letter.place.name,
                      "Nearest place to get help; by default the France Services counter of the commune");
  command->add_option("--place-address", options->letter.place.address, "Its address");
  command->add_option("--place-hours", options->letter.place.opening_hours, "Its opening hours");
  command->add_option("--place-phone", options->letter.place.phone, "Its phone number");
  command->callback([options, &action] { action = [options] { return run_letter(*options); }; });
}

}  // namespace eligo::cli
