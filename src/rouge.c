/* ROUGE scoring that reproduces ROUGE-1.5.5.pl; see brief-rouge.h for what
 * is reproduced.  Comments point out where the Perl script's behaviour is
 * followed on purpose although a cleaner choice exists. */
#include <brief/brief-rouge.h>

#include <json-glib/json-glib.h>
#include <libstemmer.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Tokens are interned: an n-gram is a tuple of ids, so counting compares
 * integers, not strings. */
#define NO_ID G_MAXUINT32

typedef struct {
  guint32 id[BRIEF_ROUGE_MAX_N];
} Gram;

struct _BriefRougeScorer {
  BriefRougeOptions options;
  char *system_id;
  struct sb_stemmer *stemmer;
  GHashTable *word_ids; /* token as read (owned) -> id + 1 */
  GHashTable *form_ids; /* compared form (borrowed from `forms`) -> id + 1 */
  GPtrArray *forms;     /* id -> compared form (owned) */
  guint n_metrics;
  char *skip_name;
};

typedef struct {
  char *name;
  char *test_id; /* "<name>.<system_id>": ROUGE's key, sets the order */
  BriefRougeScore scores[BRIEF_ROUGE_MAX_METRICS];
} EvalCluster;

struct _BriefRougeEval {
  BriefRougeScorer *scorer;
  GPtrArray *clusters;  /* EvalCluster *, sorted by test_id */
  GPtrArray *unmatched; /* char *, NULL-terminated */
};

/* ------------------------------------------------------------------------ */
/* Options                                                                   */

void
brief_rouge_options_init(BriefRougeOptions *options)
{
  g_return_if_fail(options != NULL);
  memset(options, 0, sizeof *options);
  options->limit_words = 100;
  options->limit_bytes = 0;
  options->stem = TRUE;
  options->n_max = 4;
  options->skip_bigrams = TRUE;
  options->skip_distance = 4;
  options->skip_unigrams = TRUE;
  options->alpha = 0.5;
  options->jackknife = FALSE;
  options->confidence = 95.0;
  options->resamples = 1000;
  options->seed = 0;
  options->system_id = "SYS";
}

gboolean
brief_rouge_options_validate(const BriefRougeOptions *options, GError **error)
{
  g_return_val_if_fail(options != NULL, FALSE);

  if (options->limit_words != 0 && options->limit_bytes != 0) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "ROUGE options: limit_words (%u) and limit_bytes (%u) are both set; "
                "use one length limit",
                options->limit_words, options->limit_bytes);
    return FALSE;
  }
  if (options->n_max > BRIEF_ROUGE_MAX_N) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "ROUGE options: n_max %u is out of range 0..%d", options->n_max,
                BRIEF_ROUGE_MAX_N);
    return FALSE;
  }
  if (options->n_max == 0 && !options->skip_bigrams) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                        "ROUGE options: no metric (n_max is 0 and skip_bigrams is off)");
    return FALSE;
  }
  if (!(options->alpha >= 0.0 && options->alpha <= 1.0)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "ROUGE options: alpha %g is out of range 0..1", options->alpha);
    return FALSE;
  }
  if (!(options->confidence >= 0.0 && options->confidence <= 100.0)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "ROUGE options: confidence %g is out of range 0..100", options->confidence);
    return FALSE;
  }
  if (options->resamples == 0) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                        "ROUGE options: resamples must be at least 1");
    return FALSE;
  }
  if (options->system_id == NULL || options->system_id[0] == '\0' ||
      strpbrk(options->system_id, " \t\n\r") != NULL) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                        "ROUGE options: system_id must be a non-empty word");
    return FALSE;
  }
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Scorer                                                                    */

BriefRougeScorer *
brief_rouge_scorer_new(const BriefRougeOptions *options, GError **error)
{
  g_return_val_if_fail(options != NULL, NULL);

  if (!brief_rouge_options_validate(options, error))
    return NULL;

  BriefRougeScorer *scorer = g_new0(BriefRougeScorer, 1);
  scorer->options = *options;
  scorer->system_id = g_strdup(options->system_id);
  scorer->options.system_id = scorer->system_id;
  scorer->word_ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  scorer->form_ids = g_hash_table_new(g_str_hash, g_str_equal);
  scorer->forms = g_ptr_array_new_with_free_func(g_free);
  scorer->n_metrics = options->n_max + (options->skip_bigrams ? 1 : 0);
  if (options->skip_bigrams) {
    const char *kind = options->skip_unigrams ? "SU" : "S";
    scorer->skip_name = options->skip_distance >= 0
                            ? g_strdup_printf("ROUGE-%s%d", kind, options->skip_distance)
                            : g_strdup_printf("ROUGE-%s*", kind);
  }
  if (options->stem) {
    scorer->stemmer = sb_stemmer_new("porter", "UTF_8");
    if (scorer->stemmer == NULL) {
      g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_LANGUAGE,
                          "libstemmer has no \"porter\" stemmer");
      brief_rouge_scorer_free(scorer);
      return NULL;
    }
  }
  return scorer;
}

void
brief_rouge_scorer_free(BriefRougeScorer *scorer)
{
  if (scorer == NULL)
    return;
  sb_stemmer_delete(scorer->stemmer);
  g_hash_table_unref(scorer->word_ids);
  g_hash_table_unref(scorer->form_ids);
  g_ptr_array_unref(scorer->forms);
  g_free(scorer->skip_name);
  g_free(scorer->system_id);
  g_free(scorer);
}

guint
brief_rouge_scorer_get_n_metrics(const BriefRougeScorer *scorer)
{
  g_return_val_if_fail(scorer != NULL, 0);
  return scorer->n_metrics;
}

const char *
brief_rouge_scorer_get_metric_name(const BriefRougeScorer *scorer, guint metric)
{
  static const char *const ngram_names[BRIEF_ROUGE_MAX_N] = {
      "ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-5",
      "ROUGE-6", "ROUGE-7", "ROUGE-8", "ROUGE-9",
  };

  g_return_val_if_fail(scorer != NULL, NULL);
  g_return_val_if_fail(metric < scorer->n_metrics, NULL);
  if (metric < scorer->options.n_max)
    return ngram_names[metric];
  return scorer->skip_name;
}

/* ------------------------------------------------------------------------ */
/* Reading and cutting, as ROUGE-1.5.5's readText() does                    */

