package com.fieldops.server.config;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@code log.format} setting ({@code text} or {@code json}) to logback. The jar's
 * {@code logback.xml} already follows {@code FIELDOPS_LOG_FORMAT} at start-up; this makes a value
 * from the config file count too. An operator's own {@code -Dlogback.configurationFile} is left alone.
 */
public final class LogFormat {
  static final String PROPERTY = "fieldops.log.format";

  private LogFormat() {}

  /** Switches the running logging to {@code format} unless it is in effect already. */
  public static void apply(String format) {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (System.getProperty("logback.configurationFile") != null || !(factory instanceof LoggerContext context)) {
      return;
    }
    URL jarConfig = LogFormat.class.getResource("/logback.xml");
    if (jarConfig == null || format.equals(context.getProperty("FIELDOPS_LOG_FORMAT_IN_EFFECT"))) {
      return;
    }
    System.setProperty(PROPERTY, format);
    configure(context, jarConfig, format);
  }

  /** Configures {@code context} from {@code config} (the jar's logback.xml) in {@code format}. */
  static void configure(LoggerContext context, URL config, String format) {
    context.reset();
    context.putProperty(PROPERTY, format);
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    try {
      configurator.doConfigure(config);
    } catch (JoranException e) {
      throw new IllegalStateException("logging configuration " + config + " failed", e);
    }
  }
}
