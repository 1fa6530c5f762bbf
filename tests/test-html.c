/* SPDX-License-Identifier: BSD-3-Clause */
/* Unit tests for the web page modules: src/html-doc.c (the charset prescan,
 * bytes to UTF-8, parsing), src/html-text.c (blocks of text),
 * src/html-meta.c (JSON-LD, Open Graph, canonical, <time>, <title>),
 * src/html-body.c (the main text of a page) and src/reader-html.c.  Every
 * page here is made up. */
#include "brief-private.h"
#include "html-private.h"
#include "test-assert.h"

#include <string.h>

/* ---- helpers ------------------------------------------------------------------ */

static htmlDocPtr
parse(const char *html)
{
  htmlDocPtr doc = brief_html_parse(html, strlen(html), NULL);

  g_assert_nonnull(doc);
  return doc;
}

/* The blocks of `len` bytes of `data` (charset NULL: found), their texts
 * joined by " | ", so a test sees where each block ends. (transfer full) */
static char *
blocks_line_len(const char *data, gsize len, const char *charset)
{
  htmlDocPtr doc = brief_html_parse(data, len, charset);
  g_autoptr(GArray) blocks = brief_html_blocks((xmlNodePtr)doc);
  GString *s = g_string_new(NULL);

  for (guint i = 0; i < blocks->len; i++) {
    const char *text = g_array_index(blocks, BriefHtmlBlock, i).text;
    g_assert_true(g_utf8_validate(text, -1, NULL));
    g_string_append_printf(s, "%s%s", i > 0 ? " | " : "", text);
  }
  xmlFreeDoc(doc);
  return g_string_free(s, FALSE);
}

static char *
blocks_line(const char *html)
{
  return blocks_line_len(html, strlen(html), NULL);
}

static char *
fragment(const char *html)
{
  return brief_html_fragment_text(html, strlen(html));
}

static void
meta_of(const char *html, BriefHtmlMeta *meta)
{
  htmlDocPtr doc = parse(html);

  brief_html_meta_read(doc, meta);
  xmlFreeDoc(doc);
}

/* The main text of a page, its title (from its metadata) left out, as
 * the page reader asks for it. (transfer full, NULL: no article) */
static char *
main_text_of(const char *html, gsize len)
{
  htmlDocPtr doc = brief_html_parse(html, len, NULL);
  BriefHtmlMeta meta;
  char *text;

  g_assert_nonnull(doc);
  brief_html_meta_read(doc, &meta);
  text = brief_html_main_text(doc, meta.title);
  brief_html_meta_clear(&meta);
  xmlFreeDoc(doc);
  return text;
}

/* ---- charset ------------------------------------------------------------------ */

static void
assert_charset(const char *data, gsize len, const char *expected)
{
  g_autofree char *charset = brief_html_charset(data, len);

  g_assert_cmpstr(charset, ==, expected);
}

static void
assert_charset_str(const char *data, const char *expected)
{
  assert_charset(data, strlen(data), expected);
}

static void
test_charset_bom_utf8(void)
{
  /* The byte order mark wins over what the page declares. */
  static const char page[] = "\xEF\xBB\xBF<html><head><meta charset=\"iso-8859-1\"></head>"
                             "<body><p>Caf\xC3\xA9 au lait</p></body></html>";
  g_autofree char *line = blocks_line(page);

  assert_charset(page, strlen(page), "UTF-8");
  g_assert_cmpstr(line, ==, "Café au lait");
}

/* `utf8` in UTF-16 (`to`: "UTF-16LE" or "UTF-16BE") after its byte order
 * mark. (transfer full) */
static char *
utf16_page(const char *utf8, const char *to, gsize *len)
{
  g_autoptr(GError) error = NULL;
  gsize n = 0;
  g_autofree char *body = g_convert(utf8, -1, to, "UTF-8", NULL, &n, &error);
  const char *bom = strcmp(to, "UTF-16LE") == 0 ? "\xFF\xFE" : "\xFE\xFF";
  char *out = g_malloc(n + 2);

  g_assert_no_error(error);
  memcpy(out, bom, 2);
  memcpy(out + 2, body, n);
  *len = n + 2;
  return out;
}

static void
test_charset_bom_utf16(void)
{
  static const char *const orders[] = {"UTF-16LE", "UTF-16BE"};

  for (guint i = 0; i < G_N_ELEMENTS(orders); i++) {
    gsize len = 0;
    g_autofree char *page =
        utf16_page("<html><head><meta charset=\"utf-8\"></head><body><p>Na\xC3\xAFve caf\xC3\xA9"
                   " \xE2\x80\x9Cquotes\xE2\x80\x9D</p><p>Second.</p></body></html>",
                   orders[i], &len);
    g_autofree char *line = blocks_line_len(page, len, NULL);

    assert_charset(page, len, orders[i]);
    g_assert_cmpstr(line, ==, "Naïve café “quotes” | Second.");
  }
}

static void
test_charset_meta(void)
{
  /* windows-1252 bytes: 0x93 0x94 curly quotes, 0xE9 é, 0x96 en dash. */
  static const char page[] = "<html><head><meta charset=\"ISO-8859-1\"></head><body>"
                             "<p>\x93"
                             "Caf\xE9\x94 \x96 open</p></body></html>";
  g_autofree char *line = blocks_line(page);

  assert_charset(page, strlen(page), "windows-1252");
  g_assert_cmpstr(line, ==, "“Café” – open");
  assert_charset_str("<meta charset=utf-8><p>x</p>", "UTF-8");
  assert_charset_str("<META CHARSET='Windows-1252'>", "windows-1252");
  assert_charset_str("<meta charset = \"us-ascii\">", "windows-1252");
  /* A page that says UTF-16 in ASCII bytes is not UTF-16. */
  assert_charset_str("<meta charset=\"utf-16\"><p>x</p>", "UTF-8");
}

static void
test_charset_http_equiv(void)
{
  static const char page[] =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
      "<title>T</title></head><body><p>\x93R\xE9sum\xE9\x94, she wrote.</p></body></html>";
  g_autofree char *line = blocks_line(page);

  assert_charset(page, strlen(page), "windows-1252");
  g_assert_cmpstr(line, ==, "“Résumé”, she wrote.");
}

static void
test_charset_other(void)
{
  /* A charset iconv knows: ISO-8859-15 has the euro sign at 0xA4. */
  static const char page[] = "<meta charset=\"iso-8859-15\"><p>Tickets cost 4\xA4.</p>";
  /* One it does not know: read as windows-1252. */
  static const char bogus[] = "<meta charset=\"x-no-such-charset\"><p>Caf\xE9.</p>";
  g_autofree char *line = blocks_line(page);
  g_autofree char *bogus_line = blocks_line(bogus);

  assert_charset(page, strlen(page), "ISO-8859-15");
  g_assert_cmpstr(line, ==, "Tickets cost 4€.");
  g_assert_cmpstr(bogus_line, ==, "Café.");
}

static void
test_charset_undeclared(void)
{
  /* Valid UTF-8 is UTF-8; anything else is windows-1252. */
  static const char utf8[] = "<p>Caf\xC3\xA9 \xE2\x80\x94 open</p>";
  static const char latin[] = "<p>\x93"
                              "Caf\xE9\x94 open</p>";
  g_autofree char *utf8_line = blocks_line(utf8);
  g_autofree char *latin_line = blocks_line(latin);

  assert_charset(utf8, strlen(utf8), "UTF-8");
  assert_charset(latin, strlen(latin), "windows-1252");
  g_assert_cmpstr(utf8_line, ==, "Café — open");
  g_assert_cmpstr(latin_line, ==, "“Café” open");
}

static void
test_charset_after_prescan(void)
{
  /* A declaration past the first 4 KiB is not seen. */
  g_autoptr(GString) page = g_string_new("<html><head><!-- ");

  while (page->len < 5000)
    g_string_append(page, "padding ");
  g_string_append(page, "--><meta charset=\"koi8-r\"></head><body><p>Plain.</p></body></html>");
  assert_charset(page->str, page->len, "UTF-8");
}

/* The 4 KiB looked at for a declaration start after the mark of the
 * page's address a saver wrote on its first line, however long. */
static void
test_charset_after_saved_mark(void)
{
  g_autoptr(GString) page = g_string_new("<!-- saved from url=(2020)https://example.com/");

  for (guint i = 0; i < 2000; i++)
    g_string_append_c(page, 'a');
  g_string_append(page, " -->\n<html><head><!-- ");
  for (guint i = 0; i < 2500; i++)
    g_string_append_c(page, 'x');
  g_string_append(page, " --><meta charset=\"iso-8859-7\"></head><body><p>x</p></body></html>");
  assert_charset(page->str, page->len, "ISO-8859-7");
}

