package dev.paycontract.mock.internal.spec;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.parser.util.DeserializationUtils;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Raises SnakeYAML's size limit for spec documents: its default (3 MB of code points, in Swagger
 * Parser and in Jackson's YAML factory alike) refuses public specs, which reach 6-15 MB, while
 * Prism reads them. The other limits (nesting depth, aliases: the YAML-bomb guards) stay. {@code
 * -DmaxYamlCodePoints=<n>} (Swagger Parser's own property) sets another limit.
 */
final class YamlLimits {

  /** 256 Mi code points: far above any real spec, still a bound. */
  static final int DEFAULT_MAX_CODE_POINTS = 256 * 1024 * 1024;

  private static volatile boolean applied;

  private YamlLimits() {}

  /** Applies the limit once per JVM, before the first spec is parsed. */
  static void apply() {
    if (applied) {
      return;
    }
    synchronized (YamlLimits.class) {
      if (applied) {
        return;
      }
      int limit = Integer.getInteger("maxYamlCodePoints", DEFAULT_MAX_CODE_POINTS);
      DeserializationUtils.getOptions().setMaxYamlCodePoints(limit);
      LoaderOptions loader = DeserializationUtils.buildLoaderOptions();
      loader.setCodePointLimit(limit);
      DeserializationUtils.setYaml30Mapper(YAMLFactory.builder().loaderOptions(loader).build());
      DeserializationUtils.setYaml31Mapper(YAMLFactory.builder().loaderOptions(loader).build());
      applied = true;
    }
  }
}
