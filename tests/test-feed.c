/* SPDX-License-Identifier: BSD-3-Clause */
/* Unit tests for src/reader-feed.c, through brief_cluster_add_data(): RSS
 * 2.0, RSS 1.0 (RDF) and Atom; links, dates, bodies; duplicate and unsafe
 * links; feeds without items, broken feeds, XML that is no feed; entity
 * expansion and external entities.  Every feed here is made up. */
#include "brief-private.h"
#include "cluster-private.h"
#include "test-assert.h"
#include "test-files.h"

#include <string.h>

/* ---- helpers ------------------------------------------------------------------ */

/* Read `data` as "f.xml" in `format`; assert success. */
static BriefCluster *
read_feed_as(const char *data, BriefInputFormat format)
{
  g_autoptr(GError) error = NULL;
  BriefCluster *c = brief_cluster_new();

  g_assert_true(brief_cluster_add_data(c, "f.xml", data, strlen(data), format, &error));
  g_assert_no_error(error);
  return c;
}

static BriefCluster *
read_feed(const char *data)
{
  return read_feed_as(data, BRIEF_INPUT_AUTO);
}

static const BriefArticle *
article(const BriefCluster *c, guint i)
{
  g_assert_cmpuint(i, <, brief_cluster_get_n_articles(c));
  return brief_cluster_get_article(c, i);
}

static void
assert_date(const BriefArticle *a, int year, int month, int day, gint64 timestamp)
{
  g_assert_cmpint(a->year * 10000 + a->month * 100 + a->day, ==, year * 10000 + month * 100 + day);
  g_assert_false(a->date_in_text);
  if (timestamp != 0)
    g_assert_cmpint(a->timestamp, ==, timestamp);
}

/* No field of any article of `c`, and none of its renderings, contains
 * `needle`. */
static void
assert_nowhere(const BriefCluster *c, const char *needle)
{
  static const BriefFormat formats[] = {BRIEF_FORMAT_TEXT, BRIEF_FORMAT_JSON, BRIEF_FORMAT_PLAIN};

  for (guint i = 0; i < brief_cluster_get_n_articles(c); i++) {
    const BriefArticle *a = brief_cluster_get_article(c, i);
    const char *fields[] = {a->title, a->source, a->url, a->author, a->text};
    for (guint f = 0; f < G_N_ELEMENTS(fields); f++)
      g_assert_null(fields[f] != NULL ? strstr(fields[f], needle) : NULL);
  }
  for (guint i = 0; i < G_N_ELEMENTS(formats); i++) {
    g_autofree char *out = brief_cluster_articles_to_string(c, formats[i]);
    g_test_message("format %d:\n%s", formats[i], out);
    g_assert_null(strstr(out, needle));
  }
}

/* ---- RSS 2.0 ------------------------------------------------------------------- */

