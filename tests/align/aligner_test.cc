// The whole aligner on small real cases. Sentences are from WMT newstest2013 (Le Monde,
// Libération, BBC; research use, see ../shared/data/news-fr-en-dev/README.md), with
// the edits of its doc-test gold, unless marked as written for the test.
#include "talign/align/aligner.h"

#include <gtest/gtest.h>

#include "segments.h"

namespace talign {
namespace {

using testing::BeadsText;
using testing::Segments;

struct Case {
  const char* name;
  std::vector<std::string> src;
  std::vector<std::string> tgt;
  const char* beads;
};

const Case kCases[] = {
    {"merge: two French sentences, one English",
     {"L'étape-clé consiste à écrire cette nouvelle transaction dans ce livre.",
      "Elle passe par la résolution d'un défi mathématique lancé aux ordinateurs, et dont le "
      "gagnant, sorte de banquier central provisoire, aura le privilège d'ajouter cette ligne "
      "supplémentaire.",
      "Il s'agit d'une phase de hachage de fichier, c'est-à-dire de transformation d'un gros "
      "fichier en une empreinte numérique plus courte et unique.",
      "Les ordinateurs \"prennent\" la nouvelle transaction et lui ajoutent un nombre avant de "
      "\"hacher\" l'ensemble."},
     {"The key step is entering the new transaction in the book.",
      "It passes through the resolution of a mathematical challenge issued to the computers, and "
      "the winner, a kind of interim central banker, will have the privilege of adding this extra "
      "line - this is a file hashing phase, i.e. the transformation of a large file into a "
      "shorter and unique digital imprint.",
      "Computers \"take\" the new transaction and add a number to it, then \"hash\" it all up."},
     "[0]:[0] [1,2]:[1] [3]:[2]"},
    {"split, then an English-only 'Advertisement'",
     {"Cachée sous les autoponts des autoroutes, elle constitue, à bien des égards, une banlieue "
      "de la ville de Mexico ; et les problèmes dans la municipalité sont également concrets et "
      "urbains.",
      "Plus tôt dans l'année, les militaires ont été appelés à la rescousse pour lutter contre les "
      "gangs de drogue qui sévissent dans les quartiers, et les violences faites aux femmes y sont "
      "particulièrement graves."},
     {"Tucked away under motorway flyovers, it is in many ways a suburb of Mexico City itself.",
      "And the problems in the municipality are also gritty and urban.", "Advertisement",
      "Earlier this year, the military was called in to help tackle the drug gangs operating in "
      "the neighbourhoods, and violence against women is particularly acute."},
     "[0]:[0,1] []:[2] [1]:[3]"},
    {"furniture 'Publicité' dropped between a split and a merge",
     {"Les Afghanes ont payé le prix de l'obscurantisme de ces paysans dépassés par "
      "l'organisation d'Al-Qaeda, mais leur situation ne s'est pas améliorée de nos jours.",
      "Publicité",
      "Anciens moudjahidin, gouvernement afghan et actuels talibans se rejoignent dans le désir "
      "de garder les femmes dans une position inférieure.",
      "Les principaux notables de la guerre antisoviétique sont revenus au pouvoir en 2001."},
     {"Afghanis paid the price of the obscurantism of these peasants by the organisation of "
      "Al-Qaeda.",
      "But their situation has not improved today.",
      "Former Mujahidin, the Afghan Government and the current Taliban are allied in the desire to "
      "keep women in an inferior position; the main anti-Soviet war leaders returned to power in "
      "2001."},
     "[0]:[0,1] [1]:[] [2,3]:[2]"},
    {"omission: a sentence the translator left out",
     {"Environ 200 000 transactions ont déjà été enregistrées grâce à 15 000 ordinateurs sur le "
      "réseau.",
      "Un petit millier de sites Web acceptent les bitcoins comme dons ou comme moyen de "
      "paiement."},
     {"Close to a thousand web sites accept bitcoins as donations or means of payment."},
     "[0]:[] [1]:[0]"},
    {"numbers decide, whatever their order and format (written for the test)",
     {"En 2012, le chômage a atteint 10,5 %, soit 3 100 000 personnes.",
      "Il était de 9,8 % en 2011."},
     {"In 2011, it was 9.8%."},
     "[0]:[] [1]:[0]"},
    {"empty source", {}, {"Advertisement"}, "[]:[0]"},
    {"empty target", {"Publicité"}, {}, "[0]:[]"},
    {"both empty", {}, {}, ""},
};

TEST(AlignSegmentsTest, RealCases) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(BeadsText(AlignSegments(Segments(c.src), Segments(c.tgt))), c.beads);
  }
}

TEST(AlignSegmentsTest, ScoresAreProbabilities) {
  for (const Case& c : kCases) {
    for (const Bead& bead : AlignSegments(Segments(c.src), Segments(c.tgt)).beads) {
      EXPECT_GT(bead.score, 0.0);
      EXPECT_LE(bead.score, 1.0);  // 1 when no other path exists
    }
  }
}

TEST(AlignSegmentsTest, SameInputSameOutput) {
  const Case& c = kCases[2];
  Alignment a = AlignSegments(Segments(c.src), Segments(c.tgt));
  Alignment b = AlignSegments(Segments(c.src), Segments(c.tgt));
  ASSERT_EQ(a.beads.size(), b.beads.size());
  for (std::size_t k = 0; k < a.beads.size(); ++k) {
    EXPECT_EQ(a.beads[k], b.beads[k]);
    EXPECT_EQ(a.beads[k].score, b.beads[k].score);
  }
}

}  // namespace
}  // namespace talign
