// jsdom has no layout: offsetParent is always null, so Fluent's focus manager (tabster) treats
// every element as invisible, never focuses into an open Dialog and hides it with aria-hidden.
// Pretending attached elements have an offset parent and the body has a size lets dialogs
// behave as in a browser.
export function pretendLayout(): void {
  const paneSize = { x: 0, y: 0, top: 0, left: 0, right: 320, bottom: 640, width: 320, height: 640 };
  document.body.getBoundingClientRect = () => ({ ...paneSize, toJSON: () => paneSize }) as DOMRect;
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.isConnected ? this.parentElement : null;
    },
  });
}
