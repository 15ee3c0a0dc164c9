package org.skillgap.core.encode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, as a Hugging Face {@code tokenizer.json} of type WordPiece
 * with a BertNormalizer (lower case, accents stripped) and a BertPreTokenizer describes it: the
 * same ids as the Rust tokenizers library gives (SentenceEncoderTest checks that against DJL's
 * binding), in plain Java, so the jar carries no tokenizer natives per platform.
 */
public final class WordPieceTokenizer {

  private static final int MAX_WORD_CHARS = 100;

  private final Map<String, Integer> vocab;
  private final int unk;
  private final int cls;
  private final int sep;

  private WordPieceTokenizer(Map<String, Integer> vocab) {
    this.vocab = vocab;
    this.unk = id(vocab, "[UNK]");
    this.cls = id(vocab, "[CLS]");
    this.sep = id(vocab, "[SEP]");
  }

  /** Reads the vocabulary of a Hugging Face tokenizer.json whose model is WordPiece. */
  public static WordPieceTokenizer fromTokenizerJson(InputStream in) {
    try {
      JsonNode model = new ObjectMapper().readTree(in).path("model");
      if (!"WordPiece".equals(model.path("type").asText())) {
        throw new IllegalArgumentException(
            "tokenizer.json model is " + model.path("type").asText() + ", not WordPiece");
      }
      Map<String, Integer> vocab = new HashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = model.path("vocab").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        vocab.put(e.getKey(), e.getValue().asInt());
      }
      return new WordPieceTokenizer(vocab);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The ids of {@code text}: [CLS], its word pieces, [SEP], at most {@code maxTokens} in all (the
   * pieces past it are dropped, as the model's 128-token truncation does).
   */
  public int[] encode(String text, int maxTokens) {
    List<Integer> ids = new ArrayList<>();
    ids.add(cls);
    for (String word : words(normalize(text))) {
      if (ids.size() >= maxTokens - 1) {
        break;
      }
      pieces(word, ids);
    }
    int n = Math.min(ids.size(), maxTokens - 1);
    int[] out = new int[n + 1];
    for (int i = 0; i < n; i++) {
      out[i] = ids.get(i);
    }
    out[n] = sep;
    return out;
  }

  /** Clean, CJK spaced, lower case, accents stripped: BertNormalizer with lowercase=true. */
  static String normalize(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c == 0 || c == 0xFFFD || isControl(c)) {
                return;
              }
              if (isWhitespace(c)) {
                b.append(' ');
              } else if (isCjk(c)) {
                b.append(' ').appendCodePoint(c).append(' ');
              } else {
                b.appendCodePoint(c);
              }
            });
    String lower = b.toString().toLowerCase(Locale.ROOT);
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** Splits on whitespace, and every punctuation character is a word of its own. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (isWhitespace(c)) {
                flush(word, out);
              } else if (isPunctuation(c)) {
                flush(word, out);
                out.add(new String(Character.toChars(c)));
              } else {
                word.appendCodePoint(c);
              }
            });
    flush(word, out);
    return out;
  }

  /** Greedy longest-match-first word pieces of one word; [UNK] when a part matches nothing. */
  private void pieces(String word, List<Integer> ids) {
    if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
      ids.add(unk);
      return;
    }
    List<Integer> found = new ArrayList<>();
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      Integer piece = null;
      while (start < end) {
        String sub = (start > 0 ? "##" : "") + word.substring(start, end);
        piece = vocab.get(sub);
        if (piece != null) {
          break;
        }
        end = word.offsetByCodePoints(end, -1);
      }
      if (piece == null) {
        ids.add(unk);
        return;
      }
      found.add(piece);
      start = end;
    }
    ids.addAll(found);
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.length() > 0) {
      out.add(word.toString());
      word.setLength(0);
    }
  }

  private static boolean isWhitespace(int c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\r'
        || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  private static boolean isControl(int c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED;
  }

  private static boolean isPunctuation(int c) {
    if ((c >= 33 && c <= 47)
        || (c >= 58 && c <= 64)
        || (c >= 91 && c <= 96)
        || (c >= 123 && c <= 126)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.CONNECTOR_PUNCTUATION
        || type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION;
  }

  private static boolean isCjk(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2B73F)
        || (c >= 0x2B740 && c <= 0x2B81F)
        || (c >= 0x2B820 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x2F800 && c <= 0x2FA1F);
  }

  private static int id(Map<String, Integer> vocab, String token) {
    Integer id = vocab.get(token);
    if (id == null) {
      throw new IllegalArgumentException("tokenizer vocabulary has no " + token);
    }
    return id;
  }
}
