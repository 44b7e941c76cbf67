// The playground's left side: sheet tabs, a formula bar to type into the selected cell, paste and
// sample loading, and the grid. It talks to the simulated host's handle, as a user talks to Excel.
import * as React from "react";
import type { SimHandle } from "../simhost";
import { SheetGrid } from "./SheetGrid";
import { readCsvText } from "../core/csv";
import sampleWithMistakes from "../../examples/mistakes.csv?raw";

function useSimulatedWorkbook(sim: SimHandle): number {
  const [version, setVersion] = React.useState(0);
  React.useEffect(() => sim.onChange(() => setVersion((v) => v + 1)), [sim]);
  return version;
}

/** Pasted text as rows: tab-separated (copied from a sheet) or CSV, read by the core's CSV reader. */
function pastedRows(text: string): string[][] {
  const read = readCsvText(text);
  return read.ok ? read.table.rows : [[text]];
}

export function Workbook({ sim }: { sim: SimHandle }) {
  useSimulatedWorkbook(sim);
  const active = sim.activeSheet ?? sim.sheetNames()[0];
  const selection = sim.selection;
  const [pasteText, setPasteText] = React.useState("");
  const selectedCell = selection?.split("!")[1]?.split(":")[0] ?? "A1";
  const [editText, setEditText] = React.useState("");
  React.useEffect(() => {
    setEditText(String(sim.sheet(active).cell(selectedCell).value ?? ""));
  }, [sim, active, selectedCell]);

  const paste = (text: string) => {
    if (!text.trim()) return;
    sim.paste(active, selectedCell, pastedRows(text));
  };

  return (
    <>
      <div className="toolbar">
        <label>
          {selectedCell}{" "}
          <input
            aria-label="Cell value"
            value={editText}
            onChange={(e) => setEditText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") sim.typeCell(active, selectedCell, editText);
            }}
          />
        </label>
        <button type="button" onClick={() => sim.typeCell(active, selectedCell, editText)}>
          Enter
        </button>
        <button type="button" onClick={() => paste(sampleWithMistakes)}>
          Paste sample with mistakes at {selectedCell}
        </button>
      </div>
      <div className="toolbar">
        <textarea
          aria-label="Text to paste (tab- or comma-separated)"
          placeholder="Paste rows here (tab- or comma-separated), then press Paste"
          value={pasteText}
          onChange={(e) => setPasteText(e.target.value)}
          rows={2}
        />
        <button type="button" onClick={() => paste(pasteText)}>
          Paste at {selectedCell}
        </button>
      </div>
      <div className="gridScroller">
        <SheetGrid
          sim={sim}
          sheetName={active}
          selection={selection}
          onSelect={(a) => sim.select(active, a)}
        />
      </div>
      <div className="tabs" role="tablist" aria-label="Sheets">
        {sim.sheetNames().map((name) => {
          const hidden = sim.sheet(name).visibility !== "Visible";
          return (
            <button
              key={name}
              role="tab"
              type="button"
              aria-selected={name === active}
              className={name === active ? "tab active" : "tab"}
              onClick={() => sim.activate(name)}
            >
              {name}
              {hidden ? " (hidden)" : ""}
            </button>
          );
        })}
      </div>
    </>
  );
}
