#include "eligo/program.hpp"

#include "compile/compiled_program.hpp"
#include "compile/lower.hpp"

namespace eligo {

std::vector<Diagnostic> check(const RulePack& pack) {
  std::vector<Diagnostic> problems;
  lang::check_pack(pack, problems);
  return problems;
}

Program::Program(std::shared_ptr<const detail::CompiledProgram> compiled) : compiled_(std::move(compiled)) {}

Program Program::compile(const RulePack& pack) {
  auto compiled = std::make_shared<detail::CompiledProgram>();
  compiled->pack = pack;
  std::vector<Diagnostic> problems;
  compiled->checked = lang::check_pack(compiled->pack, problems);
  throw_if_errors(problems);
  compiled->plan = detail::lower_pack(compiled->pack, compiled->checked);
  for (const InputSpec& input : compiled->pack.inputs) compiled->input_names.push_back(input.name);
  for (const Parameter& parameter : compiled->pack.parameters) compiled->input_names.push_back("param." + parameter.name);
  return Program(std::move(compiled));
}

const RulePack& Program::pack() const& noexcept { return compiled_->pack; }

}  // namespace eligo