static const char rss2[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n"
    "     xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
    "<channel>\n"
    "  <title>Harbour Town  Courier</title>\n"
    "  <link>https://courier.example/</link>\n"
    "  <description>Local news</description>\n"
    "  <item>\n"
    "    <title>Night ferries return to the Kestrel Sound route</title>\n"
    "    <link> https://courier.example/news/night-ferries </link>\n"
    "    <pubDate>Tue, 05 Mar 2024 18:30:00 +0000</pubDate>\n"
    "    <dc:creator>Mara Quill</dc:creator>\n"
    "    <description>Three late crossings from Monday.</description>\n"
    "    <content:encoded><![CDATA[<p>Night ferries will run again from Monday, the harbour "
    "board said.</p>\n<p>Tickets go on sale on <b>Thursday</b>.</p>]]></content:encoded>\n"
    "  </item>\n"
    "  <item>\n"
    "    <title>Bread &amp; butter prices rise</title>\n"
    "    <link>https://courier.example/news/bread</link>\n"
    "    <pubDate>Tue, 05 Mar 2024 23:30:00 -0500</pubDate>\n"
    "    <description>&lt;p&gt;The bakery &amp;amp; the dairy raised prices.&lt;/p&gt;"
    "&lt;p&gt;Shoppers were not &lt;em&gt;pleased&lt;/em&gt;.&lt;/p&gt;</description>\n"
    "  </item>\n"
    "  <item>\n"
    "    <title><![CDATA[Storm closes <coast> road]]></title>\n"
    "    <link>https://courier.example/news/storm</link>\n"
    "    <author>desk@courier.example (News desk)</author>\n"
    "    <description><![CDATA[<p>The coast road was shut at dawn &amp; may reopen "
    "tomorrow.</p><script>track()</script>]]></description>\n"
    "  </item>\n"
    "</channel>\n"
    "</rss>\n";

static void
test_rss2(void)
{
  g_autoptr(BriefCluster) c = read_feed(rss2);
  const BriefArticle *a;

  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 3);
  /* content:encoded beats description. */
  a = article(c, 0);
  g_assert_cmpstr(a->name, ==, "f.xml#1");
  g_assert_cmpuint(a->item, ==, 1);
  g_assert_cmpstr(a->title, ==, "Night ferries return to the Kestrel Sound route");
  g_assert_cmpstr(a->url, ==, "https://courier.example/news/night-ferries");
  g_assert_cmpstr(a->source, ==, "Harbour Town Courier");
  g_assert_cmpstr(a->author, ==, "Mara Quill");
  assert_date(a, 2024, 3, 5, 1709663400);
  g_assert_cmpstr(a->text, ==,
                  "Night ferries will run again from Monday, the harbour board said.\n\n"
                  "Tickets go on sale on Thursday.");
  g_assert_cmpuint(a->text_len, ==, strlen(a->text));
  /* Escaped HTML in the description; the day as written, the instant in
   * UTC. */
  a = article(c, 1);
  g_assert_cmpstr(a->name, ==, "f.xml#2");
  g_assert_cmpstr(a->title, ==, "Bread & butter prices rise");
  assert_date(a, 2024, 3, 5, 1709699400);
  g_assert_null(a->author);
  g_assert_cmpstr(a->text, ==,
                  "The bakery & the dairy raised prices.\n\nShoppers were not pleased.");
  /* HTML in CDATA; no date. */
  a = article(c, 2);
  g_assert_cmpstr(a->title, ==, "Storm closes <coast> road");
  g_assert_cmpstr(a->author, ==, "desk@courier.example (News desk)");
  g_assert_cmpint(a->year, ==, 0);
  g_assert_cmpstr(a->text, ==, "The coast road was shut at dawn & may reopen tomorrow.");
}

static void
test_rss2_guid_and_bodies(void)
{
  static const char feed[] =
      "<rss version=\"2.0\"><channel><title>Ledger</title>\n"
      "<item><title>No link, a permalink guid</title>"
      "<guid isPermaLink=\"true\">https://ledger.example/a</guid>"
      "<description>Text of the first item.</description></item>\n"
      "<item><title>No link, a tag guid</title><guid isPermaLink=\"false\">tag:ledger,2024:b</guid>"
      "<description>Text of the second item.</description></item>\n"
      "<item><title>A title and a link only</title><link>https://ledger.example/c</link></item>\n"
      "<item><title>Empty bodies</title><link>https://ledger.example/d</link>"
      "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
      "<![CDATA[<p> </p>]]></content:encoded>"
      "<description><![CDATA[<img src=\"d.jpg\"><p>Text after a picture.</p>]]></description>"
      "</item>\n"
      "</channel></rss>";
  g_autoptr(BriefCluster) c = read_feed(feed);

  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 4);
  g_assert_cmpstr(article(c, 0)->url, ==, "https://ledger.example/a");
  g_assert_null(article(c, 1)->url);
  g_assert_cmpstr(article(c, 1)->text, ==, "Text of the second item.");
  /* The item without a body is its title, with its link. */
  g_assert_cmpstr(article(c, 2)->text, ==, "A title and a link only");
  g_assert_cmpstr(article(c, 2)->url, ==, "https://ledger.example/c");
  g_assert_cmpstr(article(c, 3)->name, ==, "f.xml#4");
  g_assert_cmpuint(article(c, 3)->item, ==, 4);
  /* An empty content:encoded gives way to the description, whose text
   * follows a picture. */
  g_assert_cmpstr(article(c, 3)->text, ==, "Text after a picture.");
}

/* A body is read as a page's article is: a figure and its caption, a
 * share bar, a repeated title and WordPress's closing line are not the
 * article; paragraphs, headings and lists are.  An Atom "html" content
 * the same; an Atom title of type "html" keeps its words whatever they
 * are. */
