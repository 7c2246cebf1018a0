package com.fieldops.server.notify;

import com.fieldops.server.config.OutboxSettings;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.List;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * E-mail over SMTP (Angus Mail), plain text in UTF-8 so Chinese templates arrive intact; files an
 * entry carries (a service report's PDF) are attached as a multipart message.
 */
public final class EmailSender implements Sender {
  private final OutboxSettings settings;
  private final Session session;
  private final MailAttachments attachments;

  public EmailSender(OutboxSettings settings) {
    this(settings, MailAttachments.NONE);
  }

  public EmailSender(OutboxSettings settings, MailAttachments attachments) {
    this.settings = settings;
    this.attachments = attachments;
    Properties p = new Properties();
    p.put("mail.smtp.host", settings.smtpHost() == null ? "localhost" : settings.smtpHost());
    p.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
    String timeout = String.valueOf(settings.sendTimeout().toMillis());
    p.put("mail.smtp.connectiontimeout", timeout);
    p.put("mail.smtp.timeout", timeout);
    p.put("mail.smtp.writetimeout", timeout);
    if (settings.smtpStartTls()) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    if (settings.smtpUser() != null) {
      p.put("mail.smtp.auth", "true");
    }
    this.session = Session.getInstance(p);
  }

  @Override
  public void send(Notification n, Recipient recipient) throws DeliveryException {
    if (settings.smtpHost() == null) {
      throw new DeliveryException("no SMTP server configured (FIELDOPS_SMTP_HOST)");
    }
    try {
      MimeMessage m = new MimeMessage(session);
      m.setFrom(new InternetAddress(settings.mailFrom()));
      m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(n.address(), true));
      m.setSubject(n.subject(), StandardCharsets.UTF_8.name());
      List<MailAttachments.Attachment> files = attachments.of(n);
      if (files.isEmpty()) {
        m.setText(n.body(), StandardCharsets.UTF_8.name());
      } else {
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(n.body(), StandardCharsets.UTF_8.name());
        parts.addBodyPart(text);
        for (MailAttachments.Attachment f : files) {
          MimeBodyPart file = new MimeBodyPart();
          file.setDataHandler(new DataHandler(new ByteArrayDataSource(f.bytes(), f.contentType())));
          file.setFileName(f.fileName());
          file.setDisposition(Part.ATTACHMENT);
          parts.addBodyPart(file);
        }
        m.setContent(parts);
      }
      m.setSentDate(new Date());
      // lets mail clients thread the fired / withdrawn messages of one work order together
      m.setHeader("X-FieldOps-Notification", n.id().toString());
      if (settings.smtpUser() != null) {
        Transport.send(m, settings.smtpUser(), settings.smtpPassword());
      } else {
        Transport.send(m);
      }
    } catch (MessagingException e) {
      throw new DeliveryException("SMTP: " + e.getMessage(), e);
    }
  }
}
