// Word translation pairs from a FreeDict dictionary in dictd format (Debian's
// dict-freedict-*: <dictd_dir>/freedict-fra-eng.{index,dict.dz}), to seed the aligner's
// word translation model (AlignerOptions::dictionary). Each language's FreeDict code is
// the `freedict` setting of its data; the directory is its ResourcePaths::dictd_dir.
//
//   options.dictionary = LoadFreeDict(de, fr);  // deu-fra and fra-deu, if installed
#pragma once

#include <string>
#include <string_view>

#include "talign/align/dictionary.h"
#include "talign/text/language_resources.h"

namespace talign {

// The path without extension of the installed FreeDict database from `src` to `tgt`
// under src.paths().dictd_dir, or "" when it is not installed, the directory is not set,
// or either language has no `freedict` setting.
std::string FreeDictBase(const LanguageResources& src, const LanguageResources& tgt);

// Reads BASE.index and BASE.dict.dz (dictzip is gzip: read whole with zlib) and appends
// its one-word pairs to *pairs. False when either file cannot be read.
bool ReadFreeDict(const std::string& base, WordPairs* pairs);

// The pairs of both installed directions, src→tgt and tgt→src (swapped), as (source
// word, target word), stemmed with the two languages' stemmers; no pairs when neither is
// installed.
Dictionary LoadFreeDict(const LanguageResources& src, const LanguageResources& tgt);

// The one-word (headword, translation) pairs of a dictd database given as text: `index`
// lines "HEADWORD<TAB>OFFSET<TAB>LENGTH" (base64 numbers into `dict`). An entry is its
// headword line, then translations: the first line that is not blank, and every line
// numbered "2. …"; FreeDict deu-fra follows each translation line with a German gloss,
// which is skipped. Labels in an item are dropped: "[mil.] defence <n>" is "defence".
WordPairs ParseFreeDict(std::string_view index, std::string_view dict);

}  // namespace talign