static void
test_bodies_extracted(void)
{
  static const char rss[] =
      "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
      "<channel><title>Ashbury Voice</title>\n"
      "<item><title>Baths to close</title><link>https://voice.example/baths</link>"
      "<content:encoded><![CDATA[<h1>Baths to close</h1>"
      "<figure><img src=\"b.jpg\"><figcaption>The baths in 2019. Photo: J. Holt</figcaption>"
      "</figure><p>The council voted on Thursday to close the Mill Road baths in March.</p>"
      "<h2>What next</h2><ul><li>A review of the decision.</li></ul>"
      "<div class=\"sharedaddy sd-sharing-enabled\"><h3>Share this:</h3><ul>"
      "<li><a href=\"#\">Twitter</a></li><li><a href=\"#\">Facebook</a></li></ul></div>"
      "<p>The post <a href=\"https://voice.example/baths\">Baths to close</a> appeared first "
      "on <a href=\"https://voice.example\">Ashbury Voice</a>.</p>]]></content:encoded></item>\n"
      "<item><title>Only a summary</title><link>https://voice.example/s</link>"
      "<description>&lt;p&gt;Share&lt;/p&gt;</description></item>\n"
      "</channel></rss>";
  static const char atom[] =
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title>"
      "<entry><title type=\"html\">Share</title><link href=\"https://wire.example/1\"/>"
      "<updated>2026-11-27T08:00:00Z</updated><content type=\"html\">"
      "&lt;p&gt;Trains ran again on Friday on the coast line.&lt;/p&gt;"
      "&lt;p class=&quot;related&quot;&gt;&lt;a href=&quot;/2&quot;&gt;Earlier: the storm"
      "&lt;/a&gt;&lt;/p&gt;</content></entry>"
      "<entry><title>Freight</title><link href=\"https://wire.example/2\"/>"
      "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Freight resumes "
      "on Monday &amp; passengers are back.</p><figure><figcaption>The first train. Photo: J. "
      "Roe</figcaption></figure><div class=\"sharedaddy\"><a href=\"#\">Share</a></div>"
      "</div></content></entry></feed>";
  g_autoptr(BriefCluster) c = read_feed(rss);
  g_autoptr(BriefCluster) a = read_feed(atom);

  g_assert_cmpstr(article(c, 0)->text, ==,
                  "The council voted on Thursday to close the Mill Road baths in March.\n\n"
                  "What next\n\nA review of the decision.");
  /* Boilerplate alone is no body to lose: all of its text is kept. */
  g_assert_cmpstr(article(c, 1)->text, ==, "Share");
  g_assert_cmpstr(article(a, 0)->title, ==, "Share");
  g_assert_cmpstr(article(a, 0)->text, ==, "Trains ran again on Friday on the coast line.");
  /* Markup in the feed (Atom xhtml) the same. */
  g_assert_cmpstr(article(a, 1)->text, ==, "Freight resumes on Monday & passengers are back.");
}

/* ---- RSS 1.0 ------------------------------------------------------------------- */

static void
test_rss1(void)
{
  static const char feed[] =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
      "         xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      "         xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n"
      "<channel rdf:about=\"https://ledger.example/rss\"><title>Valley Ledger</title>\n"
      "  <link>https://ledger.example/</link><description>News of the valley</description>\n"
      "  <items><rdf:Seq><rdf:li rdf:resource=\"https://ledger.example/dam\"/>\n"
      "  <rdf:li rdf:resource=\"https://ledger.example/mill\"/></rdf:Seq></items>\n"
      "</channel>\n"
      "<item rdf:about=\"https://ledger.example/dam\"><title>Dam inspection finds cracks</title>\n"
      "  <link>https://ledger.example/dam</link>\n"
      "  <description>Inspectors found cracks in the spillway of the upper dam.</description>\n"
      "  <dc:date>2024-02-12T09:15:00+01:00</dc:date><dc:creator>Tomas Reyl</dc:creator>\n"
      "</item>\n"
      "<item rdf:about=\"https://ledger.example/mill\"><title>Old mill sold</title>\n"
      "  <link>https://ledger.example/mill</link>\n"
      "  <content:encoded>&lt;p&gt;The old mill was sold at auction.&lt;/p&gt;</content:encoded>\n"
      "</item>\n"
      "</rdf:RDF>\n";
  g_autoptr(BriefCluster) c = read_feed(feed);
  const BriefArticle *a;

  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 2);
  a = article(c, 0);
  g_assert_cmpstr(a->title, ==, "Dam inspection finds cracks");
  g_assert_cmpstr(a->url, ==, "https://ledger.example/dam");
  g_assert_cmpstr(a->source, ==, "Valley Ledger");
  g_assert_cmpstr(a->author, ==, "Tomas Reyl");
  assert_date(a, 2024, 2, 12, 1707725700);
  g_assert_cmpstr(a->text, ==, "Inspectors found cracks in the spillway of the upper dam.");
  a = article(c, 1);
  g_assert_cmpstr(a->name, ==, "f.xml#2");
  g_assert_cmpstr(a->text, ==, "The old mill was sold at auction.");
}

