package org.skillgap.core.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Posting text to clean plain text: HTML parsed with jsoup (scripts and styles dropped, block elements and
 * list items become line breaks so they end sentences), Unicode NFKC, whitespace collapsed, e-mail
 * addresses and phone numbers masked before anything is stored.
 */
public final class TextCleaner {
  private TextCleaner() {}

  private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>|&[a-zA-Z]+;|&#\\d+;");
  // Bounded and anchored at the start of the local part: an unbounded "[...]+@" backtracks
  // quadratically over a long run of letters (a 100 kB description took minutes).
  private static final Pattern EMAIL =
      Pattern.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,8}\\.[A-Za-z]{2,24}");
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\w$£€])(\\+?\\d{1,3}[\\s.-]?)?(\\(\\d{3}\\)|\\d{3})[\\s.-]\\d{3}[\\s.-]\\d{4}(?!\\d)");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\u2000-\\u200B]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\s*\\n\\s*");

  public static final String EMAIL_MASK = "[email]";
  public static final String PHONE_MASK = "[phone]";

  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String text = LOOKS_LIKE_HTML.matcher(raw).find() ? htmlToText(raw) : raw;
    text = Normalizer.normalize(text, Normalizer.Form.NFKC);
    text = text.replace('\uFFFD', ' ').replace("\r\n", "\n").replace('\r', '\n');
    text = SPACES.matcher(text).replaceAll(" ");
    text = BLANK_LINES.matcher(text).replaceAll("\n");
    return maskContacts(text.trim());
  }

  public static String maskContacts(String text) {
    if (text == null) {
      return null;
    }
    String t = EMAIL.matcher(text).replaceAll(EMAIL_MASK);
    return PHONE.matcher(t).replaceAll(PHONE_MASK);
  }

  private static String htmlToText(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select("script, style, noscript, iframe, object").remove();
    StringBuilder sb = new StringBuilder(html.length());
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode tn) {
              sb.append(tn.text());
            } else if (node instanceof Element e && breaksLine(e)) {
              sb.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && breaksLine(e)) {
              sb.append('\n');
            }
          }
        },
        doc.body());
    return sb.toString();
  }

  private static boolean breaksLine(Element e) {
    return e.isBlock() || e.normalName().equals("br") || e.normalName().equals("li");
  }
}