static gboolean
is_perl_space(char c)
{
  /* Perl's \s on a byte string: ASCII white space only. */
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Number of fields Perl's split(/\s+/, line) returns: a leading empty
 * field when the line starts with white space, trailing ones dropped (so
 * an all-blank line has none). */
static gsize
perl_word_count(const char *line, gsize len)
{
  gsize words = 0;
  gboolean in_word = FALSE;

  for (gsize i = 0; i < len; i++) {
    if (is_perl_space(line[i])) {
      in_word = FALSE;
    } else if (!in_word) {
      in_word = TRUE;
      words++;
    }
  }
  if (words > 0 && is_perl_space(line[0]))
    words++;
  return words;
}

/* Byte length of the first `fields` Perl fields of `line` (with the white
 * space between them; only tokens matter downstream). */
static gsize
perl_fields_prefix(const char *line, gsize len, gsize fields)
{
  gsize seen = 0;
  gboolean in_word = FALSE;

  if (len > 0 && is_perl_space(line[0]))
    seen = 1; /* the leading empty field */
  if (seen >= fields)
    return 0;
  for (gsize i = 0; i < len; i++) {
    if (is_perl_space(line[i])) {
      if (in_word && seen == fields)
        return i;
      in_word = FALSE;
    } else if (!in_word) {
      in_word = TRUE;
      seen++;
    }
  }
  return len;
}

/* The text ROUGE keeps of a summary: its non-empty lines joined by spaces,
 * cut to the length limit.  The limit test is "used + this line < limit",
 * strict, and the joining spaces do not count against a byte limit; both
 * are ROUGE-1.5.5's arithmetic. */
static GString *
cut_text(const BriefRougeOptions *options, const char *text, gboolean truncate)
{
  GString *kept = g_string_new(NULL);
  const gsize word_limit = truncate ? options->limit_words : 0;
  const gsize byte_limit = truncate ? options->limit_bytes : 0;
  gsize used = 0;
  const char *p = text;

  while (*p != '\0') {
    const char *nl = strchr(p, '\n');
    const gsize len = nl != NULL ? (gsize)(nl - p) : strlen(p);
    const char *line = p;

    p = nl != NULL ? nl + 1 : p + len;
    if (len == 0)
      continue;

    if (word_limit != 0) {
      const gsize words = perl_word_count(line, len);
      if (used + words < word_limit) {
        if (used != 0)
          g_string_append_c(kept, ' ');
        g_string_append_len(kept, line, len);
        used += words;
      } else {
        if (used > 0)
          g_string_append_c(kept, ' ');
        g_string_append_len(kept, line, perl_fields_prefix(line, len, word_limit - used));
        break;
      }
    } else if (byte_limit != 0) {
      if (used + len < byte_limit) {
        if (used != 0)
          g_string_append_c(kept, ' ');
        g_string_append_len(kept, line, len);
        used += len;
      } else {
        if (used > 0)
          g_string_append_c(kept, ' ');
        g_string_append_len(kept, line, byte_limit - used);
        break;
      }
    } else {
      if (kept->len > 0)
        g_string_append_c(kept, ' ');
      g_string_append_len(kept, line, len);
    }
  }
  return kept;
}

/* ------------------------------------------------------------------------ */
/* Irregular forms                                                           */

/* ROUGE-1.5.5 looks every token it would stem up in WordNet 2.0's exception
 * lists (its WordNet-2.0.exc.db) first and, when found, uses the base form
 * as is, unstemmed: "struck" becomes "strike" and so matches "strikes".
 * Without this, 27 of the 59 DUC 2002 LEAD clusters miss ROUGE-1 by a hit
 * or more.  ROUGE's database maps each inflected form to the first base of
 * its line, files read in the order adj, adv, noun, verb, later entries
 * replacing earlier ones ("better" -> "well", from adv.exc).
 *
 * The table is WordNet 3.0's adj.exc, adv.exc, noun.exc and verb.exc merged
 * that way (WordNet 2.0 is not at hand; with 3.0 the DUC 2002 reference
 * scores are reproduced exactly), keeping only entries ROUGE can reach and
 * that change something: the form is longer than 3 characters, made of
 * [a-z0-9] only, and its Porter stem differs from the base.  Sorted in byte
 * order for bsearch().  Regenerated on Debian 12 from wordnet-base
 * 1:3.0-37 with
 *
 *   for f in adj adv noun verb; do awk '{print $1, $2}' /usr/share/wordnet/$f.exc; done |
 *   awk '{b[$1] = $2} !($1 in s) {s[$1]; o[++n] = $1} END {for (i = 1; i <= n; i++)
 *        print o[i], b[o[i]]}' | awk 'length($1) > 3 && $1 ~ /^[a-z0-9]+$/'
 *
 * then dropping the lines whose base equals the libstemmer "porter" stem
 * of the form, and LC_ALL=C sort.
 *
 * WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
 *
 * Permission to use, copy, modify and distribute this software and
 * database and its documentation for any purpose and without fee or
 * royalty is hereby granted, provided that you agree to comply with the
 * following copyright notice and statements, including the disclaimer, and
 * that the same appear on ALL copies of the software, database and
 * documentation, including modifications that you make for internal use or
 * for distribution.
 *
 * THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
 * MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.  BY WAY OF
 * EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
 * REPRESENTATIONS OR WARRANTIES OF MERCHANT-ABILITY OR FITNESS FOR ANY
 * PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
 * DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
 * TRADEMARKS OR OTHER RIGHTS.
 *
 * The name of Princeton University or Princeton may not be used in
 * advertising or publicity pertaining to distribution of the software
 * and/or database.  Title to copyright in this software, database and any
 * associated documentation shall at all times remain with Princeton
 * University and LICENSEE agrees to preserve same. */
static const char *const wordnet_exceptions[] = {
  "aardwolves aardwolf", "abaci abacus", "abode abide", "aboideaux aboideau", "aboiteaux aboiteau",
  "abought aby", "acanthi acanthus", "acari acarus", "acciaccature acciaccatura",
  "accompanied accompany", "acetabula acetabulum", "acetified acetify", "achaemenidae achaemenid",
  "acicula aciculum", "acidified acidify", "acini acinus", "acromia acromion",
  "actinozoa actinozoan", "addenda addendum", "addrest address", "adenocarcinomata adenocarcinoma",
  "adenomata adenoma", "adieux adieu", "adyta adytum", "aecia aecium", "aecidia aecidium",
  "aerified aerify", "aerobia aerobium", "aggiornamenti aggiornamento", "agnomina agnomen",
  "airier airy", "airiest airy", "alewives alewife", "alkalified alkalify", "allied ally",
  "allodia allodium", "alluvia alluvium", "alodia alodium", "altocumuli altocumulus",
  "altostrati altostratus", "alumni alumnus", "alveoli alveolus", "amanuenses amanuensis",
  "ambulacra ambulacrum", "ammonified ammonify", "amnestied amnesty", "amnia amnion",
  "amniocenteses amniocentesis", "amoebiases amoebiasis", "amoraim amora", "amoretti amoretto",
  "amorini amorino", "amphiarthroses amphiarthrosis", "amphicia amphithecium",
  "amphimixes amphimixis", "amphioxi amphioxus", "amplified amplify", "anabases anabasis",
  "anacolutha anacoluthon", "anacruses anacrusis", "anaerobia anaerobium",
  "anagnorises anagnorisis", "analemmata analemma", "analyses analysis", "anamneses anamnesis",
  "anamorphoses anamorphosis", "anastomoses anastomosis", "anatyxes anaptyxis",
  "androclinia androclinium", "androecia androecium", "androsphinges androsphinx",
  "andtheridia antheridium", "angiomata angioma", "anglified anglify", "angrier angry",
  "angriest angry", "animalcula animalculum", "anlagen anlage", "annattos anatto",
  "annuli annulus", "antefixa antefix", "antependia antependium", "anthelia anthelion",
  "anthelices anthelix", "anthemia anthemion", "antheridia antheridium", "anthodia anthodium",
  "anthozoa anthozoan", "anthraces anthrax", "anticlinoria anticlinorium", "antihelices antihelix",
  "antisera antiserum", "antitheses antithesis", "antitragi antitragus", "antra antrum",
  "anus anus", "aphelia aphelion", "aphides aphis", "apices apex", "apodoses apodosis",
  "apomixes apomixis", "aponeuroses aponeurosis", "apophyses apophysis", "aposiopeses aposiopesis",
  "apothecia apothecium", "apotheoses apotheosis", "apparatus apparatus", "appendices appendix",
  "applied apply", "appoggiature appoggiatura", "apsides apsis", "aquaria aquarium",
  "araglis argali", "arboreta arboretum", "arcana arcanum", "archegonia archegonium",
  "archesporia archesporium", "arcked arc", "arcking arc", "argufied argufy",
  "argumenta argumentum", "ariette arietta", "arisen arise", "armamentaria armamentarium",
  "arose arise", "arses arsis", "artal rotl", "artel rotl", "arterioscleroses arteriosclerosis",
  "artier arty", "artiest arty", "aruspices aruspex", "asceses ascesis", "asci ascus",
  "ascidia ascidium", "ascogonia ascogonium", "ashier ashy", "ashiest ashy",
  "ashkenazim ashkenazi", "aspergilla aspergillum", "aspergilli aspergillus",
  "aspergilloses aspergillosis", "aspersoria aspersorium", "assaulter assaulter",
  "assegais assagai", "astragali astragalus", "asyndeta asyndeton", "atheromata atheroma",
  "atheroscleroses atherosclerosis", "atmolyses atmolysis", "atria atrium", "atrophied atrophy",
  "attacker attacker", "auditoria auditorium", "aurar eyrir", "aurei aureus", "auspices auspex",
  "autocatalyses autocatalysis", "automata automaton", "avitaminoses avitaminosis", "awoke awake",
  "awoken awake", "babied baby", "bacchii bacchius", "bacilli bacillus", "backbit backbite",
  "backbitten backbite", "backslid backslide", "backslidden backslide",
  "bacteriostases bacteriostasis", "bacula baculum", "bade bid", "baggier baggy", "baggiest baggy",
  "balkier balky", "balkiest balky", "balmier balmy", "balmiest balmy", "bambini bambino",
  "bandeaux bandeau", "bandied bandy", "bandier bandy", "bandiest bandy", "banditti bandit",
  "bani ban", "bargainer bargainer", "barklice barklouse", "barmier barmy", "barmiest barmy",
  "basidia basidium", "basified basify", "basileis basileus", "bassi basso", "bateaux bateau",
  "battier batty", "battiest batty", "baulkier baulky", "baulkiest baulky", "bawdier bawdy",
  "bawdiest bawdy", "beadier beady", "beadiest beady", "beadsmen beadsman", "beastlier beastly",
  "beastliest beastly", "beaten beat", "beatified beatify", "beautified beautify", "beaux beau",
  "became become", "beefier beefy", "beefiest beefy", "been be", "beerier beery", "beeriest beery",
  "beeves beef", "befallen befall", "befell befall", "began begin", "begat beget", "begirt begird",
  "begot beget", "begotten beget", "begun begin", "beheld behold", "beholden behold",
  "behooves behoof", "bellied belly", "belying belie", "bendier bendy", "bendiest bendy",
  "benempt bename", "bent bend", "berried berry", "bersaglieri bersagliere", "besought beseech",
  "bespoke bespeak", "bespoken bespeak", "best well", "bestrewn bestrew", "bestrid bestride",
  "bestridden bestride", "bestrode bestride", "betaken betake", "bethought bethink",
  "betook betake", "better well", "bhishties bheesty", "biassed bias", "biassing bias",
  "bicennaries bicentenary", "bidden bid", "bigger big", "biggest big", "bijoux bijou",
  "bisectrices bisectrix", "bitchier bitchy", "bitchiest bitchy", "bitten bite", "bittier bitty",
  "bittiest bitty", "bivouacked bivouac", "bivouacking bivouac", "blackberried blackberry",
  "blackfeet blackfoot", "blastemata blastema", "blearier bleary", "bleariest bleary",
  "bled bleed", "blest bless", "blew blow", "bloodied bloody", "bloodier bloody",
  "bloodiest bloody", "bloodthirstier bloodthirsty", "bloodthirstiest bloodthirsty",
  "blowier blowy", "blowiest blowy", "blown blow", "blowsier blowsy", "blowsiest blowsy",
  "blowzier blowzy", "blowziest blowzy", "bluer blue", "bluest blue", "bodied body",
  "boleti boletus", "bolsheviki bolshevik", "bonier bony", "boniest bony", "bonnier bonny",
  "bonniest bonny", "booklice booklouse", "bookshelves bookshelf", "boozier boozy",
  "booziest boozy", "boraces borax", "borborygmi borborygmus", "bordereaux bordereau", "bore bear",
  "born bear", "borne bear", "boskier bosky", "boskiest bosky", "bossier bossy", "bossiest bossy",
  "botchier botchy", "botchiest botchy", "bought buy", "bouncier bouncy", "bounciest bouncy",
  "bound bind", "brachia brachium", "brainchildren brainchild", "brainier brainy",
  "brainiest brainy", "brashier brashy", "brashiest brashy", "brassier brassy", "brassiest brassy",
  "brawnier brawny", "brawniest brawny", "breathier breathy", "breathiest breathy", "bred breed",
  "breezier breezy", "breeziest breezy", "bregmata bregma", "brethren brother", "brinier briny",
  "briniest briny", "britisher britisher", "broadcaster broadcaster", "broadleaves broadleaf",
  "broke break", "broken break", "bronchi bronchus", "broodier broody", "broodiest broody",
  "brought bring", "browbeaten browbeat", "brutified brutify", "bryozoa bryozoan",
  "bubblier bubbly", "bubbliest bubbly", "buckteeth bucktooth", "buggier buggy", "buggiest buggy",
  "built build", "bulkier bulky", "bulkiest bulky", "bullied bully", "bumpier bumpy",
  "bumpiest bumpy", "bunchier bunchy", "bunchiest bunchy", "bureaux bureau", "buried bury",
  "burlier burly", "burliest burly", "burnt burn", "burrier burry", "burriest burry",
  "bushbok boschbok", "bushboks boschbok", "bushier bushy", "bushiest bushy", "busied busy",
  "busier busy", "busiest busy", "busses bus", "bustier busty", "bustiest busty", "bypast bypass",
  "byssi byssus", "cacti cactus", "caddied caddie", "caddies caddie", "caddying caddie",
  "caducei caduceus", "caeca caecum", "cagier cagey", "cagiest cagey", "calami calamus",
  "calathi calathus", "calcanei calcaneum", "calces calx", "calcified calcify", "calculi calculus",
  "caldaria caldarium", "calices calix", "calli callus", "calves calf", "calyces calyx",
  "cambia cambium", "came come", "canaliculi canaliculus", "candelabra candelabrum",
  "candied candy", "cannier canny", "canniest canny", "canopied canopy", "canthi canthus",
  "cantier canty", "cantiest canty", "canzoni canzone", "capita caput", "capitula capitulum",
  "capricci capriccio", "carabinieri carabiniere", "carcinomata carcinoma", "carides caryatid",
  "carnied carny", "carnified carnify", "caroli carolus", "carpi carpus", "carpogonia carpogonium",
  "carried carry", "caryopses caryopsis", "caryopsides caryopsis", "casefied casefy",
  "castrati castrato", "catabases catabasis", "cataclases cataclasis", "catalyses catalysis",
  "catchier catchy", "catchiest catchy", "cathari cathar", "cathexes cathexis", "cattier catty",
  "cattiest catty", "caudices caudex", "caught catch", "caules caulis", "cavatine cavatina",
  "cavetti cavetto", "ceca cecum", "cembali cembalo", "centesimi centesimo", "centra centrum",
  "cephalothoraces cephalothorax", "cercariiae cercaria", "cerci cercus", "cerebella cerebellum",
  "cerebra cerebrum", "certified certify", "cervices cervix", "cestuses caestus",
  "chadarim cheder", "challoth hallah", "chalutzim chalutz", "chancier chancy", "chanciest chancy",
  "chapeaux chapeau", "charier chary", "chariest chary", "chasidim chasid", "chassidim chassid",
  "chateaux chateau", "chattier chatty", "chattiest chatty", "chazanim chazan", "chedarim cheder",
  "cheekier cheeky", "cheekiest cheeky", "cheerier cheery", "cheeriest cheery", "cheesier cheesy",
  "cheesiest cheesy", "cherubim cherub", "chestier chesty", "chestiest chesty", "chevied chivy",
  "chevies chivy", "chevying chivy", "chewier chewy", "chewiest chewy", "chiasmata chiasma",
  "chiasmi chiasmus", "chid chide", "chidden chide", "children child", "chillier chilly",
  "chilliest chilly", "chintzier chintzy", "chintziest chintzy", "chippier chippy",
  "chippiest chippy", "chitarroni chitarrone", "chivied chivy", "chivved chiv", "chivvied chivy",
  "chivvies chivy", "chivving chiv", "chivvying chivy", "chlamydes chlamys",
  "chondrified chondrify", "chondromata chondroma", "choosier choosy", "choosiest choosy",
  "choppier choppy", "choppiest choppy", "choragi choragus", "choriambi choriambus",
  "chose choose", "chosen choose", "choux chou", "chromonemata chromonema",
  "chrysalides chrysalis", "chubbier chubby", "chubbiest chubby", "chuffier chuffy",
  "chuffiest chuffy", "chummier chummy", "chummiest chummy", "chunkier chunky", "chunkiest chunky",
  "churchier churchy", "churchiest churchy", "ciboria ciborium", "cicale cicala",
  "cicatrices cicatrix", "ciceroni cicerone", "cicisbei cicisbeo", "cilia cilium", "cimices cimex",
  "cineraria cinerarium", "cingula cingulum", "cirri cirrus", "cirrocumuli cirrocumulus",
  "cirrostrati cirrostratus", "citified citify", "clad clothe", "clammier clammy",
  "clammiest clammy", "clani clarino", "clanos clarino", "clarified clarify", "classier classy",
  "classiest classy", "classified classify", "cleanlier cleanly", "cleanliest cleanly",
  "cleft cleave", "clept clepe", "clerklier clerkly", "clerkliest clerkly",
  "clinandria clinandrium", "clitella clitellum", "clostridia clostridium", "cloudier cloudy",
  "cloudiest cloudy", "clove cleave", "cloven cleave", "cloverleaves cloverleaf",
  "clubbier clubby", "clubbiest clubby", "clumsier clumsy", "clumsiest clumsy", "clung cling",
  "clypei clypeus", "coagula coagulum", "cocci coccus", "coccyges coccyx", "cockier cocky",
  "cockiest cocky", "cockneyfied cockneyfy", "codices codex", "codified codify",
  "coelentera coelenteron", "coenuri coenurus", "cognomina cognomen", "cognosenti cognosente",
  "cola colon", "collegia collegium", "collied colly", "collier colly", "colliest colly",
  "colloquia colloquium", "colluvia colluvium", "collyria collyrium", "colossi colossus",
  "columbaria columbarium", "comedones comedo", "comelier comely", "comeliest comely",
  "comfier comfy", "comfiest comfy", "comics comic_strip", "complied comply",
  "concertanti concertante", "concerti concerto", "concertini concertino",
  "condottieri condottiere", "condylomata condyloma", "congii congius", "conidia conidium",
  "consortia consortium", "contagia contagium", "continua continuum", "contralti contralto",
  "conversazioni conversazione", "convolvuli convolvulus", "copied copy", "coria corium",
  "cornier corny", "corniest corny", "cornua cornu", "corpora corpus", "corrigenda corrigendum",
  "cortices cortex", "coryphaei coryphaeus", "cosier cosy", "cosiest cosy", "costlier costly",
  "costliest costly", "costumer costumer", "cothurni cothurnus", "counterfeiter counterfeiter",
  "countersank countersink", "countersunk countersink", "courtlier courtly", "courtliest courtly",
  "couteaux couteau", "cozier cozy", "coziest cozy", "crabbier crabby", "crabbiest crabby",
  "craftier crafty", "craftiest crafty", "craggier craggy", "craggiest craggy", "crania cranium",
  "crankier cranky", "crankiest cranky", "crases crasis", "crawlier crawly", "crawliest crawly",
  "crazier crazy", "craziest crazy", "creamier creamy", "creamiest creamy", "credenda credendum",
  "creepier creepy", "creepiest creepy", "crematoria crematorium", "crept creep",
  "crescendi crescendo", "cribella cribellum", "cried cry", "crises crisis", "crispier crispy",
  "crispiest crispy", "crissa crissum", "criteria criterion", "crossbred crossbreed",
  "cruces crux", "crucified crucify", "crumbier crumby", "crumbiest crumby", "crumblier crumbly",
  "crumbliest crumbly", "crummier crummy", "crummiest crummy", "crura crus", "crustier crusty",
  "crustiest crusty", "ctenidia ctenidium", "cubicula cubiculum", "culices culex", "culti cultus",
  "cumuli cumulus", "cumulonimbi cumulonimbus", "cumulostrati cumulostratus", "curettes curet",
  "curlier curly", "curliest curly", "curricula curriculum", "curried curry", "curst curse",
  "curtsied curtsy", "custodes custos", "customer customer", "cuter cute", "cutes cutis",
  "cyclopes cyclops", "cycloses cyclosis", "cylices cylix", "cylikes cylix", "cymatia cymatium",
  "cysticerci cysticercus", "daffier daffy", "daffiest daffy", "daintier dainty",
  "daintiest dainty", "dallied dally", "damnified damnify", "dandier dandy", "dandiest dandy",
  "dandified dandify", "data datum", "daymio daimio", "daymios daimio", "deadlier deadly",
  "deadliest deadly", "dealt deal", "debussed debus", "debusses debus", "debussing debus",
  "decalcified decalcify", "decemviri decemvir", "decennia decennium", "declassified declassify",
  "decried decry", "deeper deeply", "defied defy", "definienda definiendum",
  "definientia definiens", "degassed degas", "degasses degas", "degassing degas",
  "dehumidified dehumidify", "deified deify", "delphinia delphinium", "demulsified demulsify",
  "demystified demystify", "denarii denarius", "denazified denazify", "denied deny",
  "denitrified denitrify", "dentalia dentalium", "dermatoses dermatosis", "descried descry",
  "deserter deserter", "desiderata desideratum", "detoxified detoxify", "devitrified devitrify",
  "dewier dewy", "dewiest dewy", "diaereses diaeresis", "diaerses diaeresis",
  "diagnoses diagnosis", "dialled dial", "dialling dial", "dialyses dialysis",
  "diaphyses diaphysis", "diapophyses diapophysis", "diarthroses diarthrosis",
  "diastalses diastalsis", "diastases diastasis", "diastemata diastema", "diathses diathesis",
  "dibbukkim dibbuk", "dichasia dichasium", "dicier dicey", "diciest dicey", "dicta dictum",
  "diereses dieresis", "dieses diesis", "dignified dignify", "dilettanti dilettante",
  "diluvia diluvium", "dimmer dim", "dimmest dim", "dingier dingy", "dingiest dingy",
  "dinkier dinky", "dinkiest dinky", "diplococci diplococcus", "dippier dippy", "dippiest dippy",
  "dirtied dirty", "dirtier dirty", "dirtiest dirty", "disci discus", "discoboli discobolos",
  "disembodied disembody", "disenthrals disenthrall", "dishier dishy", "dishiest dishy",
  "disinterred disinter", "disinterring disinter", "disqualified disqualify",
  "dissatisfied dissatisfy", "dive diva", "diversified diversify", "diverticula diverticulum",
  "divertimenti divertimento", "divvied divvy", "dizzied dizzy", "dizzier dizzy", "dizziest dizzy",
  "djinn djinni", "dodgier dodgy", "dodgiest dodgy", "dogmata dogma", "dogteeth dogtooth",
  "dollied dolly", "domatia domatium", "done do", "dopier dopey", "dopiest dopey",
  "dormice dormouse", "dorsa dorsum", "dottier dotty", "dottiest dotty", "doughier doughy",
  "doughiest doughy", "dought dow", "doughtier doughty", "doughtiest doughty", "dove dive",
  "dowdier dowdy", "dowdiest dowdy", "dowier dowie", "dowiest dowie", "downier downy",
  "downiest downy", "dozier dozy", "doziest dozy", "drabber drab", "drabbest drab",
  "draftier drafty", "draftiest drafty", "draggier draggy", "draggiest draggy", "drank drink",
  "draughtier draughty", "draughtiest draughty", "drawknives drawknife", "drawn draw",
  "dreamier dreamy", "dreamiest dreamy", "dreamt dream", "drearier dreary", "dreariest dreary",
  "dreggier dreggy", "dreggiest dreggy", "dressier dressy", "dressiest dressy", "drew draw",
  "dried dry", "drier dry", "driest dry", "drippier drippy", "drippiest drippy", "driven drive",
  "drove drive", "drowsier drowsy", "drowsiest drowsy", "drunk drink", "dryer dry", "dryest dry",
  "duelled duel", "duelling duel", "dulcified dulcify", "dummied dummy", "dumpier dumpy",
  "dumpiest dumpy", "dunner dun", "dunnest dun", "duona duodenum", "duonas duodenum",
  "dupondii dupondius", "duskier dusky", "duskiest dusky", "dustier dusty", "dustiest dusty",
  "duumviri duumvir", "dwarves dwarf", "dwelt dwell", "dybbukkim dybbuk", "dying die",
  "earlier early", "earliest early", "earthier earthy", "earthiest earthy", "earthlier earthly",
  "earthliest earthly", "easied easy", "easier easy", "easiest easy", "eastsider eastsider",
  "eaten eat", "ecchymoses ecchymosis", "ecdyses ecdysis", "echini echinus",
  "echinococci echinococcus", "ectozoa ectozoan", "eddied eddy", "edemata edema", "edgier edgy",
  "edgiest edgy", "edified edify", "eerier eerie", "eeriest eerie", "effluvia effluvium",
  "eidola eidolon", "eisegeses eisegesis", "eisteddfodau eisteddfod", "electrified electrify",
  "elenchi elenchus", "ellipses ellipsis", "eluvia eluvium", "elves elf", "elytra elytron",
  "embodied embody", "emboli embolus", "embussed embus", "embusses embus", "embussing embus",
  "emphases emphasis", "emporia emporium", "emptied empty", "emptier empty", "emptiest empty",
  "emulsified emulsify", "enarthroses enarthrosis", "encephala encephalon",
  "encephalitides encephalitis", "encephalomata encephaloma", "enchiridia enchiridion",
  "enchondromata enchondroma", "encomia encomium", "endocardia endocardium",
  "endocrania endocranium", "endometria endometrium", "endostea endosteum",
  "endostoses endostosis", "endothecia endothecium", "endothelia endothelium",
  "endotheliomata endothelioma", "endozoa endozoan", "enemata enema", "enneahedra enneahedron",
  "entases entasis", "entera enteron", "entia ens", "entozoa entozoan", "envied envy",
  "enwound enwind", "epencephala epencephalon", "epentheses epenthesis", "epexegeses epexegesis",
  "ephemera ephemeron", "ephemerides ephemeris", "ephori ephor", "epicalyces epicalyx",
  "epicanthi epicanthus", "epicardia epicardium", "epicedia epicedium", "epicleses epiclesis",
  "epididymides epididymis", "epigastria epigastrium", "epiglottides epiglottis",
  "epimysia epimysium", "epiphenomena epiphenomenon", "epiphyses epiphysis",
  "episterna episternum", "epithalamia epithalamion", "epithelia epithelium",
  "epitheliomata epithelioma", "epizoa epizoan", "epyllia epyllion", "equilibria equilibrium",
  "equiseta equisetum", "errata erratum", "esophagi esophagus", "espied espy",
  "esterified esterify", "etherified etherify", "etyma etymon", "eucalypti eucalyptus",
  "eupatridae eupatrid", "euripi euripus", "exanthemata exanthema", "executrices executrix",
  "exegeses exegesis", "exempla exemplum", "exemplified exemplify", "exordia exordium",
  "exostoses exostosis", "extrema extremum", "eyeteeth eyetooth", "fabliaux fabliau",
  "faeroese faeroese", "fallen fall", "falsified falsify", "famuli famulus", "fancied fancy",
  "fancier fancy", "fanciest fancy", "fantasied fantasy", "faroese faroese", "farther far",
  "fasciculi fasciculus", "fatter fat", "fattest fat", "fattier fatty", "fattiest fatty",
  "faultier faulty", "faultiest faulty", "fedayeen fedayee", "feet foot", "feistier feisty",
  "feistiest feisty", "fell fall", "fellaheen fellah", "fellahin fellah", "felt feel",
  "femora femur", "fermate fermata", "ferried ferry", "festschriften festschrift", "fezzes fez",
  "fibromata fibroma", "fiddlier fiddly", "fiddliest fiddly", "fideicommissa fideicommissum",
  "fieldmice fieldmouse", "fila filum", "filariiae filaria", "filmier filmy", "filmiest filmy",
  "filthier filthy", "filthiest filthy", "finnier finny", "finniest finny", "fishier fishy",
  "fishiest fishy", "fishwives fishwife", "fitter fit", "fittest fit", "flabbier flabby",
  "flabbiest flabby", "flabella flabellum", "flagella flagellum", "flaggier flaggy",
  "flaggiest flaggy", "flagstaves flagstaff", "flakier flaky", "flakiest flaky",
  "flambeaux flambeau", "flamines flamen", "flashier flashy", "flashiest flashy",
  "flatfeet flatfoot", "flatter flat", "flattest flat", "flauntier flaunty", "flauntiest flaunty",
  "fled flee", "fledgier fledgy", "fledgiest fledgy", "fleecier fleecy", "fleeciest fleecy",
  "fleshier fleshy", "fleshiest fleshy", "fleshlier fleshly", "fleshliest fleshly", "flew fly",
  "flightier flighty", "flightiest flighty", "flimsier flimsy", "flimsiest flimsy",
  "flintier flinty", "flintiest flinty", "flittermice flittermouse", "floatier floaty",
  "floatiest floaty", "flocci floccus", "flocculi flocculus", "floodlit floodlight",
  "floppier floppy", "floppiest floppy", "florilegia florilegium", "flossier flossy",
  "flossiest flossy", "flown fly", "fluffier fluffy", "fluffiest fluffy", "flukier fluky",
  "flukiest fluky", "flung fling", "flurried flurry", "flyblew flyblow", "flyblown flyblow",
  "flyleaves flyleaf", "foamier foamy", "foamiest foamy", "foci focus", "foggier foggy",
  "foggiest foggy", "folia folium", "folksier folksy", "folksiest folksy", "foolhardier foolhardy",
  "foolhardiest foolhardy", "fora forum", "foramina foramen", "forbad forbid", "forbade forbid",
  "forbidden forbid", "forbore forbear", "forborne forbear", "forceps forceps", "fordid fordo",
  "fordone fordo", "foredid foredo", "foredone foredo", "forefeet forefoot", "foregone forego",
  "foreigner foreigner", "foreknew foreknow", "foreknown foreknow", "foreran forerun",
  "foresaw foresee", "foreseen foresee", "foreshown foreshow", "forespoke forespeak",
  "forespoken forespeak", "foreteeth foretooth", "foretold foretell", "forewent forego",
  "forgave forgive", "forgiven forgive", "forgone forgo", "forgot forget", "forgotten forget",
  "formicaria formicarium", "fornices fornix", "forsaken forsake", "forsook forsake",
  "forspoke forspeak", "forspoken forspeak", "forswore forswear", "forsworn forswear",
  "fortes fortis", "fortified fortify", "forwent forgo", "fought fight", "found find",
  "foxier foxy", "foxiest foxy", "fractocumuli fractocumulus", "fractostrati fractostratus",
  "fraena fraenum", "fratchier fratchy", "fratchiest fratchy", "frauen frau", "freakier freaky",
  "freakiest freaky", "freer free", "freest free", "frena frenum", "frenchier frenchy",
  "frenchiest frenchy", "frenchified frenchify", "frenula frenulum", "frenzied frenzy",
  "fricandeaux fricandeau", "fried fry", "friendlier friendly", "friendliest friendly",
  "friskier frisky", "friskiest frisky", "frizzier frizzy", "frizziest frizzy",
  "frizzlier frizzly", "frizzliest frizzly", "frolicked frolic", "frolicking frolic",
  "frontes frons", "frostier frosty", "frostiest frosty", "frouzier frouzy", "frouziest frouzy",
  "frowsier frowsy", "frowsiest frowsy", "frowzier frowzy", "frowziest frowzy", "froze freeze",
  "frozen freeze", "fructified fructify", "fruitier fruity", "fruitiest fruity", "frusta frustum",
  "fuci fucus", "fuelled fuel", "fuelling fuel", "fulcra fulcrum", "fumatoria fumatorium",
  "fundi fundus", "fungi fungus", "funiculi funiculus", "funkier funky", "funkiest funky",
  "funnier funny", "funniest funny", "furcula furculum", "furrier furry", "furriest furry",
  "further far", "fussier fussy", "fussiest fussy", "fustier fusty", "fustiest fusty",
  "fuzzier fuzzy", "fuzziest fuzzy", "gabbier gabby", "gabbiest gabby", "gainsaid gainsay",
  "gametangia gametangium", "gametoecia gametoecium", "gamier gamy", "gamiest gamy",
  "gammadia gammadion", "gammier gammy", "gammiest gammy", "ganglia ganglion", "gasified gasify",
  "gassed gas", "gasses gas", "gassier gassy", "gassiest gassy", "gassing gas", "gateaux gateau",
  "gaudier gaudy", "gaudiest gaudy", "gauzier gauzy", "gauziest gauzy", "gave give",
  "gawkier gawky", "gawkiest gawky", "geese goose", "gelled gel", "gelling gel",
  "gelsemia gelsemium", "gelt geld", "gemboks gemsbok", "gembucks gemsbuck",
  "gemeinschaften gemeinschaft", "genera genus", "generatrices generatrix", "geneses genesis",
  "genii genius", "gentes gens", "genua genu", "genus genus", "germina germen",
  "gesellschaften gesellschaft", "gestalten gestalt", "ghastlier ghastly", "ghastliest ghastly",
  "ghostlier ghostly", "ghostliest ghostly", "ghostwritten ghostwrite", "ghostwrote ghostwrite",
  "giddied giddy", "giddier giddy", "giddiest giddy", "gilt gild", "ginglymi ginglymus",
  "girt gird", "given give", "gladder glad", "gladdest glad", "gladioli gladiolus",
  "glandes glans", "glassier glassy", "glassiest glassy", "glibber glib", "glibbest glib",
  "gliomata glioma", "glissandi glissando", "glochidcia glochidium", "glochidia glochidium",
  "glomeruli glomerulus", "gloomier gloomy", "gloomiest gloomy", "gloried glory",
  "glorified glorify", "glossier glossy", "glossiest glossy", "glottides glottis", "glummer glum",
  "glummest glum", "glutaei glutaeus", "glutei gluteus", "gnawn gnaw", "gnoses gnosis",
  "godchildren godchild", "godlier godly", "godliest godly", "goes go", "gollied golly",
  "gomphoses gomphosis", "gone go", "gonia gonion", "gonidia gonidium", "gonococci gonococcus",
  "goodlier goodly", "goodliest goodly", "goodwives goodwife", "goofier goofy", "goofiest goofy",
  "gooier gooey", "gooiest gooey", "goosier goosy", "goosiest goosy", "gorgoneia gorgoneion",
  "gorier gory", "goriest gory", "gospopoda gospodin", "gotten get", "goyim goy",
  "gradelier gradely", "gradeliest gradely", "grafen graf", "graffiti graffito", "grainier grainy",
  "grainiest grainy", "grandchildren grandchild", "granulomata granuloma", "grassier grassy",
  "grassiest grassy", "gratified gratify", "gravamina gravamen", "graven grave", "greasier greasy",
  "greasiest greasy", "greedier greedy", "greediest greedy", "grew grow", "grimmer grim",
  "grimmest grim", "gript grip", "grislier grisly", "grisliest grisly", "grittier gritty",
  "grittiest gritty", "grizzlier grizzly", "grizzliest grizzly", "groggier groggy",
  "groggiest groggy", "groovier groovy", "grooviest groovy", "groszy grosz", "grottier grotty",
  "grottiest grotty", "ground grind", "groutier grouty", "groutiest grouty", "grown grow",
  "grubbier grubby", "grubbiest grubby", "grumpier grumpy", "grumpiest grumpy",
  "guarantied guaranty", "guilder guilde", "guilders guilde", "guiltier guilty",
  "guiltiest guilty", "gullied gully", "gummata gumma", "gummier gummy", "gummiest gummy",
  "gurnard gurnar", "gurnards gurnar", "gushier gushy", "gushiest gushy", "gustier gusty",
  "gustiest gusty", "gutsier gutsy", "gutsiest gutsy", "gymnasia gymnasium", "gynaecea gynaeceum",
  "gynaecia gynaecium", "gynecea gynecium", "gynecia gynecium", "gynoecea gynoecium",
  "gynoecia gynoecium", "gyri gyrus", "hacksawn hacksaw", "hadarim heder",
  "haematolyses haematolysis", "haematomata haematoma", "haematozoa haematozoon",
  "haemodialyses haemodialysis", "haemolyses haemolysis", "haemoptyses haemoptysis",
  "haeredes haeres", "haftaroth haftarah", "haggadoth haggada", "hairier hairy", "hairiest hairy",
  "haleru haler", "halfpence halfpenny", "halfways halfway", "hallot hallah", "halloth hallah",
  "halluces hallux", "halves half", "hammier hammy", "hammiest hammy", "hamstrung hamstring",
  "hamuli hamulus", "handfed handfeed", "handier handy", "handiest handy", "haphtaroth haphtarah",
  "happier happy", "happiest happy", "harder hard", "hardest hard", "hardier hardy",
  "hardiest hardy", "haredim haredi", "harried harry", "haruspices haruspex", "hasidim hasid",
  "hassidim hassid", "hastier hasty", "hastiest hasty", "haughtier haughty", "haughtiest haughty",
  "haustella haustellum", "haustoria haustorium", "hazier hazy", "haziest hazy", "hazzanim hazzan",
  "headier heady", "headiest heady", "healthier healthy", "healthiest healthy", "heard hear",
  "heartier hearty", "heartiest hearty", "heavier heavy", "heaviest heavy",
  "hectocotyli hectocotylus", "heftier hefty", "heftiest hefty", "held hold", "helices helix",
  "heliozoa heliozoan", "hematolyses hematolysis", "hematomata hematoma", "hematozoa hematozoon",
  "hemelytra hemelytron", "hemielytra hemielytron", "hemodialyses hemodialysis",
  "hemolyses hemolysis", "hemoptyses hemoptysis", "hendecahedra hendecahedron", "hepper hep",
  "heppest hep", "heraclidae heraclid", "heraklidae heraklid", "herbaria herbarium",
  "herbier herby", "herbiest herby", "hermae herm", "hermai herma", "herren herr",
  "hetairai hetaira", "hewn hew", "hibernacula hibernaculum", "hidden hide",
  "hieracosphinges hieracosphinx", "hila hilum", "hili hilus", "himatia himation", "hinder hind",
  "hinnied hinny", "hipper hip", "hippest hip", "hippier hippy", "hippiest hippy",
  "hippocampi hippocampus", "hippopotami hippopotamus", "hoarier hoary", "hoariest hoary",
  "hocussed hocus", "hocussing hocus", "hogtying hogtie", "holier holy", "holiest holy",
  "homelier homely", "homeliest homely", "homier homey", "homiest homey", "homunculi homunculus",
  "honied honey", "honoraria honorarium", "hooves hoof", "hornier horny", "horniest horny",
  "horologia horologium", "horrified horrify", "horsier horsy", "horsiest horsy", "hotter hot",
  "hottest hot", "housewives housewife", "hove heave", "humeri humerus", "humidified humidify",
  "humpier humpy", "humpiest humpy", "hung hang", "hungrier hungry", "hungriest hungry",
  "hurried hurry", "huskier husky", "huskiest husky", "hydrozoa hydrozoan",
  "hymenoptera hymenopteran", "hynia hymenium", "hyniums hymenium", "hypanthia hypanthium",
  "hyperostoses hyperostosis", "hypertrophied hypertrophy", "hypnoses hypnosis",
  "hypochondria hypochondrium", "hypogastria hypogastrium", "hypogea hypogeum",
  "hypophyses hypophysis", "hypostases hypostasis", "hypothalami hypothalamus",
  "hypotheses hypothesis", "hyraces hyrax", "iambi iamb", "ibices ibex",
  "ichthyosauri ichthyosaurus", "ichthyosauruses ichthyosaur", "icier icy", "iciest icy",
  "icosahedra icosahedron", "ideata ideatum", "identified identify", "igorrorote igorrote",
  "ilia ilium", "imagines imago", "imperia imperium", "implied imply", "inbred inbreed",
  "incubi incubus", "incudes incus", "indemnified indemnify", "indices index",
  "indumenta indumentum", "indusia indusium", "indwelt indwell", "infundibula infundibulum",
  "inkier inky", "inkiest inky", "inlaid inlay", "inocula inoculum", "insectaria insectarium",
  "insider insider", "intagli intaglio", "intensified intensify", "interbred interbreed",
  "interlaid interlay", "interleaves interleaf", "intermarried intermarry",
  "intermezzi intermezzo", "interpled interplead", "interreges interrex", "interregna interregnum",
  "interstratified interstratify", "interwove interweave", "interwoven interweave",
  "involucella involucellum", "involucra involucrum", "inwove inweave", "inwoven inweave",
  "irides iris", "ischia ischium", "isthmi isthmus", "jackeroos jackaroo", "jackknives jackknife",
  "jaggier jaggy", "jaggiest jaggy", "jambeaux jambeau", "jammier jammy", "jammiest jammy",
  "jauntier jaunty", "jauntiest jaunty", "jazzier jazzy", "jazziest jazzy", "jellied jelly",
  "jellified jellify", "jemmied jemmy", "jerkier jerky", "jerkiest jerky", "jimmied jimmy",
  "jinn jinni", "joes jo", "jollied jolly", "jollier jolly", "jolliest jolly", "jollified jollify",
  "juicier juicy", "juiciest juicy", "jumpier jumpy", "jumpiest jumpy", "jura jus",
  "justified justify", "kaddishim kaddish", "kalmuck kalmuc", "kalmucks kalmuc",
  "katabases katabasis", "keeshonden keeshond", "kent ken", "kept keep", "kibbutzim kibbutz",
  "kindlier kindly", "kindliest kindly", "kinkier kinky", "kinkiest kinky", "knelt kneel",
  "knew know", "knives knife", "knottier knotty", "knottiest knotty", "known know",
  "knurlier knurly", "knurliest knurly", "kookier kooky", "kookiest kooky", "kronen krone",
  "kroner krone", "kronur krona", "krooni kroon", "kylikes kylix", "labara labarum",
  "labella labellum", "labia labium", "labra labrum", "lacier lacy", "laciest lacy",
  "lactobacilli lactobacillus", "lacunaria lacunar", "laden lade", "ladyfied ladify",
  "ladyfies ladify", "ladyfying ladify", "laid lay", "lain lie", "lairier lairy", "lairiest lairy",
  "lakier laky", "lakiest laky", "lankier lanky", "lankiest lanky", "lapidified lapidify",
  "lapilli lapillus", "lapithae lapith", "larynges larynx", "lathier lathy", "lathiest lathy",
  "lati lat", "latices latex", "latifundia latifundium", "latu lat", "lazier lazy", "laziest lazy",
  "leafier leafy", "leafiest leafy", "leakier leaky", "leakiest leaky", "leant lean", "leapt leap",
  "learier leary", "leariest leary", "learnt learn", "leaves leaf", "lecythi lecythus",
  "leerier leery", "leeriest leery", "left leave", "leges lex", "leggier leggy", "leggiest leggy",
  "lemmata lemma", "lemnisci lemniscus", "lenes lenis", "lengthier lengthy", "lengthiest lengthy",
  "lent lend", "lentigines lentigo", "lepidoptera lepidopteran", "leprosaria leprosarium",
  "lepta lepton", "leptocephali leptocephalus", "leucocytozoa leucocytozoan", "leva lev",
  "leveler leveler", "levied levy", "libretti libretto", "lice louse", "lieder lied",
  "lignified lignify", "limbi limbus", "limier limy", "limiest limy", "limina limen",
  "limites limes", "limuli limulus", "lipomata lipoma", "lippier lippy", "lippiest lippy",
  "liquefied liquefy", "liquified liquify", "lire lira", "liriodendra liriodendron",
  "lisente sente", "listente sente", "litai lit", "litu litas", "livelier lively",
  "liveliest lively", "lives life", "lixivia lixivium", "loaves loaf", "lobbied lobby",
  "loci locus", "loculi loculus", "loftier lofty", "loftiest lofty", "loggie loggia",
  "logia logion", "logier logy", "logiest logy", "lomenta lomentum", "lonelier lonely",
  "loneliest lonely", "longobardi longobard", "loonier loony", "looniest loony", "loopier loopy",
  "loopiest loopy", "lordlier lordly", "lordliest lordly", "lost lose", "lousier lousy",
  "lousiest lousy", "lovelier lovely", "loveliest lovely", "lowlander lowlander", "lowlier lowly",
  "lowliest lowly", "lubritoria lubritorium", "luckier lucky", "luckiest lucky",
  "lullabied lullaby", "lumbus lumbi", "lumina lumen", "lumpier lumpy", "lumpiest lumpy",
  "lunier luny", "luniest luny", "lures lur", "lustier lusty", "lustiest lusty", "lustra lustre",
  "lying lie", "lymphangitides lymphangitis", "lymphomata lymphoma", "lymphopoieses lymphopoiesis",
  "lyses lysis", "machzorim machzor", "macronuclei macronucleus", "macrosporangia macrosporangium",
  "madder mad", "maddest mad", "made make", "madornos madrono", "maestri maestro",
  "mafiosi mafioso", "magi magus", "magmata magma", "magnified magnify", "mahzorim mahzor",
  "makuta likuta", "maligner maligner", "mallei malleus", "malleoli malleolus", "maloti loti",
  "maltier malty", "maltiest malty", "mangier mangy", "mangiest mangy", "mankier manky",
  "mankiest manky", "manlier manly", "manliest manly", "manteaux manteau", "mantes mantis",
  "manubria manubrium", "marchese marchesa", "marchesi marchese", "maremme maremma",
  "mariner mariner", "markkaa markka", "married marry", "marshier marshy", "marshiest marshy",
  "marsupia marsupium", "massier massy", "massiest massy", "matrices matrix", "matzoth matzo",
  "maungier maungy", "maungiest maungy", "mausolea mausoleum", "maxima maximum", "mazier mazy",
  "maziest mazy", "mealier mealy", "mealiest mealy", "meant mean", "measlier measly",
  "measliest measly", "meatier meaty", "meatiest meaty", "media medium", "mediastina mediastinum",
  "megara megaron", "megasporangia megasporangium", "megilloth megillah", "meioses meiosis",
  "melanomata melanoma", "melismata melisma", "memoranda memorandum", "menisci meniscus",
  "menservants manservant", "menstrua menstruum", "merrier merry", "merriest merry",
  "mesdames madame", "mesdemoiselles mademoiselle", "mesentera mesenteron",
  "mesothoraces mesothorax", "messeigneurs monseigneur", "messier messy", "messiest messy",
  "messieurs monsieur", "metacarpi metacarpus", "metamorphoses metamorphosis",
  "metanephroi metanephros", "metastases metastasis", "metatarsi metatarsus",
  "metatheses metathesis", "metathoraces metathorax", "metazoa metazoan",
  "metempsychoses metempsychosis", "metencephala metencephalon", "metrified metrify",
  "mezuzoth mezuzah", "miasmata miasma", "mice mouse", "microanalyses microanalysis",
  "micrococci micrococcus", "micronuclei micronucleus", "microsporangia microsporangium",
  "midrashim midrash", "midwives midwife", "miffier miffy", "miffiest miffy", "might may",
  "mightier mighty", "mightiest mighty", "milia milium", "milieux milieu", "milkier milky",
  "milkiest milky", "millennia millennium", "mimicked mimic", "mimicking mimic", "mingier mingy",
  "mingiest mingy", "minified minify", "minima minimum", "ministeria ministerium",
  "minyanim minyan", "mioses miosis", "miracidia miracidium", "miri mir", "mirkier mirky",
  "mirkiest mirky", "misapplied misapply", "misbecame misbecome", "miscarried miscarry",
  "misdealt misdeal", "misgave misgive", "misgiven misgive", "mishnayoth mishna", "mislaid mislay",
  "misled mislead", "mispled misplead", "misspelt misspell", "misspent misspend",
  "mistaken mistake", "mistier misty", "mistiest misty", "mistook mistake",
  "misunderstood misunderstand", "mitochondria mitochondrion", "mitzvoth mitzvah",
  "modeler modeler", "modified modify", "modioli modiolus", "moduli modulus", "moldier moldy",
  "moldiest moldy", "mollified mollify", "molten melt", "momenta momentum", "momi momus",
  "monochasia monochasium", "monopodia monopodium", "monoptera monopteron",
  "monopteroi monopteros", "monsignori monsignor", "moodier moody", "moodiest moody",
  "mooncalves mooncalf", "moonier moony", "mooniest moony", "moratoria moratorium",
  "morceaux morceau", "morphallaxes morphallaxis", "morphoses morphosis", "morses morse",
  "mortified mortify", "mosasauri mosasaurus", "moshavim moshav", "moslim moslem",
  "moslims moslem", "mothier mothy", "mothiest mothy", "mouldier mouldy", "mouldiest mouldy",
  "mousier mousy", "mousiest mousy", "mouthier mouthy", "mouthiest mouthy", "mown mow",
  "muckier mucky", "muckiest mucky", "mucrones mucro", "muddied muddy", "muddier muddy",
  "muddiest muddy", "muggier muggy", "muggiest muggy", "multiplexer multiplexer",
  "multiplied multiply", "mummified mummify", "murices murex", "murkier murky", "murkiest murky",
  "mushier mushy", "mushiest mushy", "muskallunge muskellunge", "muskier musky", "muskiest musky",
  "mustier musty", "mustiest musty", "mutinied mutiny", "muzzier muzzy", "muzziest muzzy",
  "mycelia mycelium", "mycetomata mycetoma", "mycobacteria mycobacterium",
  "myelencephala myelencephalon", "myiases myiasis", "myocardia myocardium", "myomata myoma",
  "myoses myosis", "mystified mystify", "mythoi mythos", "myxomata myxoma", "naevi naevus",
  "naoi naos", "nappier nappy", "nappiest nappy", "narcissi narcissus", "nares naris",
  "nasopharynges nasopharynx", "nastier nasty", "nastiest nasty", "natatoria natatorium",
  "nattier natty", "nattiest natty", "naughtier naughty", "naughtiest naughty", "nauplii nauplius",
  "nautili nautilus", "necropoleis necropolis", "needier needy", "neediest needy",
  "nemeses nemesis", "nephridia nephridium", "nervier nervy", "nerviest nervy",
  "neurohypophyses neurohypophysis", "neuromata neuroma", "neuroptera neuropteron",
  "neuroses neurosis", "nevi nevus", "newsier newsy", "newsiest newsy", "nibelungen nibelung",
  "nidi nidus", "nidified nidify", "nielli niello", "niftier nifty", "niftiest nifty",
  "nigrified nigrify", "nimbi nimbus", "nimbostrati nimbostratus", "nippier nippy",
  "nippiest nippy", "nitrified nitrify", "nittier nitty", "nittiest nitty", "nodi nodus",
  "noes no", "noisier noisy", "noisiest noisy", "nomina nomen", "nonplussed nonplus",
  "nonplusses nonplus", "nonplussing nonplus", "northeasterner northeasterner",
  "northerner northerner", "nosier nosy", "nosiest nosy", "nota notum", "notified notify",
  "noumena noumenon", "novelle novella", "nucelli nucellus", "nuclei nucleus",
  "nucleoli nucleolus", "nullified nullify", "numina numen", "nuttier nutty", "nuttiest nutty",
  "oases oasis", "obeli obelus", "objectified objectify", "obligati obligato", "oboli obolus",
  "occipita occiput", "occupied occupy", "oceanaria oceanarium", "ocelli ocellus", "ocreae ochrea",
  "octahedra octahedron", "octopi octopus", "oculi oculus", "odea odeum", "oedemata edema",
  "oesophagi esophagus", "oilier oily", "oiliest oily", "oldwives oldwife", "olea oleum",
  "oliver oliver", "omasa omasum", "omenta omentum", "ommatidia ommatidium", "onagri onager",
  "oogonia oogonium", "oozier oozy", "ooziest oozy", "opener opener", "opercula operculum",
  "optima optimum", "organa organon", "organums organa", "orthoptera orthopteron", "osar os",
  "oscula osculum", "ossa os", "ossified ossify", "osteomata osteoma", "ostia ostium",
  "ottomans othman", "outbidden outbid", "outbred outbreed", "outcried outcry", "outdid outdo",
  "outdone outdo", "outdrawn outdraw", "outdrew outdraw", "outfought outfight", "outgassed outgas",
  "outgasses outgas", "outgassing outgas", "outgone outgo", "outgrew outgrow", "outgrown outgrow",
  "outlaid outlay", "outran outrun", "outridden outride", "outrode outride", "outshone outshine",
  "outshot outshoot", "outsider outsider", "outsold outsell", "outstood outstand",
  "outthought outthink", "outwent outgo", "outwore outwear", "outworn outwear",
  "overbidden overbid", "overblew overblow", "overblown overblow", "overbore overbear",
  "overborne overbear", "overbuilt overbuild", "overcame overcome", "overcomer overcomer",
  "overdid overdo", "overdone overdo", "overdrawn overdraw", "overdrew overdraw",
  "overdriven overdrive", "overdrove overdrive", "overflew overfly", "overflown overflow",
  "overgrew overgrow", "overgrown overgrow", "overheard overhear", "overhung overhang",
  "overlaid overlay", "overlain overlie", "overlay overlie", "overlying overlie",
  "overnighter overnighter", "overpaid overpay", "overpast overpass", "overran overrun",
  "overridden override", "overrode override", "oversaw oversee", "overseen oversee",
  "oversewn oversew", "overshot overshoot", "oversimplified oversimplify", "overslept oversleep",
  "oversold oversell", "overspent overspend", "overspilt overspill", "overtaken overtake",
  "overthrew overthrow", "overthrown overthrow", "overtook overtake", "overwound overwind",
  "overwritten overwrite", "overwrote overwrite", "ovoli ovolo", "ovotestes ovotestis", "oxen ox",
  "oxymora oxymoron", "pacified pacify", "paid pay", "paise paisa", "palingeneses palingenesis",
  "palled pal", "pallia pallium", "pallier pally", "palliest pally", "palling pal",
  "palmier palmy", "palmiest palmy", "palpi palpus", "palsied palsy", "paltrier paltry",
  "paltriest paltry", "pancratia pancratium", "pandied pandy", "panettoni panettone",
  "panicked panic", "panicking panic", "paparazzi paparazzo", "paperknives paperknife",
  "papillomata papilloma", "pappi pappus", "pappier pappy", "pappiest pappy", "papyri papyrus",
  "parabases parabasis", "paraleipses paraleipsis", "paralyses paralysis", "paramecia paramecium",
  "paramenta parament", "paraphyses paraphysis", "parapodia parapodium", "parapraxes parapraxis",
  "paraselenae paraselene", "parashoth parashah", "parasyntheta parasyntheton", "parazoa parazoan",
  "parentheses parenthesis", "parerga parergon", "parhelia parhelion", "parietes paries",
  "parkier parky", "parkiest parky", "parodied parody", "parried parry", "partaken partake",
  "partook partake", "parulides parulis", "pasquil pasquinade", "pasquilled pasquinade",
  "pasquilling pasquinade", "pasquils pasquinade", "pastier pasty", "pastiest pasty",
  "pastorali pastorale", "patagia patagium", "patchier patchy", "patchiest patchy",
  "patresfamilias paterfamilias", "pawkier pawky", "pawkiest pawky", "peachier peachy",
  "peachiest peachy", "pearlier pearly", "pearliest pearly", "pease pea", "pectines pecten",
  "pedaler pedaler", "pedes pes", "pekingese pekinese", "pelves pelvis", "pence penny",
  "penes penis", "penetralium penetralia", "penicillia penicillium", "penknives penknife",
  "pennia penni", "pent pen", "pentahedra pentahedron", "pentimenti pentimento", "pepla peplum",
  "peppier peppy", "peppiest peppy", "pericardia pericardium", "perichondria perichondrium",
  "pericrania pericranium", "peridia peridium", "perigonia perigonium", "perihelia perihelion",
  "perinea perineum", "perinephria perinephrium", "perionychia perionychium",
  "periostea periosteum", "periphrases periphrasis", "peristalses peristalsis",
  "perithecia perithecium", "peritonea peritoneum", "perkier perky", "perkiest perky",
  "personified personify", "peskier pesky", "peskiest pesky", "petrified petrify", "pettier petty",
  "pettiest petty", "phalanges phalange", "phalli phallus", "phantasied phantasy",
  "pharynges pharynx", "phenomena phenomenon", "philodendra philodendron", "phlyctenae phlyctaena",
  "phonier phony", "phoniest phony", "photocopied photocopy", "phyla phylum", "phylae phyle",
  "phyllotaxes phyllotaxis", "phylogeneses phylogenesis", "physicked physic", "physicking physic",
  "pickier picky", "pickiest picky", "picnicked picnic", "picnicking picnic", "piggier piggy",
  "piggiest piggy", "pilea pileum", "pilei pileus", "pilloried pillory", "pineta pinetum",
  "pinier piny", "piniest piny", "pirogi pirog", "pitchier pitchy", "pitchiest pitchy",
  "pithecanthropi pithecanthropus", "pithier pithy", "pithiest pithy", "pithoi pithos",
  "pitied pity", "planetaria planetarium", "plashier plashy", "plashiest plashy",
  "plasmodesmata plasmodesma", "plasmodia plasmodium", "plateaux plateau", "platier platy",
  "platiest platy", "plectra plectron", "pled plead", "plena plenum", "pleura pleuron",
  "plied ply", "ploughmen ploughman", "pluckier plucky", "pluckiest plucky", "plumier plumy",
  "plumiest plumy", "plummier plummy", "plummiest plummy", "pneumobacilli pneumobacillus",
  "pneumococci pneumococcus", "pocketknives pocketknife", "podetia podetium", "podgier podgy",
  "podgiest podgy", "podia podium", "pokier poky", "pokiest poky", "poleis polis",
  "polisher polisher", "pollices pollex", "pollinia pollinium", "polychasia polychasium",
  "polyhedra polyhedron", "polyparia polyparium", "polypi polypus", "polyzoa polyzoan",
  "polyzoaria polyzoarium", "pontes pons", "pontifices pontifex", "popes popes", "porkier porky",
  "porkiest porky", "portamenti portamento", "portlier portly", "portliest portly",
  "portmanteaux portmanteau", "postliminia postliminium", "pottier potty", "pottiest potty",
  "praenomina praenomen", "praxes praxis", "preachier preachy", "preachiest preachy",
  "preachified preachify", "predelle predella", "prenomina prenomen", "preoccupied preoccupy",
  "prepaid prepay", "prese presa", "presenter presenter", "presignified presignify",
  "pretender pretender", "prettied pretty", "prettier pretty", "prettiest pretty",
  "prettified prettify", "pricier pricy", "priciest pricy", "pricklier prickly",
  "prickliest prickly", "pried pry", "priestlier priestly", "priestliest priestly", "primi primo",
  "primmer prim", "primmest prim", "primordia primordium", "princelier princely",
  "princeliest princely", "principia principium", "prissier prissy", "prissiest prissy",
  "privateer privateer", "privier privy", "priviest privy", "proboscides proboscis",
  "prognoses prognosis", "programmes program", "prolegomena prolegomenon", "prolepses prolepsis",
  "prologed prologue", "prologing prologue", "prologs prologue", "promycelia promycelium",
  "pronephra pronephros", "pronephroi pronephros", "pronuclei pronucleus", "prophesied prophesy",
  "propositi propositus", "proptoses proptosis", "propyla propylon", "propylaea propylaeum",
  "proscenia proscenium", "prosencephala prosencephalon", "prosier prosy", "prosiest prosy",
  "prostheses prosthesis", "prostomia prostomium", "protases protasis", "prothalamia prothalamion",
  "prothalli prothallus", "prothallia prothallium", "prothoraces prothorax",
  "protonemata protonema", "protozoa protozoan", "proven prove", "proventriculi proventriculus",
  "prytanea prytaneum", "psalteria psalterium", "pseudopodia pseudopodium",
  "psychoneuroses psychoneurosis", "psychoses psychosis", "pterygia pterygium", "ptoses ptosis",
  "pubes pubis", "pudenda pudendum", "pudgier pudgy", "pudgiest pudgy", "puffier puffy",
  "puffiest puffy", "puli pul", "pulpier pulpy", "pulpiest pulpy", "pulvilli pulvillus",
  "pulvini pulvinus", "punchier punchy", "punchiest punchy", "punier puny", "puniest puny",
  "puparia puparium", "purified purify", "pushier pushy", "pushiest pushy", "pussier pussy",
  "pussiest pussy", "putamina putamen", "putrefied putrefy", "putti putto", "puttied putty",
  "pycnidia pycnidium", "pygidia pygidium", "pylori pylorus", "pyxides pyxis", "pyxidia pyxidium",
  "qaddishim qaddish", "quadrennia quadrennium", "quaggier quaggy", "quaggiest quaggy",
  "quakier quaky", "quakiest quaky", "qualia quale", "qualified qualify", "quanta quantum",
  "quantified quantify", "quarried quarry", "quartersawn quartersaw", "quarterstaves quarterstaff",
  "queasier queasy", "queasiest queasy", "queenlier queenly", "queenliest queenly",
  "queried query", "quinquennia quinquennium", "quizzed quiz", "quizzes quiz", "quizzing quiz",
  "rachides rhachis", "racier racy", "raciest racy", "radices radix", "radii radius",
  "rainier rainy", "rainiest rainy", "rallied rally", "ramenta ramentum", "rami ramus",
  "ramified ramify", "randier randy", "randiest randy", "rang ring", "rangier rangy",
  "rangiest rangy", "ranunculi ranunculus", "raphae raphe", "raphides raphide", "rarefied rarefy",
  "ratified ratify", "rattier ratty", "rattiest ratty", "rattlier rattly", "rattliest rattly",
  "raunchier raunchy", "raunchiest raunchy", "readier ready", "readiest ready",
  "rearmice rearmouse", "rebuilt rebuild", "reclassified reclassify", "recopied recopy",
  "recorder recorder", "recta rectum", "recti rectus", "rectified rectify", "rectrices rectrix",
  "redder red", "reddest red", "redid redo", "redone redo", "reedier reedy", "reediest reedy",
  "referenda referendum", "reft reave", "refugia refugium", "reguli regulus", "reheard rehear",
  "reified reify", "reis real", "relata relatum", "relied rely", "remade remake",
  "remarried remarry", "remiges remex", "rent rend", "repaid repay", "replevied replevy",
  "replied reply", "reran rerun", "reremice rearmouse", "resat resit", "reseaux reseau",
  "resewn resew", "residua residuum", "responsa responsum", "retailer retailer", "retaken retake",
  "rethought rethink", "retia rete", "retiarii retiarius", "reticula reticulum",
  "retinacula retinaculum", "retold retell", "retook retake", "retried retry", "reunified reunify",
  "revivified revivify", "revved rev", "revving rev", "rewound rewind", "rewritten rewrite",
  "rewrote rewrite", "rhabdomyomata rhabdomyoma", "rhachides rhachis", "rhachises rachis",
  "rhinencephala rhinencephalon", "rhizobia rhizobium", "rhombi rhombus", "rhonchi rhonchus",
  "rhyta rhyton", "ricercacari ricercare", "ricercari ricercare", "ridden ride",
  "rigidified rigidify", "rilievi rilievo", "rimier rimy", "rimiest rimy", "risen rise",
  "riskier risky", "riskiest risky", "ritzier ritzy", "ritziest ritzy", "riven rive",
  "rockier rocky", "rockiest rocky", "rode ride", "roilier roily", "roiliest roily", "roma rom",
  "rondeaux rondeau", "rookier rooky", "rookiest rooky", "roomier roomy", "roomiest roomy",
  "ropier ropy", "ropiest ropy", "rosaria rosarium", "rose rise", "rosier rosy", "rosiest rosy",
  "rostella rostellum", "rostra rostrum", "rouleaux rouleau", "rove reeve", "rowdier rowdy",
  "rowdiest rowdy", "ruddier ruddy", "ruddiest ruddy", "rumina rumen", "rung ring",
  "runnier runny", "runniest runny", "rushier rushy", "rushiest rushy", "rustier rusty",
  "rustiest rusty", "ruttier rutty", "ruttiest rutty", "saccharified saccharify", "sacra sacrum",
  "sacraria sacrarium", "sadder sad", "saddest sad", "said say", "salaried salary",
  "salespeople salesperson", "salified salify", "sallied sally", "salpinges salpinx",
  "saltarelli saltarello", "saltier salty", "saltiest salty", "sancta sanctum",
  "sanctified sanctify", "sandier sandy", "sandiest sandy", "sang sing", "sanitaria sanitarium",
  "sank sink", "santimi santims", "saponified saponify", "sappier sappy", "sappiest sappy",
  "sarcophagi sarcophagus", "sartorii sartorius", "sassanidae sassanid", "sassier sassy",
  "sassiest sassy", "satisfied satisfy", "saucier saucy", "sauciest saucy", "savvied savvy",
  "savvier savvy", "savviest savvy", "sawn saw", "scabbier scabby", "scabbiest scabby",
  "scaleni scalenus", "scalier scaly", "scaliest scaly", "scantier scanty", "scantiest scanty",
  "scarabaei scarabaeus", "scarier scary", "scariest scary", "scarified scarify", "scarves scarf",
  "schatchonim schatchen", "schemata schema", "scherzandi scherzando", "scherzi scherzo",
  "schmoes schmo", "scholia scholium", "schuln schul", "schutzstaffeln schutzstaffel",
  "scirrhi scirrhus", "scleromata scleroma", "scleroses sclerosis", "sclerotia sclerotium",
  "scoleces scolex", "scolices scolex", "scorified scorify", "scotomata scotoma",
  "scraggier scraggy", "scraggiest scraggy", "scragglier scraggly", "scraggliest scraggly",
  "scrappier scrappy", "scrappiest scrappy", "scrawnier scrawny", "scrawniest scrawny",
  "screwier screwy", "screwiest screwy", "scried scry", "scriptoria scriptorium", "scrota scrotum",
  "scrubbier scrubby", "scrubbiest scrubby", "scruffier scruffy", "scruffiest scruffy",
  "scudi scudo", "scungier scungy", "scungiest scungy", "scurried scurry", "scurvier scurvy",
  "scurviest scurvy", "scuta scutum", "scutella scutellum", "scyphi scyphus",
  "scyphozoa scyphozoan", "seamier seamy", "seamiest seamy", "seconder seconder",
  "secondi secondo", "seedier seedy", "seediest seedy", "seemlier seemly", "seemliest seemly",
  "seen see", "segni segno", "seleucidae seleucid", "selves self", "sensilla sensillum",
  "sent send", "senti sent", "senussis senusi", "separatrices separatrix", "sephardim sephardi",
  "septa septum", "septaria septarium", "septennia septennium", "sequestra sequestrum",
  "sera serum", "seraphim seraph", "sestertia sestertium", "sewn sew", "sexier sexy",
  "sexiest sexy", "sgraffiti sgraffito", "shabbasim shabbas", "shabbatim shabbat",
  "shabbier shabby", "shabbiest shabby", "shadchanim shadchan", "shadchans schatchen",
  "shadier shady", "shadiest shady", "shaggier shaggy", "shaggiest shaggy", "shaken shake",
  "shakier shaky", "shakiest shaky", "shammosim shammas", "shapelier shapely",
  "shapeliest shapely", "shat shit", "shaven shave", "sheaves sheaf", "shellacked shellac",
  "shellacking shellac", "shelves shelf", "shent shend", "shewn shew", "shied shy", "shier shy",
  "shiest shy", "shiftier shifty", "shiftiest shifty", "shillyshallied shillyshally",
  "shimmied shimmy", "shinier shiny", "shiniest shiny", "shinleaves shinleaf", "shirtier shirty",
  "shirtiest shirty", "shittim shittah", "shmoes shmo", "shod shoe", "shoddier shoddy",
  "shoddiest shoddy", "shofroth shofar", "shone shine", "shook shake", "shophroth shophar",
  "shot shoot", "showier showy", "showiest showy", "shown show", "shrank shrink",
  "shrewmice shrewmouse", "shriven shrive", "shrove shrive", "shrubbier shrubby",
  "shrubbiest shrubby", "shrunk shrink", "shrunken shrink", "shuln shul", "shyer shy",
  "shyest shy", "sicked sic", "sicking sic", "sicklier sickly", "sickliest sickly",
  "siddurim siddur", "sightlier sightly", "sightliest sightly", "sightsaw sightsee",
  "sightseen sightsee", "sigloi siglos", "signaler signaler", "signified signify",
  "signore signora", "signori signior", "signorine signorina", "silicified silicify",
  "silkier silky", "silkiest silky", "sillier silly", "silliest silly", "simplified simplify",
  "simulacra simulacrum", "sincipita sinciput", "sinfonie sinfonia", "sistra sistrum",
  "skellied skelly", "sketchier sketchy", "sketchiest sketchy", "skimpier skimpy",
  "skimpiest skimpy", "skinnier skinny", "skinniest skinny", "skivvied skivvy", "skydove skydive",
  "slain slay", "slaphappier slaphappy", "slaphappiest slaphappy", "slatier slaty",
  "slatiest slaty", "sleazier sleazy", "sleaziest sleazy", "sleepier sleepy", "sleepiest sleepy",
  "slept sleep", "slew slay", "slid slide", "slidden slide", "slier sly", "sliest sly",
  "slimier slimy", "slimiest slimy", "slimmer slim", "slimmest slim", "slimsier slimsy",
  "slimsiest slimsy", "slinkier slinky", "slinkiest slinky", "slippier slippy", "slippiest slippy",
  "sloppier sloppy", "sloppiest sloppy", "slung sling", "slunk slink", "slyer sly", "slyest sly",
  "smalti smalto", "smarmier smarmy", "smarmiest smarmy", "smellier smelly", "smelliest smelly",
  "smelt smell", "smit smite", "smitten smite", "smokier smoky", "smokiest smoky", "smote smite",
  "smugger smug", "smuggest smug", "snaggleteeth snaggletooth", "snakier snaky", "snakiest snaky",
  "snappier snappy", "snappiest snappy", "snatchier snatchy", "snatchiest snatchy",
  "snazzier snazzy", "snazziest snazzy", "sniffier sniffy", "sniffiest sniffy", "snootier snooty",
  "snootiest snooty", "snottier snotty", "snottiest snotty", "snowier snowy", "snowiest snowy",
  "snuck sneak", "snuffier snuffy", "snuffiest snuffy", "snugger snug", "snuggest snug",
  "soapier soapy", "soapiest soapy", "socmen socman", "soggier soggy", "soggiest soggy",
  "sola solum", "solaria solarium", "solatia solatium", "sold sell", "soldi soldo",
  "solemnified solemnify", "soles sol", "solfeggi solfeggio", "soli solo", "solidi solidus",
  "solidified solidify", "somata soma", "sonsier sonsy", "sonsiest sonsy", "soothsaid soothsay",
  "sootier sooty", "sootiest sooty", "soppier soppy", "soppiest soppy", "soprani soprano",
  "sordini sordino", "sori sorus", "soroses sorosis", "sorrier sorry", "sorriest sorry",
  "sought seek", "soupier soupy", "soupiest soupy", "southerner southerner", "sovkhozy sovkhoz",
  "sown sow", "spadices spadix", "spat spit", "specified specify", "spectra spectrum",
  "specula speculum", "sped speed", "speechified speechify", "speedier speedy", "speediest speedy",
  "spellbound spellbind", "spelt spell", "spent spend", "spermatia spermatium",
  "spermatogonia spermatogonium", "spermatozoa spermatozoon", "spermogonia spermogonium",
  "sphinges sphinx", "spicier spicy", "spiciest spicy", "spicula spiculum", "spied spy",
  "spiffier spiffy", "spiffiest spiffy", "spikier spiky", "spikiest spiky", "spilt spill",
  "spindlier spindly", "spindliest spindly", "spinier spiny", "spiniest spiny",
  "spirilla spirillum", "splashier splashy", "splashiest splashy", "splayfeet splayfoot",
  "splenii splenius", "spoilt spoil", "spoke speak", "spoken speak", "spongier spongy",
  "spongiest spongy", "spookier spooky", "spookiest spooky", "spoonier spoony", "spooniest spoony",
  "sporangia sporangium", "sporogonia sporogonium", "sporozoa sporozoan", "sportier sporty",
  "sportiest sporty", "spotlit spotlight", "spottier spotty", "spottiest spotty", "sprang spring",
  "sprier spry", "spriest spry", "sprightlier sprightly", "sprightliest sprightly",
  "springhase springhaas", "springier springy", "springiest springy", "sprung spring",
  "spumoni spumone", "spun spin", "sputa sputum", "squashier squashy", "squashiest squashy",
  "squatter squat", "squattest squat", "squattier squatty", "squattiest squatty",
  "squiffier squiffy", "squiffiest squiffy", "squilgee squeegee", "squizzes squiz",
  "stadia stadium", "stagier stagy", "stagiest stagy", "stalkier stalky", "stalkiest stalky",
  "stamina stamen", "staminodia staminodium", "stank stink", "stapedes stapes",
  "staphylococci staphylococcus", "starchier starchy", "starchiest starchy", "staretsy starets",
  "starrier starry", "starriest starry", "startsy starets", "statelier stately",
  "stateliest stately", "steadied steady", "steadier steady", "steadiest steady",
  "stealthier stealthy", "stealthiest stealthy", "steamier steamy", "steamiest steamy",
  "stelae stele", "stellified stellify", "stemmata stemma", "stenoses stenosis",
  "stepchildren stepchild", "sterna sternum", "stied sty", "stigmata stigma", "stimuli stimulus",
  "stingier stingy", "stingiest stingy", "stiper striper", "stipites stipes", "stirpes stirps",
  "stoae stoa", "stockier stocky", "stockiest stocky", "stodgier stodgy", "stodgiest stodgy",
  "stole steal", "stolen steal", "stomata stoma", "stomodaea stomodaeum", "stomodea stomodeum",
  "stonier stony", "stoniest stony", "stood stand", "storied story", "stormier stormy",
  "stormiest stormy", "stotinki stotinka", "stotkini stotinka", "stove stave", "strata stratum",
  "strati stratus", "stratified stratify", "stratocumuli stratocumulus", "streakier streaky",
  "streakiest streaky", "streamier streamy", "streamiest streamy", "streptococci streptococcus",
  "stretchier stretchy", "stretchiest stretchy", "stretti stretto", "strewn strew", "striae stria",
  "stridden stride", "stringier stringy", "stringiest stringy", "stripier stripy",
  "stripiest stripy", "striven strive", "strobili strobilus", "strode stride", "stromata stroma",
  "stronger strong", "strongest strong", "stroppier stroppy", "stroppiest stroppy",
  "strove strive", "strown strow", "struck strike", "strung string", "stuck stick",
  "studied study", "stuffier stuffy", "stuffiest stuffy", "stultified stultify", "stumpier stumpy",
  "stumpiest stumpy", "stung sting", "stunk stink", "stupefied stupefy", "sturdier sturdy",
  "sturdiest sturdy", "styli stylus", "stylopes stylops", "stylopodia stylopodium",
  "stymying stymie", "subcortices subcortex", "subdeliria subdelirium", "subgenera subgenus",
  "subindices subindex", "subjectified subjectify", "submariner submariner", "subphyla subphylum",
  "substrasta substratum", "succedanea succedaneum", "succubi succubus", "sudaria sudarium",
  "sudatoria sudatorium", "sulci sulcus", "sulkier sulky", "sulkiest sulky", "sullied sully",
  "sultrier sultry", "sultriest sultry", "sung sing", "sunk sink", "sunken sink", "sunnier sunny",
  "sunniest sunny", "superstrata superstratum", "supplied supply", "surlier surly",
  "surliest surly", "swam swim", "swankier swanky", "swankiest swanky", "swarthier swarthy",
  "swarthiest swarthy", "sweatier sweaty", "sweatiest sweaty", "sweetiewives sweetiewife",
  "swept sweep", "swollen swell", "swopped swap", "swopping swap", "swops swap", "swore swear",
  "sworn swear", "swum swim", "swung swing", "syconia syconium", "syllabi syllabus",
  "syllabified syllabify", "syllepses syllepsis", "symphyses symphysis", "sympodia sympodium",
  "symposia symposium", "synapses synapsis", "synarthroses synarthrosis",
  "synclinoria synclinorium", "syncytia syncytium", "syndesmoses syndesmosis", "synopses synopsis",
  "syntagmata syntagma", "syntheses synthesis", "syphilomata syphiloma", "syringes syrinx",
  "syssarcoses syssarcosis", "tableaux tableau", "tackier tacky", "tackiest tacky", "taken take",
  "talcked talc", "talcking talc", "tali talus", "talkier talky", "talkiest talky",
  "tallaisim tallith", "tallied tally", "tallitoth tallith", "tammied tammy", "tangier tangy",
  "tangiest tangy", "tanner tan", "tannest tan", "tapeta tapetum", "tardier tardy",
  "tardiest tardy", "tarried tarry", "tarsi tarsus", "tarsometatarsi tarsometatarsus",
  "tastier tasty", "tastiest tasty", "tattier tatty", "tattiest tatty", "taught teach",
  "tawdrier tawdry", "tawdriest tawdry", "taxa taxon", "taxis taxis", "techier techy",
  "techiest techy", "tectrices tectrix", "teenager teenager", "teenier teeny", "teeniest teeny",
  "teeth tooth", "teetotaler teetotaler", "tegmina tegmen", "telangiectases telangiectasia",
  "telia telium", "tempi tempo", "tenacula tenaculum", "tenderfeet tenderfoot", "tenues tenuis",
  "tepefied tepefy", "teraphim teraph", "terata teras", "teredines teredo", "terga tergum",
  "termini terminus", "terraria terrarium", "terrified terrify", "terzetti terzetto",
  "testes testes", "testier testy", "testiest testy", "testified testify", "testudines testudo",
  "tetchier tetchy", "tetchiest tetchy", "tetrahedra tetrahedron", "tetraskelia tetraskelion",
  "thalamencephala thalamencephalon", "thalami thalamus", "thalli thallus", "therses thyrse",
  "thesauri thesaurus", "theses thesis", "thickleaves thickleaf", "thieves thief", "thinner thin",
  "thinnest thin", "thirstier thirsty", "thirstiest thirsty", "tholoi tholos", "thoraces thorax",
  "thornier thorny", "thorniest thorny", "thought think", "threadier thready",
  "threadiest thready", "threw throw", "thriftier thrifty", "thriftiest thrifty", "thriven thrive",
  "throatier throaty", "throatiest throaty", "thrombi thrombus", "throve thrive", "thrown throw",
  "thymi thymus", "thyrsi thyrsus", "tidied tidy", "tidier tidy", "tidiest tidy",
  "timelier timely", "timeliest timely", "tinier tiny", "tiniest tiny", "tinnier tinny",
  "tinniest tinny", "tintinnabula tintinnabulum", "tipsier tipsy", "tipsiest tipsy",
  "titmice titmouse", "toadied toady", "told tell", "tomenta tomentum", "tondi tondo",
  "tonier tony", "toniest tony", "tonneaux tonneau", "took take", "toothier toothy",
  "toothiest toothy", "tophi tophus", "topoi topos", "tore tear", "tori torus", "torn tear",
  "torrefied torrefy", "torrify torrefy", "torsi torso", "touchier touchy", "touchiest touchy",
  "trafficked traffic", "trafficking traffic", "tragi tragus", "trameled trammel",
  "trameling trammel", "tramelled trammel", "tramelling trammel", "tramels trammel",
  "transfixt transfix", "tranship transship", "transmogrified transmogrify", "trapezia trapezium",
  "trapezohedra trapezohedron", "trashier trashy", "trashiest trashy", "traumata trauma",
  "travestied travesty", "trekked trek", "trekking trek", "trendier trendy", "trendiest trendy",
  "treponemata treponema", "trickier tricky", "trickiest tricky", "tricksier tricksy",
  "tricksiest tricksy", "triclinia triclinium", "tried try", "triennia triennium",
  "triforia triforium", "trihedra trihedron", "trimmer trim", "trimmest trim",
  "triskelia triskelion", "trisoctahedra trisoctahedron", "triumviri triumvir", "trivia trivium",
  "trod tread", "trodden tread", "tropaeola tropaeolum", "trousseaux trousseau", "truer true",
  "truest true", "trustier trusty", "trustiest trusty", "trymata tryma", "tubbier tubby",
  "tubbiest tubby", "tumefied tumefy", "turfier turfy", "turfiest turfy", "turves turf",
  "tweedier tweedy", "tweediest tweedy", "twiggier twiggy", "twiggiest twiggy", "tying tie",
  "tympana tympanum", "typewritten typewrite", "typewrote typewrite", "typified typify",
  "tyros tiro", "ubermenschen ubermensch", "uglier ugly", "ugliest ugly", "uglified uglify",
  "uigurs uighur", "ultimata ultimatum", "umbilici umbilicus", "umbones umbo", "unbent unbend",
  "unbound unbind", "unci uncus", "uncidia uredium", "unclad unclothe", "underbought underbuy",
  "underfed underfeed", "undergirt undergird", "undergone undergo", "underlaid underlay",
  "underlain underlie", "underlay underlie", "underlying underlie", "underpaid underpay",
  "undershot undershoot", "undersold undersell", "understood understand",
  "understudied understudy", "undertaken undertake", "undertook undertake", "underwent undergo",
  "underwritten underwrite", "underwrote underwrite", "undid undo", "undone undo",
  "unfriendlier unfriendly", "unfriendliest unfriendly", "unfroze unfreeze", "unfrozen unfreeze",
  "ungainlier ungainly", "ungainliest ungainly", "ungodlier ungodly", "ungodliest ungodly",
  "unhappier unhappy", "unhappiest unhappy", "unhealthier unhealthy", "unhealthiest unhealthy",
  "unholier unholy", "unholiest unholy", "unified unify", "unlaid unlay", "unlearnt unlearn",
  "unmade unmake", "unrove unreeve", "unrulier unruly", "unruliest unruly", "unsaid unsay",
  "unslung unsling", "unspoke unspeak", "unspoken unspeak", "unsteadied unsteady",
  "unstrung unstring", "unstuck unstick", "unswore unswear", "unsworn unswear", "untaught unteach",
  "unthought unthink", "untidied untidy", "untidier untidy", "untidiest untidy", "untrod untread",
  "untrodden untread", "untying untie", "unwound unwind", "upbuilt upbuild", "upheld uphold",
  "uphove upheave", "uprisen uprise", "uprose uprise", "upsprang upspring", "upsprung upspring",
  "upswept upsweep", "upswollen upswell", "upswung upswing", "uredines uredo",
  "uredinia uredinium", "uredosori uredosorus", "urinalyses urinalysis", "uteri uterus",
  "utriculi utriculus", "vacua vacuum", "vagi vagus", "vaporetti vaporetto", "varices varix",
  "varied vary", "vasa vas", "vascula vasculum", "vastier vasty", "vastiest vasty", "vela velum",
  "velamina velamen", "velaria velarium", "ventriculi ventriculus", "verbified verbify",
  "verified verify", "vermes vermis", "versified versify", "vertices vertex", "vertigines vertigo",
  "vexilla vexillum", "viatica viaticum", "vibracula vibraculum", "viewier viewy",
  "viewiest viewy", "vilified vilify", "villi villus", "vimina vimen", "vincula vinculum",
  "vires vis", "virtuosi virtuoso", "vitelli vitellus", "vitrified vitrify", "vivaria vivarium",
  "vivified vivify", "voces vox", "volte volta", "vortices vortex", "vying vie", "wackier wacky",
  "wackiest wacky", "waddied waddy", "wahhabis wahabi", "wanner wan", "wannest wan", "warier wary",
  "wariest wary", "washier washy", "washiest washy", "wavier wavy", "waviest wavy", "waxier waxy",
  "waxiest waxy", "waylaid waylay", "weaklier weakly", "weakliest weakly", "wealthier wealthy",
  "wealthiest wealthy", "wearied weary", "wearier weary", "weariest weary", "webbier webby",
  "webbiest webby", "weedier weedy", "weediest weedy", "weenier weeny", "weeniest weeny",
  "weensier weensy", "weensiest weensy", "weepier weepy", "weepiest weepy", "weightier weighty",
  "weightiest weighty", "went go", "wept weep", "were be", "werewolves werewolf", "wetter wet",
  "wettest wet", "whackier whacky", "whackiest whacky", "wharves wharf", "whimsier whimsy",
  "whimsiest whimsy", "whinnied whinny", "whipsawn whipsaw", "whizzed whiz", "whizzes whiz",
  "whizzing whiz", "wholesaler wholesaler", "wieldier wieldy", "wieldiest wieldy", "wilier wily",
  "wiliest wily", "windier windy", "windiest windy", "winier winy", "winiest winy",
  "winterfed winterfeed", "winterier wintery", "winteriest wintery", "wintrier wintry",
  "wintriest wintry", "wiredrawn wiredraw", "wiredrew wiredraw", "wirier wiry", "wiriest wiry",
  "wispier wispy", "wispiest wispy", "withdrawn withdraw", "withdrew withdraw",
  "withheld withhold", "withstood withstand", "wittier witty", "wittiest witty", "wives wife",
  "woke wake", "woken wake", "wolves wolf", "wonkier wonky", "wonkiest wonky", "woodier woody",
  "woodiest woody", "woodlice woodlouse", "woodsier woodsy", "woodsiest woodsy", "woollier woolly",
  "woolliest woolly", "woozier woozy", "wooziest woozy", "wordier wordy", "wordiest wordy",
  "wore wear", "worldlier worldly", "worldliest worldly", "wormier wormy", "wormiest wormy",
  "worn wear", "worried worry", "worse bad", "worst bad", "worthier worthy", "worthiest worthy",
  "wound wind", "wove weave", "woven weave", "wried wry", "wrier wry", "wriest wry",
  "written write", "wrote write", "wrought work", "wrung wring", "wryer wry", "wryest wry",
  "xiphisterna xiphisternum", "yakked yak", "yakking yak", "yarer yare", "yarest yare",
  "ycleped clepe", "yclept clepe", "yeastier yeasty", "yeastiest yeasty", "yeshivahs yeshiva",
  "yeshivoth yeshiva", "yogin yogi", "younger young", "youngest young", "yourselves yourself",
  "yummier yummy", "yummiest yummy", "zanier zany", "zaniest zany", "zecchini zecchino",
  "zippier zippy", "zippiest zippy", "zoaeae zoaea", "zoeae zoea", "zoeas zoaea",
  "zoonoses zoonosis", "zoosporangia zoosporangium",
};

/* Compare a word with the form of a "form base" entry; the space sorts
 * below every letter and digit, like the end of a string. */
static int
compare_exception(const void *key, const void *element)
{
  const char *word = key;
  const char *entry = *(const char *const *)element;
  gsize i = 0;

  while (word[i] != '\0' && entry[i] != ' ' && word[i] == entry[i])
    i++;
  const unsigned char a = (unsigned char)word[i];
  const unsigned char b = entry[i] == ' ' ? 0 : (unsigned char)entry[i];
  return (a > b) - (a < b);
}

/* The base form of `word`, or NULL when it is regular. */
static const char *
exception_base(const char *word)
{
  const char *const *entry =
      bsearch(word, wordnet_exceptions, G_N_ELEMENTS(wordnet_exceptions),
              sizeof wordnet_exceptions[0], compare_exception);

  return entry != NULL ? strchr(*entry, ' ') + 1 : NULL;
}

/* ------------------------------------------------------------------------ */
/* Tokens and stems                                                          */

static guint32
intern_form(BriefRougeScorer *scorer, const char *form, gsize len)
{
  g_autofree char *key = g_strndup(form, len);
  gpointer value = g_hash_table_lookup(scorer->form_ids, key);

  if (value != NULL)
    return GPOINTER_TO_UINT(value) - 1;
  const guint32 id = scorer->forms->len;
  char *owned = g_steal_pointer(&key);
  g_ptr_array_add(scorer->forms, owned);
  g_hash_table_insert(scorer->form_ids, owned, GUINT_TO_POINTER(id + 1));
  return id;
}

static guint32
word_id(BriefRougeScorer *scorer, const char *word)
{
  gpointer value = g_hash_table_lookup(scorer->word_ids, word);
  guint32 id;

  if (value != NULL)
    return GPOINTER_TO_UINT(value) - 1;

  const gsize len = strlen(word);
  const char *base;
  /* ROUGE stems only tokens longer than 3 characters. */
  if (scorer->stemmer != NULL && len > 3 && (base = exception_base(word)) != NULL) {
    id = intern_form(scorer, base, strlen(base));
  } else if (scorer->stemmer != NULL && len > 3) {
    const sb_symbol *stem =
        sb_stemmer_stem(scorer->stemmer, (const sb_symbol *)word, (int)len);
    if (stem != NULL)
      id = intern_form(scorer, (const char *)stem,
                       (gsize)sb_stemmer_length(scorer->stemmer));
    else
      id = intern_form(scorer, word, len); /* out of memory: compare as is */
  } else {
    id = intern_form(scorer, word, len);
  }
  g_hash_table_insert(scorer->word_ids, g_strdup(word), GUINT_TO_POINTER(id + 1));
  return id;
}

static gboolean
check_utf8(const char *text, const char *name, GError **error)
{
  const char *end = NULL;

  if (g_utf8_validate(text, -1, &end))
    return TRUE;
  g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING,
              "%s: invalid UTF-8 at byte %" G_GSIZE_FORMAT, name, (gsize)(end - text));
  return FALSE;
}

