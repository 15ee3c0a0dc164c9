package org.skillgap.core.requirements;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Several cues read in one pass over a lower-cased clause, with no word copied: a word's hash is
 * looked up in an open-addressed table and compared in place. Tokenizing each clause once per cue,
 * a copy per word, was a third of what reading requirements cost.
 */
final class Cues {
  private final String[] slotWord;
  private final int[] slotBits;
  private final String[] stems;
  private final int[] stemBits;
  private final String[] substrings;
  private final int[] substringBits;

  /** Whether some stem starts with this character (a-z), so most words skip the stems. */
  private final boolean[] stemStart = new boolean[128];

  /** Bit i of {@link #scan} is cue i's. */
  Cues(Cue... cues) {
    Map<String, Integer> words = new LinkedHashMap<>();
    Map<String, Integer> stemsToBits = new LinkedHashMap<>();
    Map<String, Integer> substringsToBits = new LinkedHashMap<>();
    for (int i = 0; i < cues.length; i++) {
      int bit = 1 << i;
      cues[i].words().forEach(w -> words.merge(w, bit, (a, b) -> a | b));
      cues[i].stems().forEach(w -> stemsToBits.merge(w, bit, (a, b) -> a | b));
      cues[i].substrings().forEach(w -> substringsToBits.merge(w, bit, (a, b) -> a | b));
    }
    int size = Integer.highestOneBit(Math.max(words.size(), 1) * 4) * 2;
    slotWord = new String[size];
    slotBits = new int[size];
    words.forEach(
        (w, bits) -> {
          int slot = spread(w.hashCode()) & (size - 1);
          while (slotWord[slot] != null) {
            slot = (slot + 1) & (size - 1);
          }
          slotWord[slot] = w;
          slotBits[slot] = bits;
        });
    stems = stemsToBits.keySet().toArray(new String[0]);
    stemBits = stemsToBits.values().stream().mapToInt(Integer::intValue).toArray();
    for (String stem : stems) {
      stemStart[stem.charAt(0)] = true;
    }
    substrings = substringsToBits.keySet().toArray(new String[0]);
    substringBits = substringsToBits.values().stream().mapToInt(Integer::intValue).toArray();
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The bits of the cues a clause lower-cased with {@link Cue#asciiLower} holds. */
  int scan(String lower) {
    int found = 0;
    for (int s = 0; s < substrings.length; s++) {
      if ((found & substringBits[s]) != substringBits[s] && lower.contains(substrings[s])) {
        found |= substringBits[s];
      }
    }
    int n = lower.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Cue.isAsciiWordChar(lower.charAt(i))) {
        i++;
      }
      int start = i;
      int hash = 0;
      while (i < n && Cue.isAsciiWordChar(lower.charAt(i))) {
        hash = 31 * hash + lower.charAt(i); // String.hashCode of the word, without the word
        i++;
      }
      if (start == i) {
        break;
      }
      found |= bitsOfWord(lower, start, i - start, hash);
      if (stemStart[lower.charAt(start)]) {
        found |= bitsOfStems(lower, start, i - start);
      }
    }
    return found;
  }

  /** The bits of the word of this length and hash at start: its slot's, or 0. */
  private int bitsOfWord(String lower, int start, int length, int hash) {
    int slot = spread(hash) & (slotWord.length - 1);
    for (String w = slotWord[slot];
        w != null;
        w = slotWord[slot = (slot + 1) & (slotWord.length - 1)]) {
      if (w.length() == length && lower.startsWith(w, start)) {
        return slotBits[slot];
      }
    }
    return 0;
  }

  /** The bits of the stems the word of this length at start begins with. */
  private int bitsOfStems(String lower, int start, int length) {
    int found = 0;
    for (int s = 0; s < stems.length; s++) {
      if (stems[s].length() <= length && lower.startsWith(stems[s], start)) {
        found |= stemBits[s];
      }
    }
    return found;
  }
}
