// talign COMMAND [OPTIONS] [ARGS]: dispatch through the command table; the only place that
// turns errors into SPEC's one-line messages and exit codes.
#include <boost/program_options/errors.hpp>
#include <cstring>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "command.h"
#include "version.h"

namespace talign::cli {
namespace {

void PrintUsage(std::ostream& out) {
  out << "usage: talign COMMAND [OPTIONS] [ARGS]   (talign COMMAND --help for its options)\n\n"
         "commands:\n";
  for (const Command& command : Commands()) {
    out << "  " << command.name << std::string(10 - std::strlen(command.name), ' ')
        << command.summary << '\n';
  }
  out << "\n  --version  print the version\n";
}

const Command* FindCommand(const std::string& name) {
  for (const Command& command : Commands()) {
    if (name == command.name) return &command;
  }
  return nullptr;
}

ExitCode Fail(const std::string& message, ExitCode code) {
  std::cerr << "talign: " << message << '\n';
  return code;
}

ExitCode Dispatch(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    PrintUsage(std::cerr);
    return ExitCode::kUsage;
  }
  const std::string& name = args.front();
  if (name == "--help" || name == "-h" || name == "help") {
    PrintUsage(std::cout);
    return ExitCode::kOk;
  }
  if (name == "--version") {
    std::cout << "talign " << kVersion << '\n';
    return ExitCode::kOk;
  }
  const Command* command = FindCommand(name);
  if (command == nullptr)
    return Fail("unknown command `" + name + "` (try talign --help)", ExitCode::kUsage);
  try {
    return command->run({args.begin() + 1, args.end()});
  } catch (const Error& e) {
    return Fail(e.what(), ExitCodeFor(e.kind()));
  } catch (const boost::program_options::error& e) {
    return Fail(name + ": " + e.what() + " (try talign " + name + " --help)", ExitCode::kUsage);
  } catch (const std::bad_alloc&) {
    return Fail(name + ": out of memory", ExitCode::kIoErr);
  }
}

// Whatever a command wrote to standard output must have reached it (a full disk, a closed
// pipe): a failed stream is exit 74, not a silent 0.
ExitCode Run(int argc, char** argv) {
  ExitCode code = Dispatch(argc, argv);
  std::cout.flush();
  if (!std::cout && code != ExitCode::kIoErr)
    return Fail("<stdout>: write failed", ExitCode::kIoErr);
  return code;
}

}  // namespace
}  // namespace talign::cli

int main(int argc, char** argv) { return static_cast<int>(talign::cli::Run(argc, argv)); }