static void
test_charset_declared_utf8_bad_byte(void)
{
  /* Bytes that are not UTF-8 in a page that says it is are read as
   * windows-1252, one by one: a Latin-1 page mislabelled keeps its
   * letters, and valid UTF-8 beside them stays as it is. */
  static const char page[] = "<html><head><meta charset=\"utf-8\"></head><body>"
                             "<p id=\"x\">Caf\xC3\xA9 \x93ok\x94 cr\xE8me \xFF end \xC3</p>"
                             "</body></html>";
  htmlDocPtr doc = parse(page);
  xmlNodePtr p = brief_html_find(xmlDocGetRootElement(doc), "p");
  g_autofree char *content = (char *)xmlNodeGetContent(p);
  g_autofree char *line = blocks_line(page);

  assert_charset(page, strlen(page), "UTF-8");
  g_assert_true(g_utf8_validate(content, -1, NULL));
  g_assert_cmpstr(line, ==, "Café “ok” crème ÿ end Ã");
  xmlFreeDoc(doc);
}

/* "<![CDATA[" in an HTML page opens a bogus comment that runs to the first
 * '>', as in a browser, and is no text; the same words escaped are text,
 * and a script's "//<![CDATA[" does not take its "</script>" away. */
static void
test_cdata_in_html(void)
{
  g_autofree char *line =
      blocks_line("<html><body><p>Before <![CDATA[hidden]]> after, <![CDATA[ a > b ]]> and"
                  "</p><script>//<![CDATA[\nvar x = 1;\n//]]></script>"
                  "<p>Next &lt;![CDATA[x]]&gt; stays.</p></body></html>");

  g_assert_cmpstr(line, ==, "Before after, b ]]> and | Next <![CDATA[x]]> stays.");
}

static void
test_parse_edge_inputs(void)
{
  /* Nothing, NUL bytes, a lone BOM: a tree without text. */
  static const char nuls[] = "<p>a\0b</p>";
  htmlDocPtr doc = brief_html_parse("", 0, NULL);
  g_autofree char *nul_line = blocks_line_len(nuls, sizeof nuls - 1, NULL);
  g_autofree char *bom_line = blocks_line("\xEF\xBB\xBF");

  g_assert_nonnull(doc);
  xmlFreeDoc(doc);
  g_assert_cmpstr(nul_line, ==, "a b");
  g_assert_cmpstr(bom_line, ==, "");
  {
    /* UTF-16 cut in the middle of a character: read, somehow. */
    static const char odd[] = "\xFF\xFE<\0p\0>\0x\0y";
    g_autofree char *odd_line = blocks_line_len(odd, sizeof odd - 1, NULL);
    g_assert_nonnull(odd_line);
  }
}

static void
test_parse_without_root(void)
{
  /* Input that is not in an <html> element: a feed item's body that
   * starts with a picture, a page that starts with its <meta> or <title>
   * and leaves out <html> and <body>, as HTML allows. */
  static const struct {
    const char *html, *line;
  } cases[] = {
      {"<img src=\"a.jpg\"><p>Text after a picture.</p>", "Text after a picture."},
      {"<a href=\"/a\"><img src=\"a.jpg\"></a>Loose text, then<p>a paragraph.</p>",
       "Loose text, then | a paragraph."},
      {"<br>After a break.<hr><p>After a rule.</p>", "After a break. | After a rule."},
      {"<meta charset=\"utf-8\"><title>T</title><p>One.</p><p>Two.</p>", "One. | Two."},
      {"<title>T</title><p>One.</p>", "One."},
      {"<link rel=\"stylesheet\" href=\"s.css\"><p>One.</p>", "One."},
      {"<meta charset=\"utf-8\"><html><body><p>One.</p></body></html>", "One."},
      {"<!-- saved from url=(0042)https://x.example/ --><html><body><p>One.</p></body></html>",
       "One."},
  };

  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *line = blocks_line(cases[i].html);
    g_autofree char *text = fragment(cases[i].html);
    g_autofree char *joined = NULL;
    g_auto(GStrv) parts = g_strsplit(cases[i].line, " | ", -1);
    g_test_message("html: %s", cases[i].html);
    g_assert_cmpstr(line, ==, cases[i].line);
    joined = g_strjoinv("\n\n", parts);
    g_assert_cmpstr(text, ==, joined);
  }
}

/* ---- blocks ------------------------------------------------------------------- */

static void
test_blocks_structure(void)
{
  static const char page[] =
      "<html><body><h1>Storm  closes\n coast road</h1>"
      "<p>The road was shut at dawn.</p><p>It may reopen\ttomorrow.</p>"
      "<h2>What drivers should do</h2>"
      "<ul><li>Use the inland route</li><li>Check the <em>council</em> site</li></ul>"
      "<p>First line<br>second line</p>"
      "<div>Loose text in a div<p>and a paragraph in it.</p>trailing words</div>"
      "</body></html>";
  htmlDocPtr doc = parse(page);
  g_autoptr(GArray) blocks = brief_html_blocks((xmlNodePtr)doc);
  static const char *const texts[] = {"Storm closes coast road",
                                      "The road was shut at dawn.",
                                      "It may reopen tomorrow.",
                                      "What drivers should do",
                                      "Use the inland route",
                                      "Check the council site",
                                      "First line",
                                      "second line",
                                      "Loose text in a div",
                                      "and a paragraph in it.",
                                      "trailing words"};
  static const char *const tags[] = {"h1", "p", "p", "h2", "li", "li", "p", "p", "div", "p", "div"};

  g_assert_cmpuint(blocks->len, ==, G_N_ELEMENTS(texts));
  for (guint i = 0; i < blocks->len; i++) {
    const BriefHtmlBlock *b = &g_array_index(blocks, BriefHtmlBlock, i);
    g_assert_cmpstr(b->text, ==, texts[i]);
    g_assert_cmpstr(b->tag, ==, tags[i]);
    g_assert_cmpuint(b->chars, ==, (guint)g_utf8_strlen(texts[i], -1));
    g_assert_cmpuint(b->link_chars, ==, 0);
  }
  xmlFreeDoc(doc);
}

static void
test_blocks_link_chars(void)
{
  static const char page[] = "<p>Read <a href=\"/report\">the full report</a> now.</p>"
                             "<p><a href=\"/a\">One</a> <a href=\"/b\">Two</a></p>"
                             "<p>An <a name=\"anchor\">anchor</a> is no link.</p>"
                             "<p><a href=\"/c\">Caf\xC3\xA9 <b>menu</b></a> today.</p>";
  htmlDocPtr doc = parse(page);
  g_autoptr(GArray) blocks = brief_html_blocks((xmlNodePtr)doc);
  static const guint chars[] = {25, 7, 21, 16};
  static const guint links[] = {15, 6, 0, 9};

  g_assert_cmpuint(blocks->len, ==, 4);
  for (guint i = 0; i < blocks->len; i++) {
    const BriefHtmlBlock *b = &g_array_index(blocks, BriefHtmlBlock, i);
    g_test_message("block %u: %s", i, b->text);
    g_assert_cmpuint(b->chars, ==, chars[i]);
    g_assert_cmpuint(b->link_chars, ==, links[i]);
  }
  xmlFreeDoc(doc);
}

static void
test_blocks_skipped_elements(void)
{
  static const char page[] =
      "<html><head><title>Not text</title><style>p { color: red; }</style></head><body>"
      "<p>Before.<script>var secret = \"in a script\";</script> After.</p>"
      "<noscript><p>Enable scripts.</p></noscript>"
      "<style>.x { display: none; }</style>"
      "<form><label>Name</label><input value=\"typed\"><select><option>One</option></select>"
      "<button>Send</button><textarea>Draft</textarea></form>"
      "<svg><text>Vector words</text></svg><template><p>Later.</p></template>"
      "<iframe src=\"x\">Frame words</iframe>"
      "<p>End.</p></body></html>";
  g_autofree char *line = blocks_line(page);

  /* The form's label is text; its controls are not. */
  g_assert_cmpstr(line, ==, "Before. After. | Name | End.");
}

static void
test_blocks_entities(void)
{
  static const char page[] = "<p>Salt &amp; pepper&nbsp;and&nbsp;&nbsp;the council&#8217;s "
                             "vote &lt;today&gt; at 5&#x2009;pm &mdash; &quot;final&quot;</p>"
                             "<p>soft&shy;hyphen, zero&#8203;width, bell&#7;</p>";
  g_autofree char *line = blocks_line(page);

  g_assert_cmpstr(line, ==,
                  "Salt & pepper and the council’s vote <today> at 5 pm — \"final\" | "
                  "softhyphen, zerowidth, bell");
}

