package org.skillgap.core.ingest;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Posting text to clean plain text: HTML parsed with jsoup (scripts and styles dropped, block
 * elements and list items become line breaks so they end sentences), Unicode NFKC, whitespace
 * collapsed, e-mail addresses and phone numbers masked before anything is stored.
 */
public final class TextCleaner {
  private TextCleaner() {}

  // A tag's body stops at the next '<' as well as at '>': "[^>]*" scanned to the end of the text
  // from every
  // '<' of "<a<a<a..." (quadratic; 100 kB took minutes), "[^<>]{0,2000}" scans each stretch once.
  private static final Pattern LOOKS_LIKE_HTML =
      Pattern.compile("<\\s*/?\\s*[a-zA-Z][^<>]{0,2000}>|&[a-zA-Z]{2,10};|&#\\d{1,7};");
  // Bounded and anchored at the start of the local part: an unbounded "[...]+@" backtracks
  // quadratically over a long run of letters (a 100 kB description took minutes). Letters of any
  // script
  // (internationalised addresses), and "%40" for an '@' left URL-encoded.
  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}(?:@|%40|\uFF20)"
              + "[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,8}\\.\\p{L}{2,24}");
  // Spelled out to dodge scrapers: "jane at acme dot com", "jane [at] acme [dot] co [dot] uk".
  private static final String AT = "(?:\\s+|\\s*[\\[(]\\s*)(?i:at)(?:\\s+|\\s*[\\])]\\s*)";
  private static final String DOT = "(?:\\s+|\\s*[\\[(]\\s*)(?i:dot)(?:\\s+|\\s*[\\])]\\s*)";
  private static final Pattern SPELLED_EMAIL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}"
              + AT
              + "[\\p{L}\\p{N}-]{1,63}(?:"
              + DOT
              + "[\\p{L}\\p{N}-]{1,63}){0,3}"
              + DOT
              + "(?i:com|org|net|edu|gov|io|co|uk|us|ca|de|fr|info|biz)(?![\\p{L}\\p{N}])");
  // A run of digit groups that may be a phone number; PhoneNumbers.looksLikePhone decides which
  // are.
  private static final Pattern PHONE_CANDIDATE =
      Pattern.compile(
          "(?<![\\w$\u00A3\u20AC./,-])(?:(?i:tel):\\s*)?"
              + "(?:\\+ ?\\d{1,3}[ .-]?)?(?:\\(\\d{1,5}\\) ?)?\\d{1,11}(?:[ .-]{1,2}\\d{1,8}){0,5}(?![\\w])");
  private static final Pattern LAST_GROUP = Pattern.compile("[ .-]{1,2}\\d{1,8}$");
  private static final Pattern NANP =
      Pattern.compile("(?:\\+?1[\\s.-]?)?\\d{3}[\\s.-]\\d{3}[\\s.-]\\d{4}");

  public static final String EMAIL_MASK = "[email]";
  public static final String PHONE_MASK = "[phone]";

  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String repaired = repairMojibake(raw);
    String text = LOOKS_LIKE_HTML.matcher(repaired).find() ? htmlToText(repaired) : repaired;
    text = Normalizer.normalize(text, Normalizer.Form.NFKC);
    text = text.replace('\uFFFD', ' ');
    return maskContacts(separateGluedSentences(collapseWhitespace(text)).trim());
  }

  /**
   * Puts a space back between sentences a feed glued together when it dropped their line breaks
   * ("...a given IT situation.Customer Service - Works with clients", "Experience:For the GS-14"):
   * a period, colon or semicolon between a lower-case letter (or ')') and a capitalised word. Names
   * like "ASP.NET", "Node.js" and "U.S." do not have that shape. One pass, no regex.
   */
  static String separateGluedSentences(String text) {
    StringBuilder out = null;
    int n = text.length();
    int copied = 0;
    for (int i = 1; i + 2 < n; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == ':' || c == ';')
          && (Character.isLowerCase(text.charAt(i - 1)) || text.charAt(i - 1) == ')')
          && Character.isUpperCase(text.charAt(i + 1))
          && Character.isLowerCase(text.charAt(i + 2))) {
        out = out == null ? new StringBuilder(n + 16) : out;
        out.append(text, copied, i + 1).append(' ');
        copied = i + 1;
      }
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  /**
   * Each run of white space becomes one line break if it holds one (CR, LF), else one space; spaces
   * are blanks, tabs, vertical tabs, form feeds, no-break and typographic spaces. One pass: the two
   * regexes this replaces ("[ \\t...]+" then "\\s*\\n\\s*") matched at every single space of a
   * posting.
   */
  static String collapseWhitespace(String text) {
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n' || c == '\r';
      if (!lineBreak && !isSpace(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      int end = i;
      while (end < n
          && (isSpace(text.charAt(end)) || text.charAt(end) == '\n' || text.charAt(end) == '\r')) {
        lineBreak |= text.charAt(end) == '\n' || text.charAt(end) == '\r';
        end++;
      }
      if (out == null && (lineBreak ? end - i > 1 || c != '\n' : end - i > 1 || c != ' ')) {
        out =
            new StringBuilder(n)
                .append(text, 0, i); // the first run to change: copy what came before
      }
      if (out != null) {
        out.append(lineBreak ? '\n' : ' ');
      }
      i = end - 1;
    }
    return out == null ? text : out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u000B'
        || c == '\f'
        || c == '\u00A0'
        || (c >= '\u2000' && c <= '\u200B');
  }

  /**
   * Whether text holds a character that can start a garbled sequence (U+00C2 to U+00F4): a loop,
   * not a regex.
   */
  private static boolean hasMojibakeLead(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u00C2' && c <= '\u00F4') {
        return true;
      }
    }
    return false;
  }

  /**
   * Repairs UTF-8 text that was once decoded as Windows-1252 ("â€™" for "’", "Ã©" for "é"), as real
   * feeds carry it. Each character is mapped back to the byte cp1252 gave it; where those bytes
   * form a valid UTF-8 sequence of two to four bytes, the sequence is decoded. Everything else
   * stays as it was, so text that was never garbled, a legitimate "é" included, passes unchanged.
   */
  public static String repairMojibake(String text) {
    if (text == null || !hasMojibakeLead(text) || !MOJIBAKE_LEAD.matcher(text).find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    int i = 0;
    while (i < n) {
      int lead = cp1252Byte(text.charAt(i));
      int len =
          lead >= 0xC2 && lead <= 0xDF
              ? 2
              : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
      if (len > 0 && i + len <= n) {
        byte[] bytes = new byte[len];
        bytes[0] = (byte) lead;
        boolean valid = true;
        for (int k = 1; k < len && valid; k++) {
          int b = cp1252Byte(text.charAt(i + k));
          valid = b >= 0x80 && b <= 0xBF;
          bytes[k] = (byte) b;
        }
        if (valid) {
          String decoded = new String(bytes, StandardCharsets.UTF_8);
          if (decoded.codePointCount(0, decoded.length()) == 1 && decoded.indexOf('\uFFFD') < 0) {
            out.append(decoded);
            i += len;
            continue;
          }
        }
      }
      out.append(text.charAt(i));
      i++;
    }
    return out.toString();
  }

  /**
   * A character that is the first byte of a multi-byte UTF-8 sequence read as cp1252, then a second
   * byte.
   */
  private static final Pattern MOJIBAKE_LEAD =
      Pattern.compile(
          "[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160"
              + "\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022"
              + "\u2026\u2030\u2039\u203A\u20AC\u2122]");

  /** Windows-1252's characters 0x80-0x9F that are not the Latin-1 code points of the same value. */
  private static final String CP1252_HIGH =
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160"
          + "\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161"
          + "\u203A\u0153\u009D\u017E\u0178";

  /**
   * The byte Windows-1252 encodes a character as (undefined bytes pass through as C1 controls), or
   * -1.
   */
  private static int cp1252Byte(char c) {
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
      return c;
    }
    int at = CP1252_HIGH.indexOf(c);
    return at >= 0 ? 0x80 + at : -1;
  }

  public static String maskContacts(String text) {
    if (text == null) {
      return null;
    }
    // Each pattern runs only on text that holds what every match of it must: most postings give no
    // address.
    String t =
        text.indexOf('@') >= 0 || text.indexOf('\uFF20') >= 0 || text.contains("%40")
            ? EMAIL.matcher(text).replaceAll(EMAIL_MASK)
            : text;
    t = containsIgnoreAsciiCase(t, "dot") ? SPELLED_EMAIL.matcher(t).replaceAll(EMAIL_MASK) : t;
    return mayHoldPhone(t)
        ? PHONE_CANDIDATE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(maskPhone(m.group())))
        : t;
  }

  /**
   * Whether some run of digits and the separators a phone candidate may hold ({@code 0-9 .-()+})
   * has six digits or more: every number {@link #looksLikePhone} accepts has, and most postings
   * (years, amounts, dates apart) hold no such run, so the candidate pattern, tried at every
   * position, need not run.
   */
  static boolean mayHoldPhone(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits >= 6) {
          return true;
        }
      } else if (" .-()+".indexOf(c) < 0) {
        digits = 0;
      }
    }
    return false;
  }

  /**
   * Whether text holds the lower-case ASCII word part, in any ASCII case (what {@code (?i:...)}
   * folds).
   */
  private static boolean containsIgnoreAsciiCase(String text, String part) {
    char first = part.charAt(0);
    for (int i = 0, last = text.length() - part.length(); i <= last; i++) {
      // The first letter compared by hand: regionMatches(ignoreCase) at every position was most of
      // the cleaning.
      char c = text.charAt(i);
      if ((c == first || c == first - ('a' - 'A'))
          && text.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The candidate with its phone number masked: the longest run of its leading digit groups that is
   * one.
   */
  private static String maskPhone(String candidate) {
    String head = candidate;
    while (true) {
      if (looksLikePhone(head)) {
        return PHONE_MASK + candidate.substring(head.length());
      }
      Matcher last = LAST_GROUP.matcher(head);
      if (!last.find()) {
        return candidate;
      }
      head = head.substring(0, last.start());
    }
  }

  /**
   * Which digit runs are phone numbers: a tel: link; an international number (+, 8 to 15 digits);
   * an area code in brackets or a leading trunk 0 with 10 or 11 digits ("(555)013-4477", "020 7946
   * 0958"); the North American 3-3-4 groups; ten digits in one run. Years, dates, amounts, ZIP
   * codes and counts are none of these, so they stay.
   */
  static boolean looksLikePhone(String candidate) {
    String s = candidate.strip();
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      digits += Character.isDigit(s.charAt(i)) ? 1 : 0;
    }
    if (s.regionMatches(true, 0, "tel:", 0, 4)) {
      return digits >= 6;
    }
    if (s.startsWith("+")) {
      return digits >= 8 && digits <= 15;
    }
    if (s.startsWith("(") || (s.startsWith("0") && !s.chars().allMatch(Character::isDigit))) {
      return digits >= 10 && digits <= 11;
    }
    return NANP.matcher(s).matches() || (digits == 10 && s.length() == 10 && s.charAt(0) != '0');
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