/* Token ids of `text`, which must be valid UTF-8.  After the cut ROUGE maps
 * every byte outside [A-Za-z0-9-] to a space, isolates hyphens and drops
 * tokens that do not start with [a-z0-9$]: that is, the tokens are the
 * runs of ASCII letters and digits, lower-cased. */
static GArray *
text_tokens(BriefRougeScorer *scorer, const char *text, gboolean truncate)
{
  g_autoptr(GString) kept = cut_text(&scorer->options, text, truncate);
  GArray *ids = g_array_new(FALSE, FALSE, sizeof(guint32));
  g_autoptr(GString) word = g_string_new(NULL);

  for (gsize i = 0; i <= kept->len; i++) {
    const char c = i < kept->len ? kept->str[i] : '\0';
    if (g_ascii_isalnum(c)) {
      g_string_append_c(word, g_ascii_tolower(c));
    } else if (word->len > 0) {
      const guint32 id = word_id(scorer, word->str);
      g_array_append_val(ids, id);
      g_string_truncate(word, 0);
    }
  }
  return ids;
}

char **
brief_rouge_scorer_tokenize(BriefRougeScorer *scorer, const char *text, gboolean truncate,
                            GError **error)
{
  g_return_val_if_fail(scorer != NULL, NULL);
  g_return_val_if_fail(text != NULL, NULL);

  if (!check_utf8(text, "text", error))
    return NULL;
  g_autoptr(GArray) ids = text_tokens(scorer, text, truncate);
  char **tokens = g_new0(char *, ids->len + 1);
  for (guint i = 0; i < ids->len; i++)
    tokens[i] = g_strdup(g_ptr_array_index(scorer->forms, g_array_index(ids, guint32, i)));
  return tokens;
}

