// Size on the wire of a request in Office.js's protocol, estimated per queued operation. Figures
// measured with Microsoft's client (@microsoft/office-js, excel-win32-16.01.debug.js, request body
// JSON in UTF-8) over 1,000 single-cell ranges: a range's object path with its instantiate action
// 183 bytes; a property set 95 bytes besides its value; a load of three properties 117 bytes.
// Setting numberFormat and values of one cell came to 406 bytes, the "300–400 per fixed cell".
// These are the measured sizes (the host enforces Excel's limits with them); the Excel layer plans
// its chunks with rounded-up ceilings of its own (src/excel/requestSize.ts), deliberately larger.
import { jsonBytes, utf8Bytes } from "../core/text/utf8Bytes";
export { jsonBytes, utf8Bytes };

/** An object path (getRange, getItem, …) and its instantiate action, besides its arguments. */
export const OBJECT_PATH_BYTES = 180;
/** A property set or method call, besides its arguments. */
export const ACTION_BYTES = 95;
/** A query (load) action. */
export const LOAD_ACTION_BYTES = 115;
/** {"ActionId":n,"Value":…} around each result in the response. */
export const RESULT_BYTES = 30;
