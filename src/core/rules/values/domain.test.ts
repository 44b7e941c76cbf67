import { checkDomain } from "./domain";
import { runValueCases } from "../../../../test/fixtures/engine/valueCases";

describe("checkDomain", () => {
  runValueCases(checkDomain, [
    { value: "contoso.com", code: null, notes: "bare domain" },
    { value: "contoso.co.uk", code: null, notes: "multi-label suffix" },
    {
      value: "https://www.contoso.com/about",
      code: "domain-not-bare",
      fix: "contoso.com",
      notes: "RULES.md example",
    },
    { value: "www.contoso.com", code: "domain-not-bare", fix: "contoso.com", notes: "www prefix" },
    {
      value: "http://Contoso.com:8080?q=1",
      code: "domain-not-bare",
      fix: "contoso.com",
      notes: "port and query",
    },
    { value: "info@contoso.com", code: "domain-not-bare", fix: "contoso.com", notes: "email address" },
    { value: "Contoso Ltd", code: "domain-invalid", notes: "a name, not a domain" },
  ]);
});
