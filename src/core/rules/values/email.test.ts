import { checkEmail } from "./email";
import { runValueCases } from "../../../../test/fixtures/engine/valueCases";

describe("checkEmail", () => {
  runValueCases(checkEmail, [
    { value: "john.customer@contoso.com", code: null, notes: "plain address" },
    { value: "Bob.partner@Contoso.com", code: null, notes: "mixed case" },
    { value: "john@contoso", code: "email-invalid", notes: "no top-level domain" },
    { value: "john customer@contoso.com", code: "email-invalid", notes: "space" },
    { value: "contoso.com", code: "email-invalid", notes: "no @" },
  ]);
});