static void
test_blocks_whitespace_only(void)
{
  g_autofree char *line = blocks_line("<div>\n  <p> </p>\n<p>&nbsp;</p>\n</div><p>x</p>");

  g_assert_cmpstr(line, ==, "x");
}

static void
test_fragment_text(void)
{
  g_autofree char *two = fragment("<p>One.</p>\n<p>Two &amp; three.</p>");
  g_autofree char *plain = fragment("Just   words\nhere");
  g_autofree char *none = fragment("<script>alert(1)</script>");
  g_autofree char *empty = fragment("");

  g_assert_cmpstr(two, ==, "One.\n\nTwo & three.");
  g_assert_cmpstr(plain, ==, "Just words here");
  g_assert_cmpstr(none, ==, "");
  g_assert_cmpstr(empty, ==, "");
}

static void
test_inline_text(void)
{
  htmlDocPtr doc = parse("<h1>Big <em>news</em><br>from the <a href=\"/\">quay</a></h1>");
  g_autofree char *text = brief_html_inline_text(brief_html_find(xmlDocGetRootElement(doc), "h1"));

  g_assert_cmpstr(text, ==, "Big news from the quay");
  xmlFreeDoc(doc);
}

/* ---- metadata ----------------------------------------------------------------- */

static void
test_meta_json_ld(void)
{
  static const char page[] =
      "<html><head><title>Ignored title | Site</title>"
      "<meta property=\"og:title\" content=\"Open Graph title\">"
      "<script type=\"application/ld+json\">\n"
      "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\",\n"
      " \"headline\": \"Dam inspection finds cracks in spillway\",\n"
      " \"datePublished\": \"2024-02-11T06:00:00+01:00\",\n"
      " \"author\": {\"@type\": \"Person\", \"name\": \"Tomas Reyl\"},\n"
      " \"publisher\": {\"@type\": \"Organization\", \"name\": \"Valley Ledger\"},\n"
      " \"mainEntityOfPage\": {\"@type\": \"WebPage\", \"@id\": \"https://ledger.example/dam\"},\n"
      " \"articleBody\": \"Inspectors found cracks.\"}\n"
      "</script></head><body><p>x</p></body></html>";
  BriefHtmlMeta meta;

  meta_of(page, &meta);
  g_assert_cmpstr(meta.title, ==, "Dam inspection finds cracks in spillway");
  g_assert_cmpstr(meta.date, ==, "2024-02-11T06:00:00+01:00");
  g_assert_cmpstr(meta.author, ==, "Tomas Reyl");
  g_assert_cmpstr(meta.source, ==, "Valley Ledger");
  g_assert_cmpstr(meta.url, ==, "https://ledger.example/dam");
  g_assert_cmpstr(meta.body, ==, "Inspectors found cracks.");
  brief_html_meta_clear(&meta);
}

static void
test_meta_json_ld_graph(void)
{
  /* A @graph whose first nodes are no article; the article has a list of
   * types and a list of authors; the script before it holds no article. */
  static const char page[] =
      "<html><head>"
      "<script type=\"application/ld+json\">{\"@type\": \"BreadcrumbList\", \"name\": \"Crumbs\"}"
      "</script>"
      "<script type=\"Application/LD+JSON\">{\"@context\": \"https://schema.org\", \"@graph\": [\n"
      " {\"@type\": \"WebSite\", \"name\": \"Valley Ledger website\"},\n"
      " {\"@type\": \"Organization\", \"name\": \"Valley Ledger\"},\n"
      " {\"@type\": [\"Thing\", \"http://schema.org/ReportageNewsArticle\"],\n"
      "  \"name\": \"Flood barrier passes its first test\",\n"
      "  \"dateCreated\": \"2024-01-20\", \"datePublished\": \"soon\",\n"
      "  \"author\": [{\"@type\": \"Person\", \"name\": \"Ana Pell\"}, \"Rob Mire\",\n"
      "             {\"@type\": \"Person\"}, {\"name\": \"Li Wen\"}],\n"
      "  \"publisher\": [{\"name\": \"Valley Ledger\"}],\n"
      "  \"url\": \"javascript:alert(1)\"}]}\n"
      "</script></head><body></body></html>";
  BriefHtmlMeta meta;

  meta_of(page, &meta);
  g_assert_cmpstr(meta.title, ==, "Flood barrier passes its first test");
  g_assert_cmpstr(meta.author, ==, "Ana Pell, Rob Mire, Li Wen");
  g_assert_cmpstr(meta.source, ==, "Valley Ledger");
  g_assert_cmpstr(meta.date, ==, "2024-01-20");
  g_assert_null(meta.url);
  g_assert_null(meta.body);
  brief_html_meta_clear(&meta);
}

static void
test_meta_json_ld_references(void)
{
  /* A @graph whose article names its publisher and author by "@id", as
   * WordPress pages do: their names, never an address. */
  static const char page[] =
      "<html><head><meta property=\"og:site_name\" content=\"Millbrook Echo\">"
      "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@graph\": [\n"
      " {\"@type\": \"NewsArticle\", \"@id\": \"https://echo.example/weir/#article\",\n"
      "  \"headline\": \"Sluice gates replaced at Millbrook weir\",\n"
      "  \"author\": {\"@id\": \"https://echo.example/#/person/7a\"},\n"
      "  \"publisher\": {\"@id\": \"https://echo.example/#organization\"},\n"
      "  \"mainEntityOfPage\": {\"@id\": \"https://echo.example/weir/\"}},\n"
      " {\"@type\": \"Organization\", \"@id\": \"https://echo.example/#organization\",\n"
      "  \"name\": \"Millbrook Echo Ltd\"},\n"
      " {\"@type\": \"Person\", \"@id\": \"https://echo.example/#/person/7a\",\n"
      "  \"name\": \"Pia Lund\"}]}</script>"
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"H\",\n"
      " \"author\": [{\"@id\": \"https://echo.example/#/person/unknown\"}, \"Ola Berg\"],\n"
      " \"publisher\": {\"@id\": \"https://echo.example/#organization\"}}</script>"
      "</head><body></body></html>";
  BriefHtmlMeta meta;
  htmlDocPtr doc = parse(page);
  xmlNodePtr first = brief_html_find(xmlDocGetRootElement(doc), "script");

  meta_of(page, &meta);
  g_assert_cmpstr(meta.title, ==, "Sluice gates replaced at Millbrook weir");
  g_assert_cmpstr(meta.author, ==, "Pia Lund");
  /* Open Graph's site name before the publisher's (company) name. */
  g_assert_cmpstr(meta.source, ==, "Millbrook Echo");
  g_assert_cmpstr(meta.url, ==, "https://echo.example/weir/");
  brief_html_meta_clear(&meta);
  /* Without the @graph, references lead nowhere: no author from them, and
   * the source from Open Graph. */
  xmlUnlinkNode(first);
  xmlFreeNode(first);
  brief_html_meta_read(doc, &meta);
  g_assert_cmpstr(meta.title, ==, "H");
  g_assert_cmpstr(meta.author, ==, "Ola Berg");
  g_assert_cmpstr(meta.source, ==, "Millbrook Echo");
  brief_html_meta_clear(&meta);
  xmlFreeDoc(doc);
}

static void
test_meta_json_ld_top_array(void)
{
  static const char page[] =
      "<script type=\"application/ld+json\">[{\"@type\": \"WebPage\", \"name\": \"Page\"},\n"
      " {\"@type\": \"WebPage\", \"mainEntity\": {\"@type\": \"BlogPosting\",\n"
      "  \"headline\": \"Harbour diary: the last herring boat\", \"author\": \"Ed Crane\"}}]"
      "</script><title>Fallback</title>";
  BriefHtmlMeta meta;

  meta_of(page, &meta);
  g_assert_cmpstr(meta.title, ==, "Harbour diary: the last herring boat");
  g_assert_cmpstr(meta.author, ==, "Ed Crane");
  brief_html_meta_clear(&meta);
}

static void
test_meta_open_graph(void)
{
  static const char page[] =
      "<html><head><title>Storm closes coast road - Coastal Gazette</title>"
      "<meta property=\"og:title\" content=\"Storm  closes coast road\">"
      "<meta property=\"og:site_name\" content=\"Coastal Gazette\">"
      "<meta property=\"og:url\" content=\"https://gazette.example/storm\">"
      "<meta property=\"article:published_time\" content=\"2024-03-05T07:45:00Z\">"
      "<meta property=\"article:author\" content=\"https://social.example/lena\">"
      "<meta name=\"author\" content=\"By Lena Ostrova\">"
      "</head><body><time datetime=\"2023-01-01\">Old</time></body></html>";
  BriefHtmlMeta meta;

  meta_of(page, &meta);
  g_assert_cmpstr(meta.title, ==, "Storm closes coast road");
  g_assert_cmpstr(meta.source, ==, "Coastal Gazette");
  g_assert_cmpstr(meta.url, ==, "https://gazette.example/storm");
  g_assert_cmpstr(meta.date, ==, "2024-03-05T07:45:00Z");
  g_assert_cmpstr(meta.author, ==, "Lena Ostrova");
  g_assert_null(meta.body);
  brief_html_meta_clear(&meta);
}

