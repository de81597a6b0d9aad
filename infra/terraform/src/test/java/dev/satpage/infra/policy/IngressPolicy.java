package dev.satpage.infra.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.satpage.infra.hcl.TfModule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What reaches the services from outside, and how: load balancer listeners serve HTTPS only (an
 * HTTP listener may only redirect to HTTPS) with a TLS 1.3 security policy and a certificate;
 * application load balancers drop invalid header fields; a security group attached to an ECS
 * service admits nothing but a load balancer's group, on the port that service's load balancer
 * block names; a load balancer's group sends only to such a service group on that port.
 */
public final class IngressPolicy {
  /**
   * TLS 1.3 policies that refuse TLS 1.1 and older (Elastic Load Balancing security policies, read
   * 2026-12-02:
   * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html).
   */
  static final Pattern TLS_POLICY = Pattern.compile("^ELBSecurityPolicy-TLS13-1-[23]-.*");

  private static final Pattern SG_REF =
      Pattern.compile("^\\$\\{aws_security_group\\.([A-Za-z0-9_]+)\\.id}$");

  private IngressPolicy() {}

  public static List<String> violations(TfModule m) {
    List<String> out = new ArrayList<>();
    listeners(m, out);
    for (var e : m.resources("aws_lb").entrySet()) {
      boolean application =
          e.getValue().path("load_balancer_type").asText("application").equals("application");
      if (application && !e.getValue().path("drop_invalid_header_fields").asBoolean(false)) {
        out.add("aws_lb." + e.getKey() + ": drop_invalid_header_fields must be true");
      }
    }
    Map<String, Set<Integer>> servicePorts = serviceGroups(m);
    Set<String> lbGroups = loadBalancerGroups(m);
    for (var e : m.resources("aws_security_group").entrySet()) {
      if (servicePorts.containsKey(e.getKey()) && e.getValue().has("ingress")) {
        out.add(
            "aws_security_group."
                + e.getKey()
                + ": inline ingress on a service's group (use a rule from the load balancer's group)");
      }
      if (lbGroups.contains(e.getKey()) && e.getValue().has("egress")) {
        out.add(
            "aws_security_group."
                + e.getKey()
                + ": inline egress on a load balancer's group (allow only the service port)");
      }
    }
    for (var e : m.resources("aws_vpc_security_group_ingress_rule").entrySet()) {
      String where = "aws_vpc_security_group_ingress_rule." + e.getKey();
      String group = group(e.getValue().get("security_group_id")).orElse("");
      if (!servicePorts.containsKey(group)) {
        continue;
      }
      Optional<String> from = group(e.getValue().get("referenced_security_group_id"));
      if (from.isEmpty() || !lbGroups.contains(from.get())) {
        out.add(
            where
                + ": a service's group admits "
                + describeSource(e.getValue())
                + "; only a load balancer's group may reach it");
      }
      checkPort(m, e.getValue(), servicePorts.get(group), where, out);
    }
    Set<Integer> allServicePorts = new HashSet<>();
    servicePorts.values().forEach(allServicePorts::addAll);
    for (var e : m.resources("aws_vpc_security_group_egress_rule").entrySet()) {
      String where = "aws_vpc_security_group_egress_rule." + e.getKey();
      if (!lbGroups.contains(group(e.getValue().get("security_group_id")).orElse(""))) {
        continue;
      }
      Optional<String> to = group(e.getValue().get("referenced_security_group_id"));
      if (to.isEmpty() || !servicePorts.containsKey(to.get())) {
        out.add(
            where
                + ": a load balancer's group sends to "
                + describeSource(e.getValue())
                + "; only to a service's group");
      }
      checkPort(m, e.getValue(), to.map(servicePorts::get).orElse(allServicePorts), where, out);
    }
    return out;
  }

  private static void listeners(TfModule m, List<String> out) {
    for (var e : m.resources("aws_lb_listener").entrySet()) {
      String where = "aws_lb_listener." + e.getKey();
      JsonNode l = e.getValue();
      String protocol = l.path("protocol").asText("HTTP");
      if (protocol.equals("HTTP")) {
        JsonNode redirect = l.path("default_action").path(0).path("redirect").path(0);
        if (!redirect.path("protocol").asText().equals("HTTPS")) {
          out.add(where + ": plain HTTP listener (serve HTTPS only, or redirect to HTTPS)");
        }
        continue;
      }
      String policy = resolve(m, l.get("ssl_policy")).orElse("");
      if (!TLS_POLICY.matcher(policy).matches()) {
        out.add(
            where
                + ": ssl_policy '"
                + policy
                + "' is not a TLS 1.3 policy refusing TLS 1.1 and older");
      }
      if (!l.has("certificate_arn")) {
        out.add(where + ": no certificate_arn");
      }
    }
  }

  /**
   * Security groups of each ECS service that has a load balancer block, with the container ports it
   * names.
   */
  private static Map<String, Set<Integer>> serviceGroups(TfModule m) {
    Map<String, Set<Integer>> out = new java.util.LinkedHashMap<>();
    for (JsonNode service : m.resources("aws_ecs_service").values()) {
      Set<Integer> ports = new HashSet<>();
      service
          .path("load_balancer")
          .forEach(
              lb ->
                  m.number(lb.get("container_port"), null, null)
                      .ifPresent(p -> ports.add(p.intValue())));
      for (JsonNode sg : service.path("network_configuration").path(0).path("security_groups")) {
        group(sg).ifPresent(g -> out.computeIfAbsent(g, k -> new HashSet<>()).addAll(ports));
      }
    }
    return out;
  }

  private static Set<String> loadBalancerGroups(TfModule m) {
    Set<String> out = new HashSet<>();
    m.resources("aws_lb")
        .values()
        .forEach(lb -> lb.path("security_groups").forEach(sg -> group(sg).ifPresent(out::add)));
    return out;
  }

  private static void checkPort(
      TfModule m, JsonNode rule, Set<Integer> allowed, String where, List<String> out) {
    Optional<Double> from = m.number(rule.get("from_port"), null, null);
    Optional<Double> to = m.number(rule.get("to_port"), null, null);
    if (from.isEmpty() || !from.equals(to) || !allowed.contains(from.get().intValue())) {
      out.add(
          where
              + ": ports "
              + rule.path("from_port").asText()
              + "-"
              + rule.path("to_port").asText()
              + " are not exactly the service port "
              + allowed);
    }
  }

  private static String describeSource(JsonNode rule) {
    for (String k :
        List.of("cidr_ipv4", "cidr_ipv6", "prefix_list_id", "referenced_security_group_id")) {
      if (rule.has(k)) {
        return k + " " + rule.path(k).asText();
      }
    }
    return "nothing named";
  }

  private static Optional<String> group(JsonNode ref) {
    if (ref == null) {
      return Optional.empty();
    }
    Matcher g = SG_REF.matcher(ref.asText());
    return g.matches() ? Optional.of(g.group(1)) : Optional.empty();
  }

  /** A literal, or a variable's default. */
  private static Optional<String> resolve(TfModule m, JsonNode value) {
    if (value == null) {
      return Optional.empty();
    }
    Optional<String> ref = TfModule.reference(value);
    if (ref.isPresent() && ref.get().startsWith("var.")) {
      JsonNode v = m.variables().get(ref.get().substring(4));
      return v == null ? Optional.empty() : Optional.ofNullable(v.path("default").asText(null));
    }
    return ref.isPresent() ? Optional.empty() : Optional.of(value.asText());
  }
}
