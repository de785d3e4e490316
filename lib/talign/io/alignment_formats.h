// Writers for an aligned document pair: SPEC's tsv, tmx, json and moses formats
// (beads: see beads_format.h).
//
//   AlignedPair pair{src_doc, tgt_doc, alignment};
//   WriteAlignment(std::cout, AlignmentFormat::kJson, pair);
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "talign/align/bead.h"
#include "talign/text/document.h"

namespace talign {

enum class AlignmentFormat { kBeads, kTsv, kTmx, kJson, kMoses };

// "beads" → kBeads …; nullopt for an unknown name.
std::optional<AlignmentFormat> ParseAlignmentFormat(const std::string& name);

// Views of the inputs; they must outlive the pair.
struct AlignedPair {
  const Document& src;
  const Document& tgt;
  const Alignment& alignment;
};

enum class Side { kSource, kTarget };

// The segments of one side of `bead`, joined by one space.
std::string BeadText(const AlignedPair& pair, const Bead& bead, Side side);

// Every format but kMoses, which writes two files: use WriteMosesSide for each.
void WriteAlignment(std::ostream& out, AlignmentFormat format, const AlignedPair& pair);

// SPEC's json alignment on one line, with "id" first: `id_json` is a JSON value's text
// (e.g. "\"doc-7\"" or "7"), copied from the input line that asked for it.
void WriteAlignmentJsonLine(std::ostream& out, const AlignedPair& pair, const std::string& id_json);

// One bead per line, for beads that have both sides (Moses parallel data has no empty lines).
void WriteMosesSide(std::ostream& out, const AlignedPair& pair, Side side);

}  // namespace talign
