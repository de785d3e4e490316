// Each cost component alone, on sentence pairs from WMT newstest2013 doc 03 (Le Monde;
// research use, see ../shared/data/news-fr-en-dev/README.md) unless marked.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>

#include "segments.h"
#include "talign/align/anchor_cost.h"
#include "talign/align/anchor_keys.h"
#include "talign/align/boundary_cost.h"
#include "talign/align/dictionary_cost.h"
#include "talign/align/dictionary_links.h"
#include "talign/align/held_out_evidence.h"
#include "talign/align/length_cost.h"
#include "talign/align/lexical_cost.h"
#include "talign/align/lexical_model.h"
#include "talign/align/null_cost.h"
#include "talign/align/segment_features.h"
#include "talign/text/normalizer.h"
#include "talign/text/punctuation_marks.h"
#include "test_util/language_resources.h"

namespace talign {
namespace {

using testing::Segments;

const std::vector<std::string> kSrc = {
    "Rien de très impressionnant, comparé aux échanges mondiaux en monnaie réelle ou en produits "
    "financiers.",
    "Le cours du bitcoin, après avoir atteint un sommet de 30 dollars (23 euros) en juin 2011, a "
    "chuté à 2 dollars, cinq mois plus tard.",
    "Publicité"};
const std::vector<std::string> kTgt = {
    "Nothing very impressive, compared to global transactions in real currency or financial "
    "products.",
    "The bitcoin exchange rate, after reaching a peak of 30 dollars (23 euros) in June 2011, fell "
    "to 2 dollars five months later."};

BitextFeatures Features() { return ExtractFeatures(Segments(kSrc), Segments(kTgt), {}); }

TEST(AnchorKeysTest, NumbersNamesCognatesAndPunctuation) {
  std::vector<std::string> keys = AnchorKeys(Tokenize("Le 3,5 % de Facebook (BCE) ?"), {});
  EXPECT_EQ(keys, (std::vector<std::string>{"#3.5", "~fakeb", "(", "=bce", "?"}));
}

// Chapter headings number in Roman or in digits, whatever the language: Candide's English
// "CHAPTER 17" is its Spanish "CAPITULO XVII"; Verne's "V" heads "CHAPTER V. FAMINE". A
// single letter is a numeral only in an upper-case heading, never in running text or a unit.
TEST(AnchorKeysTest, RomanChapterNumbersMatchDigits) {
  struct Row {
    const char* segment;
    std::vector<std::string> numbers;
  };
  const Row kRows[] = {
      {"CHAPTER 17 Candide and His Valet Arrive in the Country of El Dorado", {"#17"}},
      {"CAPITULO XVII .", {"#17"}},
      {"V", {"#5"}},
      {"CHAPTER V. FAMINE , THEN VICTORY , FOLLOWED BY DISMAY", {"#5"}},
      {"LIVRE I", {"#1"}},
      {"I said , with my mouth full .", {}},
      {"Louis XIV est mort en 1715 .", {"#14", "#1715"}},
      {"C ) .", {}},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.segment);
    std::vector<std::string> numbers;
    for (const std::string& key : AnchorKeys(Tokenize(row.segment), {})) {
      if (IsNumberKey(key)) numbers.push_back(key);
    }
    EXPECT_EQ(numbers, row.numbers);
  }
}

TEST(AnchorKeysTest, QuotesOfBothLanguagesAreOneKey) {
  EXPECT_EQ(AnchorKeys(Tokenize("« oui »"), {}), AnchorKeys(Tokenize("\"yes\""), {}));
}

// A segment that opens a speaker's turn, by its language's marks (punctuation.tsv's
// `turn` rows), has the turn key "T": French, Spanish, Greek, Russian, Polish and Turkish
// novels open turns with dashes, Icelandic, Swedish and Danish with en dashes, English with
// quotes; each language quotes with its own marks. The French sentences are from
// ../shared/data/transread-fr-en-dev (public-domain novels), the others written for the test.
TEST(AnchorKeysTest, TurnsOpenedByEachLanguagesMarksAreOneKey) {
  struct Row {
    const char* lang;
    const char* segment;
    bool turn;
  };
  const Row kRows[] = {
      {"fr", "— Mettez -vous à la place des gens , on n' y peut rien .", true},
      {"fr", "-- Jane , je n' aime pas qu' on me questionne !", true},
      {"fr", "- Ah bien !", true},
      {"fr", "--Oui , Marthe ; mais le dîner a le droit de n' être pas prêt .", true},
      {"fr", "Il neigea ce jour-là .", false},
      {"fr", "Dites : \" Que voulez -vous , monsieur Reed ? \"", false},
      {"en", "“ Put yourself in people 's place .", true},
      {"en", "\" Jane , I don't like cavillers or questioners .", true},
      {"en", "It snowed that day .", false},
      {"en", "- It snowed that day .", false},  // a dash opens no English turn
      {"es", "— ¿ Qué es eso ? dijo Cándido .", true},
      {"el", "— Τι ώρα είναι ; ρώτησε ο Γιάννης .", true},
      {"el", "« Δεν ξέρω » , απάντησε εκείνη .", true},
      {"el", "Έβρεχε όλη τη νύχτα .", false},
      {"is", "– Hvað er klukkan ? spurði Jón .", true},
      {"is", "„ Ég veit það ekki “ , svaraði hún .", true},
      {"is", "Það rigndi alla nóttina .", false},
      {"sv", "– Vad är klockan ? frågade Johan .", true},
      {"sv", "” Jag vet inte ” , svarade hon .", true},
      {"sv", "» Kom hit » , sade han .", true},
      {"sv", "Det regnade hela natten .", false},
      {"da", "– Hvad er klokken ? spurgte Johan .", true},
      {"da", "» Jeg ved det ikke « , svarede hun .", true},
      {"da", "Det regnede hele natten .", false},
      {"ru", "— Который час ? — спросил Иван .", true},
      {"ru", "« Не знаю » , ответила она .", true},
      {"ru", "Всю ночь шёл дождь .", false},
      {"tr", "— Saat kaç ? diye sordu Ahmet .", true},
      {"tr", "“ Bilmiyorum ” dedi kadın .", true},
      {"tr", "Bütün gece yağmur yağdı .", false},
      {"pl", "— Która godzina ? — zapytał Jan .", true},
      {"pl", "„ Nie wiem ” , odpowiedziała .", true},
      {"pl", "Padało całą noc .", false},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.segment);
    const PunctuationMarks marks(testing::Resources(row.lang));
    std::vector<std::string> keys = AnchorKeys(Tokenize(row.segment), {}, {}, marks.turn);
    EXPECT_EQ(std::count(keys.begin(), keys.end(), "T"), row.turn ? 1 : 0);
  }
}

