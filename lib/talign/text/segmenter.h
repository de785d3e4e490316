// Splitting raw text into sentences (or taking presegmented lines as they are).
//
//   Segmenter fr(LanguageResources(Language::Parse("fr"), {}));
//   std::vector<Segment> s = fr.Split("M. Dupont est venu. Il est reparti.", {});
//   // s[0].text == "M. Dupont est venu.", s[1].text == "Il est reparti."
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "talign/base/language.h"
#include "talign/text/document.h"
#include "talign/text/language_resources.h"

namespace talign {

struct SegmenterOptions {
  // presegmented (false): every line is one segment, empty lines included, so that
  // segment i is line i+1; a trailing '\r' is dropped. Otherwise the text is raw: a line
  // break ends a paragraph unless the text is hard-wrapped (Paragraphs() in
  // line_structure.h), and a paragraph end is a sentence end.
  bool presegmented = false;
};

// Not copyable: holds ICU break iterators, expensive to build. Split() is const but not
// thread-safe (ICU iterators keep state): use one Segmenter per thread.
class Segmenter {
 public:
  // Reads the language's segmentation data; `resources` need not outlive the segmenter.
  explicit Segmenter(const LanguageResources& resources);
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // Segments of `text` (valid UTF-8) with byte ranges into it, indices 0..n-1.
  std::vector<Segment> Split(std::string_view text, const SegmenterOptions& options) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace talign
