// Builds the benchmark file: 5,000 records, 50 Solution and 50 Team member columns, realistic
// values and a sprinkling of the usual mistakes. Deterministic, so runs compare.
const { templateHeader } = require("../lib/core/catalogue");
const { writeCsv } = require("../lib/core/csv");

const CUSTOMERS = [
  ["Contoso Ltd", "One Microsoft Way", "Redmond", "WA", "98052", "US", "USD", "contoso.com"],
  ["Fabrikam, Inc.", "200 Fabrikam Drive", "Austin", "TX", "73301", "US", "USD", "fabrikam.com"],
  ["Northwind Traders GmbH", "Hauptstrasse 5", "Berlin", "", "10115", "DE", "EUR", "northwind.de"],
  [
    "Wide World Importers",
    "1 Harbour Street",
    "London",
    "",
    "EC1A 1BB",
    "GB",
    "GBP",
    "wideworldimporters.com",
  ],
  ["Woodgrove Bank", "1 Woodgrove Square", "Toronto", "ON", "M5H 2N2", "CA", "CAD", "woodgrovebank.com"],
];
const FIRST = ["Bob", "Alice", "Carol", "Dan", "Erin", "Frank", "Grace", "Heidi"];
const LAST = ["Partner", "Seller", "Architect", "Nguyen", "Müller", "O'Brien", "Smith", "García"];

/** A mistake every so often, the kinds RULES.md lists; most rows are clean. */
function mistake(i, row, at) {
  if (i % 37 === 0) row[at["Estimated Deal Value"]] = "$12,563.00";
  if (i % 53 === 0) row[at["Currency"]] = row[at["Currency"]].toLowerCase();
  if (i % 71 === 0) row[at["Customer D-U-N-S ID"]] = "81466849";
  if (i % 89 === 0) row[at["Customer Country"]] = "USA";
  if (i % 97 === 0) row[at["Estimated Close Date"]] = "2026-05-20";
  if (i % 101 === 0) row[at["Team member 2"]] = "Bob, Partner, 999999, bob.partner@contoso";
}

function record(i, header, at) {
  const row = new Array(header.length).fill("");
  const c = CUSTOMERS[i % CUSTOMERS.length];
  const update = i % 3 === 0;
  const set = (name, value) => (row[at[name]] = value);
  if (update) {
    set("Engagement ID", `f7eaae47-0b84-4ac4-b4ea-${String(i).padStart(12, "0")}`);
    set("Referral ID", `ebacd0dc-0b84-4ac4-b4ea-${String(i).padStart(12, "0")}`);
    set("Partner Referral Status", "Active");
    set("Microsoft Referral Status", "Active");
  } else set("Partner Referral Status", "New");
  set("Partner Referral Substatus", "Accepted");
  set("Deal Name", `${c[0].split(/[ ,]/)[0]} deal ${i}`);
  [
    "Customer Name",
    "Customer Address Line 1",
    "Customer City",
    "Customer State",
    "Customer Postal code",
    "Customer Country",
    "Currency",
    "Customer Domain Name",
  ].forEach((name, k) => set(name, c[k]));
  set("Customer D-U-N-S ID", String(81466849 + i).padStart(9, "0"));
  set("Customer Contact First Name", FIRST[i % FIRST.length]);
  set("Customer Contact Last Name", LAST[i % LAST.length]);
  set("Customer Contact Phone number", `+1 425 555 ${String(i % 10000).padStart(4, "0")}`);
  set("Customer Contact Email Address", `contact${i}@${c[7]}`);
  set("Sales Stage", ["10", "20", "40", "60", "80"][i % 5]);
  set("Estimated Deal Value", String(1000 + ((i * 7919) % 500000)));
  set("Estimated Close Date", `${1 + (i % 12)}/${13 + (i % 15)}/2026`);
  set("CRM ID", `CRM-${i}`);
  set("Notes", i % 10 === 0 ? `Phase 1 agreed.\nPhase 2 "data platform" next quarter, pending budget.` : "");
  const help = i % 4 === 0;
  set("Microsoft help required?", help ? "Yes" : "No");
  set("What specific help from Microsoft?", help ? String(1 + (i % 6)) : "");
  set("Share with Microsoft sales team", "Yes");
  set("Consent to share Customer/Partner contact", "Yes");
  set("PartnerID (formerly MPN ID)", "1234567");
  set("Marketplace Purchase Intent", ["Yes", "No", "Have not decided"][i % 3]);
  if (i % 5 === 0) set("Final account match", "MicrosoftID: 6-ABCDEFG23XB");
  // A varying number of solutions and team members: some rows fill all 50 of each.
  const filled = 1 + ((i * 7) % 50);
  for (let n = 1; n <= filled; n++) {
    set(`Solution ${n}`, `SOL-${1000 + n}-PQRS, ${c[6]}, ${10 * n}, ${1 + (i % 100)}`);
    const first = FIRST[(i + n) % FIRST.length];
    const last = LAST[(i + 2 * n) % LAST.length];
    set(
      `Team member ${n}`,
      `${first}, ${last}, 999${n}, ${first}.${last.replace(/\W/g, "")}@fabrikam-partners.com`,
    );
  }
  mistake(i, row, at);
  return row;
}

function benchTable(records = 5000) {
  const header = templateHeader({ solutionColumns: 50, teamMemberColumns: 50 });
  const at = Object.fromEntries(header.map((name, index) => [name, index]));
  const rows = [header];
  for (let i = 1; i <= records; i++) rows.push(record(i, header, at));
  return { rows };
}

module.exports = { benchTable, benchCsv: (records) => writeCsv(benchTable(records), { bom: true }) };
