// Acronyms in term spellings: a desk pins which acronym the target uses, and writes it in
// capitals even where the corpus lowers it ("the phe protocol" beside "PHE").
//
//   IsAcronym("OMS") == true;  IsAcronym("Obama") == false
//   WithSourceAcronyms("RSC du RCGP", "rcgp rsc") == "RCGP RSC"
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "talign/extract/term_candidates.h"

namespace talign {

// Capitals and digits, two letters or more: "OMS", "UNESCO", "H1N1".
bool IsAcronym(std::string_view word);

// `target` with each word that folds to a word of `source` with two capitals or more (an
// acronym, "SARS-CoV-2") written as the source writes it.
std::string WithSourceAcronyms(const std::string& source, const std::string& target);

// The spans an acronym in parentheses right after spells with its content words' initials,
// accents folded, with that acronym's word index: "Organisation mondiale de la santé (OMS)",
// "syndrome respiratoire aigu sévère (SRAS)".
std::vector<std::pair<TermSpan, std::size_t>> AcronymExpansions(const std::vector<TermWord>& words,
                                                                const std::vector<TermSpan>& spans);

}  // namespace talign