/* ---- Atom ---------------------------------------------------------------------- */

static const char atom[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
    "  <title>Ridge Post</title><id>urn:uuid:ridge</id>\n"
    "  <link rel=\"self\" href=\"https://ridge.example/feed.atom\"/>\n"
    "  <entry>\n"
    "    <title type=\"html\">Bridge &lt;em&gt;reopens&lt;/em&gt; early</title>\n"
    "    <link rel=\"self\" href=\"https://ridge.example/entries/1.atom\"/>\n"
    "    <link rel=\"enclosure\" href=\"https://ridge.example/bridge.jpg\"/>\n"
    "    <link rel=\"alternate\" type=\"text/html\" href=\"https://ridge.example/bridge\"/>\n"
    "    <published>2024-03-04T08:00:00Z</published><updated>2024-03-06T08:00:00Z</updated>\n"
    "    <author><name>Ines Thornbury</name><email>ines@ridge.example</email></author>\n"
    "    <summary>A summary that the content beats.</summary>\n"
    "    <content type=\"html\">&lt;p&gt;The bridge reopened &amp;amp; traffic flowed."
    "&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</content>\n"
    "  </entry>\n"
    "  <entry>\n"
    "    <title>XHTML entry</title>\n"
    "    <link href=\"https://ridge.example/xhtml\"/>\n"
    "    <updated>2024-03-06T08:00:00Z</updated>\n"
    "    <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
    "<p>First <em>xhtml</em> paragraph.</p><p>Second one.</p></div></content>\n"
    "  </entry>\n"
    "  <entry>\n"
    "    <title>Text entry</title>\n"
    "    <link rel=\"alternate\" href=\"https://ridge.example/text\"/>\n"
    "    <content type=\"text\">Plain &lt;b&gt;not bold&lt;/b&gt;\n   text.</content>\n"
    "  </entry>\n"
    "  <entry>\n"
    "    <title>Default type entry</title>\n"
    "    <content>Tags &lt;p&gt; stay text.</content>\n"
    "  </entry>\n"
    "  <entry>\n"
    "    <title>Summary entry</title>\n"
    "    <link href=\"https://ridge.example/summary\"/>\n"
    "    <content type=\"html\"></content>\n"
    "    <summary type=\"html\">&lt;p&gt;Only a summary here.&lt;/p&gt;</summary>\n"
    "  </entry>\n"
    "</feed>\n";

static void
test_atom(void)
{
  g_autoptr(BriefCluster) c = read_feed(atom);
  const BriefArticle *a;

  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 5);
  a = article(c, 0);
  g_assert_cmpstr(a->title, ==, "Bridge reopens early");
  g_assert_cmpstr(a->url, ==, "https://ridge.example/bridge");
  g_assert_cmpstr(a->source, ==, "Ridge Post");
  g_assert_cmpstr(a->author, ==, "Ines Thornbury");
  assert_date(a, 2024, 3, 4, 1709539200); /* published before updated */
  g_assert_cmpstr(a->text, ==, "The bridge reopened & traffic flowed.\n\nSecond paragraph.");
  a = article(c, 1);
  g_assert_cmpstr(a->url, ==, "https://ridge.example/xhtml"); /* no rel: alternate */
  assert_date(a, 2024, 3, 6, 1709712000);
  g_assert_null(a->author);
  g_assert_cmpstr(a->text, ==, "First xhtml paragraph.\n\nSecond one.");
  a = article(c, 2);
  g_assert_cmpstr(a->text, ==, "Plain <b>not bold</b> text.");
  a = article(c, 3);
  g_assert_null(a->url);
  g_assert_cmpstr(a->text, ==, "Tags <p> stay text.");
  a = article(c, 4);
  g_assert_cmpstr(a->name, ==, "f.xml#5");
  g_assert_cmpstr(a->text, ==, "Only a summary here.");
}

/* ---- links --------------------------------------------------------------------- */

