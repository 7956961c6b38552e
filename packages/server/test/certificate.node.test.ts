// Issue 19, point 4: the certificate of an endorsed application (pdf-lib): one page in the
// applicant's language; a name with letters outside the standard font's (WinAnsi) is printed with an
// embedded DejaVu Sans subset; a letter DejaVu lacks too loses its accent or becomes "?", never
// failing the decision.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { certificatePdf } from '../src/review/certificate.js';

const facts = {
  association: 'First 5 Alabama',
  credential: 'IMH-E®',
  category: 'Especialista en Familias con Infantes',
  code: 'IFS',
  date: '2027-02-15',
  number: 'F5A-7K3M-Q9PD',
  locale: 'es',
};

test('a one-page certificate whose metadata names the person and the association', async () => {
  const bytes = await certificatePdf({ ...facts, name: 'Lucía Pérez' });
  assert.equal(Buffer.from(bytes.subarray(0, 5)).toString(), '%PDF-');
  const pdf = await PDFDocument.load(bytes);
  assert.equal(pdf.getPageCount(), 1);
  assert.equal(pdf.getTitle(), 'Certificado de Respaldo: Lucía Pérez');
  assert.equal(pdf.getAuthor(), 'First 5 Alabama');
  assert.equal(
    (await PDFDocument.load(await certificatePdf({ ...facts, name: 'Ana Ruiz', locale: 'en' }))).getTitle(),
    'Certificate of Endorsement: Ana Ruiz',
  );
});

test('names beyond the standard font do not fail the certificate', async () => {
  for (const name of ['Zoë Łukasiewicz', '李小龍', 'Ngọc Ánh Trần', 'Ωmega 🙂']) {
    const pdf = await PDFDocument.load(await certificatePdf({ ...facts, name }));
    assert.equal(pdf.getTitle(), `Certificado de Respaldo: ${name}`);
  }
});

// The fonts the PDF embeds (their BaseFont names) and every code point their ToUnicode maps name:
// what a reader copies out of the page.
async function embeddedFonts(bytes: Uint8Array): Promise<{ names: string[]; codePoints: Set<number> }> {
  const pdf = await PDFDocument.load(bytes);
  const names: string[] = [];
  const codePoints = new Set<number>();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font'))
      names.push(String(object.get(PDFName.of('BaseFont'))));
    if (!(object instanceof PDFRawStream)) continue;
    const text = Buffer.from(decodePDFRawStream(object).decode()).toString('latin1');
    if (!text.includes('begincmap')) continue;
    for (const [, hex] of text.matchAll(/<[0-9A-F]+> <([0-9A-F]+)>/g)) codePoints.add(parseInt(hex!, 16));
  }
  return { names, codePoints };
}

test('a name beyond Latin-1 is printed in an embedded DejaVu Sans, with its own letters', async () => {
  const bytes = await certificatePdf({ ...facts, name: 'Nguyễn Thị Ánh Łukasz' });
  const { names, codePoints } = await embeddedFonts(bytes);
  assert.ok(
    names.some((name) => /^\/DejaVuSans-Bold-\d+$/.test(name)),
    names.join(),
  );
  assert.ok(!names.some((name) => name.includes('Helvetica')), names.join());
  for (const letter of 'ễịÁŁ') assert.ok(codePoints.has(letter.codePointAt(0)!), `${letter} is in the PDF's text`);
  // A subset: the glyphs used, not the whole font (about 700 KB).
  assert.ok(bytes.length < 60_000, `${bytes.length} bytes`);
});

test('a Latin-1 name keeps the standard fonts: nothing embedded', async () => {
  const bytes = await certificatePdf({ ...facts, name: 'Lucía Pérez' });
  const { names } = await embeddedFonts(bytes);
  assert.deepEqual(names.sort(), ['/Helvetica', '/Helvetica-Bold']);
  assert.ok(bytes.length < 5_000, `${bytes.length} bytes`);
});
