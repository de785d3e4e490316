// Acronyms in term spellings: a desk pins which acronym the target uses, and writes it in
// capitals even where the corpus lowers it ("the phe protocol" beside "PHE").
//
//   IsAcronym("OMS") == true;  IsAcronym("Obama") == false
//   WithSourceAcronyms("RSC du RCGP", "rcgp rsc") == "RCGP RSC"
#pragma once

#include <string>
#include <string_view>

namespace talign {

// Capitals and digits, two letters or more: "OMS", "UNESCO", "H1N1".
bool IsAcronym(std::string_view word);

// `target` with each word that folds to a word of `source` with two capitals or more (an
// acronym, "SARS-CoV-2") written as the source writes it.
std::string WithSourceAcronyms(const std::string& source, const std::string& target);

}  // namespace talign
