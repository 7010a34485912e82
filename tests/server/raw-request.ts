/**
 * An HTTP request with headers fetch will not send as given (Host) or a body sent in chunks
 * with no Content-Length: how a rebinding page or a streaming client reaches the server.
 */
import { request as httpRequest } from "node:http";

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function rawRequest(
  baseUrl: string,
  options: { method: string; path: string; headers?: Record<string, string>; body?: string | Buffer; chunkBytes?: number },
): Promise<RawAnswer> {
  const url = new URL(options.path, baseUrl);
  return new Promise((resolve, reject) => {
    const sent = httpRequest(url, { method: options.method, headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    // A server that refuses early may close the connection while the body is still going out.
    sent.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    const body = typeof options.body === "string" ? Buffer.from(options.body) : options.body;
    if (body && options.chunkBytes) {
      // No Content-Length: Node sends Transfer-Encoding: chunked.
      for (let offset = 0; offset < body.length; offset += options.chunkBytes)
        sent.write(body.subarray(offset, offset + options.chunkBytes));
      sent.end();
    } else sent.end(body);
  });
}
