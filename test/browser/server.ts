// Serves the production build (dist/) on 127.0.0.1 for the browser tests, and beside it the
// playground build (dist-playground/: simhost.js, playground.html) for what dist/ does not ship.
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
  ".csv": "text/csv; charset=utf-8",
};

export const distDir = join(__dirname, "..", "..", "dist");
export const playgroundDir = join(__dirname, "..", "..", "dist-playground");

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveDist(): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const relative = pathname === "/" ? "taskpane.html" : pathname;
    for (const dir of [distDir, playgroundDir]) {
      const file = normalize(join(dir, relative));
      if (!file.startsWith(dir)) {
        res.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(body);
        return;
      } catch {
        // not in this build: try the next
      }
    }
    res.writeHead(404).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("server has no port");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
