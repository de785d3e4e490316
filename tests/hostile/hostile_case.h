// One hostile-input case run against the built `talign` binary, as an attacker would:
// a shell setup, one command, and what must hold afterwards (exit code, the one stderr
// line naming the file, files left behind and their modes, no stray temporaries).
//
//   HostileCase c{"symlink loop", "ln -s a b; ln -s b a", "\"$T\" segment in.txt -o a/out", 73,
//                 "a/out: "};
//   ExpectHostileCase(c);
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace talign::testing {

struct HostileCase {
  std::string name;
  std::string setup;    // sh, in the case's fresh directory
  std::string command;  // sh, same directory; $T is the binary, $AS_USER runs it unprivileged
  int exit_code = 0;
  std::string message;              // in the one stderr line; "" means stderr stays empty
  std::vector<std::string> exists;  // relative paths that must exist afterwards
  std::vector<std::string> absent;  // relative paths that must not
  std::vector<std::pair<std::string, unsigned>> modes;  // path → permission bits
  bool needs_address_space_limit = false;  // uses `ulimit -v`, which sanitizers cannot run under
};

// Runs `c` in a fresh directory and checks every expectation (SCOPED_TRACE the name first).
void ExpectHostileCase(const HostileCase& c);

// `n` copies of `c`, for long names and deep nesting.
std::string Repeat(const std::string& s, std::size_t n);

}  // namespace talign::testing
