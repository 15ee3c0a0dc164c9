package org.skillgap.core.extract;

import java.util.List;

/**
 * Part-of-speech tags (Penn Treebank) for the tokens of one sentence. Called only when a tag
 * decides.
 */
public interface PosTagger {
  List<String> tag(List<Token> sentence);
}
