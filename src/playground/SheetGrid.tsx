// A plain grid of one simulated sheet: values as Excel would display them, fills and conditional-format
// highlights, dropdown markers, the selection. Only for the playground; nothing here runs in Excel.
import * as React from "react";
import type { CellSnapshot, SimHandle } from "../simhost";

const MAX_ROWS = 200;
const MAX_COLS = 60;

function columnLetters(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function lastCellOf(usedRange: string | null): { rows: number; cols: number } {
  const match = /([A-Z]+)(\d+)$/.exec(usedRange ?? "");
  if (!match) return { rows: 20, cols: 10 };
  const cols = match[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { rows: Math.min(Number(match[2]) + 3, MAX_ROWS), cols: Math.min(cols + 2, MAX_COLS) };
}

function cellStyle(cell: CellSnapshot, selected: boolean): React.CSSProperties {
  const highlight = cell.conditionalFormats.find((cf) => cf.fill)?.fill;
  return {
    background: highlight ?? cell.fill ?? undefined,
    color: cell.fontColor ?? undefined,
    fontWeight: cell.bold ? 600 : undefined,
    fontStyle: cell.italic ? "italic" : undefined,
    outline: selected ? "2px solid #107c41" : undefined,
    outlineOffset: -2,
  };
}

function dropdownTitle(cell: CellSnapshot): string | undefined {
  const list = (cell.validation?.rule as { list?: { source?: string } } | undefined)?.list;
  if (!list) return cell.comment ?? undefined;
  const prompt = cell.validation?.prompt?.message;
  return [`Dropdown: ${list.source}`, prompt].filter(Boolean).join("\n");
}

export interface SheetGridProps {
  sim: SimHandle;
  sheetName: string;
  selection: string | null;
  onSelect(address: string): void;
}

export function SheetGrid({ sim, sheetName, selection, onSelect }: SheetGridProps) {
  const sheet = sim.sheet(sheetName);
  const { rows, cols } = lastCellOf(sheet.usedRange(false));
  const selected = selection?.startsWith(`${sheetName}!`) ? selection.slice(sheetName.length + 1) : null;
  const header = Array.from({ length: cols }, (_, c) => columnLetters(c));
  return (
    <table className="grid" aria-label={`Sheet ${sheetName}`}>
      <thead>
        <tr>
          <th />
          {header.map((letters) => (
            <th key={letters} scope="col">
              {letters}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r}>
            <th scope="row">{r + 1}</th>
            {header.map((letters) => {
              const address = `${letters}${r + 1}`;
              const cell = sheet.cell(address);
              const isSelected = selected === address || (selected?.startsWith(`${address}:`) ?? false);
              const hasList = Boolean((cell.validation?.rule as { list?: unknown } | undefined)?.list);
              return (
                <td
                  key={address}
                  data-address={address}
                  title={dropdownTitle(cell)}
                  style={cellStyle(cell, isSelected)}
                  onClick={() => onSelect(address)}
                >
                  {cell.text}
                  {hasList && r > 0 ? <span className="dropdown">▾</span> : null}
                  {cell.comment ? <span className="note" aria-label="Has a note" /> : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