TEST(AnchorKeysTest, LexiconTermsBecomeSharedKeys) {
  LexiconSide src = FoldLexiconSide({"accord de Doha"});
  LexiconSide tgt = FoldLexiconSide({"Doha agreement"});
  std::vector<std::string> fr = AnchorKeys(Tokenize("l'Accord de Doha"), src);
  std::vector<std::string> en = AnchorKeys(Tokenize("the Doha agreement"), tgt);
  EXPECT_EQ(fr.back(), "L0");
  EXPECT_EQ(en.back(), "L0");
}

// ExtractFeatures keys each distinct token once, yet its ids are those of interning
// AnchorKeys and the folded words segment by segment, wherever a token stands: opening a
// segment ("ONU" has no key there), in a heading ("I", "PREMIER" are numbers there) or in
// running text, before or after its other places.
TEST(ExtractFeaturesTest, IdsAreThoseOfInterningAnchorKeys) {
  const std::vector<std::string> fr = {"CHAPITRE PREMIER", "ONU : le premier accord de Doha.",
                                       "— Et I ? dit l'ONU à Paris, 5 000 fois.", "CHAPITRE I"};
  const std::vector<std::string> en = {"CHAPTER ONE", "UN: the first Doha agreement.",
                                       "“And I?” said the UN in Paris, 5,000 times.", "CHAPTER I"};
  const std::vector<std::pair<std::string, std::string>> lexicon = {
      {"accord de Doha", "Doha agreement"}};
  const LanguageResources &fr_language = testing::Resources("fr"),
                          &en_language = testing::Resources("en");
  const NumberWords fr_numbers = StandaloneNumberWords(fr_language),
                    en_numbers = StandaloneNumberWords(en_language);
  const PunctuationMarks fr_marks(fr_language), en_marks(en_language);
  const BitextFeatures f = ExtractFeatures(Segments(fr), Segments(en), lexicon, fr_numbers,
                                           en_numbers, fr_marks, en_marks);
  const auto [fr_lexicon, en_lexicon] = FoldLexicon(lexicon);
  std::map<std::string, std::uint32_t> anchors;
  auto intern = [](std::map<std::string, std::uint32_t>* ids, const std::string& key) {
    return ids->emplace(key, static_cast<std::uint32_t>(ids->size())).first->second;
  };
  auto expect_side = [&](const std::vector<std::string>& texts,
                         const std::vector<SegmentFeatures>& side, const LexiconSide& lexicon_side,
                         const NumberWords& numbers, const PunctuationMarks& marks) {
    std::map<std::string, std::uint32_t> words;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      SCOPED_TRACE(texts[i]);
      const std::vector<Token> tokens = Tokenize(texts[i]);
      std::vector<std::uint32_t> expected_anchors, expected_words;
      for (const std::string& key : AnchorKeys(tokens, lexicon_side, numbers, marks.turn))
        expected_anchors.push_back(intern(&anchors, key));
      std::sort(expected_anchors.begin(), expected_anchors.end());
      for (const Token& t : tokens) {
        if (t.kind != TokenKind::kPunct)
          expected_words.push_back(intern(&words, FoldForMatch(t.text)));
      }
      EXPECT_EQ(side[i].anchors, expected_anchors);
      EXPECT_EQ(side[i].words, expected_words);
    }
  };
  expect_side(fr, f.src, fr_lexicon, fr_numbers, fr_marks);
  expect_side(en, f.tgt, en_lexicon, en_numbers, en_marks);
  EXPECT_EQ(f.anchor_count, anchors.size());
}

// The seed article's sentences 1 and 2 with the desk glossary's pairs: a term's several
// accepted translations are one anchor, so a 2-2 bead gains nothing over two 1-1 beads.
TEST(AnchorKeysTest, TranslationsOfOneTermShareItsKey) {
  const std::vector<std::pair<std::string, std::string>> lexicon = {
      {"États-Unis", "United States"},
      {"États-Unis", "US"},
      {"frappe", "strike"},
      {"frappe", "airstrike"},
      {"bombardement aérien", "airstrike"}};
  BitextFeatures f = ExtractFeatures(
      Segments({"Les États-Unis ont effectué un bombardement aérien sur des combattants.",
                "C'est la première frappe américaine depuis l'accord."}),
      Segments({"The United States carried out an airstrike on fighters.",
                "It was the first US strike since the agreement."}),
      lexicon);
  std::size_t first = CountCommonAnchors(f.src, {0, 1, 0, 1}, f.tgt);
  std::size_t second = CountCommonAnchors(f.src, {1, 1, 1, 1}, f.tgt);
  EXPECT_GE(first, 2u);   // États-Unis, bombardement aérien
  EXPECT_GE(second, 1u);  // frappe
  EXPECT_EQ(CountCommonAnchors(f.src, {0, 2, 0, 2}, f.tgt), first + second);
}

