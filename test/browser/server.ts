// Serves the production build (dist/) on 127.0.0.1 for the browser tests, and beside it the
// playground build (dist-playground/: simhost.js, playground.html) for what dist/ does not ship.
// The server itself is shared with the measurement scripts (scripts/pane-host.js).
import { distDir, playgroundDir, serveBuilds, type StaticServer } from "../../scripts/pane-host";

export { distDir, playgroundDir, type StaticServer };

export function serveDist(): Promise<StaticServer> {
  return serveBuilds([distDir, playgroundDir]);
}
