package kz.officesud.filing.ncalayer;

import com.fasterxml.jackson.databind.JsonNode;
import kz.officesud.filing.ncalayer.NcaLayerException.Reason;

/**
 * NCALayer's answers, in the envelopes its modules use: {@code basics} answers {@code {status, code, message,
 * details, body: {result}}} (a cancel is {@code status: true} with no result), {@code commonUtils} answers {@code
 * {code, message, responseObject}} (a cancel is code 500 with {@code action.canceled}), and a module it does not
 * have is {@code {success: false, errorCode: "MODULE_NOT_FOUND"}}.
 */
final class Answers {
    private Answers() {}

    /** The result of an answer, as text (the first of several). */
    static String result(JsonNode answer) {
        if (answer.has("errorCode") && !answer.path("success").asBoolean(true)) {
            String code = answer.path("errorCode").asText();
            if (code.equals("MODULE_NOT_FOUND")) {
                throw new NcaLayerException(Reason.UNSUPPORTED, code, "this NCALayer has no module for the request");
            }
            throw new NcaLayerException(Reason.REFUSED, code, "NCALayer refused the request: " + code);
        }
        if (answer.has("status")) {
            return basics(answer);
        }
        if (answer.has("code")) {
            return commonUtils(answer);
        }
        throw new NcaLayerException(Reason.PROTOCOL, null, "NCALayer's answer has none of its protocol's shapes");
    }

    private static String basics(JsonNode answer) {
        if (!answer.path("status").asBoolean(false)) {
            String code = text(answer, "code");
            String message = text(answer, "message");
            String details = text(answer, "details");
            throw new NcaLayerException(
                    Reason.REFUSED,
                    code,
                    "NCALayer refused: " + code + (message.isEmpty() ? "" : " — " + message)
                            + (details.isEmpty() ? "" : " (" + details + ")"));
        }
        JsonNode result = answer.path("body").path("result");
        if (result.isMissingNode() || result.isNull()) {
            throw new NcaLayerException(Reason.CANCELLED_BY_USER, null, "the user cancelled in NCALayer");
        }
        if (result.isArray()) {
            if (result.isEmpty() || !result.get(0).isTextual()) {
                throw new NcaLayerException(Reason.PROTOCOL, null, "NCALayer answered an empty list of signatures");
            }
            return result.get(0).asText();
        }
        if (!result.isTextual()) {
            throw new NcaLayerException(Reason.PROTOCOL, null, "NCALayer's result is not text");
        }
        return result.asText();
    }

    private static String commonUtils(JsonNode answer) {
        String code = text(answer, "code");
        if (code.equals("200")) {
            JsonNode result = answer.path("responseObject");
            if (!result.isTextual()) {
                throw new NcaLayerException(Reason.PROTOCOL, code, "NCALayer's responseObject is not text");
            }
            return result.asText();
        }
        String message = text(answer, "message");
        if (message.equals("action.canceled")) {
            throw new NcaLayerException(Reason.CANCELLED_BY_USER, code, "the user cancelled in NCALayer");
        }
        throw new NcaLayerException(
                Reason.REFUSED, code, "NCALayer refused: " + code + (message.isEmpty() ? "" : " — " + message));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText() : value.isMissingNode() || value.isNull() ? "" : value.toString();
    }
}
