export * from "./codeLists";
export * from "./columns";
export * from "./countries";
export * from "./currencies";
export * from "./descriptor";
export * from "./serviceLists";
export * from "./template";
export * from "./codeMeanings";
