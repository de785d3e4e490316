// untranslated. Both verdicts are errors: a sentence left in the source language is not
// publishable. The language verdict is conservative (language_profile.cc: no English
// sentence of newstest2013 reaches it), so that error severity stays trustworthy. 0-1 beads
// are checked too: a French sentence pasted into the English is reported here, once, and
// the addition check leaves it alone.
#include "talign/qa/untranslated_check.h"

#include <string>

#include "talign/qa/language_profile.h"
#include "talign/qa/segment_memo.h"
#include "talign/text/normalizer.h"

namespace talign {
namespace {

std::string Squeezed(std::string_view text) {
  std::string out;
  for (char c : FoldForMatch(text)) {
    if (c != ' ') out += c;
  }
  return out;
}

bool IsCopy(const CheckContext& context, const Bead& bead, const std::string& target) {
  std::string joined;
  for (std::size_t s : bead.src) {
    std::string one = Squeezed(context.src[s].text);
    if (one == target) return true;
    joined += one;
  }
  return joined == target;
}

class UntranslatedCheck : public Check {
 public:
  std::string_view name() const override { return "untranslated"; }

  void Run(const CheckContext& context, std::vector<Finding>& findings) const override {
    std::unique_ptr<SegmentMemo> own_memo;
    const SegmentMemo& memo = MemoOf(context, own_memo);
    for (std::size_t b = 0; b < context.alignment.beads.size(); ++b) {
      const Bead& bead = context.alignment.beads[b];
      for (std::size_t t : bead.tgt) {
        const std::string& text = context.tgt[t].text;
        const std::vector<Token>& tokens = memo.TargetTokens(t);
        if (!IsRunningText(text, tokens)) continue;
        std::string message;
        if (IsCopy(context, bead, Squeezed(text))) {
          message = "the target is the source, copied";
        } else if (LooksLike(text, tokens, *context.source_language, *context.target_language)) {
          message = "the target is still in the source language (" +
                    context.source_language->language().code() + ")";
        } else {
          continue;
        }
        Finding finding = BeadFinding(name(), Severity::kError, b, bead);
        finding.target_segments = {t};  // the one target segment at fault
        finding.found = text;
        finding.message = message;
        findings.push_back(std::move(finding));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeUntranslatedCheck() { return std::make_unique<UntranslatedCheck>(); }

}  // namespace talign
