import { DEFAULT_SERVICE_LISTS } from "../../catalogue/serviceLists";
import { serviceRule } from "./service";
import { runValueCases } from "../../../../test/fixtures/engine/valueCases";

describe("serviceRule", () => {
  const area = serviceRule("solution-area", DEFAULT_SERVICE_LISTS);
  const play = serviceRule("solution-play", DEFAULT_SERVICE_LISTS);
  if (!area || !play) throw new Error("default lists must give rules");

  describe("solution area", () => {
    runValueCases(area, [
      { value: "Security", code: null, notes: "listed area" },
      { value: "security", code: "not-canonical", fix: "Security", notes: "case only" },
      { value: "Modern Work", code: "service-value-unlisted", notes: "off the editable list: warning only" },
    ]);
  });
  describe("solution play", () => {
    runValueCases(play, [
      { value: "Data Security", code: null, notes: "listed play" },
      { value: "Something else", code: "service-value-unlisted", notes: "off the list" },
    ]);
  });

  it("checks nothing when a list is empty", () => {
    expect(serviceRule("partner-role", { partnerRoles: [], solutionAreas: {} })).toBeNull();
  });
});