static void
test_meta_canonical(void)
{
  /* The canonical link beats og:url; the source falls back to the host. */
  static const char page[] =
      "<html><head><link rel=\"Canonical\" href=\"https://www.Gazette.example:8080/a/storm?x=1\">"
      "<meta property=\"og:url\" content=\"https://gazette.example/amp/storm\">"
      "</head><body><h1>Storm closes coast road</h1></body></html>";
  BriefHtmlMeta meta;

  meta_of(page, &meta);
  g_assert_cmpstr(meta.url, ==, "https://www.Gazette.example:8080/a/storm?x=1");
  g_assert_cmpstr(meta.source, ==, "gazette.example");
  g_assert_cmpstr(meta.title, ==, "Storm closes coast road"); /* from the <h1> */
  brief_html_meta_clear(&meta);
}

static void
test_meta_javascript_url(void)
{
  static const char no_url[] =
      "<head><link rel=\"canonical\" href=\"javascript:alert(1)\">"
      "<meta property=\"og:url\" content=\"JavaScript:void(0)\"><title>T</title></head>";
  static const char og_url[] =
      "<head><link rel=\"canonical\" href=\"javascript:alert(1)\">"
      "<link rel=\"canonical\" href=\"data:text/html,hi\">"
      "<meta property=\"og:url\" content=\"http://gazette.example/storm\"></head>";
  BriefHtmlMeta meta;

  meta_of(no_url, &meta);
  g_assert_null(meta.url);
  g_assert_null(meta.source);
  brief_html_meta_clear(&meta);
  meta_of(og_url, &meta);
  g_assert_cmpstr(meta.url, ==, "http://gazette.example/storm");
  brief_html_meta_clear(&meta);
}

static void
test_meta_time_element(void)
{
  /* A <meta> date that does not read as a date and a <time> whose
   * datetime is a duration are passed over. */
  static const char page[] =
      "<html><head><meta property=\"article:published_time\" content=\"last Tuesday\"></head>"
      "<body><p>Reading time <time datetime=\"PT5M\">5 min</time></p>"
      "<p>Posted <time datetime=\"2024-03-05T09:30:00+02:00\">5 March</time></p>"
      "<p><time datetime=\"2024-04-01\">later</time></p></body></html>";
  BriefHtmlMeta meta;

  meta_of(page, &meta);
  g_assert_cmpstr(meta.date, ==, "2024-03-05T09:30:00+02:00");
  brief_html_meta_clear(&meta);
}

static void
test_meta_title_suffix(void)
{
  static const struct {
    const char *head, *title;
  } cases[] = {
      {"<title>Storm closes coast road - Coastal Gazette</title>", "Storm closes coast road"},
      {"<title>Storm closes coast road | The Coastal Gazette and Evening Herald</title>"
       "<meta property=\"og:site_name\" content=\"The Coastal Gazette and Evening Herald\">",
       "Storm closes coast road"},
      {"<title>Storm closes coast road \xE2\x80\x94 Gazette</title>", "Storm closes coast road"},
      /* Not a site's name: kept. */
      {"<title>Talks resume - but unions say the offer is still far too low</title>",
       "Talks resume - but unions say the offer is still far too low"},
      {"<title>Long-awaited bridge opens</title>", "Long-awaited bridge opens"},
      {"<title> - Gazette</title>", "- Gazette"},
  };

  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *page =
        g_strdup_printf("<html><head>%s</head><body></body></html>", cases[i].head);
    BriefHtmlMeta meta;
    g_test_message("case: %s", cases[i].head);
    meta_of(page, &meta);
    g_assert_cmpstr(meta.title, ==, cases[i].title);
    brief_html_meta_clear(&meta);
  }
}

static void
test_meta_malformed_json_ld(void)
{
  static const char *const scripts[] = {
      "{\"@type\": \"NewsArticle\", \"headline\": \"Broken\",",
      "{\"@type\": \"NewsArticle\", \"headline\": \"Two values\"} {}",
      "<!-- {\"@type\": \"NewsArticle\", \"headline\": \"Commented\"} -->",
      "{\"@type\": 5, \"headline\": [1, 2], \"author\": {\"name\": null}}",
      ("{\"@type\": \"NewsArticle\", \"headline\": 42, \"author\": [[\"deep\"]], "
       "\"datePublished\": {\"x\": 1}, \"publisher\": []}"),
      "\"just a string\"",
      "",
  };

  for (guint i = 0; i < G_N_ELEMENTS(scripts); i++) {
    g_autofree char *page = g_strdup_printf(
        "<head><script type=\"application/ld+json\">%s</script><title>From the title</title>"
        "</head>",
        scripts[i]);
    BriefHtmlMeta meta;
    g_test_message("script: %s", scripts[i]);
    meta_of(page, &meta);
    g_assert_cmpstr(meta.title, ==, "From the title");
    g_assert_null(meta.author);
    g_assert_null(meta.date);
    brief_html_meta_clear(&meta);
  }
}

/* A JSON-LD script of `depth` nested arrays or objects around an article. */
static char *
deep_json_ld(guint depth, gboolean objects)
{
  GString *s = g_string_new("<head><title>Shallow</title><script type=\"application/ld+json\">");

  for (guint i = 0; i < depth; i++)
    g_string_append(s, objects ? "{\"mainEntity\": " : "[");
  g_string_append(s, "{\"@type\": \"NewsArticle\", \"headline\": \"Deep\"}");
  for (guint i = 0; i < depth; i++)
    g_string_append(s, objects ? "}" : "]");
  g_string_append(s, "</script></head>");
  return g_string_free(s, FALSE);
}

static void
test_meta_json_ld_deep(void)
{
  static const guint depths[] = {20, 1000, 100000};

  for (guint i = 0; i < G_N_ELEMENTS(depths); i++)
    for (int objects = 0; objects <= 1; objects++) {
      g_autofree char *page = deep_json_ld(depths[i], objects);
      BriefHtmlMeta meta;
      g_test_message("depth %u, objects %d", depths[i], objects);
      meta_of(page, &meta);
      /* Too deep to look into: the <title>. */
      g_assert_cmpstr(meta.title, ==, "Shallow");
      brief_html_meta_clear(&meta);
    }
}

static void
test_meta_none(void)
{
  BriefHtmlMeta meta;

  meta_of("<p>No metadata at all.</p>", &meta);
  g_assert_null(meta.title);
  g_assert_null(meta.source);
  g_assert_null(meta.url);
  g_assert_null(meta.author);
  g_assert_null(meta.date);
  g_assert_null(meta.body);
  brief_html_meta_clear(&meta);
  brief_html_meta_read(NULL, &meta);
  g_assert_null(meta.title);
}

/* ---- main text ---------------------------------------------------------------- */

/* An article page with everything around the article a news site puts
 * there. */
