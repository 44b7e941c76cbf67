// The task pane's size in CSS pixels for the browser tests "above the fold" and the README's
// screenshots. Width: 320, the narrowest Excel task pane (Office add-in design guidance). Height:
// Excel on Windows maximised on a 1920×1080 laptop at the 125 % scaling Windows recommends has
// 864 CSS px; the taskbar (~38), title bar and ribbon (~150), the pane's own title bar (~40) and
// the status bar (~22) leave about 610 for the pane's content, so the fold is taken at 600.
const PANE_WIDTH = 320;
const PANE_FOLD = 600;

module.exports = { PANE_WIDTH, PANE_FOLD };
