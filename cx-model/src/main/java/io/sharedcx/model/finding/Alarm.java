package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Open obligations of one party and one kind that need action now, counted the way partner performance
 * alarms are ("12 orders due to ship today", "5 parcels with no carrier scan after ship confirmation,
 * at risk"): how many, which subjects, the earliest deadline among them, and who acts.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAlarm.class)
@JsonDeserialize(as = ImmutableAlarm.class)
public abstract class Alarm {
  Alarm() {} // only the generated implementation extends it

  /** {@return who acts: the party that owes the obligations} */
  public abstract String party();

  /**
   * {@return what the obligations are, in a few words: "orders due to ship", "complaints to relay"}
   */
  public abstract String alarm();

  /** {@return the standard that sets their deadline} */
  public abstract String standard();

  /** {@return how urgent they are} */
  public abstract AlarmLevel level();

  /** {@return how many obligations it counts} */
  @Value.Default
  public int count() {
    return subjects().size();
  }

  /** {@return the ids of their subjects (orders, parcels, complaints...), sorted} */
  public abstract List<String> subjects();

  /** {@return the earliest deadline among them} */
  public abstract Instant earliestDue();

  /**
   * The alarms of a set of obligations: every open one past its at-risk point ({@link AlarmLevel#AT_RISK}),
   * or not yet at risk but due before the end of the UTC day of its as-of instant
   * ({@link AlarmLevel#DUE_TODAY}), grouped by party, kind and level. Sorted at-risk first, then by
   * earliest deadline, party and kind.
   *
   * @param obligations obligations, of any status; settled ones are left out
   * @return the alarms
   */
  public static List<Alarm> of(Collection<Obligation> obligations) {
    Map<String, List<Obligation>> groups = new TreeMap<>();
    for (Obligation o : obligations) {
      AlarmLevel level = level(o);
      if (level != null) {
        groups
            .computeIfAbsent(
                o.party() + "\u0000" + o.alarm() + "\u0000" + o.standard() + "\u0000" + level,
                k -> new ArrayList<>())
            .add(o);
      }
    }
    List<Alarm> alarms = new ArrayList<>();
    for (List<Obligation> group : groups.values()) {
      Obligation first = group.get(0);
      alarms.add(
          builder()
              .party(first.party())
              .alarm(first.alarm())
              .standard(first.standard())
              .level(java.util.Objects.requireNonNull(level(first)))
              .subjects(new TreeSet<>(group.stream().map(Obligation::subject).toList()))
              .count(group.size())
              .earliestDue(
                  group.stream().map(Obligation::dueAt).min(Comparator.naturalOrder()).get())
              .build());
    }
    alarms.sort(
        Comparator.comparing((Alarm a) -> a.level())
            .thenComparing(Alarm::earliestDue)
            .thenComparing(Alarm::party)
            .thenComparing(Alarm::alarm));
    return ImmutableList.copyOf(alarms);
  }

  private static final long SECONDS_PER_DAY = 86_400;

  private static @Nullable AlarmLevel level(Obligation o) {
    if (o.status() == ObligationStatus.AT_RISK) {
      return AlarmLevel.AT_RISK;
    }
    if (o.status() == ObligationStatus.PENDING) {
      // The end of the UTC day of asOf, by arithmetic: this runs for every obligation.
      Instant endOfDay =
          Instant.ofEpochSecond(
              Math.multiplyExact(
                  Math.floorDiv(o.asOf().getEpochSecond(), SECONDS_PER_DAY) + 1, SECONDS_PER_DAY));
      return o.dueAt().isBefore(endOfDay) ? AlarmLevel.DUE_TODAY : null;
    }
    return null;
  }

  /** {@return starts a builder} */
  public static Alarm.Builder builder() {
    return new Alarm.Builder();
  }

  /** Builds an {@link Alarm}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableAlarm.Builder {
    Builder() {}
  }
}
