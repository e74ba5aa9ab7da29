// eligo templates LANGUAGE: eligo's built-in wording as a templates file, to start the
// translation or the rewording of a pack's templates/<language>.yaml.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"

namespace eligo::cli {

void add_templates_command(CLI::App& app, Action& action) {
  auto language = std::make_shared<std::string>();
  CLI::App* command =
      app.add_subcommand("templates", "Print the built-in wording of explanations, letters and notices as a templates file");
  command->add_option("language", *language, "Register: fr, fr-falc or en")
      ->required()
      ->check(CLI::IsMember({"fr", "fr-falc", "en"}));
  command->callback([language, &action] {
    action = [language] {
      std::cout << default_templates_yaml(*language);
      return exit_ok;
    };
  });
}

}  // namespace eligo::cli
