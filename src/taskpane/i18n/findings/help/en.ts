// English help: the engine's own texts (finding registry and catalogue), nothing to translate.
import { LABEL_LISTS, type LabelListId } from "../../../../core/catalogue";
import { EN_HELP } from "../../../../core/messages/registry/help";
import type { HelpTranslation } from "./types";

const labels = (id: LabelListId) => Object.fromEntries(LABEL_LISTS[id].map((e) => [String(e.code), e.label]));

export const en: HelpTranslation = {
  help: EN_HELP,
  labels: {
    "declined-lost-reasons": labels("declined-lost-reasons"),
    "error-reasons": labels("error-reasons"),
    "help-codes": labels("help-codes"),
  },
};
