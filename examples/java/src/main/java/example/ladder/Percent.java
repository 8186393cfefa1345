package example.ladder;

/** Percentages the way a coverage report shows them. */
public final class Percent {
  private Percent() {}

  /** covered / total as a percent; 100 when there is nothing to cover. */
  public static double of(int covered, int total) {
    if (covered < 0 || total < 0 || covered > total) {
      throw new IllegalArgumentException(covered + "/" + total);
    }
    return total == 0 ? 100.0 : covered * 100.0 / total;
  }

  /** Rounded down to one decimal, as a baseline is. */
  public static double floor1(int covered, int total) {
    if (total == 0) {
      return 100.0;
    }
    return Math.floor(covered * 1000.0 / total) / 10.0;
  }
}