static const char article_page[] =
    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
    "<title>Night ferries return to the Kestrel Sound route - Harbour Town Courier</title>\n"
    "<meta property=\"og:site_name\" content=\"Harbour Town Courier\">\n"
    "<meta property=\"article:published_time\" content=\"2024-03-05T07:45:00Z\">\n"
    "<link rel=\"canonical\" href=\"https://courier.example/news/night-ferries\">\n"
    "<script>window.dataLayer = [{\"page\": \"article\"}];</script>\n"
    "<style>.share-bar { display: flex; }</style></head>\n<body>\n"
    "<div id=\"cookie-banner\"><p>We use cookies to improve your experience of our website. By "
    "continuing to browse you agree to our use of cookies.</p><button>Accept</button></div>\n"
    "<header class=\"site-header\"><a href=\"/\">Harbour Town Courier</a>"
    "<p>Your town, your news, every morning since 1921.</p></header>\n"
    "<nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li>"
    "<li><a href=\"/weather\">Weather</a></li></ul></nav>\n"
    "<main><article>\n"
    "<h1>Night ferries return to the Kestrel Sound route</h1>\n"
    "<p class=\"byline\">By Mara Quill, transport reporter. Published 5 March 2024.</p>\n"
    "<div class=\"share-bar\"><a href=\"https://social.example/share\">Share on Social</a> "
    "<a href=\"mailto:?\">Email this article</a></div>\n"
    "<figure><img src=\"ferry.jpg\" alt=\"\"><figcaption>The Gannet leaves the north quay on "
    "its first night crossing in four years. Photograph: Courier staff.</figcaption></figure>\n"
    "<p>Night ferries will run again between the north quay and Kestrel Island from Monday, "
    "the harbour board said on Tuesday, ending a four-year gap that islanders say cut them off "
    "from evening work.</p>\n"
    "<p>The board approved a timetable of three crossings after ten in the evening, paid for "
    "by a levy on summer car tickets that councillors agreed in January.</p>\n"
    "<h2>Crew shortage eased</h2>\n"
    "<p>The service stopped in 2020 when the operator could not find enough licensed crew for "
    "late shifts. It has since trained eleven new deckhands at its own cost.</p>\n"
    "<div class=\"newsletter-box\"><h3>Get the morning briefing</h3><p>Sign up for our free "
    "daily newsletter and never miss a story from the harbour.</p><form><input type=\"email\">"
    "<button>Sign up</button></form></div>\n"
    "<p>The new timetable includes:</p>\n"
    "<ul><li>a crossing at 22:15 from the north quay</li>"
    "<li>a crossing at 23:30 from Kestrel Island</li>"
    "<li>a last boat at 00:40 on Fridays and Saturdays</li></ul>\n"
    "<p>\xE2\x80\x9CIt means I can take the late shift at the hospital again,\xE2\x80\x9D said "
    "Ailsa Brennock, a nurse who lives on the island. Tickets go on sale on Thursday.</p>\n"
    "<section class=\"related-links\"><h2>Related</h2><ul>"
    "<li><a href=\"/news/levy\">Councillors back summer ticket levy</a></li>"
    "<li><a href=\"/news/quay\">North quay repairs finish early</a></li></ul></section>\n"
    "</article>\n"
    "<section id=\"comments\" class=\"comments\"><h2>Comments (2)</h2>"
    "<div class=\"comment\"><p>About time too. My daughter has been stuck on the mainland "
    "every Friday night for years.</p></div><div class=\"comment\"><p>Will the 00:40 boat take "
    "cars or only foot passengers? The article does not say.</p></div></section>\n"
    "</main>\n"
    "<aside class=\"sidebar\"><h2>Most read</h2><ol><li><a href=\"/a\">Storm closes coast "
    "road</a></li><li><a href=\"/b\">School wins robotics prize</a></li></ol></aside>\n"
    "<footer><p>\xC2\xA9 2024 Harbour Town Courier. All rights reserved. Registered office: "
    "4 Quay Street, Harbour Town.</p><a href=\"/privacy\">Privacy</a></footer>\n"
    "</body></html>\n";

static const char article_expected[] =
    "Night ferries will run again between the north quay and Kestrel Island from Monday, the "
    "harbour board said on Tuesday, ending a four-year gap that islanders say cut them off from "
    "evening work.\n\n"
    "The board approved a timetable of three crossings after ten in the evening, paid for by a "
    "levy on summer car tickets that councillors agreed in January.\n\n"
    "Crew shortage eased\n\n"
    "The service stopped in 2020 when the operator could not find enough licensed crew for late "
    "shifts. It has since trained eleven new deckhands at its own cost.\n\n"
    "The new timetable includes:\n\n"
    "a crossing at 22:15 from the north quay\n\n"
    "a crossing at 23:30 from Kestrel Island\n\n"
    "a last boat at 00:40 on Fridays and Saturdays\n\n"
    "\xE2\x80\x9CIt means I can take the late shift at the hospital again,\xE2\x80\x9D said "
    "Ailsa Brennock, a nurse who lives on the island. Tickets go on sale on Thursday.";

static void
test_main_text_article(void)
{
  g_autofree char *text = main_text_of(article_page, strlen(article_page));

  g_assert_cmpstr(text, ==, article_expected);
}

static void
test_main_text_article_meta(void)
{
  BriefHtmlMeta meta;

  meta_of(article_page, &meta);
  g_assert_cmpstr(meta.title, ==, "Night ferries return to the Kestrel Sound route");
  g_assert_cmpstr(meta.source, ==, "Harbour Town Courier");
  g_assert_cmpstr(meta.url, ==, "https://courier.example/news/night-ferries");
  g_assert_cmpstr(meta.date, ==, "2024-03-05T07:45:00Z");
  brief_html_meta_clear(&meta);
}

static void
test_main_text_home_page(void)
{
  /* Teasers: a headline link and a line each, a list of links, a
   * footer.  No article. */
  GString *page = g_string_new("<html><head><title>Harbour Town Courier</title></head><body>"
                               "<header><a href=\"/\">Harbour Town Courier</a></header>"
                               "<nav><a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>"
                               "<main class=\"front\"><section class=\"top-stories\">"
                               "<h2>Top stories</h2>");
  static const char *const teasers[][2] = {
      {"Night ferries return to the Kestrel Sound route", "Three late crossings from Monday."},
      {"Storm closes coast road", "Drivers told to use the inland route."},
      {"School wins robotics prize", "Pupils beat forty teams."},
      {"Councillors back summer ticket levy", "Car fares rise by two pounds."},
      {"North quay repairs finish early", "Work ends a month ahead of plan."},
      {"Lifeboat crew honoured", "Medals for the January rescue."},
  };
  g_autofree char *text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS(teasers); i++)
    g_string_append_printf(page,
                           "<article class=\"teaser\"><h3><a href=\"/news/%u\">%s</a></h3>"
                           "<p>%s</p></article>",
                           i, teasers[i][0], teasers[i][1]);
  g_string_append(page, "</section><section><h2>Sport</h2><ul>");
  for (guint i = 0; i < 10; i++)
    g_string_append_printf(page,
                           "<li><a href=\"/sport/%u\">Harbour United win their match "
                           "number %u of the season at home</a></li>",
                           i, i);
  g_string_append(page, "</ul></section></main><footer><p>\xC2\xA9 2024 Harbour Town Courier. "
                        "All rights reserved.</p></footer></body></html>");
  text = main_text_of(page->str, page->len);
  g_assert_null(text);
  g_string_free(page, TRUE);
}

static void
test_main_text_home_page_summaries(void)
{
  /* Teasers whose summaries are whole sentences, each under its headline
   * link and over its time: still no article. */
  static const char *const teasers[][2] = {
      {"Night ferries return to the Kestrel Sound route",
       "Three crossings after ten in the evening will run from Monday, the harbour board said."},
      {"Storm closes coast road",
       "Drivers are told to use the inland route until the council has checked the sea wall."},
      {"School wins robotics prize",
       "Pupils from Harbour Town beat forty teams with a robot that sorts litter on the beach."},
      {"Councillors back summer ticket levy",
       "Car fares on the island ferry will rise by two pounds to pay for the night service."},
      {"North quay repairs finish early",
       "The work ended a month ahead of plan and under budget, the engineer said on Friday."},
  };
  GString *page = g_string_new("<html><head><title>Harbour Town Courier</title></head><body>"
                               "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
                               "<main><section class=\"top-stories\"><h2>Top stories</h2>");
  g_autofree char *text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS(teasers); i++)
    g_string_append_printf(page,
                           "<article class=\"teaser\"><h3><a href=\"/news/%u\">%s</a></h3>"
                           "<p>%s</p><span class=\"time\">%u hours ago</span></article>",
                           i, teasers[i][0], teasers[i][1], i + 1);
  g_string_append(page, "</section></main><footer><p>Harbour Town Courier.</p></footer>"
                        "</body></html>");
  text = main_text_of(page->str, page->len);
  g_assert_null(text);
  g_string_free(page, TRUE);
}

static void
test_main_text_split_article(void)
{
  /* The article's paragraphs in two sibling containers, an advert
   * between them. */
  static const char page[] =
      "<html><body><nav><a href=\"/\">Home</a></nav><main>"
      "<h1>Bridge repairs run late</h1>"
      "<div class=\"article-body\">"
      "<p>Repairs to the old swing bridge will take three months longer than planned, the "
      "county engineer told councillors on Wednesday evening.</p>"
      "<p>Rust found under the deck in February has to be cut out before new plates can be "
      "welded on, she said, and that work cannot be done in the rain.</p></div>"
      "<div class=\"ad-slot\"><p>Advertisement</p></div>"
      "<div class=\"article-body\">"
      "<p>Traders on the east bank say the closure has already cost them a third of their "
      "summer takings, and they want the council to cut their rates.</p>"
      "<p>The bridge is now expected to reopen at the end of September.</p></div>"
      "</main><footer><p>Footer words of the site.</p></footer></body></html>";
  g_autofree char *text = main_text_of(page, strlen(page));

  g_assert_cmpstr(
      text, ==,
      "Repairs to the old swing bridge will take three months longer than planned, the county "
      "engineer told councillors on Wednesday evening.\n\n"
      "Rust found under the deck in February has to be cut out before new plates can be welded "
      "on, she said, and that work cannot be done in the rain.\n\n"
      "Traders on the east bank say the closure has already cost them a third of their summer "
      "takings, and they want the council to cut their rates.\n\n"
      "The bridge is now expected to reopen at the end of September.");
}

