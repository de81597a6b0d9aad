package dev.satpage.producer.app;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Puts {@link ContainerProblemValve} on the embedded Tomcat's Host in place of every other {@link
 * ErrorReportValve}: Spring Boot adds a plain one from a context customizer (with {@code
 * server.error.include-stacktrace=never}, the default), and the Host adds its {@code
 * errorReportValveClass} when none of that class is there. Runs after Spring Boot's own Tomcat
 * customizer (order 0), so its context customizer runs after Spring Boot's.
 */
final class ContainerProblems
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          Container host = context.getParent();
          Pipeline pipeline = host.getPipeline();
          for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ContainerProblemValve)) {
              pipeline.removeValve(valve);
            }
          }
          if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(ContainerProblemValve.class.getName());
          }
          pipeline.addValve(new ContainerProblemValve());
        });
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
