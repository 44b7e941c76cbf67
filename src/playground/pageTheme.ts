// The playground page's own theme (banner, toolbar, grid, sheet tabs) follows the pane's theme
// switch: Fluent's light or dark theme tokens become CSS variables on the page's root, the same
// names the task pane's FluentProvider uses (tokens.colorNeutralBackground1 is
// var(--colorNeutralBackground1)), and the browser draws native controls in the same scheme.
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";

export type PageTheme = "light" | "dark";

export function applyPageTheme(theme: PageTheme, root: HTMLElement = document.documentElement): void {
  const values = theme === "dark" ? webDarkTheme : webLightTheme;
  for (const [name, value] of Object.entries(values)) root.style.setProperty(`--${name}`, String(value));
  root.style.colorScheme = theme;
  root.dataset.theme = theme;
}
