// Finding messages per UI language: English is the engine's own catalogue.
import { en } from "../../../core/messages";
import type { LanguageCode } from "../languages";
import type { FindingCatalogue } from "./catalogue";
import { de } from "./de";
import { es } from "./es";
import { fr } from "./fr";
import { ja } from "./ja";
import { sv } from "./sv";

export const FINDING_MESSAGES: Record<LanguageCode, FindingCatalogue> = { en, fr, sv, de, es, ja };
