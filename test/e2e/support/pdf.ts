import fs from 'node:fs';

/** The text of each page of a PDF file (pdfjs), without empty runs. */
export async function pdfText(file: string): Promise<string[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file)) }).promise;
  const pages: string[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(
      content.items.map((item) => ('str' in item ? item.str : '')).filter((text) => text.trim() !== ''),
    );
  }
  return pages;
}
