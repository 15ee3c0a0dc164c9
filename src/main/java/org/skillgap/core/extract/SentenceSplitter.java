package org.skillgap.core.extract;

import java.util.List;

/**
 * Splits text into sentences of tokens with document offsets. CoreNLP implements it in production.
 */
public interface SentenceSplitter {
  List<List<Token>> split(String text);
}
