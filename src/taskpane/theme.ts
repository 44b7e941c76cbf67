import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Office reports its theme as colours; a dark body background means a dark Office theme. */
export function isDarkBackground(color: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function fluentThemeFor(officeTheme: { bodyBackgroundColor?: string } | undefined): Theme {
  return isDarkBackground(officeTheme?.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
