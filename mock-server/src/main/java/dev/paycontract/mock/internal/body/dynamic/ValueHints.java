package dev.paycontract.mock.internal.body.dynamic;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Realistic candidate strings chosen by property name ({@code email}, {@code firstName}, {@code
 * postal_code}, {@code currency}, ...). A candidate is only a suggestion: the generator keeps it
 * only when it satisfies the schema, otherwise it falls back to a constrained value.
 */
final class ValueHints {

  /** Currencies people actually pay in, all ISO 4217. */
  private static final List<String> CURRENCIES =
      List.of("USD", "EUR", "GBP", "SEK", "NOK", "DKK", "CHF", "CAD", "AUD", "JPY", "PLN", "NZD");

  private ValueHints() {}

  /**
   * Lower case, separators removed: {@code first_name}, {@code firstName}, {@code First-Name}
   * agree.
   */
  static String normalise(String name) {
    return name == null
        ? ""
        : name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
  }

  /** Candidates for a property named {@code name}, best first; empty when the name says nothing. */
  static List<String> strings(String name, Faker faker, Random random) {
    String n = normalise(name);
    if (n.isEmpty()) {
      return List.of();
    }
    if (n.endsWith("email") || n.endsWith("emailaddress")) {
      return List.of(faker.internet().emailAddress());
    }
    if (n.endsWith("firstname") || n.endsWith("givenname")) {
      return List.of(faker.name().firstName());
    }
    if (n.endsWith("lastname") || n.endsWith("familyname") || n.endsWith("surname")) {
      return List.of(faker.name().lastName());
    }
    if (n.endsWith("username") || n.equals("login")) {
      return List.of(faker.internet().username());
    }
    if (n.endsWith("companyname")
        || n.endsWith("company")
        || n.endsWith("merchantname")
        || n.endsWith("storename")) {
      return List.of(faker.company().name());
    }
    if (n.equals("name")
        || n.endsWith("fullname")
        || n.endsWith("customername")
        || n.endsWith("displayname")
        || n.endsWith("holdername")
        || n.endsWith("cardholder")) {
      return List.of(faker.name().firstName() + " " + faker.name().lastName());
    }
    if (n.endsWith("phone")
        || n.endsWith("phonenumber")
        || n.endsWith("mobile")
        || n.endsWith("mobilenumber")) {
      String national = faker.regexify("[2-9][0-9]{9}");
      return List.of("+1" + national, national);
    }
    if (n.endsWith("city") || n.endsWith("town")) {
      return List.of(faker.address().city());
    }
    if (n.endsWith("postalcode")
        || n.endsWith("postcode")
        || n.endsWith("zipcode")
        || n.equals("zip")) {
      return List.of(faker.address().zipCode(), faker.regexify("[0-9]{5}"));
    }
    if (n.endsWith("countrycode") || n.equals("country") || n.endsWith("country")) {
      String alpha2 = faker.address().countryCode().toUpperCase(Locale.ROOT);
      String alpha3 = alpha3(alpha2);
      return alpha3 == null ? List.of(alpha2) : List.of(alpha2, alpha3);
    }
    if (n.endsWith("currency") || n.endsWith("currencycode")) {
      return List.of(CURRENCIES.get(random.nextInt(CURRENCIES.size())));
    }
    if (n.endsWith("street")
        || n.endsWith("streetaddress")
        || n.endsWith("addressline1")
        || n.endsWith("address1")
        || n.endsWith("line1")
        || n.equals("address")) {
      return List.of(faker.address().streetAddress());
    }
    if (n.endsWith("addressline2")
        || n.endsWith("address2")
        || n.endsWith("line2")
        || n.endsWith("street2")) {
      return List.of(faker.address().secondaryAddress());
    }
    if (n.endsWith("state") || n.endsWith("region") || n.endsWith("province")) {
      return List.of(faker.address().stateAbbr(), faker.address().state());
    }
    if (n.endsWith("url")
        || n.endsWith("href")
        || n.endsWith("uri")
        || n.endsWith("link")
        || n.endsWith("website")) {
      return List.of(url(faker));
    }
    if (n.endsWith("description")
        || n.endsWith("note")
        || n.endsWith("notes")
        || n.endsWith("comment")
        || n.endsWith("message")) {
      return List.of(faker.lorem().sentence(), faker.lorem().word());
    }
    if (n.endsWith("locale") || n.endsWith("language")) {
      return List.of("en-US", "en");
    }
    return List.of();
  }

  static String url(Faker faker) {
    return "https://" + faker.internet().domainName() + "/" + faker.lorem().word();
  }

  private static String alpha3(String alpha2) {
    try {
      return Locale.of("", alpha2).getISO3Country();
    } catch (java.util.MissingResourceException e) {
      return null;
    }
  }
}
