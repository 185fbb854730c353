package ch.opsfabric.domain.reply;

import java.util.Objects;

/** What an inbound SMS from a customer means, as read by {@link ReplyParser}. */
public sealed interface Reply {

    /**
     * One of the options offered in the missed-call SMS.
     *
     * @param number 1 (urgent), 2 (call-back wanted) or 3 (send details via the wizard)
     */
    record Option(int number) implements Reply {

        public Option {
            if (number < 1 || number > 3) {
                throw new IllegalArgumentException("a reply option is 1, 2 or 3 but was " + number);
            }
        }
    }

    /**
     * The sender wants no further SMS from this business.
     *
     * @param keyword the opt-out word in upper case, e.g. {@code STOPP}
     */
    record OptOut(String keyword) implements Reply {

        public OptOut {
            Objects.requireNonNull(keyword, "keyword");
        }
    }

    /**
     * The sender wants SMS from this business again after opting out.
     *
     * @param keyword the opt-in word in upper case, e.g. {@code START}
     */
    record OptIn(String keyword) implements Reply {

        public OptIn {
            Objects.requireNonNull(keyword, "keyword");
        }
    }

    /**
     * Anything else the customer wrote.
     *
     * @param text the body without surrounding whitespace, as written; empty when the body was blank
     */
    record FreeText(String text) implements Reply {

        public FreeText {
            Objects.requireNonNull(text, "text");
        }
    }
}
