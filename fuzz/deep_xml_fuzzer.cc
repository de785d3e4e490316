// TMX and XLIFF whose segment text sits under up to 65,535 nested inline codes (the first two
// bytes say how many, the third which element), around fuzzed content: read without
// recursion, or refused with talign::Error. Oracle: every bead index names a segment.
#include <cstdint>
#include <string>

#include "xml_reading.h"

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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 3) return 0;
  const std::size_t depth = data[0] * 256u + data[1];
  static const char* const kElements[] = {"g", "pc", "mrk", "bpt", "sub", "seg"};
  const std::string element = kElements[data[2] % 6];
  const std::string inner(reinterpret_cast<const char*>(data) + 3, size - 3);
  const std::string nested = Nest("<" + element + ">", "</" + element + ">", depth, inner);
  talign::fuzz::ReadTmxAndXliff(
      "<tmx><body><tu><tuv xml:lang=\"fr\"><seg>" + nested +
          "</seg></tuv><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu></body></tmx>",
      "<xliff version=\"2.0\" srcLang=\"fr\" trgLang=\"en\"><file><unit><segment><source>" +
          nested + "</source><target>x</target></segment></unit></file></xliff>");
  return 0;
}
