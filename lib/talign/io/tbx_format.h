// Glossaries as TBX-Basic, the term exchange format CAT tools import (Trados MultiTerm,
// memoQ, Phrase, OmegaT).
//
//   std::string tbx = GlossaryToTbx(glossary);
//   Glossary back = GlossaryFromTbx(tbx, "desk.tbx", fr, en);  // same terms, see below
//
// Mapping, one <termEntry id=ID> per term:
//   source forms  → <langSet xml:lang=SRC><tig><term>, the first preferredTerm-admn-sts,
//                   the others admittedTerm-admn-sts
//   targets       → <langSet xml:lang=TGT>, the same way
//   forbidden     → <tig> in the target langSet with deprecatedTerm-admn-sts
//   domains       → <descrip type="subjectField">, one each;  note → <note>
//   definition    → <descrip type="definition"> in the source langSet
// TBX-Basic has no place for case_sensitive, severity, count, score or examples: they are
// not exported, and import leaves them at their defaults.
#pragma once

#include <string>
#include <string_view>

#include "talign/base/language.h"
#include "talign/glossary/glossary.h"

namespace talign {

std::string GlossaryToTbx(const Glossary& glossary);

// Reads <termEntry>s (terms in <tig> or <ntig><termGrp>); langSets of other languages are
// skipped; supersededTerm-admn-sts counts as deprecated. Entry locations point into the TBX.
// Throws Error{kData, file:line} for malformed XML, a root that is not <martif> (or <tbx>),
// or an entry with no term in `src`.
Glossary GlossaryFromTbx(std::string_view xml, const std::string& file_name, const Language& src,
                         const Language& tgt);

}  // namespace talign
