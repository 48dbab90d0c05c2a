package io.sharedcx.engine;

/**
 * What a window assessment computes beyond the window itself: a trend line over the last periods of the
 * window's length, and an adaptive look-back that judges a metric over a longer window when the window
 * holds fewer events than the minimum sample (as eBay widens its evaluation period from three months to
 * twelve for sellers with few transactions). Every window assessment also gives the previous period, the
 * trend, the projection and the burn rate; see docs/WINDOW.md.
 *
 * <pre>{@code
 * engine.assessWindow(portfolio, window, WindowOptions.periods(6).withLookBack(4));
 * }</pre>
 *
 * @param periods the periods of each metric's {@code history}, the window included; 1 for none
 * @param lookBack the periods (the window included) a metric below its minimum sample is widened to; 0
 *     for no look-back
 */
public record WindowOptions(int periods, int lookBack) {
  /** The most periods one assessment keeps: ten years of months. */
  public static final int MAX_PERIODS = 120;

  /** No trend line and no look-back: the window, with its previous period. */
  public static final WindowOptions DEFAULT = new WindowOptions(1, 0);

  /**
   * Checks the counts.
   *
   * @param periods the periods of the trend line, the window included
   * @param lookBack the periods an adaptive look-back widens to, or 0 for none
   * @throws IllegalArgumentException when {@code periods} is not 1 to {@value #MAX_PERIODS}, or
   *     {@code lookBack} is not 0 or 2 to {@value #MAX_PERIODS}
   */
  public WindowOptions {
    if (periods < 1 || periods > MAX_PERIODS) {
      throw new IllegalArgumentException(
          "periods: "
              + periods
              + " is not a number of periods from 1 to "
              + MAX_PERIODS
              + ". Maybe 6 for half a year of months.");
    }
    if (lookBack != 0 && (lookBack < 2 || lookBack > MAX_PERIODS)) {
      throw new IllegalArgumentException(
          "lookBack: "
              + lookBack
              + " periods cannot widen a window; 0 turns the look-back off, 2 to "
              + MAX_PERIODS
              + " widen it. Maybe 4, as eBay widens three months to twelve.");
    }
  }

  /**
   * {@return a trend line over the last {@code n} periods, the window included, and no look-back}
   *
   * @param n the number of periods
   */
  public static WindowOptions periods(int n) {
    return new WindowOptions(n, 0);
  }

  /**
   * {@return these options with an adaptive look-back to {@code periods} periods, the window included}
   *
   * @param periods the periods the look-back widens to
   */
  public WindowOptions withLookBack(int periods) {
    return new WindowOptions(this.periods, periods);
  }
}
