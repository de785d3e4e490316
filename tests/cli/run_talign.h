// Runs the built `talign` binary as a user would, capturing exit code, stdout and stderr.
//
//   Outcome r = RunTalign("segment --lang fr " + SourcePath("corpora/seed/article.fr.txt"));
//   EXPECT_EQ(r.exit_code, 0);
#pragma once

#include <string>

namespace talign::testing {

struct Outcome {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// `args` is appended to the binary's path and run by /bin/sh; `stdin_text` is fed to it.
Outcome RunTalign(const std::string& args, const std::string& stdin_text = "");

// Quotes `s` for /bin/sh.
std::string Quote(const std::string& s);

}  // namespace talign::testing
