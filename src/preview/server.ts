// The preview's HTTP server: 127.0.0.1 only; it serves the pages of the documents it knows and nothing
// else (no file is ever read from a request's path), and pushes "changed" events to open pages (SSE).
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Lang } from "../validate/types.ts";
import { currentLang } from "../i18n/index.ts";
import { listPage, notFoundPage, posPage } from "./pages.ts";
import type { PreviewState } from "./state.ts";

export interface PreviewServer {
  url: string;
  port: number;
  /** tell every open page which documents changed; a page showing one of them reloads */
  notify(changed: string[]): void;
  close(): Promise<void>;
}

export interface ServerOptions {
  state: PreviewState;
  /** 0: any free port */
  port: number;
  /** the pages' language when the state has none; the state's (it follows the config) wins */
  lang?: Lang;
  /** the path shown on the list page */
  root: string;
}

export class PortInUseError extends Error {}

/**
 * The document key of a request path under `prefix`, or null. Works on the raw request target (not a
 * normalised URL): each segment is decoded once and must be a plain name, so "..", ".", an encoded "/"
 * or "\", a NUL or a malformed escape never reach the lookup.
 */
export function documentKey(rawPath: string, prefix: string): string | null {
  if (!rawPath.startsWith(`${prefix}/`)) return null;
  const segments = rawPath.slice(prefix.length + 1).split("/");
  const names: string[] = [];
  for (const s of segments) {
    let name: string;
    try {
      name = decodeURIComponent(s);
    } catch {
      return null;
    }
    if (name === "" || name === "." || name === ".." || /[/\\\0]/.test(name)) return null;
    names.push(name);
  }
  return names.join("/");
}

const SECURITY_HEADERS = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

export async function startPreviewServer(opts: ServerOptions): Promise<PreviewServer> {
  const { state } = opts;
  const lang = () => state.lang ?? opts.lang ?? currentLang();
  const clients = new Set<http.ServerResponse>();
  let port = opts.port;

  const send = (res: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "text/html; charset=utf-8", ...SECURITY_HEADERS, ...headers });
    res.end(res.req.method === "HEAD" ? undefined : body);
  };

  const server = http.createServer((req, res) => {
    // another site's page must not read the preview through a DNS name pointed at 127.0.0.1
    const host = req.headers.host ?? "";
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 403, "", { "content-type": "text/plain; charset=utf-8" });
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "", { allow: "GET, HEAD" });
    const raw = (req.url ?? "/").split(/[?#]/)[0];

    if (raw === "/" || raw === "/index.html") return send(res, 200, listPage(state.list(), opts.root, lang()));
    if (raw === "/events") {
      res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", connection: "keep-alive" });
      res.write("retry: 500\n\n");
      clients.add(res);
      req.on("close", () => clients.delete(res));
      return;
    }
    const page = documentKey(raw, "/pos");
    if (page !== null) {
      const doc = state.get(page);
      if (doc) return send(res, 200, posPage(doc, lang()));
    }
    const chart = documentKey(raw, "/chart");
    if (chart !== null) {
      const doc = state.get(chart);
      // renderHtml's page is script-free; the header repeats its own policy and lets only our pages frame it
      if (doc?.html)
        return send(res, 200, doc.html, {
          "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'",
        });
    }
    send(res, 404, notFoundPage(lang()));
  });
  // an SSE stream stays open: it must not keep a request timeout from ending it, nor keep the server up
  server.requestTimeout = 0;
  const heartbeat = setInterval(() => {
    for (const c of clients) c.write(": -\n\n");
  }, 15_000);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once("error", (err: NodeJS.ErrnoException) => reject(err.code === "EADDRINUSE" ? new PortInUseError(String(opts.port)) : err));
    server.listen(opts.port, "127.0.0.1", () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    notify(changed) {
      const data = `data: ${JSON.stringify({ changed })}\n\n`;
      for (const c of clients) c.write(data);
    },
    async close() {
      clearInterval(heartbeat);
      for (const c of clients) c.end();
      clients.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