static void
test_main_text_compound_names(void)
{
  /* Boilerplate named by compounds: "commentlist" (more text than the
   * article), "jp-relatedposts".  "commentary" and "topmost" are no
   * compounds: that paragraph stays. */
  static const char page[] =
      "<html><body><div class=\"site\"><div class=\"topmost-col\"><h1>Pier reopens</h1>"
      "<div class=\"entry-content\">"
      "<p>The town pier reopened to walkers on Saturday after a winter of repairs to its iron "
      "legs, two months later than the council had promised.</p>"
      "<p class=\"commentary\">Engineers found more rust below the waterline than the survey had "
      "shown, so forty legs were replaced instead of twelve.</p>"
      "<p>The cafe at the end of the pier will open at Easter, and fishing is allowed again from "
      "the lower deck.</p>"
      "<div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><h3>Related</h3>"
      "<div><h4><a href=\"/a\">Pier repairs to start</a></h4><p>Work on the pier will start in "
      "November and should take about four months, the council said.</p></div></div>"
      "</div><ol class=\"commentlist\">"
      "<li><a href=\"/u/1\">reader1</a><p>I walked the pier on Saturday morning and it was "
      "wonderful to be back, although the new railings are far too high for children to see "
      "over.</p></li>"
      "<li><a href=\"/u/2\">reader2</a><p>Two months late and over budget, as always with this "
      "council. Somebody should be asked why the survey missed so much of the rust.</p></li>"
      "<li><a href=\"/u/3\">reader3</a><p>Does anyone know whether dogs are allowed on the pier "
      "now? The signs at the entrance say one thing and the website says another.</p></li>"
      "<li><a href=\"/u/4\">reader4</a><p>My grandfather helped to build the cafe at the end of "
      "the pier in 1952, and I am glad that it will be open again for the summer.</p></li>"
      "</ol></div></div></body></html>";
  g_autofree char *text = main_text_of(page, strlen(page));

  g_assert_cmpstr(text, ==,
                  "The town pier reopened to walkers on Saturday after a winter of repairs to its "
                  "iron legs, two months later than the council had promised.\n\n"
                  "Engineers found more rust below the waterline than the survey had shown, so "
                  "forty legs were replaced instead of twelve.\n\n"
                  "The cafe at the end of the pier will open at Easter, and fishing is allowed "
                  "again from the lower deck.");
}

static void
test_main_text_linked_prose(void)
{
  /* A paragraph of a link blog, about 60% of it link text, stays; the
   * blogroll (all links) goes. */
  static const char page[] =
      "<html><body><div class=\"post\"><h1>Weeknotes 7</h1>"
      "<p>This week I moved the blog to a new server, which took two evenings and one long "
      "night, and I wrote up what went wrong for anyone who tries the same.</p>"
      "<p>Also worth your time: <a href=\"https://a.example/\">a history of the semicolon</a> "
      "and <a href=\"https://b.example/\">why old bridges hum in the wind</a>, both short.</p>"
      "<p>Next week I hope to finish the garden shed, weather permitting, and to read the rest "
      "of the book about lighthouses that a reader sent me.</p></div>"
      "<ul class=\"blogroll\"><li><a href=\"/x\">Another blog about sheds</a></li>"
      "<li><a href=\"/y\">Yet another blog about lighthouses</a></li></ul></body></html>";
  g_autofree char *text = main_text_of(page, strlen(page));

  g_assert_cmpstr(text, ==,
                  "This week I moved the blog to a new server, which took two evenings and one "
                  "long night, and I wrote up what went wrong for anyone who tries the same.\n\n"
                  "Also worth your time: a history of the semicolon and why old bridges hum in "
                  "the wind, both short.\n\n"
                  "Next week I hope to finish the garden shed, weather permitting, and to read "
                  "the rest of the book about lighthouses that a reader sent me.");
}

static void
test_main_text_gallery_captions(void)
{
  /* Captions that end with a credit and a slideshow's counters go,
   * whatever their class; prose about photographs stays. */
  static const char page[] =
      "<html><body><div class=\"article\"><h1>Kite festival</h1>"
      "<div class=\"lead\"><img src=\"a.jpg\"><p class=\"pic-text\">Kites over the west beach on "
      "Sunday. Photo: Kate Rowe</p></div>"
      "<p>More than three hundred kites flew over the west beach on Sunday for the town's first "
      "kite festival, which the council hopes to hold every summer.</p>"
      "<p>The exhibition in the library opens on Friday. Photographs by Ansel Adams fill the "
      "first room.</p>"
      "<div class=\"slides\"><div><img src=\"b.jpg\"><p>A dragon kite, twelve metres long, made "
      "by pupils of the primary school. (AP Photo/Jo Roe)</p><span>1 / 2</span></div>"
      "<div><img src=\"c.jpg\"><p>Judges at work on the dunes. (Image credit: Sam Ibe)</p>"
      "<span>2 / 2</span></div></div>"
      "<p>The prize for the best home-made kite went to a family from Westford, whose kite was "
      "shaped like a lighthouse and took them a month to build.</p></div></body></html>";
  g_autofree char *text = main_text_of(page, strlen(page));

  g_assert_cmpstr(text, ==,
                  "More than three hundred kites flew over the west beach on Sunday for the "
                  "town's first kite festival, which the council hopes to hold every summer.\n\n"
                  "The exhibition in the library opens on Friday. Photographs by Ansel Adams fill "
                  "the first room.\n\n"
                  "The prize for the best home-made kite went to a family from Westford, whose "
                  "kite was shaped like a lighthouse and took them a month to build.");
}

static void
test_main_text_named_paragraphs(void)
{
  /* Each paragraph called "hidden-print" (hidden when printed): side by
   * side they hold the article, so their name does not remove them; a
   * caption beside them goes. */
  static const char page[] =
      "<html><body><div class=\"story\"><h1>Ferry fares</h1>"
      "<p class=\"hidden-print\">Ferry fares to the islands will rise by a tenth in April, the "
      "operator said on Monday, the second rise in a year.</p>"
      "<p class=\"photo-caption\">The morning ferry leaves the north quay in the rain.</p>"
      "<p class=\"hidden-print\">Islanders who cross every day for work will pay about two "
      "hundred pounds a year more, their association said.</p>"
      "<p class=\"hidden-print\">The operator blamed the price of fuel and the cost of repairs "
      "to its two oldest ships, which are both over thirty years old.</p></div>"
      "<div class=\"sidebar\"><p>Sign up for our newsletter and read the news from the islands "
      "every morning before your ferry leaves.</p></div></body></html>";
  g_autofree char *text = main_text_of(page, strlen(page));

  g_assert_cmpstr(text, ==,
                  "Ferry fares to the islands will rise by a tenth in April, the operator said on "
                  "Monday, the second rise in a year.\n\n"
                  "Islanders who cross every day for work will pay about two hundred pounds a "
                  "year more, their association said.\n\n"
                  "The operator blamed the price of fuel and the cost of repairs to its two "
                  "oldest ships, which are both over thirty years old.");
}

/* Comments of one class do not weigh together: twelve of them, more text
 * than the article, are still comments. */
static void
test_main_text_comments_of_one_class(void)
{
  g_autoptr(GString) page = g_string_new(
      "<html><body><div><p>The harbour strike ended on Wednesday after three weeks of talks "
      "about pay and night shifts, the union said.</p><p>Ships will berth again from Thursday, "
      "and the backlog should be cleared within a fortnight, the port authority said.</p>"
      "<ol class=\"replies\">");
  g_autofree char *text = NULL;

  for (guint i = 0; i < 12; i++)
    g_string_append(page, "<li class=\"comment\"><p>About time too, the strike cost the town a "
                          "fortune and nobody in charge seemed to care about it at all.</p></li>");
  g_string_append(page, "</ol></div></body></html>");
  text = main_text_of(page->str, page->len);
  g_assert_nonnull(text);
  g_assert_null(strstr(text, "About time"));
  g_assert_true(g_str_has_prefix(text, "The harbour strike ended"));
}

