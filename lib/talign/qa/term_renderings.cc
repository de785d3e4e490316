#include "talign/qa/term_renderings.h"

#include <algorithm>
#include <map>
#include <set>

#include "talign/qa/segment_memo.h"

namespace talign {
namespace {

// One target-side match, by form: TermMatcher::FindForms says which form matched, which
// the table needs.
struct TargetForm {
  std::size_t term;
  std::size_t entry;  // the form's place in the term's targets, then forbidden forms
  bool forbidden;
  std::size_t segment;
  ByteRange range;
};

std::string FormText(const Term& term, const TargetForm& m) {
  return m.forbidden ? term.forbidden[m.entry - term.targets.size()] : term.targets[m.entry];
}

// Forbidden "Talibans" also matches the inflection-aware target "Taliban": the words are the
// forbidden form's, so the accepted match on the same words is dropped.
bool HiddenByForbidden(const TargetForm& m, const std::vector<TargetForm>& all) {
  if (m.forbidden) return false;
  for (const TargetForm& f : all) {
    if (f.forbidden && f.term == m.term && f.segment == m.segment && f.range.begin < m.range.end &&
        m.range.begin < f.range.end) {
      return true;
    }
  }
  return false;
}

std::vector<TargetForm> TargetMatches(const Glossary& glossary, const SegmentMemo& memo,
                                      const Bead& bead) {
  std::vector<TargetForm> all;
  for (std::size_t t : bead.tgt) {
    for (TermSide side : {TermSide::kTarget, TermSide::kForbidden}) {
      bool forbidden = side == TermSide::kForbidden;
      for (const FormMatch& m : memo.FormMatches(side, t)) {
        std::size_t offset = forbidden ? glossary.terms[m.match.term].targets.size() : 0;
        all.push_back({m.match.term, offset + m.form, forbidden, t, m.match.range});
      }
    }
  }
  return all;
}

void BeadUses(const Glossary& glossary, const SegmentMemo& memo, const CheckContext& context,
              std::size_t b, std::vector<TermUse>& uses) {
  const Bead& bead = context.alignment.beads[b];
  if (bead.src.empty() || bead.tgt.empty()) return;
  std::set<std::size_t> present;
  for (std::size_t s : bead.src) {
    for (const TermMatch& m : memo.Matches(TermSide::kSource, s)) present.insert(m.term);
  }
  if (present.empty()) return;
  std::map<std::pair<std::size_t, std::size_t>, const TargetForm*> used;  // (term, entry)
  std::vector<TargetForm> matches = TargetMatches(glossary, memo, bead);
  for (const TargetForm& m : matches) {
    if (present.count(m.term) > 0 && !HiddenByForbidden(m, matches))
      used.emplace(std::pair(m.term, m.entry), &m);
  }
  for (std::size_t term : present) {
    bool rendered = false;
    for (const auto& [key, m] : used) {
      if (key.first != term) continue;
      uses.push_back({term, b, FormText(glossary.terms[term], *m), m->forbidden});
      rendered = true;
    }
    if (!rendered) uses.push_back({term, b, "", false});
  }
}

void Count(std::vector<Rendering>& renderings, const std::string& text) {
  for (Rendering& r : renderings) {
    if (r.text == text) {
      ++r.count;
      return;
    }
  }
  renderings.push_back({text, 1});
}

}  // namespace

std::vector<TermUse> GlossaryTermUses(const CheckContext& context) {
  std::unique_ptr<TermMatcher> own_matcher;
  CheckContext with_matcher = context;
  if (with_matcher.matcher == nullptr) {
    own_matcher = std::make_unique<TermMatcher>(*context.glossary, *context.source_language,
                                                *context.target_language);
    with_matcher.matcher = own_matcher.get();
    with_matcher.memo = nullptr;  // a memo without a matcher cannot give matches
  }
  std::unique_ptr<SegmentMemo> own_memo;
  const SegmentMemo& memo = MemoOf(with_matcher, own_memo);
  std::vector<TermUse> uses;
  for (std::size_t b = 0; b < context.alignment.beads.size(); ++b) {
    BeadUses(*context.glossary, memo, context, b, uses);
  }
  return uses;
}

std::vector<TermRenderings> RenderingTable(const Glossary& glossary,
                                           const std::vector<TermUse>& uses) {
  std::map<std::size_t, TermRenderings> rows;
  std::map<std::size_t, std::set<std::size_t>> beads;
  for (const TermUse& use : uses) {
    TermRenderings& row = rows[use.term];
    row.term = glossary.terms[use.term].sources[0];
    beads[use.term].insert(use.bead);
    Count(row.renderings, use.rendering);
  }
  std::vector<TermRenderings> table;
  for (auto& [term, row] : rows) {
    row.beads = beads[term].size();
    std::stable_sort(row.renderings.begin(), row.renderings.end(),
                     [](const Rendering& a, const Rendering& b) { return a.count > b.count; });
    table.push_back(std::move(row));
  }
  return table;
}

}  // namespace talign
