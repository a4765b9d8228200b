package dev.paycontract.mock.internal.body.dynamic;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import net.datafaker.Faker;

/** Values for the string formats OpenAPI names; null for a format not known here. */
final class FormatValues {

  private static final long EPOCH_2020 = 1_577_836_800L;
  private static final long SEVEN_YEARS = 7L * 365 * 24 * 3600;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final Pattern HOSTNAME =
      Pattern.compile(
          "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$");

  private FormatValues() {}

  static String value(SchemaPlan plan, Random random, Faker faker) {
    String format = plan.format == null ? "" : plan.format.toLowerCase(Locale.ROOT);
    Instant instant =
        Instant.ofEpochSecond(EPOCH_2020 + (long) (random.nextDouble() * SEVEN_YEARS));
    return switch (format) {
      case "date-time" -> DateTimeFormatter.ISO_INSTANT.format(instant);
      case "date" -> instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
      case "time" -> TIME.format(instant.atOffset(ZoneOffset.UTC)) + "Z";
      case "email", "idn-email" -> faker.internet().emailAddress();
      case "uri", "url", "iri", "uri-reference", "iri-reference" -> ValueHints.url(faker);
      case "hostname", "idn-hostname" -> hostname(faker);
      case "ipv4" -> faker.internet().ipV4Address();
      case "ipv6" -> faker.internet().ipV6Address();
      case "uuid" ->
          new UUID(
                  (random.nextLong() & ~0xF000L) | 0x4000L,
                  (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L)
              .toString();
      case "byte" -> base64(plan, random);
      case "password" -> faker.regexify("[A-Za-z0-9]{" + clampLength(plan, 12) + "}");
      default -> null;
    };
  }

  private static String hostname(Faker faker) {
    String host = faker.internet().domainName().toLowerCase(Locale.ROOT);
    return HOSTNAME.matcher(host).matches()
        ? host
        : faker.lorem().word().toLowerCase(Locale.ROOT) + ".example";
  }

  private static String base64(SchemaPlan plan, Random random) {
    int chars = clampLength(plan, 16);
    byte[] bytes = new byte[Math.max(0, chars / 4 * 3)];
    random.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static int clampLength(SchemaPlan plan, int preferred) {
    int n = preferred;
    if (plan.minLength != null) {
      n = Math.max(n, plan.minLength);
    }
    if (plan.maxLength != null) {
      n = Math.min(n, plan.maxLength);
    }
    return Math.max(n, 0);
  }
}
