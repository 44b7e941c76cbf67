// Excel's name box: shows the active cell (wherever the selection came from: a click, or the
// add-in's Range.select) and goes to an address typed into it.
import * as React from "react";
import { parseAddress } from "../simhost/address";

const CELL_OR_AREA = /^[A-Z]{1,3}\d{1,7}(:[A-Z]{1,3}\d{1,7})?$/;

function inBounds(address: string): boolean {
  try {
    parseAddress(address);
    return true;
  } catch {
    return false;
  }
}

export interface NameBoxProps {
  /** The active cell, "B7". */
  activeCell: string;
  onGo(address: string): void;
}

export function NameBox({ activeCell, onGo }: NameBoxProps) {
  const [text, setText] = React.useState(activeCell);
  React.useEffect(() => setText(activeCell), [activeCell]);
  const go = () => {
    const typed = text.trim().replace(/\$/g, "").toUpperCase();
    // A cell or an area of cells within the sheet's bounds; anything else shows the active cell again.
    if (CELL_OR_AREA.test(typed) && inBounds(typed)) onGo(typed);
    else setText(activeCell);
  };
  return (
    <input
      aria-label="Name box"
      className="nameBox"
      value={text}
      style={{ width: 72 }}
      onChange={(e) => setText(e.target.value)}
      onFocus={(e) => e.target.select()}
      onKeyDown={(e) => {
        if (e.key === "Enter") go();
        if (e.key === "Escape") setText(activeCell);
      }}
      onBlur={() => setText(activeCell)}
    />
  );
}