/* ------------------------------------------------------------------------ */
/* Counting                                                                  */

static int
compare_grams(const void *a, const void *b)
{
  return memcmp(a, b, sizeof(Gram));
}

static void
gram_init(Gram *gram)
{
  for (guint k = 0; k < BRIEF_ROUGE_MAX_N; k++)
    gram->id[k] = NO_ID;
}

/* The n-grams of `tokens` (n = metric + 1) or, for the skip metric, the
 * skip bigrams, sorted so that two lists can be matched by merging. */
static GArray *
make_grams(const BriefRougeScorer *scorer, const GArray *tokens, guint metric)
{
  const guint32 *t = (const guint32 *)(const void *)tokens->data;
  const gsize n_tokens = tokens->len;
  GArray *grams = g_array_new(FALSE, FALSE, sizeof(Gram));
  Gram gram;

  if (metric < scorer->options.n_max) {
    const gsize n = metric + 1;
    for (gsize i = 0; i + n <= n_tokens; i++) {
      gram_init(&gram);
      for (gsize k = 0; k < n; k++)
        gram.id[k] = t[i + k];
      g_array_append_val(grams, gram);
    }
  } else {
    const int distance = scorer->options.skip_distance;
    /* ROUGE's loop runs i up to the next-to-last token, so with -u the last
     * token's unigram is never counted. */
    for (gsize i = 0; i + 1 < n_tokens; i++) {
      if (scorer->options.skip_unigrams) {
        gram_init(&gram);
        gram.id[0] = t[i];
        g_array_append_val(grams, gram);
      }
      for (gsize j = i + 1; j < n_tokens; j++) {
        if (distance >= 0 && j > i + (gsize)distance + 1)
          break;
        gram_init(&gram);
        gram.id[0] = t[i];
        gram.id[1] = t[j];
        g_array_append_val(grams, gram);
      }
    }
  }
  if (grams->len > 1)
    qsort(grams->data, grams->len, sizeof(Gram), compare_grams);
  return grams;
}

