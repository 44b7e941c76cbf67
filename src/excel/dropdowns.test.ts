// applyDropdowns on the simulated host: rules on data rows only, one hidden lists sheet with
// names, fixed sync count, re-applicable without duplicates, the user's edited lists kept.
import type { SimHandle } from "../simhost";
import { installRealClientHost } from "../simhost/wire/realClient";
import { templateHeader } from "../core/catalogue";
import { createWorkbookOps } from "./index";
import { LISTS_SHEET_NAME, NAME_PREFIX } from "./listsSheet";
import { ALERT_TITLE } from "./dropdowns";

let sim: SimHandle;
afterEach(() => sim.uninstall());

function sheetWithHeader(header: string[], records = 0, at = "A1"): void {
  sim = installRealClientHost({ sheets: ["Deals"] });
  const startCol = at.charCodeAt(0) - 65;
  const startRow = Number(at.slice(1)) - 1;
  header.forEach((h, c) => sim.setCell("Deals", addr(startRow, startCol + c), h));
  for (let r = 1; r <= records; r++) sim.setCell("Deals", addr(startRow + r, startCol), `Deal ${r}`);
}

function addr(row: number, col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

describe("applyDropdowns", () => {
  it("puts list rules on the enumerated columns' data rows, backed by named ranges on one hidden sheet", async () => {
    sheetWithHeader([
      "Deal Name",
      "partner referral STATUS",
      "Customer Country",
      "Microsoft help required?",
      "Notes",
    ]);
    sim.resetSyncCount();
    const { columns } = await createWorkbookOps().applyDropdowns();
    expect(columns).toBe(3);
    expect(sim.syncCount).toBe(2); // no lists sheet yet: look, write

    const deals = sim.sheet("Deals");
    expect(deals.cell("B1").validation).toBeNull(); // header untouched
    expect(deals.cell("A2").validation).toBeNull(); // free text: no rule
    const status = deals.cell("B2").validation;
    expect(status?.rule).toEqual({
      list: { inCellDropDown: true, source: `=${NAME_PREFIX}PartnerReferralStatus` },
    });
    expect(status?.errorAlert).toMatchObject({ showAlert: true, style: "Warning", title: ALERT_TITLE });
    expect(status?.prompt?.message.length).toBeLessThanOrEqual(255);
    expect(status?.errorAlert?.message.length).toBeLessThanOrEqual(225); // MS-XLSB DValStrings
    expect(deals.cell("B5001").validation?.rule).toEqual(status?.rule);
    expect(deals.cell("D2").validation?.rule).toEqual({
      list: { inCellDropDown: true, source: `=${NAME_PREFIX}YesNo` },
    });

    const lists = sim.sheet(LISTS_SHEET_NAME);
    expect(lists.visibility).toBe("Hidden");
    const names = new Map(sim.names().map((n) => [n.name, n.reference]));
    expect(names.get(`${NAME_PREFIX}PartnerReferralStatus`)).toMatch(
      /^'Co-sell lists'!\$[A-Z]+\$2:\$[A-Z]+\$4$/,
    );
    const statusRef = names.get(`${NAME_PREFIX}PartnerReferralStatus`) ?? "";
    const statusCol = statusRef.split("!")[1].split(":")[0];
    expect(
      lists.values(
        `${statusCol.replace(/\$/g, "").replace(/\d+/, "2")}:${statusCol.replace(/\$/g, "").replace(/\d+/, "4")}`,
      ),
    ).toEqual([["New"], ["Active"], ["Closed"]]);
    // Long lists (countries) live on the sheet, far beyond the 255-character inline limit.
    expect(names.get(`${NAME_PREFIX}CustomerCountry`)).toBeDefined();
    expect(sim.sheetNames().filter((n) => n.startsWith("Co-sell lists"))).toHaveLength(1);
  });

  it("covers every enumerated template column, with the reason dropdown offering 1–9", async () => {
    sheetWithHeader(templateHeader({ solutionColumns: 2, teamMemberColumns: 2 }));
    const { columns } = await createWorkbookOps().applyDropdowns();
    const header = templateHeader({ solutionColumns: 2, teamMemberColumns: 2 });
    const ruleOf = (name: string) => sim.sheet("Deals").cell(addr(1, header.indexOf(name))).validation?.rule;
    for (const name of [
      "Partner Referral Substatus",
      "Declined/Lost/Error reason",
      "What specific help from Microsoft?",
      "Sales Stage",
      "Currency",
      "Device Category",
      "Silicon Type",
      "Marketplace Purchase Intent",
      "Share with Microsoft sales team",
      "Partner role",
      "Solution area",
      "Solution play",
    ]) {
      expect(ruleOf(name)).toBeDefined();
    }
    expect(ruleOf("Solution 1")).toBeUndefined();
    expect(ruleOf("Microsoft Referral Status")).toBeUndefined(); // read-only
    // 5 Yes/No, status, substatus, reason, sales stage, currency, country, help, device, silicon,
    // purchase intent, confidence, partner role, solution area, solution play.
    expect(columns).toBe(19);
    const reasonRef =
      sim.names().find((n) => n.name === `${NAME_PREFIX}DeclinedLostErrorreason`)?.reference ?? "";
    expect(reasonRef).toMatch(/\$2:\$[A-Z]+\$10$/); // nine codes
  });

  it("is re-applicable: the same rules, names and one lists sheet, in a fixed number of syncs whatever the rows", async () => {
    sheetWithHeader(["Partner Referral Status", "Currency"], 2000, "C3");
    const ops = createWorkbookOps();
    await ops.applyDropdowns();
    const before = sim.sheet("Deals").cell("C4").validation;
    const namesBefore = sim.names();
    sim.resetSyncCount();
    await ops.applyDropdowns();
    expect(sim.syncCount).toBe(3); // look, read the user's lists, write
    expect(sim.sheet("Deals").cell("C4").validation).toEqual(before);
    expect(sim.sheet("Deals").cell("C3").validation).toBeNull();
    expect(sim.sheet("Deals").cell("C2003").validation?.rule).toEqual(before?.rule);
    expect(sim.names()).toEqual(namesBefore);
    expect(sim.sheetNames()).toEqual(["Deals", LISTS_SHEET_NAME]);
  });

  it("keeps the partner roles and plays the user typed into the lists sheet", async () => {
    sheetWithHeader(["Partner role", "Solution area", "Solution play"]);
    const ops = createWorkbookOps();
    await ops.applyDropdowns();
    const lists = sim.sheet(LISTS_SHEET_NAME);
    const titles = lists.values("A1:Z1")[0];
    const roleCol = titles.indexOf("Partner role");
    sim.setCell(LISTS_SHEET_NAME, addr(1, roleCol), "Co-sell lead");
    sim.setCell(LISTS_SHEET_NAME, addr(2, roleCol), "Services partner");
    await ops.applyDropdowns();
    const after = sim.sheet(LISTS_SHEET_NAME);
    expect(after.values(`${addr(0, roleCol)}:${addr(2, roleCol)}`)).toEqual([
      ["Partner role"],
      ["Co-sell lead"],
      ["Services partner"],
    ]);
    const playCol = titles.indexOf("Solution play");
    expect(after.cell(addr(1, playCol)).value).toBe("Migrate and Modernize your Estate");
    const roleName = sim.names().find((n) => n.name === `${NAME_PREFIX}PartnerRole`);
    // Re-applying re-measures the list: the name now covers both roles.
    expect(roleName?.reference).toBe(
      `'Co-sell lists'!$${addr(1, roleCol).replace(/\d+/, "")}$2:$${addr(1, roleCol).replace(/\d+/, "")}$3`,
    );
  });

  it("does nothing harmful on a sheet without known headers", async () => {
    sheetWithHeader(["Colour", "Size"]);
    const { columns } = await createWorkbookOps().applyDropdowns();
    expect(columns).toBe(0);
    expect(sim.sheet("Deals").cell("A2").validation).toBeNull();
  });
});
