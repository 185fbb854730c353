package ch.opsfabric.adapters.http.webhook.postmark;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The fields of Postmark's inbound webhook this service reads; the rest (attachment contents
 * among them) is skipped unread.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
record PostmarkInbound(
        @Nullable @JsonProperty("MessageID") String messageId,
        @Nullable @JsonProperty("From") String from,
        @Nullable @JsonProperty("FromName") String fromName,
        @Nullable @JsonProperty("FromFull") Address fromFull,
        @Nullable @JsonProperty("To") String to,
        @Nullable @JsonProperty("ToFull") List<Address> toFull,
        @Nullable @JsonProperty("CcFull") List<Address> ccFull,
        @Nullable @JsonProperty("OriginalRecipient") String originalRecipient,
        @Nullable @JsonProperty("Subject") String subject,
        @Nullable @JsonProperty("TextBody") String textBody,
        @Nullable @JsonProperty("HtmlBody") String htmlBody,
        @Nullable @JsonProperty("StrippedTextReply") String strippedTextReply,
        @Nullable @JsonProperty("Headers") List<Header> headers,
        @Nullable @JsonProperty("Attachments") List<Attachment> attachments) {

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Address(@Nullable @JsonProperty("Email") String email, @Nullable @JsonProperty("Name") String name,
                   @Nullable @JsonProperty("MailboxHash") String mailboxHash) {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Header(@Nullable @JsonProperty("Name") String name, @Nullable @JsonProperty("Value") String value) {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attachment(@Nullable @JsonProperty("Name") String name,
                      @Nullable @JsonProperty("ContentType") String contentType,
                      @Nullable @JsonProperty("ContentLength") Long contentLength) {
    }
}
