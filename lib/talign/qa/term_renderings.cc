#include "talign/qa/term_renderings.h"

#include <algorithm>
#include <map>
#include <set>

namespace talign {
namespace {

// The glossary with one entry per target or forbidden form: TermMatcher says which term
// matched, not which of its forms, and the table needs the form.
struct FormsGlossary {
  Glossary glossary;
  std::vector<std::size_t> owner;  // forms entry → index of the original term
  std::vector<bool> forbidden;     // forms entry holds a forbidden form
};

void AddForm(FormsGlossary& forms, const Term& term, std::size_t t, const std::string& form,
             bool forbidden) {
  Term entry;
  entry.sources = term.sources;
  entry.case_sensitive = term.case_sensitive;
  (forbidden ? entry.forbidden : entry.targets).push_back(form);
  forms.glossary.terms.push_back(std::move(entry));
  forms.owner.push_back(t);
  forms.forbidden.push_back(forbidden);
}

FormsGlossary SplitForms(const Glossary& glossary) {
  FormsGlossary forms;
  forms.glossary.source_language = glossary.source_language;
  forms.glossary.target_language = glossary.target_language;
  for (std::size_t t = 0; t < glossary.terms.size(); ++t) {
    for (const std::string& form : glossary.terms[t].targets) AddForm(forms, glossary.terms[t], t, form, false);
    for (const std::string& form : glossary.terms[t].forbidden) AddForm(forms, glossary.terms[t], t, form, true);
  }
  return forms;
}

std::string FormText(const FormsGlossary& forms, std::size_t entry) {
  const Term& term = forms.glossary.terms[entry];
  return forms.forbidden[entry] ? term.forbidden[0] : term.targets[0];
}

struct FormMatch {
  std::size_t entry;  // forms entry
  std::size_t segment;
  ByteRange range;
};

// Forbidden "Talibans" also matches the inflection-aware target "Taliban": the words are the
// forbidden form's, so the accepted match on the same words is dropped.
bool HiddenByForbidden(const FormsGlossary& forms, const FormMatch& m,
                       const std::vector<FormMatch>& all) {
  if (forms.forbidden[m.entry]) return false;
  for (const FormMatch& f : all) {
    if (forms.forbidden[f.entry] && forms.owner[f.entry] == forms.owner[m.entry] &&
        f.segment == m.segment && f.range.begin < m.range.end && m.range.begin < f.range.end) {
      return true;
    }
  }
  return false;
}

std::vector<FormMatch> TargetMatches(const TermMatcher& matcher, const CheckContext& context,
                                     const Bead& bead) {
  std::vector<FormMatch> all;
  for (std::size_t t : bead.tgt) {
    for (TermSide side : {TermSide::kTarget, TermSide::kForbidden}) {
      for (const TermMatch& m : matcher.Find(side, context.tgt[t].text, t)) {
        all.push_back({m.term, t, m.range});
      }
    }
  }
  return all;
}

void BeadUses(const FormsGlossary& forms, const TermMatcher& matcher, const CheckContext& context,
              std::size_t b, std::vector<TermUse>& uses) {
  const Bead& bead = context.alignment.beads[b];
  if (bead.src.empty() || bead.tgt.empty()) return;
  std::set<std::size_t> present;
  for (std::size_t s : bead.src) {
    for (const TermMatch& m : matcher.Find(TermSide::kSource, context.src[s].text, s)) {
      present.insert(forms.owner[m.term]);
    }
  }
  if (present.empty()) return;
  std::set<std::pair<std::size_t, std::size_t>> used;  // (term, forms entry)
  std::vector<FormMatch> matches = TargetMatches(matcher, context, bead);
  for (const FormMatch& m : matches) {
    std::size_t owner = forms.owner[m.entry];
    if (present.count(owner) > 0 && !HiddenByForbidden(forms, m, matches)) used.insert({owner, m.entry});
  }
  for (std::size_t term : present) {
    bool rendered = false;
    for (const auto& [owner, entry] : used) {
      if (owner != term) continue;
      uses.push_back({term, b, FormText(forms, entry), forms.forbidden[entry]});
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
  FormsGlossary forms = SplitForms(*context.glossary);
  TermMatcher matcher(forms.glossary);
  std::vector<TermUse> uses;
  for (std::size_t b = 0; b < context.alignment.beads.size(); ++b) {
    BeadUses(forms, matcher, context, b, uses);
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
