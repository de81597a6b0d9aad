package dev.satpage.producer.intake;

import dev.satpage.model.book.DefinitionFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which parts of two Definition Files of the same book id differ, by field name. Pure. */
final class BodyDifference {
  private BodyDifference() {}

  static List<String> fields(DefinitionFile a, DefinitionFile b) {
    List<String> differing = new ArrayList<>();
    check(differing, "orderId", a.orderId(), b.orderId());
    check(differing, "productId", a.productId(), b.productId());
    check(differing, "purpose", a.purpose(), b.purpose());
    check(
        differing,
        "personalisation.childName",
        a.personalisation().childName(),
        b.personalisation().childName());
    check(
        differing,
        "personalisation.latitude",
        a.personalisation().latitude(),
        b.personalisation().latitude());
    check(
        differing,
        "personalisation.longitude",
        a.personalisation().longitude(),
        b.personalisation().longitude());
    if (differing.isEmpty() && !a.equals(b)) {
      differing.add(
          "definition"); // same order fields, yet another Definition File (e.g. a changed product
      // design)
    }
    return differing;
  }

  private static void check(List<String> differing, String field, Object a, Object b) {
    if (!Objects.equals(a, b)) {
      differing.add(field);
    }
  }
}