static void
test_same_link_one_article(void)
{
  static const char feed[] =
      "<rss version=\"2.0\"><channel><title>Courier</title>"
      "<item><title>First version</title><link>https://courier.example/a</link>"
      "<description>The first text.</description></item>"
      "<item><title>Other story</title><link>https://courier.example/b</link>"
      "<description>Another text.</description></item>"
      "<item><title>Updated version</title><link>https://courier.example/a</link>"
      "<description>The updated text.</description></item>"
      "</channel></rss>";
  static const char again[] =
      "<rss version=\"2.0\"><channel><title>Courier</title>"
      "<item><title>Third copy</title><link>https://courier.example/a</link>"
      "<description>Read again.</description></item></channel></rss>";
  static const char page[] = "Title: The page\nURL: https://courier.example/b\n\nThe page's text.";
  g_autoptr(BriefCluster) c = read_feed(feed);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 2);
  g_assert_cmpstr(article(c, 0)->title, ==, "First version");
  g_assert_cmpstr(article(c, 1)->title, ==, "Other story");
  /* The same item in a second read, and a page at an item's address:
   * still one article each, the page's. */
  g_assert_true(brief_cluster_add_data(c, "g.xml", again, strlen(again), BRIEF_INPUT_AUTO, &error));
  g_assert_true(brief_cluster_add_data(c, "b.txt", page, strlen(page), BRIEF_INPUT_AUTO, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 2);
  g_assert_cmpstr(article(c, 0)->title, ==, "First version");
  g_assert_cmpstr(article(c, 1)->title, ==, "The page");
  g_assert_cmpuint(article(c, 1)->item, ==, 0);
}

/* A feed's link and a page's address are one when they differ only in
 * what does not change the page: scheme, the host's case, a default port,
 * a fragment, a final slash, tracking parameters.  A page that names no
 * address of its own gives the one its saver wrote at its top. */
static void
test_same_page_other_spelling(void)
{
  static const char feed[] =
      "<rss version=\"2.0\"><channel><title>Courier</title>"
      "<item><title>A</title><link>http://Courier.example:80/a/?utm_source=rss&amp;id=7#top</link>"
      "<description>Item a.</description></item>"
      "<item><title>B</title><link>https://courier.example/b?utm_medium=feed</link>"
      "<description>Item b.</description></item>"
      "<item><title>C</title><link>https://courier.example/a?id=8</link>"
      "<description>Item c.</description></item>"
      "</channel></rss>";
  static const char page_a[] =
      "<html><head><title>A</title><link rel=\"canonical\" href=\"https://courier.example/a?id=7\">"
      "</head><body><article><p>The whole text of the first story, long enough to be an article "
      "of its own, about the harbour and the strike that ended on Wednesday.</p><p>A second "
      "paragraph of the first story, about the talks that led to the deal on pay.</p>"
      "</article></body></html>";
  static const char page_b[] =
      "<!-- saved from url=(0025)https://courier.example/b -->\n"
      "<html><head><title>B</title></head><body><article><p>The whole text of the second "
      "story, long enough to be an article of its own, about the rail line that reopened on "
      "Friday.</p><p>A second paragraph of the second story, about the storm that closed it in "
      "October.</p></article></body></html>";
  g_autoptr(BriefCluster) c = read_feed(feed);
  g_autoptr(GError) error = NULL;

  g_assert_true(
      brief_cluster_add_data(c, "a.html", page_a, strlen(page_a), BRIEF_INPUT_AUTO, &error));
  g_assert_true(
      brief_cluster_add_data(c, "b.html", page_b, strlen(page_b), BRIEF_INPUT_AUTO, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 3);
  g_assert_cmpstr(article(c, 0)->name, ==, "a.html");
  g_assert_cmpstr(article(c, 1)->name, ==, "b.html");
  g_assert_cmpstr(article(c, 1)->url, ==, "https://courier.example/b");
  g_assert_cmpstr(article(c, 1)->source, ==, "courier.example");
  /* Another id is another page. */
  g_assert_cmpstr(article(c, 2)->title, ==, "C");
}

/* Items linking to posts of one live page ("live#post-1", "live#post-2")
 * are articles of their own; the same post twice is one. */
static void
test_same_page_other_fragment(void)
{
  static const char feed[] =
      "<rss version=\"2.0\"><channel><title>Live</title>"
      "<item><title>1</title><link>https://live.example/day#post-1</link>"
      "<description>First post.</description></item>"
      "<item><title>2</title><link>https://live.example/day?utm_source=rss#post-2</link>"
      "<description>Second post.</description></item>"
      "<item><title>1 again</title><link>https://live.example/day/#post-1</link>"
      "<description>First post again.</description></item>"
      "<item><title>2 again</title><link>https://live.example/day#post-2</link>"
      "<description>Second post again.</description></item>"
      "</channel></rss>";
  g_autoptr(BriefCluster) c = read_feed(feed);

  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 2);
  g_assert_cmpstr(article(c, 0)->title, ==, "1");
  g_assert_cmpstr(article(c, 1)->title, ==, "2");
}