static void
test_main_text_deep_nesting(void)
{
  /* 10,000 nested <div>s, the text at the bottom: whatever comes out, it
   * comes out (at most the text at the bottom). */
  GString *page = g_string_new("<html><body>");
  g_autofree char *text = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append(page, "<div>");
  for (guint i = 0; i < 4; i++)
    g_string_append(page, "<p>A paragraph of plain text at the very bottom of the page, long "
                          "enough to count as prose.</p>");
  for (guint i = 0; i < 10000; i++)
    g_string_append(page, "</div>");
  g_string_append(page, "</body></html>");
  text = main_text_of(page->str, page->len);
  if (text != NULL)
    g_assert_true(g_str_has_prefix(text, "A paragraph of plain text"));
  g_string_free(page, TRUE);
}

static void
test_main_text_unclosed_nesting(void)
{
  /* The same without end tags, and 10,000 nested inline elements. */
  GString *page = g_string_new("<body>");
  g_autofree char *text = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append(page, i % 2 ? "<div><b>" : "<span><i>");
  g_string_append(page, "<p>Text at the bottom.</p>");
  text = main_text_of(page->str, page->len);
  g_assert_null(text); /* not enough text for an article */
  g_string_free(page, TRUE);
}

static void
test_main_text_empty(void)
{
  g_assert_null(main_text_of("", 0));
  g_assert_null(main_text_of("<html></html>", strlen("<html></html>")));
  g_assert_null(brief_html_main_text(NULL, NULL));
}

/* ---- the page reader (reader-html.c) ---------------------------------------------- */

static void
test_reader_page(void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();
  const BriefArticle *a;

  g_assert_true(brief_cluster_add_data(c, "ferries.html", article_page, strlen(article_page),
                                       BRIEF_INPUT_AUTO, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 1);
  a = brief_cluster_get_article(c, 0);
  g_assert_cmpstr(a->name, ==, "ferries.html");
  g_assert_cmpstr(a->title, ==, "Night ferries return to the Kestrel Sound route");
  g_assert_cmpstr(a->source, ==, "Harbour Town Courier");
  g_assert_cmpstr(a->url, ==, "https://courier.example/news/night-ferries");
  g_assert_cmpint(a->year * 10000 + a->month * 100 + a->day, ==, 20240305);
  g_assert_false(a->date_in_text);
  g_assert_cmpuint(a->item, ==, 0);
  g_assert_cmpstr(a->text, ==, article_expected);
  g_assert_cmpuint(a->text_len, ==, strlen(article_expected));
}

/* A short page that is an error page or asks for consent to cookies is
 * no article, even with status 200 and paragraphs; a short article that
 * mentions cookies is one. */
static void
test_reader_error_and_consent_pages(void)
{
  static const struct {
    const char *name, *page, *message;
  } cases[] = {
      {"gone.html",
       "<html><head><title>Page not found | Courier</title></head><body><article><p>Sorry, we "
       "could not find that. It may have moved, or the address may be wrong. Try the search box "
       "above, or go back to the front page for today's news.</p><p>If you followed a link from "
       "another site to get here, please let us know so that we can put it right for the next "
       "reader who comes this way.</p></article></body></html>",
       "gone.html: no article found in the page (an error page); skipped"},
      {"wall.html",
       "<html><head><title>Courier</title></head><body><div><p>We and our partners use cookies "
       "and similar technologies to store and access information on your device, to show you "
       "news and adverts that suit you, and to measure how the site is used.</p><p>You can "
       "accept all, reject all or manage preferences at any time, and change your mind later "
       "from the link at the foot of every page of this site.</p></div></body></html>",
       "wall.html: no article found in the page (a cookie consent page); skipped"},
  };
  /* A story about consent rules quotes the buttons, not the site. */
  static const char story[] =
      "<html><head><title>Reject button ordered</title></head><body><article><p>The regulator "
      "ordered forty sites on Tuesday to put a button marked Reject all beside the one marked "
      "Accept all on their cookie banners within a month.</p><p>Sites that make refusing "
      "harder than accepting will be fined, the regulator said, after a review of consent "
      "banners that took a year.</p></article></body></html>";
  static const char article[] =
      "<html><head><title>Bakery wins prize</title></head><body><article><p>A bakery in the old "
      "town won the regional prize for its oat cookies on Saturday, the third time in five "
      "years.</p><p>Its owner said the recipe had not changed since her grandmother opened "
      "the shop in the spring of 1961, and that the oats still came from the same farm.</p>"
      "</article></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();

  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_test_expect_message("brief", G_LOG_LEVEL_WARNING, cases[i].message);
    g_assert_true(brief_cluster_add_data(c, cases[i].name, cases[i].page,
                                         strlen(cases[i].page), BRIEF_INPUT_AUTO, &error));
    g_test_assert_expected_messages();
    g_assert_no_error(error);
  }
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 0);
  g_assert_true(
      brief_cluster_add_data(c, "b.html", article, strlen(article), BRIEF_INPUT_AUTO, &error));
  g_assert_true(
      brief_cluster_add_data(c, "s.html", story, strlen(story), BRIEF_INPUT_AUTO, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 2);
}

/* Page furniture among the paragraphs: "Also read" and a page's dated
 * "Posted on ..." line are no text; a sentence that starts so is. */
static void
test_furniture_lines(void)
{
  static const char page[] =
      "<html><body><article><p>Posted on 3 October 2025 by Jane Doe</p><p>Also read</p>"
      "<p>Published: 4 October 2025</p><p>Updated: Mayor resigns</p>"
      "<p>Updated at 1:23 p.m.</p><p>Posted Oct. 3, 2025 by Jane Doe</p>"
      "<p>Updated: 3 p.m. The fire is out.</p>"
      "<p>Posted on Monday, the letter reached every home in "
      "the town, and the council said it would answer every reply it received.</p><p>The "
      "consultation runs until the end of November, after which the plans go to a vote of the "
      "full council in the new year.</p></article></body></html>";
  g_autofree char *text = main_text_of(page, strlen(page));

  g_assert_cmpstr(text, ==,
                  "Updated: Mayor resigns\n\nUpdated: 3 p.m. The fire is out.\n\n"
                  "Posted on Monday, the letter reached every home in the town, and the council "
                  "said it would answer every reply it received.\n\nThe consultation runs until "
                  "the end of November, after which the plans go to a vote of the full council "
                  "in the new year.");
}

/* A post of a social network embedded in the article is part of it, even
 * in a wrapper called "social"; a share bar called so is not. */
static void
test_embedded_post(void)
{
  static const char page[] =
      "<html><body><article><p>The state's new slogan drew a wave of replies on Monday, many "
      "of them from residents who had not seen the advertisements before.</p>"
      "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>Yes, this is "
      "real, and the state paid for it <a href=\"https://t.co/x\">https://t.co/x</a></p>"
      "&mdash; A Reader (@reader) <a href=\"https://twitter.com/r/1\">November 18, 2019</a>"
      "</blockquote></div><p>The governor said the campaign had done what it set out to do, "
      "which was to get people talking about the problem.</p>"
      "<div class=\"social-share\"><p><a href=\"#\">Share on Facebook</a> or send this "
      "article to a friend who would like it</p></div></article></body></html>";
  g_autofree char *text = main_text_of(page, strlen(page));

  g_assert_nonnull(strstr(text, "Yes, this is real, and the state paid for it"));
  g_assert_nonnull(strstr(text, "(@reader) November 18, 2019"));
  g_assert_null(strstr(text, "Share on Facebook"));
}

static void
test_reader_no_article(void)
{
  static const char page[] = "<html><head><title>Links</title></head><body><ul>"
                             "<li><a href=\"/a\">One story</a></li><li><a href=\"/b\">Another "
                             "story</a></li></ul></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();

  g_test_expect_message("brief", G_LOG_LEVEL_WARNING,
                        "links.html: no article found in the page; skipped");
  g_assert_true(
      brief_cluster_add_data(c, "links.html", page, strlen(page), BRIEF_INPUT_AUTO, &error));
  g_test_assert_expected_messages();
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 0);
}

