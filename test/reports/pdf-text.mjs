// Prints {"pages": n, "text": [page texts]} of a PDF, parsed with Mozilla's pdf.js (pdfjs-dist).
// A separate Node process: pdf.js ships ES modules only, and jest here compiles to CommonJS.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await getDocument({ data, useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
const text = [];
for (let i = 1; i <= doc.numPages; i++) {
  const page = await doc.getPage(i);
  const content = await page.getTextContent();
  text.push(content.items.map((it) => ('str' in it ? it.str : '')).join('\n'));
}
process.stdout.write(JSON.stringify({ pages: doc.numPages, text }));
