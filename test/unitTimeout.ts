// Pane tests render the whole React tree in jsdom; on a busy 2-core CI machine one can take more
// than Jest's default 5 s without anything being wrong. A hung test still fails, after 30 s.
jest.setTimeout(30000);

// Likewise findBy*/waitFor: their default 1 s failed loaded CI runs of tests that pass alone
// (a render that takes 1.2 s under load is not a bug); a missing element still fails, after 15 s.
if (typeof document !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only where a DOM exists
  require("@testing-library/react").configure({ asyncUtilTimeout: 15000 });
}
