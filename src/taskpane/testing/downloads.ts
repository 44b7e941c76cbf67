// jsdom cannot download: record the files the pane hands to the browser instead (the blob behind
// each object URL and each link it clicks), fresh for every test.
export interface Downloads {
  /** Every blob turned into an object URL, in order. */
  blobs: Blob[];
  /** Every download link clicked: its href and file name. */
  clicked: Array<{ href: string; download: string }>;
}

/** Call at the top of a test file; the returned lists are emptied before each test. */
export function recordDownloads(): Downloads {
  const downloads: Downloads = { blobs: [], clicked: [] };
  beforeEach(() => {
    window.localStorage.setItem("cosell-checker.gettingStarted.dismissed", "1");
    downloads.blobs.length = 0;
    downloads.clicked.length = 0;
    URL.createObjectURL = jest.fn((blob: Blob) => {
      downloads.blobs.push(blob);
      return `blob:fake/${downloads.blobs.length}`;
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      downloads.clicked.push({ href: this.href, download: this.download });
    });
  });
  afterEach(() => jest.restoreAllMocks());
  return downloads;
}
