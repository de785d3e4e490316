#include "debian_paths.h"

namespace talign::cli {

ResourcePaths DebianResourcePaths() { return {"/usr/share/hunspell", "/usr/share/dictd"}; }

}  // namespace talign::cli
