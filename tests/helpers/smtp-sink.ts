import { createServer, type Socket } from "node:net";
import { afterAll, beforeAll } from "vitest";

export type ReceivedMail = { from: string; to: string[]; subject: string; text: string };

/**
 * A real SMTP listener on a free local port that accepts every message and keeps it: enough of RFC
 * 5321 for nodemailer (EHLO without extensions, so no STARTTLS or AUTH; MAIL, RCPT, DATA, RSET, QUIT).
 */
export async function startSmtpSink(): Promise<{ url: string; mails: ReceivedMail[]; close: () => Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.setEncoding("latin1");
    let buffer = "";
    let envelope: { from: string; to: string[] } = { from: "", to: [] };
    let inData = false;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 sink ESMTP");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end === -1) return;
          const message = buffer.slice(0, end).replace(/^\.\./gm, ".");
          buffer = buffer.slice(end + 5);
          inData = false;
          mails.push({ ...envelope, ...parseMessage(message) });
          envelope = { from: "", to: [] };
          reply("250 queued");
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol === -1) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        switch (line.slice(0, 4).toUpperCase()) {
          case "EHLO":
          case "HELO":
            reply("250 sink");
            break;
          case "MAIL":
            envelope = { from: address(line) ?? "", to: [] };
            reply("250 ok");
            break;
          case "RCPT":
            envelope.to.push(address(line) ?? "");
            reply("250 ok");
            break;
          case "DATA":
            inData = true;
            reply("354 end with <CRLF>.<CRLF>");
            break;
          case "RSET":
          case "NOOP":
            reply("250 ok");
            break;
          case "QUIT":
            reply("221 bye");
            socket.end();
            return;
          default:
            reply("502 not implemented");
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const bound = server.address();
  const port = typeof bound === "object" && bound ? bound.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const address = (line: string) => /<([^>]*)>/.exec(line)?.[1];

/** The subject and the plain-text body, undoing the transfer encodings nodemailer uses for text. */
function parseMessage(message: string): { subject: string; text: string } {
  const split = message.indexOf("\r\n\r\n");
  const head = message.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = message.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(head)?.[1] ?? "";
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const bytes =
    encoding === "quoted-printable"
      ? Buffer.from(body.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))), "latin1")
      : encoding === "base64"
        ? Buffer.from(body, "base64")
        : Buffer.from(body, "latin1");
  return { subject: decodeWords(header("Subject")), text: bytes.toString("utf8") };
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=` / `?B?`), as nodemailer writes non-ASCII subjects. */
function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=\s*/gi, (_, _charset: string, kind: string, data: string) =>
    kind.toUpperCase() === "B"
      ? Buffer.from(data, "base64").toString("utf8")
      : Buffer.from(data.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))), "latin1").toString("utf8"),
  );
}

/**
 * For a test file: a sink started before its tests with SMTP_URL pointing at it, closed after them.
 * Each test file has its own module registry, so the app's env() first reads SMTP_URL after this.
 */
export function smtpSinkForThisFile(): { mails: () => ReceivedMail[] } {
  let sink: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
  beforeAll(async () => {
    sink = await startSmtpSink();
    process.env.SMTP_URL = sink.url;
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await sink?.close();
  });
  return { mails: () => sink?.mails ?? [] };
}
