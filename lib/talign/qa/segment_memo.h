// What several checks derive from the same segment, computed once per RunChecks rather than
// once per check: its tokens, and the glossary forms found in it.
//
//   SegmentMemo memo(context.src, context.tgt, context.matcher);
//   memo.SourceTokens(3);                        // Tokenize(src[3].text), kept
//   memo.Matches(TermSide::kForbidden, 7);       // matcher->Find(kForbidden, tgt[7].text, 7)
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "talign/glossary/term_matcher.h"
#include "talign/qa/check.h"
#include "talign/text/document.h"
#include "talign/text/tokenizer.h"

namespace talign {

// Borrows the segments and the matcher: they must outlive it, and the segments must not
// change. Fills lazily, so not thread-safe; returned references live as long as the memo.
class SegmentMemo {
 public:
  SegmentMemo(const std::vector<Segment>& src, const std::vector<Segment>& tgt,
              const TermMatcher* matcher);

  const std::vector<Token>& SourceTokens(std::size_t segment) const;
  const std::vector<Token>& TargetTokens(std::size_t segment) const;

  // Source forms (kSource) are looked up in src, target and forbidden ones in tgt. Requires
  // a matcher.
  const std::vector<FormMatch>& FormMatches(TermSide side, std::size_t segment) const;
  const std::vector<TermMatch>& Matches(TermSide side, std::size_t segment) const;

 private:
  struct Found {
    std::vector<FormMatch> forms;
    std::vector<TermMatch> terms;
  };
  const Found& FoundIn(TermSide side, std::size_t segment) const;

  const std::vector<Segment>& src_;
  const std::vector<Segment>& tgt_;
  const TermMatcher* matcher_;
  mutable std::vector<std::optional<std::vector<Token>>> src_tokens_, tgt_tokens_;
  mutable std::vector<std::optional<Found>> found_[3];  // by TermSide
};

// *context.memo; for a context that has none (not from RunChecks), a new memo kept in
// `fallback`.
const SegmentMemo& MemoOf(const CheckContext& context, std::unique_ptr<SegmentMemo>& fallback);

}  // namespace talign
