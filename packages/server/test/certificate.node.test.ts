// Issue 19, point 4: the certificate of an endorsed application (pdf-lib): one page in the
// applicant's language; a name with letters outside the standard font's (WinAnsi) is still printed,
// without accents or with "?", never failing the decision.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PDFDocument } from 'pdf-lib';
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