TEST(LengthCostTest, TranslationsCostLittleMismatchesMuch) {
  BitextFeatures f = Features();
  LengthCost length(f, kDefaultLengthVariance);
  double right = length.Cost({1, 1, 1, 1});
  double wrong = length.Cost({1, 1, 0, 1});
  EXPECT_LT(right, 0.5);
  EXPECT_GT(wrong, right + 1.0);
  EXPECT_EQ(length.Cost({2, 1, 1, 0}), 0.0);  // null beads: no length evidence
}

TEST(LengthCostTest, VarianceFromPairsAndFallback) {
  EXPECT_EQ(EstimateLengthVariance({{100, 100}}, 1.0), kDefaultLengthVariance);  // too few
  std::vector<std::pair<std::size_t, std::size_t>> exact(20, {100, 110});
  EXPECT_DOUBLE_EQ(EstimateLengthVariance(exact, 1.1), 1.0);  // floor
}

TEST(AnchorCostTest, CountsSharedAnchorsOnlyInTheRightBead) {
  BitextFeatures f = Features();
  // "30", "23", "2011", "2", "(", "bitco", "dolla"×2, "euros", "June"≠"juin": ≥ 8 shared.
  EXPECT_GE(CountCommonAnchors(f.src, {1, 1, 1, 1}, f.tgt), 8u);
  EXPECT_LE(CountCommonAnchors(f.src, {1, 1, 0, 1}, f.tgt), 1u);
  AnchorCost anchors(f, 2.0);
  EXPECT_EQ(anchors.Cost({1, 1, 1, 1}),
            -2.0 * static_cast<double>(CountCommonAnchors(f.src, {1, 1, 1, 1}, f.tgt)));
}

// Every bead of every shape, priced one by one and a row at a time (as the DP does).
void ExpectRowsCostTheirBeads(const CostComponent& component, const BitextFeatures& f) {
  for (const BeadShape& shape : kBeadShapes) {
    if (shape.src > f.src.size() || shape.tgt > f.tgt.size()) continue;
    for (std::size_t i = 0; i + shape.src <= f.src.size(); ++i) {
      const std::size_t count = f.tgt.size() - shape.tgt + 1;
      std::vector<double> row(count, 0.5);
      component.AddCosts({i, shape.src, 0, shape.tgt}, count, row.data());
      for (std::size_t j = 0; j < count; ++j) {
        SCOPED_TRACE(::testing::Message() << i << "+" << shape.src << " " << j << "+" << shape.tgt);
        EXPECT_EQ(row[j], 0.5 + component.Cost({i, shape.src, j, shape.tgt}));
      }
    }
  }
}

// Sliding the target run (AnchorCost::AddCosts) counts each bead's anchors afresh, and a
// target segment alone counts a repeated anchor as often as the source has it: "dollars"
// and "~bitco" ("bitcoin", "bitcoincharts") are in the second pair's English sentence 3 and
// 2 times, in each French one once (the same article's sentences 4, 7 and 40; 4 and 6).
TEST(AnchorCostTest, CountsTheMultisetOfEveryShape) {
  struct Row {
    std::vector<std::string> src, tgt;
  } rows[] = {
      {{kSrc[1], kSrc[0], kSrc[1], kSrc[2], kSrc[1]},
       {kTgt[1], kTgt[1], kTgt[0], kTgt[1], kTgt[0]}},
      {{"En fait, Bitcoin, inventé par Satoshi Nakamoto (un pseudonyme), est à la fois une monnaie "
        "virtuelle (mais convertible en dollars, euros...) et un protocole d'échange sécurisé à la "
        "manière de BitTorrent, qui permet l'échange de fichiers de pair à pair.",
        "\"Trente mille dollars ont été échangés\", se réjouit Jon Holmquist, qui travaille pour "
        "Coinabul, lequel convertit des bitcoins en or."},
       {"The bitcoin exchange rate, after reaching a peak of 30 dollars (23 euros) in June 2011, "
        "fell to 2 dollars five months later, returning today to around a dozen dollars (rates are "
        "listed on the bitcoincharts.com site).",
        "In fact, Bitcoin, invented by Satoshi Nakamoto (a pseudonym), is both a virtual currency "
        "(but convertible into dollars, euros) and a secure exchange protocol like BitTorrent, "
        "which allows peer-to-peer file exchange."}},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.src[0]);
    BitextFeatures f = ExtractFeatures(Segments(row.src), Segments(row.tgt), {});
    AnchorCost anchors(f, 1.0);
    for (const BeadShape& shape : kBeadShapes) {
      if (IsNullShape(shape)) continue;
      for (std::size_t i = 0; i + shape.src <= f.src.size(); ++i) {
        for (std::size_t j = 0; j + shape.tgt <= f.tgt.size(); ++j) {
          BeadView bead{i, shape.src, j, shape.tgt};
          SCOPED_TRACE(::testing::Message()
                       << i << "+" << shape.src << " " << j << "+" << shape.tgt);
          EXPECT_EQ(anchors.Cost(bead),
                    -static_cast<double>(CountCommonAnchors(f.src, bead, f.tgt)));
        }
      }
    }
    ExpectRowsCostTheirBeads(anchors, f);
  }
}

