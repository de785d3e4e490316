// Manifests: any text parses into entries with non-empty paths, or fails with talign::Error.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "talign/base/error.h"
#include "talign/io/manifest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  try {
    for (const talign::ManifestEntry& e : talign::ParseManifest(text, "dir/fuzz.tsv")) {
      if (e.src.empty() || e.tgt.empty() || e.line == 0) std::abort();
    }
  } catch (const talign::Error&) {
  }
  return 0;
}
