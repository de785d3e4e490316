// Finding glossary forms in segments, by SPEC's matching rules.
//
//   TermMatcher matcher(glossary, fr, en);  // the LanguageResources of its two languages
//   matcher.Find(TermSide::kSource, "Les talibans ont signé l'accord de Doha.", 3);
//   // → {term "taliban", segment 3, "talibans"}, {term "accord de Doha", "accord de Doha"}
//   matcher.Find(TermSide::kTarget, "the Doha agreements", 3);     // inflection-aware
//   matcher.Find(TermSide::kForbidden, "the Talibans said", 3);     // exact whole words
//
// Source forms: any inflection (Snowball stems, plus Hunspell lemmas), case, accents;
//   elisions fall away because the tokenizer splits "l'accord" into "l" "accord".
// Target forms: whole words, inflection-aware; case-insensitive unless case_sensitive.
// Forbidden forms: whole words as written, no inflection; case-insensitive unless
//   case_sensitive. In multi-word forms, function words (de, of, the…) must be the same
//   word, and punctuation the same sign ("États-Unis" needs its hyphen).
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "talign/glossary/glossary.h"
#include "talign/glossary/term_match.h"
#include "talign/glossary/word_keys.h"

namespace talign {

enum class TermSide { kSource, kTarget, kForbidden };

struct FormMatch {
  TermMatch match;
  std::size_t form = 0;  // index into the term's forms of the side searched
};

// Find's view of FindForms' result: one match per term and range.
std::vector<TermMatch> TermMatches(const std::vector<FormMatch>& form_matches);

// Indexes every form by the keys of its first word, so the cost per text token does not
// grow with the glossary. Does not keep a reference to the glossary: matches name terms by
// index. Keeps references to `source` and `target`, the resources of the glossary's source
// and target languages (Hunspell lemmas where they have a dictionary), which must outlive it.
// Not copyable; not thread-safe (word caches, FindForms' scratch).
class TermMatcher {
 public:
  TermMatcher(const Glossary& glossary, const LanguageResources& source,
              const LanguageResources& target);
  ~TermMatcher();
  TermMatcher(const TermMatcher&) = delete;
  TermMatcher& operator=(const TermMatcher&) = delete;

  // Every occurrence of a `side` form in `text`, by position, then term index. A term whose
  // several forms match the same words is reported once. `segment` is copied into matches.
  std::vector<TermMatch> Find(TermSide side, std::string_view text, std::size_t segment = 0) const;
  // The same from `text`'s Tokenize tokens, for callers that tokenise once for many uses.
  std::vector<TermMatch> Find(TermSide side, std::string_view text,
                              const std::vector<Token>& tokens, std::size_t segment) const;

  // Like Find, but one match per matching form: `form` indexes the term's `side` forms
  // (Term::sources, targets or forbidden). Ordered by position, term, end, form.
  std::vector<FormMatch> FindForms(TermSide side, std::string_view text,
                                   const std::vector<Token>& tokens, std::size_t segment) const;

 private:
  struct Index;
  std::unique_ptr<WordKeys> src_keys_;
  std::unique_ptr<WordKeys> tgt_keys_;
  std::unique_ptr<Index> indices_[3];  // by TermSide
  // FindForms' scratch, grown once per matcher: the tokens' keys, and the matches before
  // ordering and dedup.
  mutable std::vector<const KeyList*> token_keys_;
  mutable std::vector<FormMatch> found_;
};

}  // namespace talign
