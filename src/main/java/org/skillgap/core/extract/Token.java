package org.skillgap.core.extract;

/** A token of a sentence with its character offsets in the text it came from. */
public record Token(String text, int begin, int end) {}
