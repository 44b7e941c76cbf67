// Builds the task pane, the ribbon's function file, the simulated Excel host and the playground.
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
// Where the production build is hosted; the manifest's dev URLs are replaced with it.
const urlProd = process.env.ADDIN_PUBLIC_URL || "https://cosell-checker.example.com/";
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

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const https = process.env.COSELL_HTTPS === "1";
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      simhost: "./src/simhost/browser.ts",
      playground: "./src/playground/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
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
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/playground/playground.html",
        chunks: ["simhost", "playground", "taskpane"],
        chunksSortMode: "manual",
        inject: "body",
        scriptLoading: "blocking",
      }),
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