/* Clipped matches: the sum over distinct reference grams of
 * min(count in reference, count in peer). */
static guint
count_hits(const GArray *ref, const GArray *peer)
{
  const Gram *r = (const Gram *)(const void *)ref->data;
  const Gram *p = (const Gram *)(const void *)peer->data;
  guint i = 0, j = 0, hits = 0;

  while (i < ref->len && j < peer->len) {
    const int cmp = compare_grams(&r[i], &p[j]);
    if (cmp < 0) {
      i++;
    } else if (cmp > 0) {
      j++;
    } else {
      guint ri = i, pj = j;
      while (ri < ref->len && compare_grams(&r[ri], &r[i]) == 0)
        ri++;
      while (pj < peer->len && compare_grams(&p[pj], &p[j]) == 0)
        pj++;
      hits += MIN(ri - i, pj - j);
      i = ri;
      j = pj;
    }
  }
  return hits;
}

/* ROUGE stores every score as sprintf("%7.5f"), and computes with the
 * rounded string from then on. */
static double
round5(double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd(buf, sizeof buf, "%.5f", value);
  return g_ascii_strtod(buf, NULL);
}

static double
f_measure(double recall, double precision, double alpha)
{
  const double denominator = (1 - alpha) * precision + alpha * recall;

  if (denominator > 0)
    return round5((precision * recall) / denominator);
  return 0.0;
}

