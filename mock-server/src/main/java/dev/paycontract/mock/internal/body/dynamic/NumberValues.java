package dev.paycontract.mock.internal.body.dynamic;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;

/** Numbers inside the bounds, on the multipleOf grid, plausible for amounts and counts. */
final class NumberValues {

  private static final BigDecimal CENT = new BigDecimal("0.01");

  private NumberValues() {}

  static BigDecimal pick(SchemaPlan plan, String name, boolean integer, Random random) {
    BigDecimal step = step(plan, integer);
    BigDecimal[] hint = hintRange(name, integer);
    BigDecimal lo = plan.minimum;
    BigDecimal hi = plan.maximum;
    if ("int32".equals(plan.format)) {
      lo = maxOf(lo, BigDecimal.valueOf(Integer.MIN_VALUE));
      hi = minOf(hi, BigDecimal.valueOf(Integer.MAX_VALUE));
    } else if ("int64".equals(plan.format)) {
      lo = maxOf(lo, BigDecimal.valueOf(Long.MIN_VALUE));
      hi = minOf(hi, BigDecimal.valueOf(Long.MAX_VALUE));
    }
    boolean loEx = plan.minimum != null && lo.compareTo(plan.minimum) == 0 && plan.exclusiveMinimum;
    boolean hiEx = plan.maximum != null && hi.compareTo(plan.maximum) == 0 && plan.exclusiveMaximum;
    // The plausible range for the name where it overlaps the bounds, else the bounds themselves.
    boolean hintLo = lo == null || lo.compareTo(hint[0]) < 0;
    boolean hintHi = hi == null || hi.compareTo(hint[1]) > 0;
    BigInteger[] k =
        grid(hintLo ? hint[0] : lo, !hintLo && loEx, hintHi ? hint[1] : hi, !hintHi && hiEx, step);
    if (k == null) {
      BigDecimal span = hint[1].subtract(hint[0]);
      BigDecimal from = lo != null ? lo : hi.subtract(span);
      BigDecimal to = hi != null ? hi : lo.add(span);
      k = grid(from, lo != null && loEx, to, hi != null && hiEx, step);
      if (k == null && !integer && plan.multipleOf == null) {
        step = new BigDecimal("0.000001");
        k = grid(from, lo != null && loEx, to, hi != null && hiEx, step);
      }
      if (k == null) {
        return integer ? from.setScale(0, RoundingMode.CEILING) : from; // unsatisfiable bounds
      }
    }
    BigInteger range = k[1].subtract(k[0]).add(BigInteger.ONE);
    BigInteger offset =
        range.bitLength() < 62
            ? BigInteger.valueOf((long) (random.nextDouble() * range.longValue()))
            : new BigInteger(range.bitLength() + 8, random).mod(range);
    BigDecimal value = new BigDecimal(k[0].add(offset)).multiply(step);
    return integer
        ? value.setScale(0, RoundingMode.UNNECESSARY)
        : value.setScale(Math.max(0, step.scale()), RoundingMode.UNNECESSARY);
  }

  /** Smallest and largest k with lo (<) k*step (<) hi, or null when there is none. */
  private static BigInteger[] grid(
      BigDecimal lo, boolean loExclusive, BigDecimal hi, boolean hiExclusive, BigDecimal step) {
    if (lo == null || hi == null) {
      return null;
    }
    BigDecimal a = lo.divide(step, 0, RoundingMode.CEILING);
    if (loExclusive && a.multiply(step).compareTo(lo) == 0) {
      a = a.add(BigDecimal.ONE);
    }
    BigDecimal b = hi.divide(step, 0, RoundingMode.FLOOR);
    if (hiExclusive && b.multiply(step).compareTo(hi) == 0) {
      b = b.subtract(BigDecimal.ONE);
    }
    return a.compareTo(b) > 0
        ? null
        : new BigInteger[] {a.toBigIntegerExact(), b.toBigIntegerExact()};
  }

  private static BigDecimal step(SchemaPlan plan, boolean integer) {
    if (plan.multipleOf == null) {
      return integer ? BigDecimal.ONE : CENT;
    }
    return integer
        ? SchemaPlanner.commonMultiple(plan.multipleOf, BigDecimal.ONE)
        : plan.multipleOf;
  }

  private static BigDecimal[] hintRange(String name, boolean integer) {
    String n = ValueHints.normalise(name);
    if (n.contains("cents") || n.contains("minor")) {
      return range(100, 50_000);
    }
    if (n.contains("amount")
        || n.contains("price")
        || n.contains("total")
        || n.contains("cost")
        || n.contains("balance")
        || n.contains("fee")) {
      return integer ? range(100, 50_000) : range(1, 500);
    }
    if (n.contains("quantity") || n.contains("count") || n.contains("qty")) {
      return range(1, 10);
    }
    if (n.contains("percent") || n.contains("rate")) {
      return range(0, 100);
    }
    if (n.contains("year")) {
      return range(2020, 2030);
    }
    return integer ? range(0, 1000) : range(0, 1000);
  }

  private static BigDecimal[] range(long lo, long hi) {
    return new BigDecimal[] {BigDecimal.valueOf(lo), BigDecimal.valueOf(hi)};
  }

  private static BigDecimal maxOf(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.max(b);
  }

  private static BigDecimal minOf(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.min(b);
  }
}