static void
test_javascript_link(void)
{
  static const char rss[] =
      "<rss version=\"2.0\"><channel><title>Courier</title>"
      "<item><title>Click bait</title><link>javascript:alert(1)</link>"
      "<guid>JavaScript:alert(2)</guid>"
      "<description><![CDATA[<p>The <a href=\"javascript:alert(3)\">harbour</a> story."
      "</p><script>alert(4)</script>]]></description></item>"
      "<item><title>Data link</title><link>data:text/html,hello</link>"
      "<description>Body of the data item.</description></item>"
      "</channel></rss>";
  static const char atom_feed[] =
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Post</title>"
      "<entry><title>Atom bait</title><link href=\"javascript:alert(5)\"/>"
      "<link rel=\"alternate\" href=\" javascript:alert(6)\"/>"
      "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Words <a "
      "href=\"javascript:alert(7)\">here</a>.</p></div></content></entry></feed>";
  g_autoptr(BriefCluster) c = read_feed(rss);
  g_autoptr(BriefCluster) a = read_feed(atom_feed);
  g_autofree char *urls = brief_cluster_articles_to_string(c, BRIEF_FORMAT_PLAIN);

  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 2);
  g_assert_null(article(c, 0)->url);
  g_assert_null(article(c, 1)->url);
  g_assert_cmpstr(article(c, 0)->text, ==, "The harbour story.");
  g_assert_cmpstr(urls, ==, "");
  assert_nowhere(c, "javascript");
  assert_nowhere(c, "JavaScript");
  assert_nowhere(c, "alert");
  g_assert_cmpuint(brief_cluster_get_n_articles(a), ==, 1);
  g_assert_null(article(a, 0)->url);
  g_assert_cmpstr(article(a, 0)->text, ==, "Words here.");
  assert_nowhere(a, "javascript");
}

/* ---- feeds without items, broken feeds, other XML ------------------------------ */

static void
test_no_items(void)
{
  static const char *const feeds[] = {
      ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Empty</title>"
       "<link>https://empty.example/</link></channel></rss>"),
      "<rss version=\"2.0\"></rss>",
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Quiet</title></feed>",
  };

  for (guint i = 0; i < G_N_ELEMENTS(feeds); i++) {
    g_autoptr(BriefCluster) c = NULL;
    g_test_message("feed: %s", feeds[i]);
    g_test_expect_message("brief", G_LOG_LEVEL_WARNING, "f.xml: a feed without items; skipped");
    c = read_feed(feeds[i]);
    g_test_assert_expected_messages();
    g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 0);
  }
}

static void
test_truncated(void)
{
  /* Cut inside the third item: the two before it are read whole. */
  const char *cut = strstr(rss2, "The coast road");
  g_autofree char *head = g_strndup(rss2, (gsize)(cut - rss2));
  g_autoptr(BriefCluster) c = NULL;

  g_test_expect_message("brief", G_LOG_LEVEL_WARNING,
                        "f.xml: malformed XML at line *; read what could be read");
  c = read_feed(head);
  g_test_assert_expected_messages();
  g_assert_cmpuint(brief_cluster_get_n_articles(c), >=, 2);
  g_assert_cmpstr(article(c, 0)->title, ==, "Night ferries return to the Kestrel Sound route");
  g_assert_cmpstr(article(c, 1)->text, ==,
                  "The bakery & the dairy raised prices.\n\nShoppers were not pleased.");
  for (guint i = 0; i < brief_cluster_get_n_articles(c); i++)
    g_assert_true(g_utf8_validate(article(c, i)->text, -1, NULL));
}

static void
test_malformed(void)
{
  /* A tag closed out of order in the second item. */
  static const char feed[] =
      "<rss version=\"2.0\"><channel><title>Courier</title>\n"
      "<item><title>Fine</title><description>A fine item.</description></item>\n"
      "<item><title>Broken</b></title><description>Text.</description></item>\n"
      "<item><title>After</title><description>Later item.</description></item>\n"
      "</channel></rss>";
  g_autoptr(BriefCluster) c = NULL;

  g_test_expect_message("brief", G_LOG_LEVEL_WARNING,
                        "f.xml: malformed XML at line 3: *; read what could be read");
  c = read_feed(feed);
  g_test_assert_expected_messages();
  g_assert_cmpuint(brief_cluster_get_n_articles(c), >=, 1);
  g_assert_cmpstr(article(c, 0)->text, ==, "A fine item.");
}

