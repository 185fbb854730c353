package ch.opsfabric.application.reply;

import ch.opsfabric.domain.reply.Reply;

/** The code under which {@code sms_log.reply_kind} remembers how an inbound SMS was read. */
public final class ReplyKinds {

    private ReplyKinds() {
    }

    public static String code(Reply reply) {
        return switch (reply) {
            case Reply.Option option -> "option_" + option.number();
            case Reply.FreeText text -> "free_text";
            case Reply.OptOut optOut -> "opt_out";
            case Reply.OptIn optIn -> "opt_in";
        };
    }
}
