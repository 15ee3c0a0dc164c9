package org.skillgap.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One posting a demand figure counted, as a reader checks it: the posting, the first sentence it
 * was counted from, the words matched there and what found them.
 *
 * @param postingId the warehouse's posting id
 * @param title the posting's title
 * @param company the employer, or null
 * @param postedDate the posting's date, ISO
 * @param sentence the first sentence the skill was counted from (a longer sentence is shown as a
 *     300-character window around the first mention, marked with …)
 * @param surfaces the words matched in that sentence, as written
 * @param foundBy what found the first of them: taxonomy, model or both
 * @param confidence how sure that mention is, or null for mentions extracted before it was kept
 * @param requirement required, preferred or not stated
 * @param sentences how many of the posting's sentences name the skill
 */
public record EvidenceLine(
    String postingId,
    String title,
    String company,
    String postedDate,
    String sentence,
    List<String> surfaces,
    String foundBy,
    Double confidence,
    String requirement,
    int sentences) {

  public EvidenceLine {
    surfaces = List.copyOf(surfaces);
  }

  /** The sentence with each matched word group in [brackets], the first occurrence of each. */
  public String marked() {
    List<int[]> spans = new ArrayList<>();
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (String surface : surfaces) {
      int at = find(lower, surface.toLowerCase(Locale.ROOT));
      // A surface cut off with the end of a long sentence, or already inside a marked span, is not
      // marked again.
      if (at >= 0 && spans.stream().noneMatch(s -> at < s[1] && at + surface.length() > s[0])) {
        spans.add(new int[] {at, at + surface.length()});
      }
    }
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    StringBuilder out = new StringBuilder(sentence.length() + 4 * spans.size());
    int from = 0;
    for (int[] s : spans) {
      out.append(sentence, from, s[0]).append('[').append(sentence, s[0], s[1]).append(']');
      from = s[1];
    }
    return out.append(sentence.substring(from)).toString();
  }

  /**
   * Where {@code surface} stands as whole words in {@code text}, else where it first stands at all:
   * "excel" is marked in "Excel", not inside an earlier "excellent".
   */
  private static int find(String text, String surface) {
    for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      int end = at + surface.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startsWord && endsWord) {
        return at;
      }
    }
    return text.indexOf(surface);
  }

  /** The lines the evidence command prints for this posting, numbered {@code number}. */
  public List<String> render(int number) {
    String who = company == null || company.isBlank() ? "" : " at " + company;
    String more =
        sentences > 1
            ? String.format("; %d more sentence%s", sentences - 1, sentences == 2 ? "" : "s")
            : "";
    return List.of(
        String.format("%2d. %s%s, %s (posting %s)", number, title, who, postedDate, postingId),
        "    \"" + marked() + "\"",
        String.format(
            "    matched %s by %s%s, %s%s",
            String.join(", ", surfaces.stream().map(s -> "\"" + s + "\"").toList()),
            foundBy == null ? "taxonomy" : foundBy,
            confidence == null ? "" : String.format(" (confidence %.2f)", confidence),
            requirement.replace('_', ' '),
            more));
  }
}