TEST(CostComponentsTest, RowsCostWhatTheirBeadsCost) {
  BitextFeatures f = ExtractFeatures(Segments({kSrc[1], kSrc[0], kSrc[2], kSrc[1], kSrc[0]}),
                                     Segments({kTgt[0], kTgt[1], kTgt[1], kTgt[0], kTgt[1]}), {});
  ExpectRowsCostTheirBeads(NullCost(f, 1.0, 0.03), f);
  ExpectRowsCostTheirBeads(AnchorCost(f, 2.5, 0.6), f);
  ExpectRowsCostTheirBeads(LengthCost(f, 6.8), f);
  ExpectRowsCostTheirBeads(BoundaryCost(f, 1.2, 0.6, 0.6), f);
  std::vector<PathBead> path;
  for (std::size_t k = 0; k < 5; ++k) path.push_back({{k, 1, k, 1}});
  LexicalModel model = TrainLexicalModel(f, path);
  ExpectRowsCostTheirBeads(LexicalCost(f, model.forward, model.backward, 0.8), f);
}

std::uint32_t WordId(const std::vector<std::string>& words, const std::string& word) {
  return static_cast<std::uint32_t>(std::find(words.begin(), words.end(), word) - words.begin());
}

// The English adds a sentence, and pass 1 glues it to the one before (a 1-2 bead): its
// words, and the others seen once in that merge, keep none of the evidence Model 1 learnt
// there; a word also seen in a 1-1 bead, or seeded, keeps its share.
TEST(HeldOutEvidenceTest, WordsSeenOnceInAMergeKeepNoEvidence) {
  std::vector<std::string> tgt = kTgt;
  tgt.push_back("Its price has since recovered.");
  BitextFeatures f = ExtractFeatures(Segments({kSrc[0], kSrc[1]}), Segments(tgt), {});
  const std::vector<PathBead> glued = {{{0, 1, 0, 1}}, {{1, 1, 1, 2}}};
  const std::uint32_t exchange = WordId(f.tgt_words, "exchange");
  const std::vector<WordLink> seeds = {{WordId(f.src_words, "cours"), exchange}};
  HeldOutShares shares = LeaveOneOutShares(f, glued, seeds, 2.0, 1.0);
  const struct {
    const char* word;
    float share;
  } kRows[] = {{"recovered", 0.0f}, {"price", 0.0f}, {"peak", 0.0f},
               {"nothing", 1.0f},   {"to", 0.75f},   {"exchange", 2.0f / 3.0f}};
  for (const auto& row : kRows) {
    SCOPED_TRACE(row.word);
    EXPECT_FLOAT_EQ(shares.tgt[WordId(f.tgt_words, row.word)], row.share);
  }
  EXPECT_EQ(shares.src[WordId(f.src_words, "rien")], 1.0f);
  EXPECT_EQ(shares.src[WordId(f.src_words, "sommet")], 0.0f);
  HeldOutShares kept = LeaveOneOutShares(f, glued, seeds, 2.0, 0.0);
  EXPECT_EQ(std::count(kept.tgt.begin(), kept.tgt.end(), 1.0f), f.tgt_vocabulary);

  LexicalModel model = TrainLexicalModel(f, glued, 8000, seeds, 2.0);
  LexicalCost learnt(f, model.forward, model.backward, 0.8);
  LexicalCost held_out(f, model.forward, model.backward, 0.8, 0.0, &shares);
  EXPECT_LT(learnt.Cost({1, 1, 1, 2}), learnt.Cost({1, 1, 1, 1}));  // the glued one explains
  EXPECT_GT(held_out.Cost({1, 1, 1, 2}), held_out.Cost({1, 1, 1, 1}));
  ExpectRowsCostTheirBeads(held_out, f);
}

// The lexical cost caches word scores and the diagonal prior's scales by row, in slots
// that later rows reuse: each bead costs, after every row before it, what it costs alone.
TEST(LexicalCostTest, RowCachesReusedByLaterRowsCostEachBeadAfresh) {
  std::vector<std::string> src, tgt;
  for (std::size_t k = 0; k < 9; ++k) {
    src.push_back(kSrc[k % 4 % 3]);  // period 4: a reused slot holds other segments
    tgt.push_back(kTgt[k % 2]);
  }
  BitextFeatures f = ExtractFeatures(Segments(src), Segments(tgt), {});
  std::vector<PathBead> path;
  for (std::size_t k = 0; k < 9; ++k) path.push_back({{k, 1, k, 1}});
  LexicalModel model = TrainLexicalModel(f, path);
  for (double diagonal : {0.0, 4.0}) {
    LexicalCost reused(f, model.forward, model.backward, 0.8, diagonal);
    for (const BeadShape& shape : kBeadShapes) {
      for (std::size_t i = 0; i + shape.src <= f.src.size(); ++i) {
        for (std::size_t j = 0; j + shape.tgt <= f.tgt.size(); ++j) {
          const BeadView bead{i, shape.src, j, shape.tgt};
          SCOPED_TRACE(::testing::Message() << diagonal << ": " << i << "+" << shape.src << " " << j
                                            << "+" << shape.tgt);
          LexicalCost alone(f, model.forward, model.backward, 0.8, diagonal);
          EXPECT_EQ(reused.Cost(bead), alone.Cost(bead));
        }
      }
    }
  }
}

