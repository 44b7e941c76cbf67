// The playground's left side: sheet tabs, a formula bar to type into the selected cell, paste and
// sample loading, and the grid. It talks to the simulated host's handle, as a user talks to Excel.
import * as React from "react";
import type { SimHandle } from "../simhost";
import { SheetGrid } from "./SheetGrid";
import { NameBox } from "./NameBox";
import { cellA1, parseAddress } from "../simhost/address";
import { readCsvText } from "../core/csv";
import sampleWithMistakes from "../../examples/mistakes.csv?raw";

function useSimulatedWorkbook(sim: SimHandle): number {
  const [version, setVersion] = React.useState(0);
  React.useEffect(() => sim.onChange(() => setVersion((v) => v + 1)), [sim]);
  return version;
}

/** The active cell of a selection ("Sheet1!B2:C5" → "B2"), as Excel's name box shows it. */
function activeCellOf(selection: string | null): string {
  if (!selection) return "A1";
  try {
    const { rect } = parseAddress(selection);
    return cellA1(rect.row, rect.col);
  } catch {
    return "A1";
  }
}

/** Pasted text as rows: tab-separated (copied from a sheet) or CSV, read by the core's CSV reader. */
function pastedRows(text: string): string[][] {
  const read = readCsvText(text);
  return read.ok ? read.table.rows : [[text]];
}

export function Workbook({ sim }: { sim: SimHandle }) {
  const version = useSimulatedWorkbook(sim);
  const active = sim.activeSheet ?? sim.sheetNames()[0];
  const selection = sim.selection;
  const [pasteText, setPasteText] = React.useState("");
  const selectedCell = activeCellOf(selection);
  // The formula bar follows the active cell's value, also when the add-in writes to it.
  const activeValue = String(sim.sheet(active).cell(selectedCell).value ?? "");
  const [editText, setEditText] = React.useState(activeValue);
  React.useEffect(() => setEditText(activeValue), [active, selectedCell, activeValue]);

  const paste = (text: string) => {
    if (!text.trim()) return;
    sim.paste(active, selectedCell, pastedRows(text));
  };

  return (
    <>
      <div className="toolbar">
        <NameBox activeCell={selectedCell} onGo={(address) => sim.select(active, address)} />
        <label>
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
      <SheetGrid
        sim={sim}
        sheetName={active}
        selection={selection}
        version={version}
        onSelect={(a) => sim.select(active, a)}
      />
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
