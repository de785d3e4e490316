#include "talign/io/moses_reader.h"

#include "talign/base/error.h"
#include "talign/io/text_input.h"

namespace talign {

ParallelSegments ReadMosesPair(const std::string& prefix, const Language& src_language,
                               const Language& tgt_language, const std::string& encoding) {
  const SegmenterOptions lines{/*presegmented=*/true};
  Document src = ReadDocument(prefix + "." + src_language.tag(), src_language, lines, encoding);
  Document tgt = ReadDocument(prefix + "." + tgt_language.tag(), tgt_language, lines, encoding);
  if (src.segments.size() != tgt.segments.size()) {
    const Document& shorter = src.segments.size() < tgt.segments.size() ? src : tgt;
    throw Error(ErrorKind::kData, {shorter.name, shorter.segments.size()},
                "parallel files differ in length: " + std::to_string(src.segments.size()) +
                    " lines in " + src.name + ", " + std::to_string(tgt.segments.size()) + " in " +
                    tgt.name);
  }
  ParallelSegments out{std::move(src.segments), std::move(tgt.segments), {}};
  for (std::size_t i = 0; i < out.src.size(); ++i) out.alignment.beads.push_back({{i}, {i}, 0.0});
  return out;
}

}  // namespace talign
