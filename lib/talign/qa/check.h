// The interface every `talign check` check implements, and what it gets to look at.
//
//   CheckContext context{src_segments, tgt_segments, alignment, &glossary};
//   context.source_language = &fr;  context.target_language = &en;
//   std::vector<Finding> findings = RunChecks(ParseChecks("term-missing"), context);
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "talign/align/bead.h"
#include "talign/align/dictionary.h"
#include "talign/glossary/glossary.h"
#include "talign/glossary/term_matcher.h"
#include "talign/qa/finding.h"
#include "talign/text/document.h"
#include "talign/text/language_resources.h"

namespace talign {

class SegmentMemo;

enum class ConsistencyScope { kDocument, kCorpus };

// Everything a check reads. Borrowed, not owned: it must outlive the RunChecks call.
struct CheckContext {
  const std::vector<Segment>& src;
  const std::vector<Segment>& tgt;
  const Alignment& alignment;            // beads index into src and tgt
  const Glossary* glossary = nullptr;    // required by checks whose needs_glossary() is true
  const TermMatcher* matcher = nullptr;  // of `glossary`; RunChecks builds one when null
  // Tokens and matches per segment, shared by the checks of one run; RunChecks makes it.
  std::shared_ptr<const SegmentMemo> memo = nullptr;
  // Where each document's beads begin (ascending; empty: one document), and whether the
  // consistency checks compare within a document (SPEC's default) or across the corpus.
  std::vector<std::size_t> document_starts = {};
  ConsistencyScope consistency_scope = ConsistencyScope::kDocument;
  // Word translations between the two languages (FreeDict's: LoadFreeDict): the evidence
  // that a sentence folded into a bead has no counterpart there. Null: lengths only.
  const Dictionary* dictionary = nullptr;
  // The languages of the two sides; RunChecks requires both.
  const LanguageResources* source_language = nullptr;
  const LanguageResources* target_language = nullptr;
};

class Check {
 public:
  virtual ~Check() = default;
  // SPEC's name of the check, as --checks spells it.
  virtual std::string_view name() const = 0;
  // True when the check reads context.glossary and context.matcher.
  virtual bool needs_glossary() const { return false; }
  // Appends this check's findings, in bead order.
  virtual void Run(const CheckContext& context, std::vector<Finding>& findings) const = 0;
};

}  // namespace talign
