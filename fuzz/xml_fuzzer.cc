// TMX and XLIFF readers: any bytes read as a corpus or fail with talign::Error.
// Oracle: every bead index names a segment that exists.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "talign/base/error.h"
#include "talign/io/tmx_reader.h"
#include "talign/io/xliff_reader.h"

namespace {

void CheckBeads(const talign::ParallelSegments& units) {
  for (const talign::Bead& bead : units.alignment.beads) {
    for (std::size_t i : bead.src)
      if (i >= units.src.size()) std::abort();
    for (std::size_t i : bead.tgt)
      if (i >= units.tgt.size()) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const talign::Language fr = talign::Language::Parse("fr");
  static const talign::Language en = talign::Language::Parse("en");
  std::string xml(reinterpret_cast<const char*>(data), size);
  try {
    CheckBeads(talign::ParseTmx(xml, "fuzz.tmx", fr, en));
  } catch (const talign::Error&) {
  }
  try {
    CheckBeads(talign::ParseXliff(xml, "fuzz.xlf", fr, en));
  } catch (const talign::Error&) {
  }
  return 0;
}
