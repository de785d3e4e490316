#include "talign/extract/stop_words.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace talign {
namespace {

using WordSet = std::unordered_set<std::string_view>;

// Folded spellings (no accents). French lists only what Hunspell tags as content words or
// leaves untagged but news copy uses as filler; English needs the whole closed class.
const std::unordered_map<std::string_view, WordSet>& StopTables() {
  static const auto* tables = new std::unordered_map<std::string_view, WordSet>{
      {"fr",
       {"a",       "au",       "aux",     "avec",    "ce",    "ces",     "cette",    "d",
        "dans",    "de",       "des",     "du",      "elle",  "en",      "est",      "et",
        "etre",    "avoir",    "il",      "ils",     "j",     "je",      "l",        "la",
        "le",      "les",      "leur",    "leurs",   "lui",   "m",       "mais",     "me",
        "n",       "ne",       "nous",    "on",      "ou",    "par",     "pas",      "plus",
        "pour",    "qu",       "que",     "qui",     "s",     "sa",      "se",       "ses",
        "son",     "sur",      "t",       "un",      "une",   "vous",    "y",        "fois",
        "cours",   "part",     "lors",    "selon",   "fait",  "chose",   "choses",   "fin",
        "debut",   "mois",     "an",      "ans",     "annee", "annees",  "jour",     "jours",
        "semaine", "semaines", "hier",    "aujourd", "hui",   "demain",  "monsieur", "madame",
        "mme",     "ete",      "etait",   "sont",    "ont",   "sera",    "peut",     "doit",
        "dit",     "deja",     "encore",  "aussi",   "tres",  "tout",    "tous",     "toute",
        "toutes",  "autre",    "autres",  "meme",    "memes", "quelque", "quelques", "plusieurs",
        "chaque",  "aucun",    "aucune",  "entre",   "sans",  "sous",    "vers",     "chez",
        "contre",  "depuis",   "pendant", "apres",   "avant", "ainsi",   "alors",    "donc"}},
      {"en", {"a",         "about",   "after",    "again",   "against",   "all",       "also",
              "am",        "an",      "and",      "any",     "are",       "as",        "at",
              "be",        "because", "been",     "before",  "being",     "between",   "both",
              "but",       "by",      "can",      "could",   "did",       "do",        "does",
              "doing",     "down",    "during",   "each",    "even",      "ever",      "every",
              "few",       "for",     "from",     "further", "get",       "got",       "had",
              "has",       "have",    "having",   "he",      "her",       "here",      "hers",
              "him",       "his",     "how",      "however", "i",         "if",        "in",
              "into",      "is",      "it",       "its",     "just",      "last",      "like",
              "made",      "make",    "many",     "may",     "me",        "might",     "more",
              "most",      "much",    "must",     "my",      "new",       "no",        "nor",
              "not",       "now",     "of",       "off",     "on",        "once",      "one",
              "only",      "or",      "other",    "our",     "out",       "over",      "own",
              "per",       "said",    "same",     "say",     "says",      "she",       "should",
              "since",     "so",      "some",     "still",   "such",      "than",      "that",
              "the",       "their",   "them",     "then",    "there",     "these",     "they",
              "this",      "those",   "through",  "to",      "too",       "under",     "until",
              "up",        "upon",    "us",       "very",    "was",       "we",        "well",
              "were",      "what",    "when",     "where",   "which",     "while",     "who",
              "whom",      "whose",   "why",      "will",    "with",      "within",    "without",
              "would",     "year",    "years",    "yet",     "you",       "your",      "s",
              "t",         "mr",      "mrs",      "ms",      "dr",        "time",      "times",
              "way",       "day",     "days",     "week",    "weeks",     "month",     "months",
              "yesterday", "today",   "tomorrow", "already", "thing",     "things",    "lot",
              "case",      "cases",   "part",     "end",     "beginning", "according", "around",
              "across",    "among",   "although", "though",  "whether",   "another",   "several",
              "two",       "three",   "first",    "second",  "next",      "able",      "go",
              "going",     "went",    "take",     "took",    "told",      "think",     "know",
              "see",       "want",    "need",     "use",     "used",      "come",      "came",
              "put",       "set",     "let",      "keep",    "become",    "became"}},
  };
  return *tables;
}

const std::unordered_map<std::string_view, WordSet>& ConnectorTables() {
  static const auto* tables = new std::unordered_map<std::string_view, WordSet>{
      {"fr", {"de", "d", "du", "des"}},
      {"en", {"of"}},
  };
  return *tables;
}

const std::unordered_map<std::string_view, WordSet>& ArticleTables() {
  static const auto* tables = new std::unordered_map<std::string_view, WordSet>{
      {"fr", {"la", "l"}},
      {"en", {"the"}},
  };
  return *tables;
}

// Weekdays and months: a desk never needs them in a glossary (jeudi → Thursday).
const std::unordered_map<std::string_view, WordSet>& CalendarTables() {
  static const auto* tables = new std::unordered_map<std::string_view, WordSet>{
      {"fr",
       {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
        "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre"}},
      {"en",
       {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december"}},
  };
  return *tables;
}

// Fields of the Hunspell dictionary's analyses that mark a plural: Debian's fr tags
// "is:pl"; en_US has no morphology but names the plural suffix's flag "fl:S".
const std::unordered_map<std::string_view, WordSet>& PluralTagTables() {
  static const auto* tables = new std::unordered_map<std::string_view, WordSet>{
      {"fr", {"is:pl"}},
      {"en", {"fl:S"}},
  };
  return *tables;
}

bool InTable(const std::unordered_map<std::string_view, WordSet>& tables,
             std::string_view language_code, std::string_view folded) {
  auto it = tables.find(language_code);
  return it != tables.end() && it->second.count(folded) > 0;
}

}  // namespace

bool IsStopWord(std::string_view language_code, std::string_view folded) {
  return InTable(StopTables(), language_code, folded);
}

bool IsConnector(std::string_view language_code, std::string_view folded) {
  return InTable(ConnectorTables(), language_code, folded);
}

bool IsArticle(std::string_view language_code, std::string_view folded) {
  return InTable(ArticleTables(), language_code, folded);
}

bool IsCalendarWord(std::string_view language_code, std::string_view folded) {
  return InTable(CalendarTables(), language_code, folded);
}

bool IsPluralTag(std::string_view language_code, std::string_view field) {
  return InTable(PluralTagTables(), language_code, field);
}

}  // namespace talign
