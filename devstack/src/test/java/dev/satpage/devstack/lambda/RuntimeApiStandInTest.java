package dev.satpage.devstack.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RuntimeApiStandInTest {
  @Test
  void firstPoll_isTheTimeOfTheFirstNext_andLaterPollsDoNotMoveIt() throws Exception {
    try (RuntimeApiStandIn api = new RuntimeApiStandIn();
        HttpClient http = HttpClient.newHttpClient()) {
      HttpRequest next =
          HttpRequest.newBuilder(
                  URI.create("http://" + api.address() + "/2018-06-01/runtime/invocation/next"))
              .build();
      api.invoke("{\"n\":1}");
      api.invoke("{\"n\":2}");
      assertThat(api.firstPoll()).isNotDone();

      long before = System.nanoTime();
      HttpResponse<String> first = http.send(next, HttpResponse.BodyHandlers.ofString());
      long polled = api.firstPoll().get(5, TimeUnit.SECONDS);
      HttpResponse<String> second = http.send(next, HttpResponse.BodyHandlers.ofString());

      assertThat(first.body()).isEqualTo("{\"n\":1}");
      assertThat(second.body()).isEqualTo("{\"n\":2}");
      assertThat(polled).isBetween(before, System.nanoTime());
      assertThat(api.firstPoll().get()).isEqualTo(polled);
    }
  }
}