static void
test_reader_json_ld_body(void)
{
  /* A page whose markup a script would fill: the JSON-LD articleBody. */
  static const char page[] =
      "<html><head><title>Lock gates</title><script type=\"application/ld+json\">"
      "{\"@type\": \"NewsArticle\", \"headline\": \"Lock gates fitted\", \"datePublished\": "
      "\"2024-06-01\", \"articleBody\": \"New lock gates were fitted on the canal on Friday. "
      "Boats can pass again from Monday.\"}</script></head>"
      "<body><div id=\"app\"></div><script>render()</script></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();
  const BriefArticle *a;

  g_assert_true(
      brief_cluster_add_data(c, "lock.html", page, strlen(page), BRIEF_INPUT_AUTO, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 1);
  a = brief_cluster_get_article(c, 0);
  g_assert_cmpstr(a->title, ==, "Lock gates fitted");
  g_assert_cmpstr(a->text, ==,
                  "New lock gates were fitted on the canal on Friday. Boats can pass again from "
                  "Monday.");
  g_assert_cmpint(a->year * 10000 + a->month * 100 + a->day, ==, 20240601);
}

/* The text `page` gives as an article named "page.html". (transfer full) */
static char *
reader_text(const char *page)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();

  g_assert_true(
      brief_cluster_add_data(c, "page.html", page, strlen(page), BRIEF_INPUT_AUTO, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 1);
  return g_strdup(brief_cluster_get_article(c, 0)->text);
}

static void
test_reader_json_ld_body_over_notice(void)
{
  /* The markup gives a site's notice, the script-built article being
   * absent: the longer articleBody it does not hold wins, a paragraph a
   * line. */
  static const char notice_page[] =
      "<html><head><title>Canal</title><script type=\"application/ld+json\">"
      "{\"@type\": \"NewsArticle\", \"headline\": \"Canal reopens\", \"articleBody\": \"The "
      "canal through the old town reopened to boats on Friday after a year of repairs to its "
      "locks and towpath.\\nThe trust that runs it said that more than two hundred boats had "
      "booked a passage for the first weekend, and that the cafe by the top lock would open in "
      "May.\"}</script></head><body><div id=\"app\"></div>"
      "<div class=\"site-info\"><p>Canal News is published by volunteers of the Canal Trust. "
      "Nothing on this site is advice, and the times of locks and bridges can change without "
      "notice, so check with the lock keeper before you set out.</p></div></body></html>";
  /* The markup's article holds the articleBody, which is longer (a
   * sentence the page leaves out): the markup stays. */
  static const char covered_page[] =
      "<html><head><title>Canal</title><script type=\"application/ld+json\">"
      "{\"@type\": \"NewsArticle\", \"headline\": \"Canal reopens\", \"articleBody\": \"The "
      "canal through the old town reopened to boats on Friday after a year of repairs to its "
      "locks and towpath. The trust that runs it said that more than two hundred boats had "
      "booked a passage for the first weekend. Subscribe to read more about the canal.\"}"
      "</script></head><body><article>"
      "<p>The canal through the old town reopened to boats on Friday after a year of repairs "
      "to its locks and towpath.</p><p>The trust that runs it said that more than two hundred "
      "boats had booked a passage for the first weekend.</p></article></body></html>";
  g_autofree char *notice = reader_text(notice_page);
  g_autofree char *covered = reader_text(covered_page);

  g_assert_cmpstr(notice, ==,
                  "The canal through the old town reopened to boats on Friday after a year of "
                  "repairs to its locks and towpath.\n\n"
                  "The trust that runs it said that more than two hundred boats had booked a "
                  "passage for the first weekend, and that the cafe by the top lock would open "
                  "in May.");
  g_assert_cmpstr(covered, ==,
                  "The canal through the old town reopened to boats on Friday after a year of "
                  "repairs to its locks and towpath.\n\n"
                  "The trust that runs it said that more than two hundred boats had booked a "
                  "passage for the first weekend.");
}

/* libxml2 is opened when first needed: a library that is missing, or
 * that lacks a function brief calls, is a clear error; the real one fills
 * the table brief_xml_load() uses. */
static void
test_xml_open(void)
{
  BriefXmlLib lib = {0};
  g_autoptr(GError) error = NULL;

  g_assert_false(brief_xml_open("libbrief-test-no-such-library.so.0", &lib, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_FAILED);
  g_assert_nonnull(strstr(error->message, "libbrief-test-no-such-library.so.0"));
  g_clear_error(&error);
  g_assert_false(brief_xml_open("libc.so.6", &lib, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_FAILED);
  g_assert_cmpstr(error->message, ==, "libc.so.6 has no xmlInitParser");
  g_clear_error(&error);
  g_assert_true(brief_xml_load(&error));
  g_assert_no_error(error);
  g_assert_true(brief_xml_open(BRIEF_LIBXML2_SONAME, &lib, &error));
  g_assert_no_error(error);
  /* The same library as the one loaded: the same functions. */
  g_assert_true(lib.FreeDoc == brief_xml_lib.FreeDoc);
  g_assert_true(lib.Free == brief_xml_lib.Free);
  g_assert_nonnull(lib.GenericErrorContext);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);

  g_test_add_func("/html/xml-open", test_xml_open);
  g_test_add_func("/html/charset/bom-utf8", test_charset_bom_utf8);
  g_test_add_func("/html/charset/bom-utf16", test_charset_bom_utf16);
  g_test_add_func("/html/charset/meta", test_charset_meta);
  g_test_add_func("/html/charset/http-equiv", test_charset_http_equiv);
  g_test_add_func("/html/charset/other", test_charset_other);
  g_test_add_func("/html/charset/undeclared", test_charset_undeclared);
  g_test_add_func("/html/charset/after-prescan", test_charset_after_prescan);
  g_test_add_func("/html/charset/declared-utf8-bad-byte", test_charset_declared_utf8_bad_byte);
  g_test_add_func("/html/charset/after-saved-mark", test_charset_after_saved_mark);
  g_test_add_func("/html/cdata", test_cdata_in_html);
  g_test_add_func("/html/reader/error-and-consent-pages", test_reader_error_and_consent_pages);
  g_test_add_func("/html/furniture-lines", test_furniture_lines);
  g_test_add_func("/html/embedded-post", test_embedded_post);
  g_test_add_func("/html/main-text/comments-of-one-class", test_main_text_comments_of_one_class);
  g_test_add_func("/html/parse/edge-inputs", test_parse_edge_inputs);
  g_test_add_func("/html/parse/without-root", test_parse_without_root);
  g_test_add_func("/html/blocks/structure", test_blocks_structure);
  g_test_add_func("/html/blocks/link-chars", test_blocks_link_chars);
  g_test_add_func("/html/blocks/skipped", test_blocks_skipped_elements);
  g_test_add_func("/html/blocks/entities", test_blocks_entities);
  g_test_add_func("/html/blocks/whitespace-only", test_blocks_whitespace_only);
  g_test_add_func("/html/blocks/fragment", test_fragment_text);
  g_test_add_func("/html/blocks/inline", test_inline_text);
  g_test_add_func("/html/meta/json-ld", test_meta_json_ld);
  g_test_add_func("/html/meta/json-ld-graph", test_meta_json_ld_graph);
  g_test_add_func("/html/meta/json-ld-top-array", test_meta_json_ld_top_array);
  g_test_add_func("/html/meta/json-ld-references", test_meta_json_ld_references);
  g_test_add_func("/html/meta/json-ld-malformed", test_meta_malformed_json_ld);
  g_test_add_func("/html/meta/json-ld-deep", test_meta_json_ld_deep);
  g_test_add_func("/html/meta/open-graph", test_meta_open_graph);
  g_test_add_func("/html/meta/canonical", test_meta_canonical);
  g_test_add_func("/html/meta/javascript-url", test_meta_javascript_url);
  g_test_add_func("/html/meta/time", test_meta_time_element);
  g_test_add_func("/html/meta/title-suffix", test_meta_title_suffix);
  g_test_add_func("/html/meta/none", test_meta_none);
  g_test_add_func("/html/main/article", test_main_text_article);
  g_test_add_func("/html/main/article-meta", test_main_text_article_meta);
  g_test_add_func("/html/main/home-page", test_main_text_home_page);
  g_test_add_func("/html/main/home-page-summaries", test_main_text_home_page_summaries);
  g_test_add_func("/html/main/split-article", test_main_text_split_article);
  g_test_add_func("/html/main/compound-names", test_main_text_compound_names);
  g_test_add_func("/html/main/linked-prose", test_main_text_linked_prose);
  g_test_add_func("/html/main/gallery-captions", test_main_text_gallery_captions);
  g_test_add_func("/html/main/named-paragraphs", test_main_text_named_paragraphs);
  g_test_add_func("/html/main/deep-nesting", test_main_text_deep_nesting);
  g_test_add_func("/html/main/unclosed-nesting", test_main_text_unclosed_nesting);
  g_test_add_func("/html/main/empty", test_main_text_empty);
  g_test_add_func("/html/reader/page", test_reader_page);
  g_test_add_func("/html/reader/no-article", test_reader_no_article);
  g_test_add_func("/html/reader/json-ld-body", test_reader_json_ld_body);
  g_test_add_func("/html/reader/json-ld-body-over-notice", test_reader_json_ld_body_over_notice);

  return g_test_run();
}
