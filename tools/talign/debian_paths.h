// Where Debian installs the system resources talign reads: the one default of the CLI's
// --hunspell-dir and --dictd-dir, also used by the tests and benchmark programs.
#pragma once

#include "talign/text/language_resources.h"

namespace talign::cli {

// {"/usr/share/hunspell", "/usr/share/dictd"}: packages hunspell-* and dict-freedict-*.
ResourcePaths DebianResourcePaths();

}  // namespace talign::cli
