// `webpack --mode production` builds only what is deployed (dist/): the task pane, the commands and
// support pages, assets and the manifest with the production URL, without source maps.
// `--env playground` builds the playground (the task pane beside the simulated Excel host) on its
// own, into dist-playground/; `npm start` serves it on Linux and the browser tests use it.
const path = require("node:path");
const { URL } = require("node:url");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";

/** Where the production build is hosted (ADDIN_PUBLIC_URL); the manifest's dev URLs become it. */
function productionUrl(raw = "https://cosell-checker.example.com/") {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL "${raw}" is not a URL; give the https address dist/ is served from.`);
  }
  if (url.protocol !== "https:" || url.search || url.hash)
    throw new Error(
      `ADDIN_PUBLIC_URL "${raw}" must be a plain https:// address (Office loads add-ins only over https).`,
    );
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}
const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

// Scripts only from our own origin and Microsoft's Office.js CDN; no eval, no inline script.
// Fluent UI (Griffel) inserts <style> elements at run time, hence 'unsafe-inline' for styles only.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

async function httpsOptions() {
  // Office desktop only loads add-ins over https; office-addin-dev-certs makes a local CA.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

const playgroundEntries = {
  simhost: "./src/simhost/browser.ts",
  playground: "./src/playground/index.tsx",
};

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const https = process.env.COSELL_HTTPS === "1";
  const playground = Boolean(env.playground);
  const urlProd = productionUrl(process.env.ADDIN_PUBLIC_URL || undefined);
  return {
    // Shipped maps would publish the sources; development keeps full maps for debugging.
    devtool: dev ? "source-map" : false,
    entry: { taskpane: "./src/taskpane/index.tsx", ...(playground ? playgroundEntries : {}) },
    output: {
      path: path.resolve(__dirname, playground ? "dist-playground" : "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        { resourceQuery: /raw/, type: "asset/source" },
      ],
    },
    performance: { hints: false },
    // The engine's worker (src/worker/spawn.ts) is the only chunk loaded later: one file of its own,
    // cosell-engine.js, from the same origin (CSP script-src 'self'; no blob: URL).
    optimization: { splitChunks: false },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/commands/commands.html", to: "commands.html" },
          { from: "src/taskpane/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().split(urlDev).join(urlProd)),
          },
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs: officeJsCdn, csp: dev ? "" : contentSecurityPolicy },
      }),
      ...(playground
        ? [
            new HtmlWebpackPlugin({
              filename: "playground.html",
              template: "./src/playground/playground.html",
              // The playground mounts the task pane itself (src/taskpane/mount.tsx), to remount it
              // when its language or theme switch changes.
              chunks: ["simhost", "playground"],
              chunksSortMode: "manual",
              inject: "body",
              scriptLoading: "blocking",
            }),
          ]
        : []),
    ],
    devServer: {
      host: https ? "localhost" : "127.0.0.1",
      port: Number(process.env.COSELL_PORT || 3000),
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false } },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: await httpsOptions() } : "http",
      static: false,
    },
  };
};

module.exports.productionUrl = productionUrl;
