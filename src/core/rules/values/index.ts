import type { ValueType } from "../../catalogue/descriptor";
import type { CheckOptions, ServiceLists } from "../../types";
import { checkCountry } from "./country";
import { checkCurrency } from "./currency";
import { checkDigits } from "./digits";
import { checkDomain } from "./domain";
import { checkDuns } from "./duns";
import { checkEmail } from "./email";
import { enumRule } from "./enumValue";
import { checkFinalAccountMatch } from "./finalAccountMatch";
import { checkHelpCode } from "./helpCode";
import type { ValueRule } from "./issue";
import { checkMoney } from "./money";
import { checkMoneyInSemicolonFile } from "./moneySemicolon";
import { checkPhone } from "./phone";
import { checkSalesStage } from "./salesStage";
import { serviceRule } from "./service";
import { checkSolution } from "./solution";
import { checkTeamMember } from "./teamMember";
import { checkYesNo } from "./yesNo";

export type { ValueIssue, ValueRule } from "./issue";

/**
 * The per-cell rule for a column type, built once per column. Null: nothing to check per cell
 * (free text; dates and reason codes are checked per column and per row instead).
 */
export function valueRuleFor(
  type: ValueType,
  lists: ServiceLists,
  delimiter?: CheckOptions["delimiter"],
): ValueRule | null {
  switch (type.kind) {
    case "text":
    case "date":
      return null;
    case "code":
      return type.list === "help" ? checkHelpCode : null;
    case "yes-no":
      return checkYesNo;
    case "enum":
      return enumRule(type.values, type.retired);
    case "country":
      return checkCountry;
    case "currency":
      return checkCurrency;
    case "money":
      return delimiter === ";" ? checkMoneyInSemicolonFile : checkMoney;
    case "duns":
      return checkDuns;
    case "email":
      return checkEmail;
    case "phone":
      return checkPhone;
    case "digits":
      return checkDigits;
    case "domain":
      return checkDomain;
    case "sales-stage":
      return checkSalesStage;
    case "final-account-match":
      return checkFinalAccountMatch;
    case "solution":
      return checkSolution;
    case "team-member":
      return checkTeamMember;
    case "service":
      return serviceRule(type.list, lists);
  }
}