// A backward score's diagonal-prior scales are cached by target window and the source
// segment's blocks (3 for a sentence, 1 for "Publicité") in slots by window start modulo
// 256, which windows 256 columns apart share: each bead costs what it costs alone.
TEST(LexicalCostTest, WindowScalesSharedAcrossRowsCostEachBeadAfresh) {
  std::vector<std::string> tgt;
  for (std::size_t k = 0; k < 300; ++k) tgt.push_back(kTgt[k % 2]);
  BitextFeatures f = ExtractFeatures(Segments(kSrc), Segments(tgt), {});
  std::vector<PathBead> path = {{{0, 1, 0, 1}}, {{1, 1, 1, 1}}, {{2, 1, 2, 0}}};
  LexicalModel model = TrainLexicalModel(f, path);
  LexicalCost reused(f, model.forward, model.backward, 0.8, 4.0);
  for (std::size_t j : {0, 256, 1, 257, 2, 258, 0, 295}) {
    for (std::size_t i = 0; i < f.src.size(); ++i) {
      for (std::size_t count = 2; count <= kMaxShapeSide; ++count) {
        const BeadView bead{i, 1, j, count};
        SCOPED_TRACE(::testing::Message() << i << " " << j << "+" << count);
        LexicalCost alone(f, model.forward, model.backward, 0.8, 4.0);
        EXPECT_EQ(reused.Cost(bead), alone.Cost(bead));
      }
    }
  }
}

// AnchorCost keeps the target anchors the placed source run has too, for the target
// segments asked about and a few more: a bead far to either side of them, or of another
// source run, must still count what it counts alone.
TEST(AnchorCostTest, RunAnchorsKeptForOtherColumnsCountEachBeadAfresh) {
  std::vector<std::string> tgt;
  for (std::size_t k = 0; k < 40; ++k) tgt.push_back(kTgt[k % 2]);
  BitextFeatures f = ExtractFeatures(Segments(kSrc), Segments(tgt), {});
  AnchorCost reused(f, 2.5, 0.6, 0.6);
  for (std::size_t j : {20, 0, 35, 12, 13, 2}) {
    for (std::size_t i = 0; i < f.src.size(); ++i) {
      for (std::size_t count = 1; count <= kMaxShapeSide; ++count) {
        const BeadView bead{i, 1, j, count};
        SCOPED_TRACE(::testing::Message() << i << " " << j << "+" << count);
        EXPECT_EQ(reused.Cost(bead), AnchorCost(f, 2.5, 0.6, 0.6).Cost(bead));
      }
    }
  }
}

TEST(AnchorCostTest, ReorderedNumbersInOtherFormatsStillMatch) {  // written for the test
  BitextFeatures f = ExtractFeatures(Segments({"En 2012, 5 000 manifestants, soit 3,5 %."}),
                                     Segments({"3.5% of them: 5,000 protesters in 2012."}), {});
  EXPECT_EQ(CountCommonAnchors(f.src, {0, 1, 0, 1}, f.tgt), 3u);
}

// Text+Berg dev German 242-243 and French 283-284 (see BoundaryCostTest): "250" crosses
// from the first German sentence to the second French one, so the gold bead is 2-2.
TEST(AnchorCostTest, ANumberLeftOutOfItsBeadIsCharged) {
  BitextFeatures f = ExtractFeatures(
      Segments({"Die ersten beiden Seillängen über dem Bergschrund - noch am 7. Juli - hatten "
                "Stunden gekostet , 250 Höhenmeter erforderten zwei Tage .",
                "Sechs Stunden Steigeisenarbeit an der Grenze des Gleichgewichts ."}),
      Segments({"Les deux premières longueurs de corde audessus de la rimaye - le 7 juillet - "
                "coûtèrent des heures d' efforts .",
                "Il fallut deux jours pour gravir 250 m. Six heures de cramponnage ."}),
      {});
  AnchorCost plain(f, 1.0), charged(f, 1.0, 0.5);
  EXPECT_DOUBLE_EQ(charged.Cost({0, 1, 0, 1}), plain.Cost({0, 1, 0, 1}) + 0.5);  // 250 left
  EXPECT_DOUBLE_EQ(charged.Cost({1, 1, 1, 1}), plain.Cost({1, 1, 1, 1}) + 0.5);  // 250 came
  EXPECT_DOUBLE_EQ(charged.Cost({0, 2, 0, 2}), plain.Cost({0, 2, 0, 2}));        // 7 and 250
  EXPECT_EQ(charged.Cost({0, 1, 0, 0}), 0.0);  // a null bead drops its numbers for free
  ExpectRowsCostTheirBeads(charged, f);
}

// Le Monde's Bitcoin article (news dev set, doc-test/03), French 4 and English 5: neither
// translates the other, and no number of one is anywhere on the other side.
TEST(AnchorCostTest, NumbersTheOtherSideLacksAreCharged) {
  BitextFeatures f = ExtractFeatures(
      Segments({"Environ 200 000 transactions ont déjà été enregistrées grâce à 15 000 "
                "ordinateurs sur le réseau."}),
      Segments({"The bitcoin exchange rate, after reaching a peak of 30 dollars (23 euros) in "
                "June 2011, fell to 2 dollars five months later."}),
      {});
  AnchorCost plain(f, 1.0, 0.6), charged(f, 1.0, 0.6, 0.5);
  EXPECT_DOUBLE_EQ(charged.Cost({0, 1, 0, 1}), plain.Cost({0, 1, 0, 1}) + 0.5 * 6);
  EXPECT_EQ(charged.Cost({0, 1, 0, 0}), 0.0);  // left out, its numbers cost nothing
  EXPECT_EQ(charged.Cost({0, 0, 0, 1}), 0.0);
  ExpectRowsCostTheirBeads(charged, f);
}

TEST(NullCostTest, FurnitureIsFreeShortLinesCheapLongSentencesDear) {
  BitextFeatures f = Features();
  NullCost null(f, 1.0, 0.03);
  EXPECT_EQ(null.Cost({2, 1, 2, 0}), 0.0);  // "Publicité"
  EXPECT_GT(null.Cost({1, 1, 1, 0}), 4.0);  // a long sentence
  EXPECT_EQ(null.Cost({1, 1, 1, 1}), 0.0);
  BitextFeatures short_line = ExtractFeatures(Segments({"Il a fui."}), Segments({}), {});
  EXPECT_DOUBLE_EQ(NullCost(short_line, 1.0, 0.03).Cost({0, 1, 0, 0}), 1.0 + 0.03 * 9);
}