static void
test_not_a_feed(void)
{
  static const char *const docs[] = {
      "<?xml version=\"1.0\"?>\n<config><item>one</item><title>Settings</title></config>\n",
      /* Names that start like a feed's root. */
      "<?xml version=\"1.0\"?>\n<feedback><item>Good service.</item></feedback>\n",
      "<?xml version=\"1.0\"?>\n<settings><rssUrl>https://x.example/</rssUrl></settings>\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS(docs); i++) {
    g_autoptr(BriefCluster) c = brief_cluster_new();
    g_autoptr(GError) error = NULL;
    g_test_message("doc: %s", docs[i]);
    /* Forced: an error. */
    g_assert_false(
        brief_cluster_add_data(c, "f.xml", docs[i], strlen(docs[i]), BRIEF_INPUT_FEED, &error));
    g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE);
    g_assert_cmpstr(error->message, ==, "f.xml: not an RSS or Atom feed");
    g_clear_error(&error);
    /* By name and content: skipped. */
    g_test_expect_message("brief", G_LOG_LEVEL_WARNING, "f.xml: no RSS or Atom feed; skipped");
    g_assert_true(
        brief_cluster_add_data(c, "f.xml", docs[i], strlen(docs[i]), BRIEF_INPUT_AUTO, &error));
    g_test_assert_expected_messages();
    g_assert_no_error(error);
    g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 0);
  }
}

static void
test_not_xml(void)
{
  static const char *const inputs[] = {"", "plain words, no markup", "<", "\xEF\xBB\xBF"};

  for (guint i = 0; i < G_N_ELEMENTS(inputs); i++) {
    g_autoptr(BriefCluster) c = brief_cluster_new();
    g_autoptr(GError) error = NULL;
    g_test_message("input: '%s'", inputs[i]);
    g_assert_false(
        brief_cluster_add_data(c, "f.xml", inputs[i], strlen(inputs[i]), BRIEF_INPUT_FEED, &error));
    g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE);
    g_assert_true(g_str_has_prefix(error->message, "f.xml: malformed XML"));
    g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 0);
  }
}

/* ---- entities ------------------------------------------------------------------ */

/* A document type declaring the "billion laughs": &i; is 10^8 laughs. */
#define LAUGHS                                                                                     \
  "<!ENTITY a \"lol lol lol lol lol lol lol lol lol lol \">\n"                                     \
  "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"                                               \
  "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"                                               \
  "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"                                               \
  "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"                                               \
  "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"                                               \
  "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"                                               \
  "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">\n"                                               \
  "<!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">\n"

/* Read `data` as a feed, expecting `warning` (NULL: none); assert that it
 * took less than two seconds. */
static BriefCluster *
read_timed(const char *data, const char *warning)
{
  gint64 start = g_get_monotonic_time();
  BriefCluster *c;

  if (warning != NULL)
    g_test_expect_message("brief", G_LOG_LEVEL_WARNING, warning);
  c = read_feed(data);
  g_test_assert_expected_messages();
  g_assert_cmpint(g_get_monotonic_time() - start, <, 2 * G_USEC_PER_SEC);
  return c;
}

static void
test_entity_bomb(void)
{
  static const char rss[] = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n" LAUGHS "]>\n"
                            "<rss version=\"2.0\"><channel><title>Laughs</title>\n"
                            "<item><title>Before</title><link>https://x.example/1</link>"
                            "<description>The quay works finished on time.</description></item>\n"
                            "<item><title>Bomb &i;</title><link>https://x.example/2</link>"
                            "<description>Text &i; more.</description></item>\n"
                            "</channel></rss>\n";
  static const char atom_feed[] =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\n" LAUGHS "]>\n"
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Laughs</title>\n"
      "<entry><title>Before</title><link href=\"https://x.example/1\"/>"
      "<content>The quay works finished on time.</content></entry>\n"
      "<entry><title type=\"&i;\">Bomb</title><link rel=\"&i;\" href=\"https://x.example/&i;\"/>"
      "<content type=\"&i;\">Text.</content></entry>\n"
      "</feed>\n";
  static const char *const feeds[] = {rss, atom_feed};

  for (guint i = 0; i < G_N_ELEMENTS(feeds); i++) {
    g_autoptr(BriefCluster) c =
        read_timed(feeds[i], "f.xml: malformed XML at line *; read what could be read");
    g_assert_cmpuint(brief_cluster_get_n_articles(c), >=, 1);
    g_assert_cmpstr(article(c, 0)->text, ==, "The quay works finished on time.");
    assert_nowhere(c, "lol");
  }
}

