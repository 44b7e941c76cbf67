// The add-in's version, from package.json (webpack keeps only this field of the JSON).
import { version } from "../../../package.json";

export const ADDIN_VERSION: string = version;