// Text+Berg dev (Sennrich & Volk 2010, GPL v2; ../shared/data/textberg-dev) German 216-217
// and French 256: the colon that ends the second clause invites a 2-1 bead, unless the
// other side has a clause boundary of its own there.
TEST(BoundaryCostTest, BeadsAcrossAClauseMarkGetTheBonus) {
  BitextFeatures f = ExtractFeatures(
      Segments({"Erst am 12. Juni konnte das Basislager bei etwa 4500 m errichtet werden , auf "
                "dem mittleren Younghusband-Gletscher .",
                "Nun begannen die Erkundungen : ", "Diesen Grat gibt es gar nicht ."}),
      Segments({"ce n' est que le 12 juin que le camp de base put être installé , à environ "
                "4500 m , sur le glacier Younghusband médian ;",
                "les reconnaissances commencèrent .", "Il n' y a pas d' arête nord ."}),
      {});
  BoundaryCost boundary(f, 1.2, 0.6);
  EXPECT_EQ(boundary.Cost({0, 1, 0, 1}), 0.0);          // nothing inside a 1-1
  EXPECT_EQ(boundary.Cost({0, 2, 0, 1}), 0.0);          // a full stop inside
  EXPECT_DOUBLE_EQ(boundary.Cost({1, 2, 0, 1}), -1.2);  // ":" inside
  EXPECT_EQ(boundary.Cost({1, 2, 0, 2}), 0.0);          // ":" and ";": parallel clauses
  EXPECT_DOUBLE_EQ(boundary.Cost({0, 2, 0, 2}), -1.2);  // ";" against a full stop
  EXPECT_EQ(boundary.Cost({1, 1, 0, 0}), 0.0);          // null bead
}

// TransRead Jane Eyre (Project Gutenberg; CC BY-SA 4.0 alignment, ../shared/data/
// transread-fr-en-dev) French 42-44 and English 42-43: "me répondit-on." starts in
// lowercase, so it continues the quote before it, which English keeps in one sentence.
TEST(BoundaryCostTest, AContinuationInvitesTheMergeOnlyWhereTheOtherSideHasOneSegmentLess) {
  BitextFeatures f = ExtractFeatures(
      Segments({"-- Dites : \" Que voulez -vous , monsieur Reed ? \"", "me répondit -on .",
                "Je veux que vous veniez ici ! \""}),
      Segments({"\" Say , ' What do you want , Master Reed ? ' \" was the answer .",
                "\" I want you to come here ; \" and seating himself in an arm-chair , he "
                "intimated by a gesture that I was to approach and stand before him ."}),
      {});
  EXPECT_TRUE(f.src[1].continues);
  EXPECT_FALSE(f.src[0].continues);
  EXPECT_FALSE(f.tgt[1].continues);  // a quote mark, then "I"
  BoundaryCost boundary(f, 0.0, 0.6);
  EXPECT_DOUBLE_EQ(boundary.Cost({0, 2, 0, 1}), -0.6);  // the gold 2-1
  EXPECT_EQ(boundary.Cost({0, 2, 0, 2}), 0.0);          // both sides keep their boundary
  EXPECT_EQ(boundary.Cost({1, 2, 0, 1}), 0.0);          // the continuation opens the bead
  EXPECT_EQ(boundary.Cost({0, 1, 0, 2}), 0.0);          // English has no continuation
}

// TransRead Jane Eyre (as above) French 52-53 and English 49, shortened: the English joins two
// French sentences at one of its inner clause marks ("; " and ": "), which a 2-1 bead may use once.
TEST(BoundaryCostTest, InnerClauseMarksInviteAMergeOnTheOtherSide) {
  BitextFeatures f = ExtractFeatures(
      Segments({"Quant à moi , je lui étais antipathique : il me punissait et me maltraitait , "
                "non pas deux ou trois fois par semaine , mais continuellement .",
                "Chacun de mes nerfs le craignait , et chaque partie de ma chair ou de mes os "
                "tressaillait quand il approchait .",
                "Nun begannen die Erkundungen : "}),
      Segments({"He bullied and punished me ; not two or three times in the week , but "
                "continually : every nerve I had feared him , and every morsel of flesh in my "
                "bones shrank when he came near ."}),
      {});
  const std::size_t inner[] = {1, 0, 0};  // a trailing mark ends the clause: not inner
  for (std::size_t i = 0; i < 3; ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(f.src[i].inner_clauses, inner[i]);
  }
  EXPECT_EQ(f.tgt[0].inner_clauses, 2u);
  BoundaryCost boundary(f, 0.0, 0.0, 0.6);
  EXPECT_DOUBLE_EQ(boundary.Cost({0, 2, 0, 1}), -0.6);  // the gold 2-1: one mark used
  EXPECT_DOUBLE_EQ(boundary.Cost({0, 3, 0, 1}), -1.2);  // two segments more, two marks
  EXPECT_EQ(boundary.Cost({0, 1, 0, 1}), 0.0);          // a 1-1 joins nothing
  EXPECT_EQ(boundary.Cost({1, 1, 0, 0}), 0.0);          // null bead
  ExpectRowsCostTheirBeads(boundary, f);
}

// Text+Berg dev German 216-217 and 220, French 256 and 259 (as above): the fragment
// "Nun begannen die Erkundungen :" has no word pass 1 could have trained against French
// 256, but a dictionary links "Erkundungen" and "reconnaissances".
BitextFeatures ErkundungenPair() {
  return ExtractFeatures(
      Segments({"Erst am 12. Juni konnte das Basislager auf dem Gletscher errichtet werden , ",
                "Nun begannen die Erkundungen : ", "Diesen Grat gibt es gar nicht ."}),
      Segments({"ce n' est que le 12 juin que le camp de base fut installé sur le glacier ; "
                "les reconnaissances commencèrent .",
                "Il n' y a pas d' arête nord , pas de glacier ."}),
      {});
}

