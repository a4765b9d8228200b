package dev.paycontract.mock.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PathTemplateOrderTest {

  /**
   * Found on a 197-operation spec: List.sort threw "Comparison method violates its general
   * contract".
   */
  @Test
  void bySpecificity_mixedLengthsAndTemplates_isATotalOrder() {
    List<PathTemplate> all = new ArrayList<>();
    String[] shapes = {
      "/{a}",
      "/{a}/x",
      "/{a}/{b}",
      "/x",
      "/x/{b}",
      "/x/y",
      "/{a}/x/{c}",
      "/{a}/{b}/{c}",
      "/x/{b}/z",
      "/{a}/{b}/z",
      "/x/y/z"
    };
    for (int i = 0; i < 6; i++) {
      for (String shape : shapes) {
        StringBuilder path = new StringBuilder(shape);
        for (int k = 0; k < i % 3; k++) {
          path.append(i % 2 == 0 ? "/{p" + k + "}" : "/lit" + k);
        }
        all.add(new PathTemplate(path.toString()));
      }
    }
    for (PathTemplate a : all) {
      for (PathTemplate b : all) {
        assertThat(Integer.signum(PathTemplate.bySpecificity(a, b)))
            .isEqualTo(-Integer.signum(PathTemplate.bySpecificity(b, a)));
        for (PathTemplate c : all) {
          if (PathTemplate.bySpecificity(a, b) <= 0 && PathTemplate.bySpecificity(b, c) <= 0) {
            assertThat(PathTemplate.bySpecificity(a, c)).isLessThanOrEqualTo(0);
          }
        }
      }
    }
    Collections.shuffle(all, new Random(7));
    all.sort(PathTemplate::bySpecificity); // must not throw
  }
}
