/* The staff workspace's script, loaded from a file (the pages' CSP forbids inline scripts). Everything works
   without it; it only keeps the ticket list live and counts an SMS reply's characters while it is typed. */
(function () {
    "use strict";

    /* The ticket list follows GET /api/stream (the session cookie signs it in): on every ticket event the list
       reloads its first page in place, at most every 300 ms however many events arrive at once. */
    function followStream(list) {
        var source = new EventSource(list.getAttribute("data-stream"));
        var pending = null;
        source.addEventListener("open", function () { list.setAttribute("data-live", "open"); });
        function reload() {
            pending = null;
            fetch(window.location.href, {credentials: "same-origin", headers: {"HX-Request": "true"}})
                .then(function (answer) { return answer.ok ? answer.text() : null; })
                .then(function (html) {
                    if (html === null) { return; }
                    var fresh = new DOMParser().parseFromString(html, "text/html").getElementById(list.id);
                    if (fresh) { fresh.setAttribute("data-live", "open"); list.replaceWith(fresh); list = fresh; }
                });
        }
        ["ticket.created", "ticket.updated", "ticket.sla_warning", "message.received"].forEach(function (type) {
            source.addEventListener(type, function () {
                if (pending === null) { pending = window.setTimeout(reload, 300); }
            });
        });
    }

    /* The same rules as the server's SmsText: look-alikes replaced, GSM-7 (extension characters count 2,
       160 per single SMS, 153 per part) or else UCS-2 (70, 67 per part, counted in UTF-16 units). */
    var BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNO" +
        "PQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    var EXTENSION = "\f^{}\\[~]|€";
    var LOOK_ALIKES = [
        [/[\u00AB\u00BB\u201C\u201D\u201E\u201F\u2033\u02BA\u02EE\u301D\u301E\uFF02]/g, "\""],
        [/[\u2018\u2019\u201A\u201B\u2032\u2039\u203A\u02B9\u02BB\u02BC\u02BD\u02C8\u02CA\u02CB\u00B4`\uFF07]/g, "'"],
        [/[\u2010-\u2015\u2212\u2043\u2022\uFE63\uFF0D]/g, "-"],
        [/\u2026/g, "..."], [/\u2025/g, ".."], [/[\u2044\u2215\uFF0F]/g, "/"],
        [/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, " "], [/[\u2028\u2029]/g, "\n"],
        [/[\u00AD\u200B\u2060\uFEFF]/g, ""]
    ];

    function normalised(text) {
        var result = text.normalize("NFC");
        LOOK_ALIKES.forEach(function (rule) { result = result.replace(rule[0], rule[1]); });
        return result.trim();
    }

    function smsSize(raw) {
        var text = normalised(raw);
        var gsm = Array.prototype.every.call(text, function (c) {
            return BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0;
        });
        var units = gsm
            ? Array.prototype.map.call(text, function (c) { return EXTENSION.indexOf(c) >= 0 ? 2 : 1; })
            : Array.from(text).map(function (c) { return c.length; });
        var length = units.reduce(function (sum, unit) { return sum + unit; }, 0);
        var single = gsm ? 160 : 70;
        var part = gsm ? 153 : 67;
        var segments = 1;
        if (length > single) {
            var used = 0;
            units.forEach(function (unit) {
                if (used + unit > part) { segments++; used = 0; }
                used += unit;
            });
        }
        return {length: length, segments: segments, encoding: gsm ? "GSM-7" : "UCS-2", limit: gsm ? single : 70};
    }

    function countSms(form) {
        var text = form.querySelector("textarea[name=text]");
        var channel = form.querySelector("select[name=channel]");
        var counter = form.querySelector(".sms-counter");
        function update() {
            if (channel && channel.value !== "sms") { counter.textContent = "E-Mail: keine Längenbeschränkung"; return; }
            var size = smsSize(text.value);
            counter.textContent = size.length + " Zeichen (" + size.encoding + "), " + size.segments
                + (size.segments === 1 ? " SMS-Teil" : " SMS-Teile") + (size.segments > 3 ? " – höchstens 3 erlaubt" : "");
            counter.setAttribute("data-segments", String(size.segments));
            counter.classList.toggle("over", size.segments > 3);
        }
        text.addEventListener("input", update);
        if (channel) { channel.addEventListener("change", update); }
        update();
    }

    function start() {
        var list = document.getElementById("ticket-list");
        if (list && list.getAttribute("data-stream")) { followStream(list); }
        document.querySelectorAll("form.reply").forEach(countSms);
    }

    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
