// The baseline: a bare node:http server sending one file's precompressed bytes from memory.
// `node bench/bare-server.mjs <port> <file> [headers as JSON]`: without headers, the five a
// bare file server needs; with them (the app's own answer's, as the bench passes), the same.
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [port, file, given] = process.argv.slice(2);
const br = readFileSync(`${file}.br`);
const headers = given
  ? JSON.parse(given)
  : {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Content-Encoding': 'br',
      'Content-Length': String(br.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      Vary: 'Accept-Encoding',
    };
http
  .createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(br);
  })
  .listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
