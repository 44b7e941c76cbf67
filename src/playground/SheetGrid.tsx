// A grid of one simulated sheet as Excel shows it: values as displayed, fills and conditional-format
// highlights, dropdown markers, the selection. The whole used range scrolls, but only the rows and
// columns in view are rendered (5,000 × 155 stays smooth); column letters, row numbers and the
// sheet's freeze panes stay in place; a new selection (a click, or the add-in's Go to cell) is
// scrolled into view. Colours are Fluent tokens, so the grid follows the page's theme (pageTheme.ts).
// Only for the playground; nothing here runs in Excel.
import * as React from "react";
import { tokens } from "@fluentui/react-components";
import type { CellSnapshot, SimHandle, SimSheetView } from "../simhost";
import { cellA1, columnLetters, parseAddress, type Rect } from "../simhost/address";
import { GridAxis } from "./gridAxis";

const ROW_PX = 20;
const HEADER_PX = 22;
const ROW_NUMBER_PX = 56;
const DEFAULT_COL_PX = 96;
/** Empty rows and columns shown past the used range, as Excel always has more to click. */
const SPARE_ROWS = 30;
const SPARE_COLS = 6;
const OVERSCAN_ROWS = 6;
const OVERSCAN_COLS = 2;
/** A fill the add-in (or the file) set keeps its colour in either theme, with dark text on it. */
const TEXT_ON_FILL = "#242424";

function cellStyle(cell: CellSnapshot, inSelection: boolean, active: boolean): React.CSSProperties {
  const fill = cell.conditionalFormats.find((cf) => cf.fill)?.fill ?? cell.fill ?? null;
  const plain = inSelection ? tokens.colorPaletteGreenBackground1 : tokens.colorNeutralBackground1;
  return {
    background: fill ?? plain,
    color: cell.fontColor ?? (fill ? TEXT_ON_FILL : undefined),
    fontWeight: cell.bold ? 600 : undefined,
    fontStyle: cell.italic ? "italic" : undefined,
    outline: active ? `2px solid ${tokens.colorPaletteGreenBorder2}` : undefined,
    outlineOffset: -2,
  };
}

function dropdownTitle(cell: CellSnapshot): string | undefined {
  const list = (cell.validation?.rule as { list?: { source?: string } } | undefined)?.list;
  if (!list) return cell.comment ?? undefined;
  const prompt = cell.validation?.prompt?.message;
  return [`Dropdown: ${list.source}`, prompt].filter(Boolean).join("\n");
}

/** The selection on this sheet as a rectangle, or null when it is on another sheet. */
function selectionOn(sheetName: string, selection: string | null): Rect | null {
  if (!selection) return null;
  try {
    const parsed = parseAddress(selection);
    return parsed.sheetName?.toLowerCase() === sheetName.toLowerCase() ? parsed.rect : null;
  } catch {
    return null;
  }
}

/** Rows and columns to offer: the used range (formats too), the selection, and a margin. */
function extentOf(sheet: SimSheetView, selRow: number, selCol: number): { rows: number; cols: number } {
  const used = sheet.usedRange(false);
  const last = used ? parseAddress(used.split(":").pop() as string).rect : { row: 0, col: 0 };
  return {
    rows: Math.max(last.row, selRow) + 1 + SPARE_ROWS,
    cols: Math.max(26, Math.max(last.col, selCol) + 1 + SPARE_COLS),
  };
}

