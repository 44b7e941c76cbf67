import { create, tableOf, update } from "../../test/fixtures/engine/records";
import { checkTable } from "./check";

describe("checkTable", () => {
  it("passes a valid create row and a valid update row without findings", () => {
    const result = checkTable(tableOf([create(), update()]));
    expect(result.findings).toEqual([]);
    expect(result).toMatchObject({
      records: 2,
      createRows: 1,
      updateRows: 1,
      summary: { error: 0, warning: 0, notice: 0 },
    });
  });
});
