// TMX and XLIFF whose segment text sits under up to 65,535 nested inline codes (the first two
// bytes say how many, the third which element), around fuzzed content: read without
// recursion, or refused with talign::Error. Oracle: every bead index names a segment.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "talign/base/error.h"
#include "talign/io/tmx_reader.h"
#include "talign/io/xliff_reader.h"

namespace {

std::string Nest(const std::string& open, const std::string& close, std::size_t depth,
                 const std::string& inner) {
  std::string out;
  out.reserve(depth * (open.size() + close.size()) + inner.size());
  for (std::size_t i = 0; i < depth; ++i) out += open;
  out += inner;
  for (std::size_t i = 0; i < depth; ++i) out += close;
  return out;
}

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
  if (size < 3) return 0;
  static const talign::Language fr = talign::Language::Parse("fr");
  static const talign::Language en = talign::Language::Parse("en");
  const std::size_t depth = data[0] * 256u + data[1];
  static const char* const kElements[] = {"g", "pc", "mrk", "bpt", "sub", "seg"};
  const std::string element = kElements[data[2] % 6];
  const std::string inner(reinterpret_cast<const char*>(data) + 3, size - 3);
  const std::string nested = Nest("<" + element + ">", "</" + element + ">", depth, inner);
  try {
    CheckBeads(talign::ParseTmx(
        "<tmx><body><tu><tuv xml:lang=\"fr\"><seg>" + nested +
            "</seg></tuv><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu></body></tmx>",
        "fuzz.tmx", fr, en));
  } catch (const talign::Error&) {
  }
  try {
    CheckBeads(talign::ParseXliff(
        "<xliff version=\"2.0\" srcLang=\"fr\" trgLang=\"en\"><file><unit><segment><source>" +
            nested + "</source><target>x</target></segment></unit></file></xliff>",
        "fuzz.xlf", fr, en));
  } catch (const talign::Error&) {
  }
  return 0;
}
