// English finding texts are the registry's own title and message: nothing to translate or keep in step.
import { FINDINGS, FINDING_CODES, type FindingCode } from "../../../core/messages";
import type { FindingText, FindingTranslation } from "./translation";

const texts: Partial<Record<FindingCode, FindingText>> = {};
for (const code of FINDING_CODES)
  texts[code] = { title: FINDINGS[code].title, message: FINDINGS[code].message };

export const en = texts as FindingTranslation;
