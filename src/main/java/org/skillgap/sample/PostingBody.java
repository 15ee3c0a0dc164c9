package org.skillgap.sample;

import java.util.List;

/**
 * A posting body as plain text with line breaks, or as HTML; laid out in sections with headings,
 * without headings, or as one paragraph (lists become sentences), as real postings come.
 */
final class PostingBody {
  private final boolean html;
  private final PostingPadding.Layout layout;
  private final StringBuilder sb = new StringBuilder(4096);

  PostingBody(boolean html, PostingPadding.Layout layout) {
    this.html = html;
    this.layout = layout;
  }

  private boolean oneParagraph() {
    return layout == PostingPadding.Layout.ONE_PARAGRAPH;
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;");
  }

  void heading(String h) {
    if (layout != PostingPadding.Layout.SECTIONS) {
      return;
    }
    sb.append(html ? "<p><strong>" + esc(h) + "</strong></p>" : h + ":\n");
  }

  void para(String p) {
    if (oneParagraph()) {
      sb.append(html ? esc(p) : p).append(' ');
    } else {
      sb.append(html ? "<p>" + esc(p) + "</p>" : p + "\n");
    }
  }

  void list(List<String> items) {
    if (oneParagraph()) {
      for (String i : items) {
        String sentence = i.matches(".*[.!?]$") ? i : i + ".";
        sb.append(html ? esc(sentence) : sentence).append(' ');
      }
    } else if (html) {
      sb.append("<ul>");
      items.forEach(i -> sb.append("<li>").append(esc(i)).append("</li>"));
      sb.append("</ul>");
    } else {
      items.forEach(i -> sb.append("- ").append(i).append('\n'));
    }
  }

  void block(PostingPadding.Block b) {
    heading(b.heading());
    para(String.join(" ", b.sentences()));
  }

  void raw(String s) {
    sb.append(s);
  }

  @Override
  public String toString() {
    String body = sb.toString().trim();
    return oneParagraph() && html ? "<p>" + body + "</p>" : body;
  }
}
