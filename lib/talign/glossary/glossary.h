// A bilingual glossary: the model the YAML file (SPEC "Glossary (YAML)") is loaded into.
//
//   Glossary g = LoadGlossary("glossary/news.fr-en.yaml");   // glossary_yaml.h
//   const Term& t = g.terms[0];  // t.sources[0] == "taliban", t.where.line == 8
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "talign/base/error.h"
#include "talign/base/language.h"
#include "talign/glossary/severity.h"

namespace talign {

// One aligned example of a term in use, as `talign extract` records it.
struct TermExample {
  std::string source;
  std::string target;
};

// One glossary entry. Only `sources` is required; the rest are SPEC's optional keys.
struct Term {
  std::vector<std::string> sources;    // source forms; matched inflection-, case-, accent-blind
  std::vector<std::string> targets;    // accepted translations; whole words, inflection-aware
  std::vector<std::string> forbidden;  // target forms that must not be used; exact whole words
  bool case_sensitive = false;         // applies to targets and forbidden forms
  std::string note;
  std::string id;  // stable slug; LoadGlossary derives it from sources[0] when absent
  std::vector<std::string> domains;
  std::string definition;
  Severity severity = Severity::kError;
  std::optional<long long> count;  // extract's statistics, kept through load/save
  std::optional<double> score;
  std::vector<TermExample> examples;
  SourceLocation where;  // file, line, column of the entry: for findings and errors
};

// A glossary is always for one language pair, given when it is made.
struct Glossary {
  Glossary(Language source, Language target)
      : source_language(std::move(source)), target_language(std::move(target)) {}

  std::string id;
  std::string title;
  Language source_language;
  Language target_language;
  std::vector<Term> terms;
};

// Every (source form, accepted target form) pair of the glossary, entry by entry: the
// lexicon the aligner takes as anchors (AlignerOptions::lexicon).
std::vector<std::pair<std::string, std::string>> TranslationPairs(const Glossary& glossary);

// Throws Error{kData, the later entry's `where`} when two entries share an id, naming the
// first one's line: every reader (YAML, CSV, TBX) checks its entries with it.
void RequireUniqueIds(const std::vector<Term>& terms);

// The default id of an entry: its first source form folded to a slug,
// "accord de Doha" → "accord-de-doha", "États-Unis" → "etats-unis".
std::string DefaultTermId(const std::string& source);

}  // namespace talign