static void
score_metric(const BriefRougeScorer *scorer, const GArray *peer_tokens,
             GArray *const *ref_tokens, guint n_refs, guint metric, BriefRougeScore *score)
{
  g_autoptr(GArray) peer = make_grams(scorer, peer_tokens, metric);
  g_autofree guint *hits = g_new0(guint, n_refs);
  g_autofree guint *counts = g_new0(guint, n_refs);
  double total_hits = 0, total_counts = 0;
  double recall, precision;

  for (guint k = 0; k < n_refs; k++) {
    g_autoptr(GArray) ref = make_grams(scorer, ref_tokens[k], metric);
    hits[k] = count_hits(ref, peer);
    counts[k] = ref->len;
    total_hits += hits[k];
    total_counts += counts[k];
  }

  if (scorer->options.jackknife && n_refs > 1) {
    /* Leave-one-out: the pooled score against each subset of n-1
     * references, averaged. */
    double sum_r = 0, sum_p = 0;
    for (guint k = 0; k < n_refs; k++) {
      const double h = total_hits - hits[k];
      const double c = total_counts - counts[k];
      const double pc = (double)(n_refs - 1) * peer->len;
      sum_r += c != 0 ? h / c : 0.0;
      sum_p += pc != 0 ? h / pc : 0.0;
    }
    recall = round5(sum_r / n_refs);
    precision = round5(sum_p / n_refs);
  } else {
    const double peer_counts = (double)n_refs * peer->len;
    recall = total_counts != 0 ? round5(total_hits / total_counts) : 0.0;
    precision = peer_counts != 0 ? round5(total_hits / peer_counts) : 0.0;
  }
  score->recall = recall;
  score->precision = precision;
  score->f = f_measure(recall, precision, scorer->options.alpha);
}

