// Bead files: parse, then format and parse again. Oracle: the round trip is stable.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "talign/base/error.h"
#include "talign/io/beads_format.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  try {
    talign::Alignment alignment = talign::ParseBeads(text, "fuzz", 64, 64);
    std::string formatted = talign::FormatBeads(alignment);
    if (talign::FormatBeads(talign::ParseBeads(formatted, "fuzz", 64, 64)) != formatted)
      std::abort();
  } catch (const talign::Error&) {
  }
  return 0;
}