static void
test_entity_internal_not_expanded(void)
{
  /* A small entity is not a bomb: the parse goes on, but its text stays
   * out of the articles, as any entity's. */
  static const char rss[] = "<?xml version=\"1.0\"?>\n"
                            "<!DOCTYPE rss [<!ENTITY who \"lol the council\">]>\n"
                            "<rss version=\"2.0\"><channel><title>Courier &who;</title>\n"
                            "<item><title>Vote by &who;</title><link>https://x.example/1</link>"
                            "<description>A vote by &who; today.</description></item>\n"
                            "</channel></rss>\n";
  g_autoptr(BriefCluster) c = read_timed(rss, NULL);

  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 1);
  assert_nowhere(c, "lol");
}

static void
test_external_entity(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *secret = g_build_filename(dir, "secret.txt", NULL);
  g_autofree char *uri = g_filename_to_uri(secret, NULL, NULL);
  g_autofree char *rss = NULL;
  g_autoptr(BriefCluster) c = NULL;

  write_file(dir, "secret.txt", "SECRET-MARKER\n", -1);
  rss = g_strdup_printf(
      "<?xml version=\"1.0\"?>\n"
      "<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n"
      "<!ENTITY mine SYSTEM \"%s\">\n"
      "<!ENTITY %% pe SYSTEM \"%s\">\n%%pe;\n]>\n"
      "<rss version=\"2.0\"><channel><title>Feed &xxe;</title>\n"
      "<item><title>Item &xxe; &mine;</title><link>https://x.example/1</link>"
      "<author>&xxe;</author><description>Body text &xxe; &mine; here.</description></item>\n"
      "</channel></rss>\n",
      uri, uri);
  c = read_timed(rss, NULL);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 1);
  g_assert_cmpstr(article(c, 0)->text, ==, "Body text here.");
  assert_nowhere(c, "root:");
  assert_nowhere(c, "SECRET-MARKER");
  rm_tree(dir);
}

static void
test_external_entity_attribute(void)
{
  static const char atom_feed[] =
      "<?xml version=\"1.0\"?>\n"
      "<!DOCTYPE feed [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Post</title>\n"
      "<entry><title>First</title><content>First entry text.</content></entry>\n"
      "<entry><title>Second</title><link href=\"https://x.example/&xxe;\"/>"
      "<content type=\"&xxe;\">Second entry text.</content></entry>\n"
      "</feed>\n";
  g_autoptr(BriefCluster) c =
      read_timed(atom_feed, "f.xml: malformed XML at line *; read what could be read");

  g_assert_cmpuint(brief_cluster_get_n_articles(c), >=, 1);
  g_assert_cmpstr(article(c, 0)->text, ==, "First entry text.");
  assert_nowhere(c, "root:");
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);

  g_test_add_func("/feed/rss2", test_rss2);
  g_test_add_func("/feed/rss2/guid-and-bodies", test_rss2_guid_and_bodies);
  g_test_add_func("/feed/bodies-extracted", test_bodies_extracted);
  g_test_add_func("/feed/rss1", test_rss1);
  g_test_add_func("/feed/atom", test_atom);
  g_test_add_func("/feed/link/same-link", test_same_link_one_article);
  g_test_add_func("/feed/link/other-spelling", test_same_page_other_spelling);
  g_test_add_func("/feed/link/other-fragment", test_same_page_other_fragment);
  g_test_add_func("/feed/link/javascript", test_javascript_link);
  g_test_add_func("/feed/broken/no-items", test_no_items);
  g_test_add_func("/feed/broken/truncated", test_truncated);
  g_test_add_func("/feed/broken/malformed", test_malformed);
  g_test_add_func("/feed/broken/not-a-feed", test_not_a_feed);
  g_test_add_func("/feed/broken/not-xml", test_not_xml);
  g_test_add_func("/feed/entity/bomb", test_entity_bomb);
  g_test_add_func("/feed/entity/internal", test_entity_internal_not_expanded);
  g_test_add_func("/feed/entity/external", test_external_entity);
  g_test_add_func("/feed/entity/external-attribute", test_external_entity_attribute);

  return g_test_run();
}
