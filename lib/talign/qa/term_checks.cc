// term-missing and term-forbidden. Both look at one bead at a time: a term and its
// translation count as a pair only inside the same bead.
#include "talign/qa/term_checks.h"

#include <algorithm>
#include <string>

#include "talign/qa/name_occurrence.h"
#include "talign/qa/segment_memo.h"
#include "talign/qa/term_sense.h"

namespace talign {
namespace {

std::string Quoted(const std::string& s) { return "`" + s + "`"; }

// "`a`", "`a` or `b`", "`a`, `b` or `c`".
std::string Alternatives(const std::vector<std::string>& forms) {
  std::string out;
  for (std::size_t i = 0; i < forms.size(); ++i) {
    if (i > 0) out += i + 1 == forms.size() ? " or " : ", ";
    out += Quoted(forms[i]);
  }
  return out;
}

Finding TermFinding(std::string_view check, std::size_t bead_index, const Bead& bead,
                    const Term& term) {
  Finding finding = BeadFinding(check, term.severity, bead_index, bead);
  finding.term = term.sources[0];
  finding.expected = term.targets;
  finding.rule = term.where;
  return finding;
}

// Terms with a target match in the bead, sorted. Forbidden forms count too: the term was
// rendered, wrongly, and term-forbidden reports that; a second finding would only repeat it.
std::vector<std::size_t> RenderedTerms(const SegmentMemo& memo, const Bead& bead) {
  std::vector<std::size_t> rendered;
  for (std::size_t t : bead.tgt) {
    for (TermSide side : {TermSide::kTarget, TermSide::kForbidden}) {
      for (const TermMatch& m : memo.Matches(side, t)) rendered.push_back(m.term);
    }
  }
  std::sort(rendered.begin(), rendered.end());
  return rendered;
}

// Adds `term` to the sorted `terms`; false when it is there already.
bool Insert(std::vector<std::size_t>& terms, std::size_t term) {
  auto at = std::lower_bound(terms.begin(), terms.end(), term);
  if (at != terms.end() && *at == term) return false;
  terms.insert(at, term);
  return true;
}

class TermMissingCheck : public Check {
 public:
  std::string_view name() const override { return "term-missing"; }
  bool needs_glossary() const override { return true; }

  void Run(const CheckContext& context, std::vector<Finding>& findings) const override {
    std::unique_ptr<SegmentMemo> own_memo;
    const SegmentMemo& memo = MemoOf(context, own_memo);
    const TermSense sense(*context.source_language, *context.glossary);
    const NameOccurrence names(*context.source_language, *context.glossary);
    // Decided first, built after into room made once: a stress run reports 200k findings,
    // and a vector grown by each one moves them all several times.
    std::vector<Missing> missing;
    for (std::size_t b = 0; b < context.alignment.beads.size(); ++b) {
      CheckBead(context, memo, {sense, names}, b, missing);
    }
    findings.reserve(findings.size() + missing.size());
    // Each term's message tail, built on first use: the findings name a few thousand terms.
    std::vector<std::string> tails(context.glossary->terms.size());
    for (const Missing& m : missing) {
      findings.push_back(Describe(context.glossary->terms[m.match->term], m.bead,
                                  context.alignment.beads[m.bead], *m.match, tails[m.match->term]));
    }
  }

 private:
  // A source match whose term has no translation in its bead. `match` points into the memo.
  struct Missing {
    std::size_t bead;
    const TermMatch* match;
  };

  // What a source match may be other than the term: another word of the same letters (a
  // verb for a noun), a word of a longer name.
  struct Occurrence {
    const TermSense& sense;
    const NameOccurrence& names;
    bool Fits(const TermMatch& m, const std::vector<Token>& tokens) const {
      return sense.Fits(m, tokens) && !names.InsideName(m, tokens);
    }
  };

  // A 1-0 (or 2-0) bead is an omission, the omission check's business: skipped here.
  void CheckBead(const CheckContext& context, const SegmentMemo& memo, const Occurrence& occurrence,
                 std::size_t b, std::vector<Missing>& missing) const {
    const Bead& bead = context.alignment.beads[b];
    if (bead.src.empty() || bead.tgt.empty()) return;
    std::vector<std::size_t> rendered = RenderedTerms(memo, bead);
    std::vector<std::size_t> reported;
    for (std::size_t s : bead.src) {
      for (const TermMatch& m : memo.Matches(TermSide::kSource, s)) {
        const Term& term = context.glossary->terms[m.term];
        // An entry without targets only forbids; one finding per term and bead.
        if (term.targets.empty() || std::binary_search(rendered.begin(), rendered.end(), m.term) ||
            std::binary_search(reported.begin(), reported.end(), m.term))
          continue;
        if (!occurrence.Fits(m, memo.SourceTokens(s))) continue;
        Insert(reported, m.term);
        missing.push_back({b, &m});
      }
    }
  }

  // `tail`: the message after the surface, "` has no accepted translation …)", built here
  // when empty.
  Finding Describe(const Term& term, std::size_t b, const Bead& bead, const TermMatch& m,
                   std::string& tail) const {
    Finding finding = TermFinding(name(), b, bead, term);
    finding.found = m.surface;
    finding.spans.push_back({true, m.segment, m.range});
    if (tail.empty()) {
      tail = "` has no accepted translation in the target: expected " + Alternatives(term.targets) +
             " (glossary " + term.where.ToString() + ")";
    }
    finding.message.reserve(1 + m.surface.size() + tail.size());
    finding.message.append("`").append(m.surface).append(tail);
    return finding;
  }
};

class TermForbiddenCheck : public Check {
 public:
  std::string_view name() const override { return "term-forbidden"; }
  bool needs_glossary() const override { return true; }

  // Every bead, 0-1 ones too: a forbidden form is wrong wherever it stands.
  void Run(const CheckContext& context, std::vector<Finding>& findings) const override {
    std::unique_ptr<SegmentMemo> own_memo;
    const SegmentMemo& memo = MemoOf(context, own_memo);
    for (std::size_t b = 0; b < context.alignment.beads.size(); ++b) {
      const Bead& bead = context.alignment.beads[b];
      for (std::size_t t : bead.tgt) {
        for (const TermMatch& m : memo.Matches(TermSide::kForbidden, t)) {
          findings.push_back(Describe(context.glossary->terms[m.term], b, bead, m));
        }
      }
    }
  }

 private:
  Finding Describe(const Term& term, std::size_t b, const Bead& bead, const TermMatch& m) const {
    Finding finding = TermFinding(name(), b, bead, term);
    finding.found = m.surface;
    finding.spans.push_back({false, m.segment, m.range});
    // Name the entry, not just its source form: for names (Kaboul) the two look alike.
    finding.message = "the translation uses " + Quoted(m.surface) +
                      ", forbidden by glossary entry " + Quoted(term.sources[0]);
    if (!term.targets.empty()) finding.message += "; use " + Alternatives(term.targets);
    finding.message += " (" + term.where.ToString() + ")";
    return finding;
  }
};

}  // namespace

std::unique_ptr<Check> MakeTermMissingCheck() { return std::make_unique<TermMissingCheck>(); }
std::unique_ptr<Check> MakeTermForbiddenCheck() { return std::make_unique<TermForbiddenCheck>(); }

}  // namespace talign