static void
score_tokens(const BriefRougeScorer *scorer, const GArray *peer, GArray *const *refs,
             guint n_refs, BriefRougeScore *scores)
{
  for (guint m = 0; m < scorer->n_metrics; m++)
    score_metric(scorer, peer, refs, n_refs, m, &scores[m]);
}

static GPtrArray *
new_token_arrays(void)
{
  return g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
}

/* Validate and tokenise a peer and its references; `names` gives what the
 * error names for each text (peer first). */
static gboolean
tokenize_set(BriefRougeScorer *scorer, const char *peer, const char *const *refs,
             guint n_refs, const char *const *names, GArray **peer_tokens,
             GPtrArray **ref_tokens, GError **error)
{
  if (!check_utf8(peer, names[0], error))
    return FALSE;
  for (guint k = 0; k < n_refs; k++)
    if (!check_utf8(refs[k], names[k + 1], error))
      return FALSE;

  *peer_tokens = text_tokens(scorer, peer, TRUE);
  *ref_tokens = new_token_arrays();
  for (guint k = 0; k < n_refs; k++)
    g_ptr_array_add(*ref_tokens, text_tokens(scorer, refs[k], TRUE));
  return TRUE;
}

gboolean
brief_rouge_scorer_score(BriefRougeScorer *scorer, const char *peer, const char *const *refs,
                         guint n_refs, BriefRougeScore *scores, guint n_scores, GError **error)
{
  g_return_val_if_fail(scorer != NULL, FALSE);
  g_return_val_if_fail(peer != NULL, FALSE);
  g_return_val_if_fail(refs != NULL && n_refs > 0, FALSE);
  g_return_val_if_fail(scores != NULL && n_scores >= scorer->n_metrics, FALSE);
  for (guint k = 0; k < n_refs; k++)
    g_return_val_if_fail(refs[k] != NULL, FALSE);

  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
  g_ptr_array_add(names, g_strdup("peer"));
  for (guint k = 0; k < n_refs; k++)
    g_ptr_array_add(names, g_strdup_printf("reference %u", k + 1));

  g_autoptr(GArray) peer_tokens = NULL;
  g_autoptr(GPtrArray) ref_tokens = NULL;
  if (!tokenize_set(scorer, peer, refs, n_refs, (const char *const *)names->pdata,
                    &peer_tokens, &ref_tokens, error))
    return FALSE;
  score_tokens(scorer, peer_tokens, (GArray *const *)ref_tokens->pdata, n_refs, scores);
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Evaluation over clusters                                                  */

static void
eval_cluster_free(EvalCluster *cluster)
{
  if (cluster == NULL)
    return;
  g_free(cluster->name);
  g_free(cluster->test_id);
  g_free(cluster);
}

BriefRougeEval *
brief_rouge_eval_new(const BriefRougeOptions *options, GError **error)
{
  g_return_val_if_fail(options != NULL, NULL);

  BriefRougeScorer *scorer = brief_rouge_scorer_new(options, error);
  if (scorer == NULL)
    return NULL;
  BriefRougeEval *eval = g_new0(BriefRougeEval, 1);
  eval->scorer = scorer;
  eval->clusters = g_ptr_array_new_with_free_func((GDestroyNotify)eval_cluster_free);
  eval->unmatched = g_ptr_array_new_with_free_func(g_free);
  g_ptr_array_add(eval->unmatched, NULL);
  return eval;
}

void
brief_rouge_eval_free(BriefRougeEval *eval)
{
  if (eval == NULL)
    return;
  brief_rouge_scorer_free(eval->scorer);
  g_ptr_array_unref(eval->clusters);
  g_ptr_array_unref(eval->unmatched);
  g_free(eval);
}

/* Where a cluster with `test_id` goes in the sorted list; `found` tells
 * whether one is already there. */
static guint
cluster_position(const BriefRougeEval *eval, const char *test_id, gboolean *found)
{
  guint lo = 0, hi = eval->clusters->len;

  *found = FALSE;
  while (lo < hi) {
    const guint mid = lo + (hi - lo) / 2;
    const EvalCluster *c = g_ptr_array_index(eval->clusters, mid);
    const int cmp = strcmp(c->test_id, test_id);
    if (cmp == 0) {
      *found = TRUE;
      return mid;
    }
    if (cmp < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

static EvalCluster *
eval_cluster_new(const BriefRougeEval *eval, const char *name)
{
  EvalCluster *cluster = g_new0(EvalCluster, 1);

  cluster->name = g_strdup(name);
  cluster->test_id = g_strdup_printf("%s.%s", name, eval->scorer->system_id);
  return cluster;
}

static gboolean
check_new_cluster(const BriefRougeEval *eval, const char *name, GError **error)
{
  g_autofree char *test_id = g_strdup_printf("%s.%s", name, eval->scorer->system_id);
  gboolean found;

  cluster_position(eval, test_id, &found);
  if (found) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "cluster %s was already evaluated",
                name);
    return FALSE;
  }
  return TRUE;
}

static void
insert_cluster(BriefRougeEval *eval, EvalCluster *cluster)
{
  gboolean found;
  const guint at = cluster_position(eval, cluster->test_id, &found);

  g_assert(!found);
  g_ptr_array_insert(eval->clusters, (gint)at, cluster);
}

static void
add_unmatched(BriefRougeEval *eval, const char *path)
{
  /* Keep the array NULL-terminated for brief_rouge_eval_get_unmatched(). */
  eval->unmatched->pdata[eval->unmatched->len - 1] = g_strdup(path);
  g_ptr_array_add(eval->unmatched, NULL);
}

/* Score `peer` against `refs` into a new cluster; `names` label the texts
 * in errors, peer first. */
static EvalCluster *
score_cluster(BriefRougeEval *eval, const char *name, const char *peer,
              const char *const *refs, guint n_refs, const char *const *names, GError **error)
{
  g_autoptr(GArray) peer_tokens = NULL;
  g_autoptr(GPtrArray) ref_tokens = NULL;

  if (!tokenize_set(eval->scorer, peer, refs, n_refs, names, &peer_tokens, &ref_tokens,
                    error))
    return NULL;
  EvalCluster *cluster = eval_cluster_new(eval, name);
  score_tokens(eval->scorer, peer_tokens, (GArray *const *)ref_tokens->pdata, n_refs,
               cluster->scores);
  return cluster;
}

gboolean
brief_rouge_eval_add_texts(BriefRougeEval *eval, const char *cluster, const char *peer,
                           const char *const *refs, guint n_refs, GError **error)
{
  g_return_val_if_fail(eval != NULL, FALSE);
  g_return_val_if_fail(cluster != NULL, FALSE);
  g_return_val_if_fail(peer != NULL, FALSE);
  g_return_val_if_fail(refs != NULL && n_refs > 0, FALSE);
  for (guint k = 0; k < n_refs; k++)
    g_return_val_if_fail(refs[k] != NULL, FALSE);

  if (!check_new_cluster(eval, cluster, error))
    return FALSE;

  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
  g_ptr_array_add(names, g_strdup_printf("%s: peer", cluster));
  for (guint k = 0; k < n_refs; k++)
    g_ptr_array_add(names, g_strdup_printf("%s: reference %u", cluster, k + 1));

  EvalCluster *scored = score_cluster(eval, cluster, peer, refs, n_refs,
                                      (const char *const *)names->pdata, error);
  if (scored == NULL)
    return FALSE;
  insert_cluster(eval, scored);
  return TRUE;
}

static int
compare_strings(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The names of the visible regular "*.txt" files of `dir`, sorted. */
static GPtrArray *
list_txt_files(const char *dir, GError **error)
{
  if (!g_file_test(dir, G_FILE_TEST_EXISTS)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_IO, "%s: no such file or directory", dir);
    return NULL;
  }
  if (!g_file_test(dir, G_FILE_TEST_IS_DIR)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_IO, "%s: not a directory", dir);
    return NULL;
  }

  g_autoptr(GError) local = NULL;
  g_autoptr(GDir) handle = g_dir_open(dir, 0, &local);
  if (handle == NULL) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_IO, "%s: %s", dir, local->message);
    return NULL;
  }

  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
  const char *name;
  while ((name = g_dir_read_name(handle)) != NULL) {
    if (name[0] == '.' || !g_str_has_suffix(name, ".txt") || strlen(name) == 4)
      continue;
    g_autofree char *path = g_build_filename(dir, name, NULL);
    if (g_file_test(path, G_FILE_TEST_IS_REGULAR))
      g_ptr_array_add(names, g_strdup(name));
  }
  g_ptr_array_sort(names, compare_strings);
  return g_steal_pointer(&names);
}

static char *
read_text_file(const char *path, GError **error)
{
  g_autoptr(GError) local = NULL;
  char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents(path, &contents, &len, &local)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_IO, "%s: %s", path, local->message);
    return NULL;
  }
  /* An embedded NUL would silently end the text early. */
  const char *nul = memchr(contents, '\0', len);
  if (nul != NULL) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING,
                "%s: invalid UTF-8 (NUL byte) at byte %" G_GSIZE_FORMAT, path,
                (gsize)(nul - contents));
    g_free(contents);
    return NULL;
  }
  return contents;
}

gboolean
brief_rouge_eval_add_dirs(BriefRougeEval *eval, const char *sys_dir, const char *refs_dir,
                          GError **error)
{
  g_return_val_if_fail(eval != NULL, FALSE);
  g_return_val_if_fail(sys_dir != NULL, FALSE);
  g_return_val_if_fail(refs_dir != NULL, FALSE);

  g_autoptr(GPtrArray) sys_names = list_txt_files(sys_dir, error);
  if (sys_names == NULL)
    return FALSE;
  g_autoptr(GPtrArray) ref_names = list_txt_files(refs_dir, error);
  if (ref_names == NULL)
    return FALSE;

  /* cluster -> sorted reference paths; a name without "<cluster>.<X>"
   * cannot be matched. */
  g_autoptr(GHashTable) refs_of =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func(g_free);
  g_autoptr(GPtrArray) ref_clusters = g_ptr_array_new(); /* borrowed keys, in order */
  for (guint i = 0; i < ref_names->len; i++) {
    const char *name = g_ptr_array_index(ref_names, i);
    g_autofree char *stem = g_strndup(name, strlen(name) - 4);
    char *dot = strrchr(stem, '.');
    if (dot == NULL || dot == stem || dot[1] == '\0') {
      g_ptr_array_add(unmatched, g_build_filename(refs_dir, name, NULL));
      continue;
    }
    *dot = '\0';
    GPtrArray *paths = g_hash_table_lookup(refs_of, stem);
    if (paths == NULL) {
      paths = g_ptr_array_new_with_free_func(g_free);
      char *key = g_strdup(stem);
      g_hash_table_insert(refs_of, key, paths);
      g_ptr_array_add(ref_clusters, key);
    }
    g_ptr_array_add(paths, g_build_filename(refs_dir, name, NULL));
  }

  g_autoptr(GPtrArray) pending =
      g_ptr_array_new_with_free_func((GDestroyNotify)eval_cluster_free);
  g_autoptr(GHashTable) used = g_hash_table_new(NULL, NULL); /* reference lists used */
  for (guint i = 0; i < sys_names->len; i++) {
    const char *name = g_ptr_array_index(sys_names, i);
    g_autofree char *cluster = g_strndup(name, strlen(name) - 4);
    g_autofree char *sys_path = g_build_filename(sys_dir, name, NULL);
    GPtrArray *paths = g_hash_table_lookup(refs_of, cluster);

    if (paths == NULL) {
      g_ptr_array_add(unmatched, g_steal_pointer(&sys_path));
      continue;
    }
    g_hash_table_add(used, paths);

    if (!check_new_cluster(eval, cluster, error))
      return FALSE;

    g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(GPtrArray) names = g_ptr_array_new();
    g_ptr_array_add(names, sys_path);
    char *text = read_text_file(sys_path, error);
    if (text == NULL)
      return FALSE;
    g_ptr_array_add(texts, text);
    for (guint k = 0; k < paths->len; k++) {
      const char *path = g_ptr_array_index(paths, k);
      g_ptr_array_add(names, (gpointer)path);
      text = read_text_file(path, error);
      if (text == NULL)
        return FALSE;
      g_ptr_array_add(texts, text);
    }

    EvalCluster *scored =
        score_cluster(eval, cluster, g_ptr_array_index(texts, 0),
                      (const char *const *)texts->pdata + 1, paths->len,
                      (const char *const *)names->pdata, error);
    if (scored == NULL)
      return FALSE;
    g_ptr_array_add(pending, scored);
  }

  for (guint i = 0; i < ref_clusters->len; i++) {
    GPtrArray *paths = g_hash_table_lookup(refs_of, g_ptr_array_index(ref_clusters, i));
    if (g_hash_table_contains(used, paths))
      continue;
    for (guint k = 0; k < paths->len; k++)
      g_ptr_array_add(unmatched, g_strdup(g_ptr_array_index(paths, k)));
  }

  if (pending->len == 0) {
    if (sys_names->len == 0)
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY, "%s: no summaries (*.txt)", sys_dir);
    else
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY,
                  "no cluster of %s has references (<cluster>.<X>.txt) in %s", sys_dir,
                  refs_dir);
    return FALSE;
  }

  for (guint i = 0; i < pending->len; i++)
    insert_cluster(eval, g_steal_pointer(&pending->pdata[i]));
  for (guint i = 0; i < unmatched->len; i++)
    add_unmatched(eval, g_ptr_array_index(unmatched, i));
  return TRUE;
}

