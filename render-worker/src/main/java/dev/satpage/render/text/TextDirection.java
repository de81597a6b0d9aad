package dev.satpage.render.text;

import java.awt.font.TextAttribute;

/**
 * The paragraph direction of a book's text, from the book's language — never from the characters of
 * a name: a Hebrew or Arabic name inside an English title stays where the English puts it, its
 * letters right to left inside it (Unicode Bidirectional Algorithm, UAX #9, with the paragraph
 * level given rather than guessed from the first letter).
 */
public enum TextDirection {
  LTR(TextAttribute.RUN_DIRECTION_LTR),
  RTL(TextAttribute.RUN_DIRECTION_RTL);

  final Boolean runDirection;

  TextDirection(Boolean runDirection) {
    this.runDirection = runDirection;
  }
}
