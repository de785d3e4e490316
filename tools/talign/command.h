// The command table: `talign COMMAND …` dispatches through it and `--help` lists it.
#pragma once

#include <string>
#include <vector>

#include "exit_codes.h"

namespace talign::cli {

// A command parses its own options (args exclude the program and command names), calls
// the library, writes its output, and returns an exit code. Errors are thrown as
// talign::Error (or boost::program_options errors for bad options) and mapped in main.
struct Command {
  const char* name;
  const char* summary;
  ExitCode (*run)(const std::vector<std::string>& args);
};

ExitCode RunSegment(const std::vector<std::string>& args);
ExitCode RunAlign(const std::vector<std::string>& args);
ExitCode RunCheck(const std::vector<std::string>& args);
ExitCode RunGlossary(const std::vector<std::string>& args);
ExitCode RunExtract(const std::vector<std::string>& args);

inline const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"segment", "split French or English text into sentences", RunSegment},
      {"align", "align a document with its translation, sentence by sentence", RunAlign},
      {"check", "check a translation against a glossary", RunCheck},
      {"glossary", "export a YAML glossary to TBX or CSV, or import one from them", RunGlossary},
      {"extract", "propose glossary entries from aligned documents", RunExtract},
  };
  return kCommands;
}

}  // namespace talign::cli