/** Width and height of the scroller, kept current as the page resizes. */
function useViewport(ref: React.RefObject<HTMLDivElement>): { width: number; height: number } {
  const [size, setSize] = React.useState({ width: 800, height: 600 });
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

export interface SheetGridProps {
  sim: SimHandle;
  sheetName: string;
  selection: string | null;
  /** Bumped on every workbook change: the extent and sizes are worked out again only then. */
  version: number;
  onSelect(address: string): void;
}

/** Row and column axes of the sheet; the used range scan takes ~0.1 s on 5,000 × 155, so not per scroll. */
function useAxes(sheet: SimSheetView, selected: Rect | null, version: number) {
  const selRow = selected?.row ?? 0;
  const selCol = selected?.col ?? 0;
  return React.useMemo(() => {
    const extent = extentOf(sheet, selRow, selCol);
    const freeze = sheet.freeze;
    const hiddenRows = new Set(sheet.hiddenRows());
    const hiddenCols = new Set(sheet.hiddenColumns());
    const rowAxis = new GridAxis(extent.rows, (r) => (hiddenRows.has(r) ? 0 : ROW_PX), freeze.rows);
    const colAxis = new GridAxis(
      extent.cols,
      (c) => {
        if (hiddenCols.has(c)) return 0;
        const points = sheet.columnWidth(c);
        return points === null ? DEFAULT_COL_PX : Math.round((points * 4) / 3);
      },
      freeze.cols,
    );
    return { extent, freeze, rowAxis, colAxis };
    // sheet is a fresh view object each render; its name and the workbook version identify it.
  }, [sheet.name, version, selRow, selCol]);
}

export function SheetGrid({ sim, sheetName, selection, version, onSelect }: SheetGridProps) {
  const scroller = React.useRef<HTMLDivElement>(null);
  const viewport = useViewport(scroller);
  const [scroll, setScroll] = React.useState({ top: 0, left: 0 });
  const sheet = sim.sheet(sheetName);
  const selected = selectionOn(sheetName, selection);
  const { extent, freeze, rowAxis, colAxis } = useAxes(sheet, selected, version);

  // A new selection (the user's click or the add-in's Range.select) is scrolled into view.
  const activeRow = selected?.row ?? -1;
  const activeCol = selected?.col ?? -1;
  React.useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || activeRow < 0) return;
    const top = rowAxis.reveal(activeRow, el.scrollTop, el.clientHeight - HEADER_PX);
    const left = colAxis.reveal(activeCol, el.scrollLeft, el.clientWidth - ROW_NUMBER_PX);
    if (top !== el.scrollTop || left !== el.scrollLeft) {
      el.scrollTo({ top, left });
      setScroll({ top: el.scrollTop, left: el.scrollLeft });
    }
    // Only a change of selection scrolls; the user may scroll away from it afterwards.
  }, [sheetName, activeRow, activeCol]);

  const rowsShown = rowAxis.visible(scroll.top, viewport.height - HEADER_PX, OVERSCAN_ROWS);
  const colsShown = colAxis.visible(scroll.left, viewport.width - ROW_NUMBER_PX, OVERSCAN_COLS);
  const range = (from: number, to: number) =>
    Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
  const frozenCols = range(0, Math.min(freeze.cols, extent.cols)).filter((c) => colAxis.size(c) > 0);
  const scrolledCols = colsShown
    ? range(colsShown.first, colsShown.last + 1).filter((c) => colAxis.size(c) > 0)
    : [];
  const frozenRows = range(0, Math.min(freeze.rows, extent.rows)).filter((r) => rowAxis.size(r) > 0);
  const scrolledRows = rowsShown
    ? range(rowsShown.first, rowsShown.last + 1).filter((r) => rowAxis.size(r) > 0)
    : [];
  // Spacers stand in for the columns and rows not rendered, so the scrollbars span the whole sheet.
  const leftPad = colsShown ? colAxis.start(colsShown.first) - colAxis.frozenSize : 0;
  const rightPad = colsShown ? colAxis.total - colAxis.start(colsShown.last + 1) : 0;
  const topPad = rowsShown ? rowAxis.start(rowsShown.first) - rowAxis.frozenSize : 0;
  const bottomPad = rowsShown ? rowAxis.total - rowAxis.start(rowsShown.last + 1) : 0;
  const columnCount =
    1 + frozenCols.length + scrolledCols.length + (leftPad > 0 ? 1 : 0) + (rightPad > 0 ? 1 : 0);

  // "auto" where a cell is pinned on one axis only (a plain "top: 0" would pin it on both).
  const sticky = (top: number | undefined, left: number | undefined, z: number): React.CSSProperties => ({
    position: "sticky",
    top: top ?? "auto",
    left: left ?? "auto",
    zIndex: z,
  });
  const frozenColStyle = (c: number) =>
    c < freeze.cols ? { left: ROW_NUMBER_PX + colAxis.start(c) } : undefined;

  const renderRow = (r: number) => {
    const frozenRow = r < freeze.rows;
    const top = frozenRow ? HEADER_PX + rowAxis.start(r) : undefined;
    const cellOf = (c: number) => {
      const address = cellA1(r, c);
      const cell = sheet.cell(address);
      const inSelection =
        selected !== null &&
        r >= selected.row &&
        r < selected.row + selected.rows &&
        c >= selected.col &&
        c < selected.col + selected.cols;
      const active = selected !== null && r === selected.row && c === selected.col;
      const hasList = Boolean((cell.validation?.rule as { list?: unknown } | undefined)?.list);
      const pinned = frozenColStyle(c);
      const style: React.CSSProperties = {
        ...cellStyle(cell, inSelection, active),
        ...(frozenRow || pinned ? sticky(top, pinned?.left, frozenRow && pinned ? 3 : 1) : {}),
      };
      return (
        <td
          key={address}
          data-address={address}
          title={dropdownTitle(cell)}
          aria-selected={active || undefined}
          style={style}
          onClick={() => onSelect(address)}
        >
          {cell.text}
          {hasList && r > 0 ? <span className="dropdown">▾</span> : null}
          {cell.comment ? <span className="note" aria-label="Has a note" /> : null}
        </td>
      );
    };
    return (
      <tr key={r} style={{ height: ROW_PX }}>
        <th scope="row" style={sticky(top, 0, frozenRow ? 4 : 2)}>
          {r + 1}
        </th>
        {frozenCols.map(cellOf)}
        {leftPad > 0 ? <td aria-hidden="true" className="spacer" /> : null}
        {scrolledCols.map(cellOf)}
        {rightPad > 0 ? <td aria-hidden="true" className="spacer" /> : null}
      </tr>
    );
  };

  const spacerRow = (key: string, height: number) =>
    height > 0 ? (
      <tr key={key} aria-hidden="true" style={{ height }}>
        <td colSpan={columnCount} className="spacer" />
      </tr>
    ) : null;

  const columnHeader = (c: number) => {
    const pinned = frozenColStyle(c);
    return (
      <th key={c} scope="col" style={{ width: colAxis.size(c), ...sticky(0, pinned?.left, pinned ? 5 : 3) }}>
        {columnLetters(c)}
      </th>
    );
  };

  return (
    <div
      ref={scroller}
      className="gridScroller"
      data-testid="grid-scroller"
      style={{ flex: 1, overflow: "auto", minHeight: 0 }}
      onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, left: e.currentTarget.scrollLeft })}
    >
      <table
        className="grid"
        aria-label={`Sheet ${sheetName}`}
        aria-rowcount={extent.rows + 1}
        aria-colcount={extent.cols + 1}
        style={{
          tableLayout: "fixed",
          borderCollapse: "separate",
          borderSpacing: 0,
          width: ROW_NUMBER_PX + colAxis.total,
        }}
      >
        <thead>
          <tr style={{ height: HEADER_PX }}>
            <th style={{ width: ROW_NUMBER_PX, ...sticky(0, 0, 6) }} />
            {frozenCols.map(columnHeader)}
            {leftPad > 0 ? (
              <th
                aria-hidden="true"
                className="spacer"
                style={{ width: leftPad, ...sticky(0, undefined, 3) }}
              />
            ) : null}
            {scrolledCols.map(columnHeader)}
            {rightPad > 0 ? (
              <th
                aria-hidden="true"
                className="spacer"
                style={{ width: rightPad, ...sticky(0, undefined, 3) }}
              />
            ) : null}
          </tr>
        </thead>
        <tbody>
          {frozenRows.map(renderRow)}
          {spacerRow("above", topPad)}
          {scrolledRows.map(renderRow)}
          {spacerRow("below", bottomPad)}
        </tbody>
      </table>
    </div>
  );
}