guint
brief_rouge_eval_get_n_clusters(const BriefRougeEval *eval)
{
  g_return_val_if_fail(eval != NULL, 0);
  return eval->clusters->len;
}

const char *
brief_rouge_eval_get_cluster(const BriefRougeEval *eval, guint index)
{
  g_return_val_if_fail(eval != NULL, NULL);
  g_return_val_if_fail(index < eval->clusters->len, NULL);
  return ((const EvalCluster *)g_ptr_array_index(eval->clusters, index))->name;
}

guint
brief_rouge_eval_get_n_metrics(const BriefRougeEval *eval)
{
  g_return_val_if_fail(eval != NULL, 0);
  return eval->scorer->n_metrics;
}

const char *
brief_rouge_eval_get_metric_name(const BriefRougeEval *eval, guint metric)
{
  g_return_val_if_fail(eval != NULL, NULL);
  return brief_rouge_scorer_get_metric_name(eval->scorer, metric);
}

const BriefRougeScore *
brief_rouge_eval_get_score(const BriefRougeEval *eval, guint index, guint metric)
{
  g_return_val_if_fail(eval != NULL, NULL);
  g_return_val_if_fail(index < eval->clusters->len, NULL);
  g_return_val_if_fail(metric < eval->scorer->n_metrics, NULL);
  return &((const EvalCluster *)g_ptr_array_index(eval->clusters, index))->scores[metric];
}

const char *const *
brief_rouge_eval_get_unmatched(const BriefRougeEval *eval)
{
  g_return_val_if_fail(eval != NULL, NULL);
  return (const char *const *)eval->unmatched->pdata;
}

/* ------------------------------------------------------------------------ */
/* Bootstrap                                                                 */

/* drand48: Perl's rand() since 5.20 on every platform, and the C library's
 * drand48() it used on Linux before.  Seeding is srand48()'s. */
#define DRAND48_MASK ((G_GUINT64_CONSTANT(1) << 48) - 1)

static guint64
drand48_seed(guint64 seed)
{
  return ((seed << 16) | 0x330E) & DRAND48_MASK;
}

static double
drand48_next(guint64 *state)
{
  *state = (G_GUINT64_CONSTANT(0x5DEECE66D) * *state + 0xB) & DRAND48_MASK;
  return ldexp((double)*state, -48);
}

static int
compare_doubles(const void *a, const void *b)
{
  const double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* Perl reads a missing array element as 0. */
static double
sample_at(const double *sorted, guint n, int index)
{
  return index >= 0 && (guint)index < n ? sorted[index] : 0.0;
}

gboolean
brief_rouge_eval_get_average(const BriefRougeEval *eval, guint metric,
                             BriefRougeAverage *average)
{
  g_return_val_if_fail(eval != NULL, FALSE);
  g_return_val_if_fail(metric < eval->scorer->n_metrics, FALSE);
  g_return_val_if_fail(average != NULL, FALSE);

  memset(average, 0, sizeof *average);
  const guint n = eval->clusters->len;
  if (n == 0)
    return FALSE;

  const BriefRougeOptions *options = &eval->scorer->options;
  const guint r = options->resamples;
  g_autofree double *values = g_new(double, 3 * (gsize)n);
  for (guint i = 0; i < n; i++) {
    const EvalCluster *c = g_ptr_array_index(eval->clusters, i);
    values[3 * i] = c->scores[metric].recall;
    values[3 * i + 1] = c->scores[metric].precision;
    values[3 * i + 2] = c->scores[metric].f;
  }

  /* ROUGE-1.5.5 reseeds before each resample with its index, so every
   * resample is reproducible on its own. */
  g_autofree double *samples = g_new(double, 3 * (gsize)r);
  for (guint s = 0; s < r; s++) {
    guint64 state = drand48_seed(options->seed + s);
    double sum[3] = {0, 0, 0};
    for (guint i = 0; i < n; i++) {
      const guint pick = (guint)((double)n * drand48_next(&state));
      for (int k = 0; k < 3; k++)
        sum[k] += values[3 * pick + k];
    }
    for (int k = 0; k < 3; k++)
      samples[(gsize)k * r + s] = sum[k] / n;
  }

  /* The interval is interpolated between two ranks; the same fraction
   * `ratio` serves both ends, as in ROUGE. */
  const double delta = r * ((100 - options->confidence) / 2.0) / 100.0;
  const int upper_a = (int)(r - delta - 1);
  const int lower_a = (int)delta;
  const double ratio = r - delta - 1 - upper_a;
  double *mean = &average->mean.recall;
  double *low = &average->low.recall;
  double *high = &average->high.recall;
  for (int k = 0; k < 3; k++) {
    double *sorted = samples + (gsize)k * r;
    qsort(sorted, r, sizeof(double), compare_doubles);
    /* ROUGE reports the mean of the sample means, summed in sorted order,
     * not the plain mean of the clusters. */
    double total = 0;
    for (guint s = 0; s < r; s++)
      total += sorted[s];
    const double lo_a = sample_at(sorted, r, lower_a);
    const double lo_b = sample_at(sorted, r, lower_a + 1);
    const double hi_a = sample_at(sorted, r, upper_a);
    const double hi_b = sample_at(sorted, r, upper_a + 1);
    /* The three BriefRougeScore fields are consecutive doubles. */
    mean[k] = round5(total / r);
    low[k] = round5(lo_a + (lo_b - lo_a) * ratio);
    high[k] = round5(hi_a + (hi_b - hi_a) * ratio);
  }
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Rendering                                                                 */

/* Length of the leading run of digits; 0 when `s` starts otherwise. */
static gsize
digit_prefix(const char *s)
{
  gsize n = 0;

  while (g_ascii_isdigit(s[n]))
    n++;
  return n;
}

/* ROUGE-1.5.5 prints evaluations ordered by their numeric prefix when both
 * IDs start with digits, else by string. */
static int
compare_print_order(const void *a, const void *b)
{
  const EvalCluster *x = *(const EvalCluster *const *)a;
  const EvalCluster *y = *(const EvalCluster *const *)b;
  gsize nx = digit_prefix(x->test_id), ny = digit_prefix(y->test_id);

  if (nx > 0 && ny > 0) {
    const char *px = x->test_id, *py = y->test_id;
    while (nx > 1 && *px == '0') {
      px++;
      nx--;
    }
    while (ny > 1 && *py == '0') {
      py++;
      ny--;
    }
    if (nx != ny)
      return nx < ny ? -1 : 1;
    const int cmp = strncmp(px, py, nx);
    if (cmp != 0)
      return cmp;
  }
  return strcmp(x->test_id, y->test_id);
}

static GPtrArray *
clusters_in_print_order(const BriefRougeEval *eval)
{
  GPtrArray *order = g_ptr_array_sized_new(eval->clusters->len);

  for (guint i = 0; i < eval->clusters->len; i++)
    g_ptr_array_add(order, g_ptr_array_index(eval->clusters, i));
  g_ptr_array_sort(order, compare_print_order);
  return order;
}

static const char *
fmt5(char *buf, gsize size, double value)
{
  return g_ascii_formatd(buf, (int)size, "%.5f", value);
}

char *
brief_rouge_eval_to_text(const BriefRougeEval *eval, gboolean per_cluster)
{
  g_return_val_if_fail(eval != NULL, NULL);

  GString *out = g_string_new(NULL);
  if (eval->clusters->len == 0)
    return g_string_free(out, FALSE);

  const char *sys = eval->scorer->system_id;
  char conf[G_ASCII_DTOSTR_BUF_SIZE];
  g_ascii_formatd(conf, sizeof conf, "%g", eval->scorer->options.confidence);
  g_autoptr(GPtrArray) order = clusters_in_print_order(eval);
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE], c[G_ASCII_DTOSTR_BUF_SIZE];

  for (guint m = 0; m < eval->scorer->n_metrics; m++) {
    const char *metric = brief_rouge_scorer_get_metric_name(eval->scorer, m);
    BriefRougeAverage avg;
    brief_rouge_eval_get_average(eval, m, &avg);
    const struct {
      char tag;
      double mean, low, high;
    } rows[3] = {
        {'R', avg.mean.recall, avg.low.recall, avg.high.recall},
        {'P', avg.mean.precision, avg.low.precision, avg.high.precision},
        {'F', avg.mean.f, avg.low.f, avg.high.f},
    };
    for (int k = 0; k < 3; k++)
      g_string_append_printf(out, "%s %s Average_%c: %s (%s%%-conf.int. %s - %s)\n", sys,
                             metric, rows[k].tag, fmt5(a, sizeof a, rows[k].mean), conf,
                             fmt5(b, sizeof b, rows[k].low), fmt5(c, sizeof c, rows[k].high));
    if (!per_cluster)
      continue;
    for (guint i = 0; i < order->len; i++) {
      const EvalCluster *cluster = g_ptr_array_index(order, i);
      const BriefRougeScore *s = &cluster->scores[m];
      char f[G_ASCII_DTOSTR_BUF_SIZE];
      g_string_append_printf(out, "%s %s Eval %s R:%s P:%s F:%s\n", sys, metric,
                             cluster->test_id, fmt5(a, sizeof a, s->recall),
                             fmt5(b, sizeof b, s->precision), fmt5(f, sizeof f, s->f));
    }
  }
  return g_string_free(out, FALSE);
}

static void
add_interval(JsonBuilder *builder, const char *key, gboolean have, double mean, double low,
             double high)
{
  json_builder_set_member_name(builder, key);
  if (!have) {
    json_builder_add_null_value(builder);
    return;
  }
  json_builder_begin_object(builder);
  json_builder_set_member_name(builder, "average");
  json_builder_add_double_value(builder, mean);
  json_builder_set_member_name(builder, "low");
  json_builder_add_double_value(builder, low);
  json_builder_set_member_name(builder, "high");
  json_builder_add_double_value(builder, high);
  json_builder_end_object(builder);
}

/* json-glib writes doubles with 17 significant digits, so 0.66667 comes out
 * as 0.66666999999999998.  Rewrite each fractional number outside strings
 * in the fewest digits that read back to the same double, and append the
 * final newline. */
static char *
tidy_json_numbers(const char *json)
{
  GString *out = g_string_sized_new(strlen(json) + 1);
  const char *p = json;

  while (*p != '\0') {
    if (*p == '"') {
      const char *start = p++;
      while (*p != '\0' && *p != '"')
        p += (p[0] == '\\' && p[1] != '\0') ? 2 : 1;
      if (*p == '"')
        p++;
      g_string_append_len(out, start, p - start);
    } else if (*p == '-' || g_ascii_isdigit(*p)) {
      const char *start = p;
      while (*p != '\0' && strchr("+-.0123456789eE", *p) != NULL)
        p++;
      g_autofree char *number = g_strndup(start, p - start);
      if (strpbrk(number, ".eE") == NULL) {
        g_string_append(out, number);
        continue;
      }
      const double value = g_ascii_strtod(number, NULL);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      for (int digits = 1; digits <= 17; digits++) {
        char format[8];
        g_snprintf(format, sizeof format, "%%.%dg", digits);
        g_ascii_formatd(buf, sizeof buf, format, value);
        if (g_ascii_strtod(buf, NULL) == value)
          break;
      }
      g_string_append(out, buf);
      /* Keep it a JSON number that reads as fractional. */
      if (strpbrk(buf, ".eEn") == NULL)
        g_string_append(out, ".0");
    } else {
      g_string_append_c(out, *p++);
    }
  }
  g_string_append_c(out, '\n');
  return g_string_free(out, FALSE);
}

char *
brief_rouge_eval_to_json(const BriefRougeEval *eval, gboolean per_cluster)
{
  g_return_val_if_fail(eval != NULL, NULL);

  const BriefRougeOptions *o = &eval->scorer->options;
  g_autoptr(JsonBuilder) builder = json_builder_new();

  json_builder_begin_object(builder);
  json_builder_set_member_name(builder, "system");
  json_builder_add_string_value(builder, eval->scorer->system_id);

  json_builder_set_member_name(builder, "options");
  json_builder_begin_object(builder);
  json_builder_set_member_name(builder, "limit_words");
  json_builder_add_int_value(builder, o->limit_words);
  json_builder_set_member_name(builder, "limit_bytes");
  json_builder_add_int_value(builder, o->limit_bytes);
  json_builder_set_member_name(builder, "stem");
  json_builder_add_boolean_value(builder, o->stem);
  json_builder_set_member_name(builder, "n_max");
  json_builder_add_int_value(builder, o->n_max);
  json_builder_set_member_name(builder, "skip_bigrams");
  json_builder_add_boolean_value(builder, o->skip_bigrams);
  json_builder_set_member_name(builder, "skip_distance");
  json_builder_add_int_value(builder, o->skip_distance);
  json_builder_set_member_name(builder, "skip_unigrams");
  json_builder_add_boolean_value(builder, o->skip_unigrams);
  json_builder_set_member_name(builder, "alpha");
  json_builder_add_double_value(builder, o->alpha);
  json_builder_set_member_name(builder, "jackknife");
  json_builder_add_boolean_value(builder, o->jackknife);
  json_builder_set_member_name(builder, "confidence");
  json_builder_add_double_value(builder, o->confidence);
  json_builder_set_member_name(builder, "resamples");
  json_builder_add_int_value(builder, o->resamples);
  json_builder_set_member_name(builder, "seed");
  json_builder_add_int_value(builder, (gint64)o->seed);
  json_builder_end_object(builder);

  json_builder_set_member_name(builder, "n_clusters");
  json_builder_add_int_value(builder, eval->clusters->len);

  g_autoptr(GPtrArray) order = clusters_in_print_order(eval);
  json_builder_set_member_name(builder, "metrics");
  json_builder_begin_array(builder);
  for (guint m = 0; m < eval->scorer->n_metrics; m++) {
    BriefRougeAverage avg;
    const gboolean have = brief_rouge_eval_get_average(eval, m, &avg);

    json_builder_begin_object(builder);
    json_builder_set_member_name(builder, "name");
    json_builder_add_string_value(builder, brief_rouge_scorer_get_metric_name(eval->scorer, m));
    add_interval(builder, "recall", have, avg.mean.recall, avg.low.recall, avg.high.recall);
    add_interval(builder, "precision", have, avg.mean.precision, avg.low.precision,
                 avg.high.precision);
    add_interval(builder, "f", have, avg.mean.f, avg.low.f, avg.high.f);
    if (per_cluster) {
      json_builder_set_member_name(builder, "clusters");
      json_builder_begin_array(builder);
      for (guint i = 0; i < order->len; i++) {
        const EvalCluster *cluster = g_ptr_array_index(order, i);
        json_builder_begin_object(builder);
        json_builder_set_member_name(builder, "cluster");
        json_builder_add_string_value(builder, cluster->name);
        json_builder_set_member_name(builder, "recall");
        json_builder_add_double_value(builder, cluster->scores[m].recall);
        json_builder_set_member_name(builder, "precision");
        json_builder_add_double_value(builder, cluster->scores[m].precision);
        json_builder_set_member_name(builder, "f");
        json_builder_add_double_value(builder, cluster->scores[m].f);
        json_builder_end_object(builder);
      }
      json_builder_end_array(builder);
    }
    json_builder_end_object(builder);
  }
  json_builder_end_array(builder);

  json_builder_set_member_name(builder, "unmatched");
  json_builder_begin_array(builder);
  for (guint i = 0; i + 1 < eval->unmatched->len; i++)
    json_builder_add_string_value(builder, g_ptr_array_index(eval->unmatched, i));
  json_builder_end_array(builder);
  json_builder_end_object(builder);

  g_autoptr(JsonNode) root = json_builder_get_root(builder);
  g_autoptr(JsonGenerator) generator = json_generator_new();
  json_generator_set_root(generator, root);
  g_autofree char *json = json_generator_to_data(generator, NULL);
  return tidy_json_numbers(json);
}
