package io.sharedcx.test;

import io.sharedcx.model.finding.Violation;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a list of violations (those of one standard, or all): AssertJ's list assertions
 * ({@code extracting}, {@code containsExactly}, {@code filteredOn}, {@code singleElement}...) and
 * SharedCX's narrowing ones, each failing with the violations actually found.
 */
public final class ViolationsAssert
    extends AbstractListAssert<
        ViolationsAssert, List<Violation>, Violation, ObjectAssert<Violation>> {
  private final @Nullable String standard;

  ViolationsAssert(List<Violation> actual, @Nullable String standard) {
    super(actual, ViolationsAssert.class);
    this.standard = standard;
  }

  /**
   * Verifies one of them is against {@code party}, and narrows to those.
   *
   * @param party the responsible party's id
   * @return assertions on the violations against {@code party}
   */
  public ViolationsAssert against(String party) {
    isNotNull();
    List<Violation> matching =
        actual.stream().filter(v -> v.responsibleParty().equals(party)).toList();
    if (matching.isEmpty()) {
      failWithMessage(
          "Expected a violation%s against %s but found: %s", of(), party, FindingText.list(actual));
    }
    return narrowed(matching);
  }

  /**
   * Verifies how many there are.
   *
   * @param count the number expected
   * @return this
   */
  public ViolationsAssert times(int count) {
    isNotNull();
    if (actual.size() != count) {
      failWithMessage(
          "Expected %d violation(s)%s but found %d: %s",
          count, of(), actual.size(), FindingText.list(actual));
    }
    return this;
  }

  /**
   * Verifies one of them cites every one of {@code factIds}, and narrows to those.
   *
   * @param factIds fact ids, e.g. {@code "s1"}
   * @return assertions on the violations citing them all
   */
  public ViolationsAssert citing(String... factIds) {
    isNotNull();
    List<Violation> matching =
        actual.stream().filter(v -> List.of(factIds).stream().allMatch(v::cites)).toList();
    if (matching.isEmpty()) {
      failWithMessage(
          "Expected a violation%s citing %s but found: %s",
          of(), List.of(factIds), FindingText.list(actual));
    }
    return narrowed(matching);
  }

  private String of() {
    return standard == null ? "" : " of " + standard;
  }

  private ViolationsAssert narrowed(List<Violation> matching) {
    return new ViolationsAssert(matching, standard);
  }

  @Override
  protected ObjectAssert<Violation> toAssert(Violation value, String description) {
    return new ObjectAssert<>(value).as(description);
  }

  @Override
  protected ViolationsAssert newAbstractIterableAssert(Iterable<? extends Violation> iterable) {
    List<Violation> copy = new ArrayList<>();
    iterable.forEach(copy::add);
    return new ViolationsAssert(copy, standard);
  }
}
