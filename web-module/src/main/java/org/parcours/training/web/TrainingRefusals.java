package org.parcours.training.web;

import java.io.IOException;
import org.omnifaces.util.Faces;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;

/** A training page that may not be shown answers 403 (with the reason, translated) or 404. */
final class TrainingRefusals {

    private TrainingRefusals() {
    }

    static void send(BusinessException refusal, Messages messages) throws IOException {
        boolean forbidden = refusal.getKind() == BusinessException.Kind.FORBIDDEN;
        if (forbidden) {
            Faces.setRequestAttribute("parcours.refusal", messages.text(refusal.getKey(), refusal.getArguments()));
        }
        Faces.responseSendError(forbidden ? 403 : 404, refusal.getKey());
    }
}
