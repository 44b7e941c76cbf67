// A browser test drives a real Chromium on a shared 2-core machine: give it time. Jest ignores
// testTimeout set inside a project's config, so it is set here for the browser project only.
jest.setTimeout(120000);