std::vector<WordLink> ErkundungenLinks(const BitextFeatures& f) {
  return DictionaryLinks(
      f,
      Dictionary(testing::Resources("de"), testing::Resources("fr"),
                 {{"Erkundung", "reconnaissance"}, {"Gletscher", "glacier"}, {"Grat", "arête"}}));
}

TEST(DictionaryCostTest, LinkedWordsCountOnceForTheBeadThatHoldsThem) {
  BitextFeatures f = ErkundungenPair();
  std::vector<WordLink> links = ErkundungenLinks(f);
  ASSERT_EQ(links.size(), 3u);  // "Erkundungen" and "reconnaissances" through their stems
  DictionaryCost dictionary(f, links, 1.0);
  EXPECT_LT(dictionary.Cost({1, 1, 0, 1}), 0.0);
  EXPECT_LT(dictionary.Cost({0, 2, 0, 1}), dictionary.Cost({0, 1, 0, 1}));  // the merge gains
  EXPECT_EQ(dictionary.Cost({1, 1, 1, 1}), 0.0);                            // nothing linked
  EXPECT_LT(dictionary.Cost({2, 1, 1, 1}), 0.0);                            // Grat, arête
  // "Gletscher" has "glacier" in both target segments: a 1-2 bead counts it once.
  EXPECT_GT(dictionary.Cost({0, 1, 0, 2}),
            dictionary.Cost({0, 1, 0, 1}) + dictionary.Cost({0, 1, 1, 1}));
  EXPECT_EQ(dictionary.Cost({1, 1, 1, 0}), 0.0);  // null bead
  ExpectRowsCostTheirBeads(dictionary, f);
}

// The same Text+Berg pair: what a bead would match by chance is charged back, for each
// pair of its source and target segments, so that a merge pays for the chance matches of
// the segment it adds ("Gletscher" has "glacier" in both French segments).
TEST(DictionaryCostTest, ChanceMatchesAreChargedForEachPairOfSegments) {
  BitextFeatures f = ErkundungenPair();
  std::vector<WordLink> links = ErkundungenLinks(f);
  DictionaryCost plain(f, links, 1.0), charged(f, links, 1.0, 1.0);
  auto charge = [&](const BeadView& b) { return charged.Cost(b) - plain.Cost(b); };
  const BeadView beads[] = {{0, 1, 0, 1}, {0, 1, 1, 1}, {1, 1, 0, 1}, {2, 1, 1, 1}, {0, 2, 0, 2}};
  for (const BeadView& b : beads) {
    SCOPED_TRACE(::testing::Message()
                 << b.src_begin << "+" << b.src_count << ":" << b.tgt_begin << "+" << b.tgt_count);
    EXPECT_GT(charge(b), 0.0);
  }
  EXPECT_NEAR(charge({0, 1, 0, 2}), charge({0, 1, 0, 1}) + charge({0, 1, 1, 1}), 1e-9);
  EXPECT_NEAR(
      charge({0, 2, 0, 2}),
      charge({0, 1, 0, 1}) + charge({0, 1, 1, 1}) + charge({1, 1, 0, 1}) + charge({1, 1, 1, 1}),
      1e-9);
  EXPECT_EQ(charged.Cost({1, 1, 1, 0}), 0.0);  // null bead
  ExpectRowsCostTheirBeads(charged, f);
}

// Five segments a side, repeated, with six dictionary pairs: beads of every shape have
// matches in several columns.
// With `swapped`, the same pair with its sides swapped.
BitextFeatures RepeatedFeatures(bool swapped = false) {
  std::vector<Segment> fr = Segments({kSrc[1], kSrc[0], kSrc[2], kSrc[1], kSrc[0]});
  std::vector<Segment> en = Segments({kTgt[0], kTgt[1], kTgt[1], kTgt[0], kTgt[1]});
  return swapped ? ExtractFeatures(en, fr, {}) : ExtractFeatures(fr, en, {});
}

std::vector<WordLink> RepeatedLinks(const BitextFeatures& f, bool swapped = false) {
  WordPairs pairs = {{"monnaie", "currency"}, {"réel", "real"},  {"sommet", "peak"},
                     {"mois", "month"},       {"cours", "rate"}, {"produit", "product"}};
  if (!swapped) {
    return DictionaryLinks(f,
                           Dictionary(testing::Resources("fr"), testing::Resources("en"), pairs));
  }
  for (auto& [fr, en] : pairs) std::swap(fr, en);
  return DictionaryLinks(f, Dictionary(testing::Resources("en"), testing::Resources("fr"), pairs));
}

