// What the XML fuzz targets share: reading TMX and XLIFF text, where any input is read or
// refused with talign::Error. Oracle: every bead index names a segment that exists.
#pragma once

#include <cstdlib>
#include <string>

#include "talign/base/error.h"
#include "talign/io/tmx_reader.h"
#include "talign/io/xliff_reader.h"

namespace talign::fuzz {

inline void CheckBeads(const ParallelSegments& units) {
  for (const Bead& bead : units.alignment.beads) {
    for (std::size_t i : bead.src)
      if (i >= units.src.size()) std::abort();
    for (std::size_t i : bead.tgt)
      if (i >= units.tgt.size()) std::abort();
  }
}

// Reads `tmx` as a TMX file and `xliff` as an XLIFF file, French to English.
inline void ReadTmxAndXliff(const std::string& tmx, const std::string& xliff) {
  static const Language fr = Language::Parse("fr");
  static const Language en = Language::Parse("en");
  try {
    CheckBeads(ParseTmx(tmx, "fuzz.tmx", fr, en));
  } catch (const Error&) {
  }
  try {
    CheckBeads(ParseXliff(xliff, "fuzz.xlf", fr, en));
  } catch (const Error&) {
  }
}

}  // namespace talign::fuzz
