#include "run_talign.h"

#include <sys/wait.h>

#include <cstdlib>

#include "test_util/temp_dir.h"
#include "test_util/test_data.h"

namespace talign::testing {

std::string Quote(const std::string& s) {
  std::string quoted = "'";
  for (char c : s) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

Outcome RunTalign(const std::string& args, const std::string& stdin_text) {
  TempDir dir;
  WriteFile(dir.File("stdin"), stdin_text);
  const std::string command = Quote(TalignBinary()) + " " + args + " <" + Quote(dir.File("stdin")) +
                              " >" + Quote(dir.File("out")) + " 2>" + Quote(dir.File("err"));
  int status = std::system(command.c_str());
  Outcome run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  run.out = ReadFile(dir.File("out"));
  run.err = ReadFile(dir.File("err"));
  return run;
}

}  // namespace talign::testing
