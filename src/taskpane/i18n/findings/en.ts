// English finding texts are the registry's own title, message and pane action: nothing to
// translate or keep in step.
import { FINDINGS, FINDING_CODES, actionOf, type FindingCode } from "../../../core/messages";
import type { FindingText, FindingTranslation } from "./translation";

const texts: Partial<Record<FindingCode, FindingText>> = {};
for (const code of FINDING_CODES) {
  const action = actionOf(code)?.pane;
  texts[code] = {
    title: FINDINGS[code].title,
    message: FINDINGS[code].message,
    ...(action ? { action } : {}),
  };
}

export const en = texts as FindingTranslation;
