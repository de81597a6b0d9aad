package dev.satpage.imagery.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SamplerTest {
  @Test
  void theSameJob_getsTheSameDecision_everyTime() {
    for (int i = 0; i < 50; i++) {
      String job = "book-" + i + "/sat-1";
      boolean first = Sampler.sampled("bing-to-azure", job, 0.5);
      assertThat(Sampler.sampled("bing-to-azure", job, 0.5)).isEqualTo(first);
    }
  }

  @Test
  void rateZeroSamplesNothing_andRateOneEverything() {
    assertThat(IntStream.range(0, 200).filter(i -> Sampler.sampled("x", "job-" + i, 0)).count())
        .isZero();
    assertThat(IntStream.range(0, 200).filter(i -> Sampler.sampled("x", "job-" + i, 1)).count())
        .isEqualTo(200);
  }

  @Test
  void aRate_samplesAboutThatShare_andExperimentsSampleIndependently() {
    long a = IntStream.range(0, 10_000).filter(i -> Sampler.sampled("a", "job-" + i, 0.1)).count();
    long both =
        IntStream.range(0, 10_000)
            .filter(i -> Sampler.sampled("a", "job-" + i, 0.1))
            .filter(i -> Sampler.sampled("b", "job-" + i, 0.1))
            .count();

    // Binomial(10000, 0.1): mean 1000, sd 30; independent experiments share ~1% of jobs.
    assertThat(a).isBetween(880L, 1120L);
    assertThat(both).isBetween(60L, 140L);
  }

  @Test
  void hex_isTheSha256Prefix() {
    // SHA-256("abc"), FIPS 180-2 appendix B.1.
    assertThat(Sampler.hex("abc", 16)).isEqualTo("ba7816bf8f01cfea");
  }
}
