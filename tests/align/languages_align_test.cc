// Greek-, Icelandic- and Russian-English: the first twelve sentences of the seed article
// (corpora/seed/article.en.sentences), translated for this test as a news translator
// would, each with one merge (two English sentences in one) and one sentence left out,
// aligned as `talign align --src-lang el|is|ru` does (FreeDict, each side's punctuation).
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "segments.h"
#include "talign/align/aligner.h"
#include "talign/align/anchor_keys.h"
#include "talign/align/dictionary_links.h"
#include "talign/align/freedict.h"
#include "talign/text/punctuation_marks.h"
#include "test_util/alignment_score.h"
#include "test_util/language_resources.h"
#include "test_util/test_data.h"

namespace talign {
namespace {

using namespace talign::testing;

struct LanguageCase {
  const char* code;
  std::vector<std::string> sentences;
  const char* beads;  // the whole alignment with the English, one bead a line
};

const LanguageCase kCases[] = {
    {"el",  // merges English 4 and 5 (the quote), leaves out 7 (the Doha reference)
     {"Μαχητές των Ταλιμπάν και Αφγανοί χωρικοί γιορτάζουν τη συμφωνία με την Ουάσιγκτον στην "
      "περιφέρεια Αλινγκάρ της επαρχίας Λαγκμάν, στις 2 Μαρτίου 2020.",
      "Οι Ηνωμένες Πολιτείες πραγματοποίησαν αεροπορική επιδρομή κατά μαχητών των Ταλιμπάν στην "
      "επαρχία Χελμάντ, στο νότιο Αφγανιστάν, την Τετάρτη 4 Μαρτίου, δήλωσε εκπρόσωπος των "
      "αμερικανικών δυνάμεων.",
      "Ήταν το πρώτο αμερικανικό πλήγμα αφότου η Ουάσιγκτον και οι Ταλιμπάν υπέγραψαν το Σάββατο "
      "συμφωνία που ανοίγει τον δρόμο για την αποχώρηση των αμερικανικών στρατευμάτων από τη "
      "χώρα.",
      "Ο συνταγματάρχης Σόνι Λέγκετ, εκπρόσωπος των αμερικανικών δυνάμεων στο Αφγανιστάν, "
      "υπερασπίστηκε τα πλήγματα στο Twitter.",
      "Σύμφωνα με τον ίδιο, οι Ταλιμπάν «επιτίθεντο ενεργά σε σημείο ελέγχου [των αφγανικών "
      "δυνάμεων ασφαλείας]» και το πλήγμα ήταν αμυντικό, «για να αναχαιτιστεί η επίθεση».",
      "Οι Ηνωμένες Πολιτείες παραμένουν προσηλωμένες στην ειρηνευτική διαδικασία, πρόσθεσε ο "
      "εκπρόσωπος, καλώντας τους Ταλιμπάν να σταματήσουν τις «άσκοπες επιθέσεις» τους και να "
      "τηρήσουν τις δεσμεύσεις τους.",
      "Η συμφωνία προβλέπει τόσο την αποχώρηση του αμερικανικού στρατιωτικού σώματος μέσα σε 14 "
      "μήνες όσο και την έναρξη διαπραγματεύσεων μεταξύ της Καμπούλ και των Ταλιμπάν.",
      "Τραμπ και μουλάς Μπαραντάρ: μια «πολύ καλή σχέση»",
      "Το αμερικανικό «αμυντικό πλήγμα» ήρθε ως απάντηση σε σειρά επιθέσεων των Ταλιμπάν τη "
      "νύχτα της Τρίτης προς Τετάρτη, στις οποίες σκοτώθηκαν τουλάχιστον 20 Αφγανοί στρατιώτες "
      "και αστυνομικοί.",
      "Οι επιθέσεις έγιναν λίγο μετά από μια ασυνήθιστη τηλεφωνική συνομιλία του Ντόναλντ Τραμπ "
      "με τον ανώτατο εκπρόσωπο των Ταλιμπάν, τον μουλά Αμπντούλ Γκάνι Μπαραντάρ."},
     "[0]:[0] [1]:[1] [2]:[2] [3]:[3] [4]:[4,5] [5]:[6] []:[7] [6]:[8] [7]:[9] [8]:[10] "
     "[9]:[11]"},
    {"is",  // leaves out English 2 (the first strike), merges 7 and 8 (Doha, the deal)
     {"Vígamenn talíbana og afganskir þorpsbúar fagna samkomulaginu við Washington í "
      "Alingar-héraði í Laghman-sýslu 2. mars 2020.",
      "Bandaríkin gerðu loftárás á vígamenn talíbana í Helmand-héraði í suðurhluta Afganistans "
      "á miðvikudag, 4. mars, að sögn talsmanns bandaríska hersins.",
      "Sonny Leggett ofursti, talsmaður bandaríska hersins í Afganistan, varði árásirnar á "
      "Twitter.",
      "Að hans sögn voru talíbanar „að ráðast á eftirlitsstöð [afganskra öryggissveita].",
      "Þetta var varnarárás til að stöðva árásina.“",
      "Bandaríkin eru áfram staðráðin í að styðja friðarferlið, bætti talsmaðurinn við, og "
      "hvatti talíbana til að binda enda á „tilgangslausar árásir“ sínar og standa við "
      "skuldbindingar sínar.",
      "Þar var greinilega vísað til samkomulagsins sem undirritað var í Doha á laugardag, sem "
      "kveður bæði á um brotthvarf bandaríska herliðsins innan 14 mánaða og um upphaf viðræðna "
      "milli Kabúl og talíbana.",
      "Trump og Baradar múlla: „mjög gott samband“",
      "Bandaríska „varnarárásin“ var svar við röð árása talíbana aðfaranótt miðvikudags þar sem "
      "að minnsta kosti 20 afganskir hermenn og lögreglumenn féllu.",
      "Árásirnar voru gerðar skömmu eftir óvenjulegt símtal Donalds Trump við æðsta fulltrúa "
      "talíbana, Abdul Ghani Baradar múlla."},
     "[0]:[0] [1]:[1] []:[2] [2]:[3] [3]:[4] [4]:[5] [5]:[6] [6]:[7,8] [7]:[9] [8]:[10] "
     "[9]:[11]"},
    {"ru",  // merges English 2 and 3 (the strike, the first since the deal), leaves out 10
     {"Боевики «Талибана» и афганские сельские жители празднуют соглашение с Вашингтоном в "
      "районе Алингар провинции Лагман 2 марта 2020 года.",
      "В среду, 4 марта, США нанесли авиаудар по боевикам «Талибана» в провинции Гильменд на "
      "юге Афганистана, сообщил представитель американских сил; это первый удар США с тех пор, "
      "как в субботу Вашингтон и талибы подписали соглашение, открывающее путь к выводу "
      "американских войск из страны.",
      "Полковник Сонни Леггетт, представитель американских сил в Афганистане, защитил удары в "
      "Twitter.",
      "По его словам, талибы «активно атаковали контрольно-пропускной пункт [афганских сил "
      "безопасности].",
      "Это был оборонительный удар, чтобы сорвать нападение».",
      "Соединённые Штаты по-прежнему привержены мирному процессу, добавил представитель, "
      "призвав талибов прекратить «бессмысленные нападения» и выполнять свои обязательства.",
      "Это явная отсылка к соглашению, подписанному в субботу в Дохе.",
      "Соглашение предусматривает как вывод американского контингента в течение 14 месяцев, так "
      "и начало переговоров между Кабулом и талибами.",
      "Американский «оборонительный удар» стал ответом на серию нападений талибов в ночь со "
      "вторника на среду, в ходе которых погибли по меньшей мере 20 афганских военных и "
      "полицейских.",
      "Нападения произошли вскоре после необычного телефонного разговора Дональда Трампа с "
      "высшим представителем талибов муллой Абдулом Гани Барадаром."},
     "[0]:[0] [1]:[1,2] [2]:[3] [3]:[4] [4]:[5] [5]:[6] [6]:[7] [7]:[8] []:[9] [8]:[10] "
     "[9]:[11]"},
};

std::vector<std::string> FirstLines(const std::string& path, std::size_t count) {
  std::vector<std::string> lines;
  std::istringstream in(ReadFile(path));
  for (std::string line; lines.size() < count && std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(LanguagesAlignTest, GreekIcelandicAndRussianAgainstEnglish) {
  const std::vector<std::string> english =
      FirstLines(SourcePath("corpora/seed/article.en.sentences"), 12);
  const LanguageResources& en = Resources("en");
  for (const LanguageCase& c : kCases) {
    SCOPED_TRACE(c.code);
    const LanguageResources& src = Resources(c.code);
    AlignerOptions options;
    options.dictionary = LoadFreeDict(src, en);
    options.src_number_words = StandaloneNumberWords(src);
    options.tgt_number_words = StandaloneNumberWords(en);
    options.src_marks = PunctuationMarks(src);
    options.tgt_marks = PunctuationMarks(en);
    Alignment a = AlignSegments(Segments(c.sentences), Segments(english), options);
    std::string expected = c.beads;
    std::replace(expected.begin(), expected.end(), ' ', '\n');
    EXPECT_EQ(BeadsText(a), BeadsText(BeadsFromText(expected)));
  }
}

// A name or cognate in Greek or Cyrillic letters has the anchor key of its English spelling
// (data/languages/*/align_latin.txt, then ICU's Any-Latin), as written in the news and in
// Candide's Greek and Russian translations.
TEST(LanguagesAlignTest, OtherScriptsShareTheLatinKey) {
  const std::pair<const char*, const char*> kSame[] = {
      {"Ταλιμπάν", "Taliban"}, {"Πανγκλώς", "Pangloss"},     {"Καμπούλ", "Kabul"},
      {"Ντόναλντ", "Donald"},  {"Αμπντούλ", "Abdul"},        {"Ομπάμα", "Obama"},
      {"Ευρώπη", "Europe"},    {"Φιλοσοφία", "philosophy"},  {"Βραζιλία", "Brazil"},
      {"Талибан", "Taliban"},  {"Панглосс", "Pangloss"},     {"Кабул", "Kabul"},
      {"Путин", "Putin"},      {"Лондон", "London"},         {"Германия", "Germany"},
      {"Κάντιντ", "Candide"},  {"Κουνεγκόνδη", "Cunégonde"}, {"Кандид", "Candide"},
      {"Какамбо", "Cacambo"},
  };

  for (const auto& [other, english] : kSame) {
    SCOPED_TRACE(other);
    std::vector<std::string> keys = AnchorKeys(Tokenize(other), {});
    ASSERT_EQ(keys.size(), 1u);
    EXPECT_EQ(keys, AnchorKeys(Tokenize(english), {}));
  }
  // A Latin word keeps its own letters, accents folded.
  EXPECT_EQ(AnchorKeys(Tokenize("Expédition"), {}), std::vector<std::string>{"~exped"});
}

// The clause features read each side's punctuation: Greek asks with ";" and joins clauses
// with the upper stop "·", where English joins them with ";".
TEST(LanguagesAlignTest, ClauseMarksAreEachLanguages) {
  const std::vector<std::string> greek = {"Η απάντηση ήταν σαφής· το σχέδιο αποσύρεται: τέλος.",
                                          "Ποιος πληρώνει; Κανείς.", "Ποιος θα πληρώσει;",
                                          "Το σχέδιο έχει τρία σκέλη·"};
  const std::vector<std::string> english = {"The answer was clear; the plan is withdrawn: end.",
                                            "Who pays; nobody.", "Who will pay;"};
  BitextFeatures f =
      ExtractFeatures(Segments(greek), Segments(english), {}, {}, {},
                      PunctuationMarks(Resources("el")), PunctuationMarks(Resources("en")));
  EXPECT_EQ(f.src[0].inner_clauses, 2u);
  EXPECT_EQ(f.src[1].inner_clauses, 0u);  // a question, then an answer
  EXPECT_FALSE(f.src[2].ends_clause);
  EXPECT_TRUE(f.src[3].ends_clause);
  EXPECT_EQ(f.tgt[0].inner_clauses, 2u);
  EXPECT_EQ(f.tgt[1].inner_clauses, 1u);
  EXPECT_TRUE(f.tgt[2].ends_clause);
}

// FreeDict's Greek lemmas reach the inflected words of the translation through the Greek
// Snowball stemmer: "επιθέσεων" (of attacks) is "επίθεση" → "attack".
TEST(LanguagesAlignTest, GreekFreeDictLinksInflectedWords) {
  const LanguageResources &el = Resources("el"), &en = Resources("en");
  if (FreeDictBase(el, en).empty()) GTEST_SKIP() << "dict-freedict-ell-eng is not installed";
  const LanguageCase& greek = kCases[0];
  BitextFeatures f = ExtractFeatures(
      Segments(greek.sentences),
      Segments(FirstLines(SourcePath("corpora/seed/article.en.sentences"), 12)), {});
  std::vector<WordLink> links = DictionaryLinks(f, LoadFreeDict(el, en));
  auto id = [](const std::vector<std::string>& words, const std::string& word) {
    return static_cast<std::uint32_t>(std::find(words.begin(), words.end(), word) - words.begin());
  };
  const std::pair<const char*, const char*> kLinked[] = {
      {"επιθεσεων", "attacks"}, {"συμφωνια", "agreement"}, {"αποχωρηση", "withdrawal"}};
  for (const auto& [greek_word, english_word] : kLinked) {
    SCOPED_TRACE(greek_word);
    WordLink link(id(f.src_words, greek_word), id(f.tgt_words, english_word));
    ASSERT_LT(link.first, f.src_words.size());
    ASSERT_LT(link.second, f.tgt_words.size());
    EXPECT_TRUE(std::binary_search(links.begin(), links.end(), link));
  }
}

// Debian's dict-freedict-ell-eng (WikDict, 35,308 headwords) gives tens of thousands of
// one-word pairs, "σπίτι" → "house" among them.
TEST(LanguagesAlignTest, GreekEnglishFreeDictLoads) {
  const LanguageResources &el = Resources("el"), &en = Resources("en");
  if (FreeDictBase(el, en).empty()) GTEST_SKIP() << "dict-freedict-ell-eng is not installed";
  Dictionary dictionary = LoadFreeDict(el, en);
  EXPECT_GT(dictionary.pairs().size(), 30'000u);
  EXPECT_LT(dictionary.pairs().size(), 200'000u);
  const WordPairs& pairs = dictionary.pairs();
  EXPECT_NE(
      std::find(pairs.begin(), pairs.end(), std::pair<std::string, std::string>("σπίτι", "house")),
      pairs.end());
}

}  // namespace
}  // namespace talign
