package ch.opsfabric.application.port.out;

import java.util.Arrays;
import java.util.Objects;

/** A file an e-mail carries, such as the monthly report's PDF. */
public record EmailAttachment(String filename, String contentType, byte[] content) {

    public EmailAttachment {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        content = Objects.requireNonNull(content, "content").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAttachment that && filename.equals(that.filename)
                && contentType.equals(that.contentType) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filename, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "EmailAttachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
    }
}
