// talign COMMAND [OPTIONS] [ARGS]: dispatch through the command table; the only place that
// turns errors into SPEC's one-line messages and exit codes.
#include <fcntl.h>
#include <unistd.h>

#include <boost/program_options/errors.hpp>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <new>
#include <string>
#include <system_error>
#include <vector>

#include "command.h"
#include "talign/base/printable.h"
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
  std::cerr << "talign: " << Printable(message) << '\n';  // names and lines come from the input
  return code;
}

// The arguments that name existing files, for messages about resources ("the input").
std::string InputsOf(const std::vector<std::string>& args) {
  std::string inputs;
  for (std::size_t i = 1; i < args.size(); ++i) {
    std::error_code error;
    if (args[i].empty() || args[i][0] == '-' || !std::filesystem::is_regular_file(args[i], error))
      continue;
    inputs += (inputs.empty() ? "" : " ") + args[i];
  }
  return inputs.empty() ? args.front() : inputs;
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
    return Fail(InputsOf(args) + ": out of memory", ExitCode::kIoErr);
  } catch (const std::system_error& e) {  // threads, files: the system refused a resource
    return Fail(InputsOf(args) + ": " + e.what(), ExitCode::kIoErr);
  } catch (const std::exception& e) {  // anything else escaping the library is a bug
    return Fail(name + ": internal error (a bug, please report it): " + e.what(),
                ExitCode::kSoftware);
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

// A closed standard stream gets a placeholder open the other way round, so that no file
// talign opens lands on descriptor 0-2 and reads or writes there fail as they should.
void GuardStandardStreams() {
  for (int fd : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO}) {
    if (fcntl(fd, F_GETFD) >= 0) continue;
    int placeholder = open("/dev/null", fd == STDIN_FILENO ? O_WRONLY : O_RDONLY);
    if (placeholder >= 0 && placeholder != fd) {
      dup2(placeholder, fd);
      close(placeholder);
    }
  }
}

int main(int argc, char** argv) {
  GuardStandardStreams();
  return static_cast<int>(talign::cli::Run(argc, argv));
}
