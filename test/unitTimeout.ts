// Pane tests render the whole React tree in jsdom; on a busy 2-core CI machine one can take more
// than Jest's default 5 s without anything being wrong. A hung test still fails, after 30 s.
jest.setTimeout(30000);