// Pass 1's re-run and pass 2 weigh one DictionaryEvidence (aligner.cc), whose rows and
// spans of source segments are cached: whatever columns of a row of beads the re-run asked
// for first, each bead costs pass 2 what a dictionary cost of its own gives it, bit for bit.
TEST(DictionaryCostTest, CostsSharingEvidenceAreThoseOfTheirOwn) {
  BitextFeatures f = RepeatedFeatures();
  std::vector<WordLink> links = RepeatedLinks(f);
  ASSERT_GE(links.size(), 5u);
  const DictionaryCost own(f, links, 2.5, 0.2);
  struct Row {
    std::size_t first, count;  // target columns of the re-run's first request
  } kRows[] = {{0, 1}, {1, 2}, {0, 5}, {3, 2}, {4, 1}};
  for (const Row& r : kRows) {
    SCOPED_TRACE(::testing::Message() << "re-run asks " << r.first << "+" << r.count);
    auto evidence = std::make_shared<const DictionaryEvidence>(f, links, 0.2);
    const DictionaryCost rerun(evidence, 0.6, 0.3), pass2(evidence, 2.5);
    for (const BeadShape& shape : kBeadShapes) {
      if (IsNullShape(shape)) continue;
      for (std::size_t i = 0; i + shape.src <= f.src.size(); ++i) {
        const std::size_t count = std::min(r.count, f.tgt.size() + 1 - shape.tgt - r.first);
        if (r.first + shape.tgt > f.tgt.size()) continue;
        std::vector<double> scratch(count, 0.0);
        rerun.AddCosts({i, shape.src, r.first, shape.tgt}, count, scratch.data());
        for (std::size_t j = 0; j + shape.tgt <= f.tgt.size(); ++j) {
          SCOPED_TRACE(::testing::Message()
                       << i << "+" << shape.src << " " << j << "+" << shape.tgt);
          EXPECT_EQ(pass2.Cost({i, shape.src, j, shape.tgt}),
                    own.Cost({i, shape.src, j, shape.tgt}));
        }
      }
    }
    ExpectRowsCostTheirBeads(pass2, f);
  }
}

// The beads of one start row with several source segments share what those segments
// translate of each target segment, whatever their target segments: asked in the DP's
// order of shapes, each row of beads from its last column back to its first (so that each
// request reaches further left), every bead matches what fresh evidence finds for it alone.
TEST(DictionaryCostTest, BeadsOfOneSourceSpanMatchAsAlone) {
  BitextFeatures f = RepeatedFeatures();
  std::vector<WordLink> links = RepeatedLinks(f);
  const DictionaryEvidence shared(f, links, 0.2);
  for (std::size_t i = 0; i + 2 <= f.src.size(); ++i) {
    for (const BeadShape& shape : kBeadShapes) {
      if (shape.src < 2 || shape.tgt == 0 || i + shape.src > f.src.size()) continue;
      for (std::size_t j = f.tgt.size() + 1 - shape.tgt; j-- > 0;) {
        const std::size_t count = f.tgt.size() + 1 - shape.tgt - j;
        std::vector<float> matches(count);
        shared.Matches({i, shape.src, j, shape.tgt}, count, matches.data());
        for (std::size_t x = 0; x < count; ++x) {
          SCOPED_TRACE(::testing::Message()
                       << i << "+" << shape.src << " " << j + x << "+" << shape.tgt);
          float alone = 0.0f;
          DictionaryEvidence(f, links, 0.2).Matches({i, shape.src, j + x, shape.tgt}, 1, &alone);
          EXPECT_EQ(matches[x], alone);
        }
      }
    }
  }
}

// What chance explains of a 1-n bead's segments is what it explains of the n-1 bead of
// the same segments with the sides swapped: each side's segments are weighed alike.
TEST(DictionaryCostTest, UnearnedMatchesOfOneToManyMirrorManyToOne) {
  BitextFeatures f = RepeatedFeatures(), swapped = RepeatedFeatures(/*swapped=*/true);
  const DictionaryEvidence evidence(f, RepeatedLinks(f), 0.2);
  const DictionaryEvidence mirror(swapped, RepeatedLinks(swapped, /*swapped=*/true), 0.2);
  const double segment_chance = 40.0;  // high enough that chance explains some segments
  float most = 0.0f;
  for (const BeadShape& shape : kBeadShapes) {
    if (shape.src != 1 || shape.tgt < 2) continue;
    for (std::size_t i = 0; i < f.src.size(); ++i) {
      for (std::size_t j = 0; j + shape.tgt <= f.tgt.size(); ++j) {
        SCOPED_TRACE(::testing::Message() << i << "+1 " << j << "+" << shape.tgt);
        float one_to_many = 0.0f, many_to_one = 0.0f;
        evidence.UnearnedMatches({i, 1, j, shape.tgt}, 1, segment_chance, &one_to_many);
        mirror.UnearnedMatches({j, shape.tgt, i, 1}, 1, segment_chance, &many_to_one);
        EXPECT_EQ(one_to_many, many_to_one);
        most = std::max(most, one_to_many);
      }
    }
  }
  EXPECT_GT(most, 0.0f);
}

// A segment counts its first 64 linked words (a mask's bits): a run-on OCR line of 80
// linked words costs what its first 64 do.
TEST(DictionaryCostTest, ALongSegmentCountsItsFirst64LinkedWords) {
  std::string run_on, first64;
  for (int k = 0; k < 80; ++k) {
    run_on += "Gletscher ";
    if (k < 64) first64 += "Gletscher ";
  }
  Dictionary dictionary(testing::Resources("de"), testing::Resources("fr"),
                        {{"Gletscher", "glacier"}});
  BitextFeatures long_f =
      ExtractFeatures(Segments({run_on, "Grat ."}), Segments({"le glacier", "l' arête"}), {});
  BitextFeatures short_f =
      ExtractFeatures(Segments({first64, "Grat ."}), Segments({"le glacier", "l' arête"}), {});
  DictionaryCost long_cost(long_f, DictionaryLinks(long_f, dictionary), 1.0);
  DictionaryCost short_cost(short_f, DictionaryLinks(short_f, dictionary), 1.0);
  EXPECT_LT(long_cost.Cost({0, 1, 0, 1}), 0.0);
  EXPECT_FLOAT_EQ(long_cost.Cost({0, 1, 0, 1}), short_cost.Cost({0, 1, 0, 1}));
  ExpectRowsCostTheirBeads(long_cost, long_f);
}

}  // namespace
}  // namespace talign
